package fr.spsplus.core.label;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.audit.OrCriterion;
import fr.spsplus.core.i18n.MessageBundle;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The audit result of the additional "Or" criteria (A1–A6, B1–B2, C1–C5, see {@link OrCriterion}):
 * a score out of 100 and the criteria the audit did not rate.
 *
 * <p>The counterpart of {@link fr.spsplus.core.audit.EngagementAuditResult} for the "Or" criteria.
 * How the score is computed from the ratings is not public; spsplus computes it with {@code
 * fr.spsplus.indicators.eligibility.AuditScoring} (weighted, normalised ratings), but this record
 * only carries a result, whatever computed it. While a criterion is missing the score is incomplete
 * and the "Or" criteria cannot pass.
 *
 * @param score the score, from 0 to 100 inclusive; with missing criteria, the score the rated
 *     criteria reach (missing ones count as the lowest rating), a floor of the complete score
 * @param missingCriteria the criteria that were not rated, without duplicates (copied, in {@link
 *     OrCriterion} order)
 */
public record OrCriteriaAuditResult(
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal score,
    List<@NotNull OrCriterion> missingCriteria) {

  /** The highest score, 100. */
  public static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

  private static final MessageBundle MESSAGES =
      MessageBundle.of(OrCriteriaAuditResult.class, "messages");

  /**
   * Checks, copies and sorts the components.
   *
   * @throws InvalidInputException if the score is outside 0–100 or a criterion is listed twice
   */
  public OrCriteriaAuditResult {
    Objects.requireNonNull(score, "score");
    if (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0) {
      throw new InvalidInputException(MESSAGES.message("result.or.score"));
    }
    Objects.requireNonNull(missingCriteria, "missingCriteria");
    Set<OrCriterion> sorted = EnumSet.noneOf(OrCriterion.class);
    for (OrCriterion criterion : missingCriteria) {
      if (!sorted.add(Objects.requireNonNull(criterion, "missingCriteria"))) {
        throw new InvalidInputException(
            MESSAGES.message("result.or.missing.duplicate", criterion.name()));
      }
    }
    missingCriteria = List.copyOf(sorted);
  }

  /**
   * Returns the result of a complete audit of the "Or" criteria.
   *
   * @param score the score, 0 to 100
   * @return the result, without missing criteria
   * @throws InvalidInputException if the score is outside 0–100
   */
  public static OrCriteriaAuditResult of(BigDecimal score) {
    return new OrCriteriaAuditResult(score, List.of());
  }

  /**
   * Tells whether every "Or" criterion was rated.
   *
   * @return true if {@link #missingCriteria()} is empty
   */
  public boolean complete() {
    return missingCriteria.isEmpty();
  }
}
