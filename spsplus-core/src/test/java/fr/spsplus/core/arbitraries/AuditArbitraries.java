package fr.spsplus.core.arbitraries;

import fr.spsplus.core.audit.Audit;
import fr.spsplus.core.audit.AuditCriterion;
import fr.spsplus.core.audit.AuditGrid;
import fr.spsplus.core.audit.AuditGridReference;
import fr.spsplus.core.audit.AuditType;
import fr.spsplus.core.audit.Auditor;
import fr.spsplus.core.audit.CriterionRating;
import fr.spsplus.core.audit.EngagementAuditResult;
import fr.spsplus.core.audit.Evidence;
import fr.spsplus.core.audit.EvidenceKind;
import fr.spsplus.core.audit.OrCriteriaRatings;
import fr.spsplus.core.audit.OrCriterion;
import fr.spsplus.core.audit.OrCriterionGroup;
import fr.spsplus.core.audit.OrCriterionRating;
import fr.spsplus.core.audit.RatingLevel;
import fr.spsplus.core.audit.RatingScale;
import fr.spsplus.core.engagement.Engagement;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.engagement.Referentials;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitraries for {@code fr.spsplus.core.audit}. */
public final class AuditArbitraries {

  private AuditArbitraries() {}

  /**
   * Rating scales of 2 to 11 values starting between -5 and 5, with labels on a random subset of
   * values; the illustrative 0..3 scale included.
   *
   * @return the arbitrary
   */
  public static Arbitrary<RatingScale> scales() {
    Arbitrary<RatingScale> any =
        Combinators.combine(
                Arbitraries.integers().between(-5, 5), Arbitraries.integers().between(2, 11))
            .flatAs(
                (min, size) -> {
                  int max = min + size - 1;
                  return Arbitraries.integers()
                      .between(min, max)
                      .set()
                      .ofMaxSize(size)
                      .flatMap(
                          values -> {
                            List<Arbitrary<RatingLevel>> levels = new ArrayList<>();
                            for (int value : values) {
                              levels.add(
                                  ratingLabels().map(label -> new RatingLevel(value, label)));
                            }
                            return Combinators.combine(levels)
                                .as(list -> new RatingScale(min, max, list));
                          });
                });
    return Arbitraries.frequencyOf(
        Tuple.of(5, any),
        Tuple.of(1, Arbitraries.just(AuditGrid.illustrativeSpPlus2023().scale())));
  }

  private static Arbitrary<String> ratingLabels() {
    return ArbitraryTexts.texts(40);
  }

  /**
   * Labelled values of a scale, any value from -5 to 15.
   *
   * @return the arbitrary
   */
  public static Arbitrary<RatingLevel> levels() {
    return Combinators.combine(Arbitraries.integers().between(-5, 15), ratingLabels())
        .as(RatingLevel::new);
  }

  /**
   * Weights above 0, up to 10, 0 to 3 decimal places.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BigDecimal> weights() {
    return ArbitraryTexts.decimals(0, 10).filter(w -> w.signum() > 0);
  }

  /**
   * Criteria of any engagement from 1 to 8.
   *
   * @return the arbitrary
   */
  public static Arbitrary<AuditCriterion> criteria() {
    return Combinators.combine(
            ArbitraryTexts.ids(),
            Arbitraries.integers().between(1, 8),
            ArbitraryTexts.paragraphs(),
            weights())
        .as(AuditCriterion::new);
  }

  /**
   * Grids for any bundled referential, 1 to 3 criteria per engagement (identifiers {@code
   * E<engagement>.<k>}), the illustrative grid included.
   *
   * @return the arbitrary
   */
  public static Arbitrary<AuditGrid> grids() {
    Arbitrary<AuditGrid> any =
        EngagementArbitraries.referentialIds().flatMap(AuditArbitraries::grids);
    return Arbitraries.frequencyOf(
        Tuple.of(5, any), Tuple.of(1, Arbitraries.just(AuditGrid.illustrativeSpPlus2023())));
  }

  /**
   * Grids for one referential, 1 to 3 criteria per engagement.
   *
   * @param referential the referential
   * @return the arbitrary
   */
  public static Arbitrary<AuditGrid> grids(ReferentialId referential) {
    int size = Referentials.of(referential).size();
    List<Arbitrary<List<AuditCriterion>>> perEngagement = new ArrayList<>();
    for (int n = 1; n <= size; n++) {
      int engagement = n;
      perEngagement.add(
          Combinators.combine(ArbitraryTexts.paragraphs(), weights())
              .as((text, weight) -> new Object[] {text, weight})
              .list()
              .ofMinSize(1)
              .ofMaxSize(3)
              .map(
                  parts -> {
                    List<AuditCriterion> criteria = new ArrayList<>();
                    for (int k = 0; k < parts.size(); k++) {
                      criteria.add(
                          new AuditCriterion(
                              "E" + engagement + "." + (k + 1),
                              engagement,
                              (String) parts.get(k)[0],
                              (BigDecimal) parts.get(k)[1]));
                    }
                    return criteria;
                  }));
    }
    Arbitrary<List<AuditCriterion>> criteria =
        Combinators.combine(perEngagement)
            .as(lists -> lists.stream().flatMap(List::stream).toList());
    return Combinators.combine(
            ArbitraryTexts.ids(),
            Arbitraries.integers().between(1, 50),
            ArbitraryTexts.titles(),
            Arbitraries.of(true, false),
            scales(),
            criteria)
        .as(
            (id, version, title, illustrative, scale, list) ->
                new AuditGrid(id, version, referential, title, illustrative, scale, list));
  }

  /**
   * Grid references.
   *
   * @return the arbitrary
   */
  public static Arbitrary<AuditGridReference> gridReferences() {
    return Combinators.combine(ArbitraryTexts.ids(), Arbitraries.integers().between(1, 1000))
        .as(AuditGridReference::new);
  }

  /**
   * Evidence of any kind, with or without a reference.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Evidence> evidence() {
    return Combinators.combine(
            Arbitraries.of(EvidenceKind.class),
            ArbitraryTexts.paragraphs(),
            ArbitraryTexts.titles().injectNull(0.4))
        .as(Evidence::new);
  }

  /**
   * Ratings of any criterion identifier, any rating from -5 to 15.
   *
   * @return the arbitrary
   */
  public static Arbitrary<CriterionRating> criterionRatings() {
    return Combinators.combine(
            ArbitraryTexts.ids(),
            Arbitraries.integers().between(-5, 15),
            evidence().list().ofMaxSize(3),
            ArbitraryTexts.paragraphs().injectNull(0.5))
        .as(CriterionRating::new);
  }

  /**
   * Per-engagement results with scores from 0 to 100 (bounds included).
   *
   * @return the arbitrary
   */
  public static Arbitrary<EngagementAuditResult> results() {
    return Combinators.combine(
            Arbitraries.integers().between(1, Engagement.MAX_NUMBER),
            ArbitraryTexts.decimals(0, 100),
            ArbitraryTexts.ids().list().uniqueElements().ofMaxSize(4))
        .as(EngagementAuditResult::new);
  }

  /**
   * Audit types.
   *
   * @return the arbitrary
   */
  public static Arbitrary<AuditType> types() {
    return Arbitraries.of(AuditType.class);
  }

  /**
   * Auditors.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Auditor> auditors() {
    return Combinators.combine(ArbitraryTexts.titles(), ArbitraryTexts.ids()).as(Auditor::new);
  }

  /**
   * "Or" criteria.
   *
   * @return the arbitrary
   */
  public static Arbitrary<OrCriterion> orCriteria() {
    return Arbitraries.of(OrCriterion.class);
  }

  /**
   * Groups of "Or" criteria.
   *
   * @return the arbitrary
   */
  public static Arbitrary<OrCriterionGroup> orGroups() {
    return Arbitraries.of(OrCriterionGroup.class);
  }

  /**
   * Ratings of one "Or" criterion, any rating from -5 to 15.
   *
   * @return the arbitrary
   */
  public static Arbitrary<OrCriterionRating> orCriterionRatings() {
    return Combinators.combine(
            orCriteria(),
            Arbitraries.integers().between(-5, 15),
            evidence().list().ofMaxSize(2),
            ArbitraryTexts.paragraphs().injectNull(0.5))
        .as(OrCriterionRating::new);
  }

  /**
   * Ratings of a subset of the "Or" criteria, each on the scale.
   *
   * @return the arbitrary
   */
  public static Arbitrary<OrCriteriaRatings> orCriteriaRatings() {
    return scales()
        .flatMap(
            scale ->
                orCriteria()
                    .set()
                    .flatMap(
                        criteria -> {
                          List<Arbitrary<OrCriterionRating>> ratings = new ArrayList<>();
                          for (OrCriterion criterion : criteria) {
                            ratings.add(
                                Combinators.combine(
                                        Arbitraries.integers().between(scale.min(), scale.max()),
                                        evidence().list().ofMaxSize(2),
                                        ArbitraryTexts.paragraphs().injectNull(0.5))
                                    .as(
                                        (rating, evidence, comment) ->
                                            new OrCriterionRating(
                                                criterion, rating, evidence, comment)));
                          }
                          return Combinators.combine(ratings)
                              .as(list -> new OrCriteriaRatings(scale, list));
                        }));
  }

  /**
   * Audits with arbitrary ratings (not tied to a grid), with or without "Or" ratings.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Audit> audits() {
    return Combinators.combine(
            ArbitraryTexts.ids(),
            StructureArbitraries.codes(),
            types(),
            ArbitraryTexts.dates(),
            auditors(),
            gridReferences(),
            criterionRatings().list().ofMaxSize(6).uniqueElements(CriterionRating::criterionId),
            orCriteriaRatings().injectNull(0.5))
        .as(Audit::new);
  }

  /**
   * Audits rated against a grid: a subset of its criteria, ratings on its scale.
   *
   * @param grid the grid
   * @return the arbitrary
   */
  public static Arbitrary<Audit> audits(AuditGrid grid) {
    RatingScale scale = grid.scale();
    Arbitrary<List<CriterionRating>> ratings =
        Arbitraries.of(grid.criteria())
            .set()
            .ofMaxSize(grid.criteria().size())
            .flatMap(
                chosen -> {
                  List<Arbitrary<CriterionRating>> parts = new ArrayList<>();
                  for (AuditCriterion criterion : chosen) {
                    parts.add(
                        Combinators.combine(
                                Arbitraries.integers().between(scale.min(), scale.max()),
                                evidence().list().ofMaxSize(2),
                                ArbitraryTexts.paragraphs().injectNull(0.5))
                            .as(
                                (rating, evidence, comment) ->
                                    new CriterionRating(
                                        criterion.id(), rating, evidence, comment)));
                  }
                  return Combinators.combine(parts).as(List::copyOf);
                });
    return Combinators.combine(
            ArbitraryTexts.ids(),
            StructureArbitraries.codes(),
            types(),
            ArbitraryTexts.dates(),
            auditors(),
            ratings,
            orCriteriaRatings().injectNull(0.5))
        .as(
            (id, structure, type, date, auditor, list, or) ->
                new Audit(id, structure, type, date, auditor, grid.reference(), list, or));
  }
}
