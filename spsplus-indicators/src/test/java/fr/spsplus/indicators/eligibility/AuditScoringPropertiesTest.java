package fr.spsplus.indicators.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.arbitraries.AuditArbitraries;
import fr.spsplus.core.audit.Audit;
import fr.spsplus.core.audit.AuditCriterion;
import fr.spsplus.core.audit.AuditGrid;
import fr.spsplus.core.audit.CriterionRating;
import fr.spsplus.core.audit.EngagementAuditResult;
import fr.spsplus.core.audit.OrCriteriaRatings;
import fr.spsplus.core.audit.OrCriterionRating;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.label.OrCriteriaAuditResult;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class AuditScoringPropertiesTest {

  private static final BigDecimal CENT = new BigDecimal("0.01");

  @Provide
  Arbitrary<Tuple2<AuditGrid, Audit>> audits() {
    return AuditArbitraries.grids(ReferentialId.SP_PLUS_2023)
        .flatMap(grid -> AuditArbitraries.audits(grid).map(audit -> Tuple.of(grid, audit)));
  }

  @Provide
  Arbitrary<OrCriteriaRatings> orRatings() {
    return AuditArbitraries.orCriteriaRatings();
  }

  /** The exact score, without rounding, as a high-precision decimal. */
  private static BigDecimal exact(AuditGrid grid, Audit audit, int engagement) {
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    for (AuditCriterion criterion : grid.criteria(engagement)) {
      total = total.add(criterion.weight());
      Optional<CriterionRating> rating = audit.rating(criterion.id());
      if (rating.isPresent()) {
        numerator =
            numerator.add(
                criterion
                    .weight()
                    .multiply(BigDecimal.valueOf(rating.get().rating() - grid.scale().min())));
      }
    }
    BigDecimal range = BigDecimal.valueOf(grid.scale().max() - grid.scale().min());
    return numerator
        .multiply(BigDecimal.valueOf(100))
        .divide(range.multiply(total), new MathContext(40));
  }

  @Property
  void scoresAreTruncationsOfTheExactScoreWithinBoundsAndReportWhatIsMissing(
      @ForAll("audits") Tuple2<AuditGrid, Audit> input) {
    AuditGrid grid = input.get1();
    Audit audit = input.get2();
    for (EngagementAuditResult result : AuditScoring.defaults().engagements(grid, audit)) {
      BigDecimal exact = exact(grid, audit, result.engagement());
      assertThat(result.score().scale()).isEqualTo(2);
      assertThat(result.score()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
      assertThat(result.score()).isLessThanOrEqualTo(exact);
      assertThat(exact.subtract(result.score())).isLessThan(CENT);
      List<String> unrated =
          grid.criteria(result.engagement()).stream()
              .map(AuditCriterion::id)
              .filter(id -> audit.rating(id).isEmpty())
              .sorted()
              .toList();
      assertThat(result.missingCriteria()).isEqualTo(unrated);
      assertThat(result.complete()).isEqualTo(unrated.isEmpty());
    }
  }

  @Property
  void scoresDoNotDependOnTheOrderOfCriteriaOrRatings(
      @ForAll("audits") Tuple2<AuditGrid, Audit> input, @ForAll Random random) {
    AuditGrid grid = input.get1();
    Audit audit = input.get2();
    List<AuditCriterion> criteria = new ArrayList<>(grid.criteria());
    Collections.shuffle(criteria, random);
    AuditGrid shuffledGrid =
        new AuditGrid(
            grid.id(),
            grid.version(),
            grid.referential(),
            grid.title(),
            grid.illustrative(),
            grid.scale(),
            criteria);
    List<CriterionRating> ratings = new ArrayList<>(audit.ratings());
    Collections.shuffle(ratings, random);
    Audit shuffledAudit =
        new Audit(
            audit.id(),
            audit.structure(),
            audit.type(),
            audit.date(),
            audit.auditor(),
            audit.grid(),
            ratings,
            audit.orCriteria());
    assertThat(AuditScoring.defaults().engagements(shuffledGrid, shuffledAudit))
        .isEqualTo(AuditScoring.defaults().engagements(grid, audit));
  }

  @Property
  void raisingARatingNeverLowersTheScore(
      @ForAll("audits") Tuple2<AuditGrid, Audit> input, @ForAll Random random) {
    AuditGrid grid = input.get1();
    Audit audit = input.get2();
    List<CriterionRating> ratings = new ArrayList<>(audit.ratings());
    if (ratings.isEmpty()) {
      return;
    }
    int index = random.nextInt(ratings.size());
    CriterionRating chosen = ratings.get(index);
    int raised = chosen.rating() + random.nextInt(grid.scale().max() - chosen.rating() + 1);
    ratings.set(index, CriterionRating.of(chosen.criterionId(), raised));
    Audit better =
        new Audit(
            audit.id(),
            audit.structure(),
            audit.type(),
            audit.date(),
            audit.auditor(),
            audit.grid(),
            ratings,
            null);
    int engagement = grid.criterion(chosen.criterionId()).orElseThrow().engagement();
    assertThat(AuditScoring.defaults().engagement(grid, better, engagement).score())
        .isGreaterThanOrEqualTo(
            AuditScoring.defaults().engagement(grid, audit, engagement).score());
  }

  @Property
  void everyCriterionAtTheTopGives100AndAtTheBottom0(
      @ForAll("audits") Tuple2<AuditGrid, Audit> input) {
    AuditGrid grid = input.get1();
    for (int value : new int[] {grid.scale().min(), grid.scale().max()}) {
      List<CriterionRating> ratings =
          grid.criteria().stream().map(c -> CriterionRating.of(c.id(), value)).toList();
      Audit audit = input.get2();
      Audit uniform =
          new Audit(
              audit.id(),
              audit.structure(),
              audit.type(),
              audit.date(),
              audit.auditor(),
              audit.grid(),
              ratings,
              null);
      BigDecimal expected = value == grid.scale().max() ? BigDecimal.valueOf(100) : BigDecimal.ZERO;
      assertThat(AuditScoring.defaults().engagements(grid, uniform))
          .allSatisfy(
              r -> {
                assertThat(r.score()).isEqualByComparingTo(expected);
                assertThat(r.complete()).isTrue();
              });
    }
  }

  @Property
  void orScoresStayWithinBoundsAndListTheUnratedCriteria(
      @ForAll("orRatings") OrCriteriaRatings ratings) {
    OrCriteriaAuditResult result = AuditScoring.defaults().orCriteria(ratings);
    assertThat(result.score()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    assertThat(result.missingCriteria()).containsExactlyElementsOf(ratings.missing());
    List<OrCriterionRating> reversed = new ArrayList<>(ratings.ratings());
    Collections.reverse(reversed);
    assertThat(AuditScoring.defaults().orCriteria(new OrCriteriaRatings(ratings.scale(), reversed)))
        .isEqualTo(result);
  }
}
