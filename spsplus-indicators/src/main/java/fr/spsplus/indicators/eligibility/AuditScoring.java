package fr.spsplus.indicators.eligibility;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.audit.Audit;
import fr.spsplus.core.audit.AuditCriterion;
import fr.spsplus.core.audit.AuditGrid;
import fr.spsplus.core.audit.CriterionRating;
import fr.spsplus.core.audit.EngagementAuditResult;
import fr.spsplus.core.audit.OrCriteriaRatings;
import fr.spsplus.core.audit.OrCriterion;
import fr.spsplus.core.audit.OrCriterionRating;
import fr.spsplus.core.audit.RatingScale;
import fr.spsplus.core.engagement.EngagementReferential;
import fr.spsplus.core.engagement.Referentials;
import fr.spsplus.core.label.OrCriteriaAuditResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Scores an audit: an engagement's score out of 100 from its criterion ratings and the grid's
 * weights, and the score of the additional "Or" criteria the same way.
 *
 * <h2>Formula</h2>
 *
 * <p>With the grid's scale {@code min..max}, each criterion {@code i} of the engagement with weight
 * {@code wᵢ} and rating {@code rᵢ}:
 *
 * <pre>
 *   score = Σ_rated ((rᵢ − min) ÷ (max − min) × wᵢ) ÷ Σ_all wᵢ × 100
 * </pre>
 *
 * <p>A rating at the bottom of the scale counts 0, at the top its full weight, so the score runs
 * from 0 (every criterion at {@code min}) to 100 (every criterion at {@code max}). It is computed
 * exactly with {@link BigDecimal} as one fraction, {@code Σ (rᵢ − min)·wᵢ·100 ÷ ((max − min)·Σ
 * wᵢ)}, and <strong>rounded once, at the end</strong>, to {@link #scale()} decimal places with
 * {@link #rounding()}. The default, {@value #DEFAULT_SCALE} decimal places with {@link
 * RoundingMode#DOWN}, truncates: a rounded score never exceeds the exact one, so rounding can never
 * make an engagement reach a minimum it misses (2/3 of the points give 66.66, not 66.67). The
 * addition is exact, so the result does not depend on the order of the criteria or the ratings.
 *
 * <h2>Missing ratings</h2>
 *
 * <p>A criterion of the grid that the audit did not rate is <strong>reported</strong> in {@code
 * missingCriteria} (sorted by identifier), never guessed. The score then sums the rated criteria
 * only but still divides by the weight of <em>all</em> criteria: it is the floor the complete score
 * cannot fall below (the missing ones counted at {@code min}), and an engagement with a missing
 * rating cannot pass any tier ({@link LabelEligibility} reports it as incomplete).
 *
 * <p>The weighting and normalisation are spsplus's <strong>proposed default</strong>: how
 * certification bodies turn ratings into a score is not public, nor is their grid (see {@link
 * AuditGrid}). The "Or" criteria carry equal weights unless weights are given.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class AuditScoring {

  /** The default number of decimal places of a score: 2. */
  public static final int DEFAULT_SCALE = 2;

  /** The default rounding of a score: truncation ({@link RoundingMode#DOWN}). */
  public static final RoundingMode DEFAULT_ROUNDING = RoundingMode.DOWN;

  /** The largest number of decimal places accepted. */
  public static final int MAX_SCALE = 10;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final AuditScoring DEFAULTS = new AuditScoring(DEFAULT_SCALE, DEFAULT_ROUNDING);

  private final int scale;
  private final RoundingMode rounding;

  private AuditScoring(int scale, RoundingMode rounding) {
    this.scale = scale;
    this.rounding = rounding;
  }

  /**
   * Returns the default scoring: 2 decimal places, truncated.
   *
   * @return the default scoring
   */
  public static AuditScoring defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a scoring with another rounding.
   *
   * @param scale the number of decimal places, from 0 to {@value #MAX_SCALE}
   * @param rounding how the exact score is rounded to {@code scale} places; not {@link
   *     RoundingMode#UNNECESSARY} (most scores, 2/3 for one, have no finite decimal form)
   * @return the scoring
   * @throws InvalidInputException if the scale is out of range or the rounding is {@code
   *     UNNECESSARY}
   */
  public static AuditScoring of(int scale, RoundingMode rounding) {
    Objects.requireNonNull(rounding, "rounding");
    if (scale < 0 || scale > MAX_SCALE) {
      throw new InvalidInputException(
          EligibilityMessages.BUNDLE.message("scoring.scale", MAX_SCALE));
    }
    if (rounding == RoundingMode.UNNECESSARY) {
      throw new InvalidInputException(
          EligibilityMessages.BUNDLE.message("scoring.rounding.unnecessary"));
    }
    return new AuditScoring(scale, rounding);
  }

  /**
   * Returns the number of decimal places of a score.
   *
   * @return the scale
   */
  public int scale() {
    return scale;
  }

  /**
   * Returns how the exact score is rounded.
   *
   * @return the rounding mode
   */
  public RoundingMode rounding() {
    return rounding;
  }

  /**
   * Scores one engagement of an audit.
   *
   * @param grid the grid the audit was rated against
   * @param audit the audit
   * @param engagement the engagement's number, in the grid's referential
   * @return the score and the criteria of the engagement that were not rated
   * @throws InvalidInputException if the audit does not fit the grid (another grid, an unknown
   *     criterion, a rating off the scale) or the engagement is not in the referential
   */
  public EngagementAuditResult engagement(AuditGrid grid, Audit audit, int engagement) {
    Objects.requireNonNull(grid, "grid");
    grid.requireApplicable(audit);
    Referentials.of(grid.referential()).requireNumber(engagement);
    return score(grid, audit, engagement);
  }

  /**
   * Scores every engagement of the grid's referential.
   *
   * @param grid the grid the audit was rated against
   * @param audit the audit
   * @return one result per engagement, in engagement order
   * @throws InvalidInputException if the audit does not fit the grid
   */
  public List<EngagementAuditResult> engagements(AuditGrid grid, Audit audit) {
    Objects.requireNonNull(grid, "grid");
    grid.requireApplicable(audit);
    EngagementReferential referential = Referentials.of(grid.referential());
    List<EngagementAuditResult> results = new ArrayList<>();
    for (int number = 1; number <= referential.size(); number++) {
      results.add(score(grid, audit, number));
    }
    return List.copyOf(results);
  }

  /**
   * Scores the additional "Or" criteria of an audit, if they were assessed.
   *
   * @param audit the audit
   * @return the result, or empty when the audit has no "Or" ratings
   */
  public Optional<OrCriteriaAuditResult> orCriteria(Audit audit) {
    Objects.requireNonNull(audit, "audit");
    OrCriteriaRatings ratings = audit.orCriteria();
    return ratings == null ? Optional.empty() : Optional.of(orCriteria(ratings));
  }

  /**
   * Scores the additional "Or" criteria, every criterion with the same weight.
   *
   * @param ratings the ratings, on their scale
   * @return the score and the criteria that were not rated
   */
  public OrCriteriaAuditResult orCriteria(OrCriteriaRatings ratings) {
    EnumMap<OrCriterion, BigDecimal> equal = new EnumMap<>(OrCriterion.class);
    for (OrCriterion criterion : OrCriterion.values()) {
      equal.put(criterion, BigDecimal.ONE);
    }
    return orCriteria(ratings, equal);
  }

  /**
   * Scores the additional "Or" criteria with a weight per criterion.
   *
   * @param ratings the ratings, on their scale
   * @param weights the weight of each of the 13 criteria, strictly positive (only ratios matter)
   * @return the score and the criteria that were not rated
   * @throws InvalidInputException if a criterion has no weight or a weight is not strictly positive
   */
  public OrCriteriaAuditResult orCriteria(
      OrCriteriaRatings ratings, Map<OrCriterion, BigDecimal> weights) {
    Objects.requireNonNull(ratings, "ratings");
    Objects.requireNonNull(weights, "weights");
    List<Weighted> items = new ArrayList<>();
    List<OrCriterion> missing = new ArrayList<>();
    for (OrCriterion criterion : OrCriterion.values()) {
      BigDecimal weight = weights.get(criterion);
      if (weight == null || weight.signum() <= 0) {
        throw new InvalidInputException(
            EligibilityMessages.BUNDLE.message("scoring.or.weight", criterion.name()));
      }
      Integer rating = ratings.rating(criterion).map(OrCriterionRating::rating).orElse(null);
      if (rating == null) {
        missing.add(criterion);
      }
      items.add(new Weighted(weight, rating));
    }
    return new OrCriteriaAuditResult(score(ratings.scale(), items), missing);
  }

  private EngagementAuditResult score(AuditGrid grid, Audit audit, int engagement) {
    List<Weighted> items = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (AuditCriterion criterion : grid.criteria(engagement)) {
      Integer rating = audit.rating(criterion.id()).map(CriterionRating::rating).orElse(null);
      if (rating == null) {
        missing.add(criterion.id());
      }
      items.add(new Weighted(criterion.weight(), rating));
    }
    Collections.sort(missing);
    return new EngagementAuditResult(engagement, score(grid.scale(), items), missing);
  }

  /** The weighted, normalised score: one exact fraction, rounded once. */
  private BigDecimal score(RatingScale ratingScale, List<Weighted> items) {
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal totalWeight = BigDecimal.ZERO;
    for (Weighted item : items) {
      totalWeight = totalWeight.add(item.weight);
      if (item.rating != null) {
        BigDecimal points = BigDecimal.valueOf((long) item.rating - ratingScale.min());
        numerator = numerator.add(points.multiply(item.weight));
      }
    }
    BigDecimal range = BigDecimal.valueOf((long) ratingScale.max() - ratingScale.min());
    return numerator.multiply(HUNDRED).divide(range.multiply(totalWeight), scale, rounding);
  }

  @Override
  public String toString() {
    return "AuditScoring[scale=" + scale + ", rounding=" + rounding + "]";
  }

  /** A criterion's weight and its rating, null when not rated. */
  private record Weighted(BigDecimal weight, @Nullable Integer rating) {}
}
