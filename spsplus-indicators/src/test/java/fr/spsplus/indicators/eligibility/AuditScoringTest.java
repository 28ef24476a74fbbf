package fr.spsplus.indicators.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.audit.Audit;
import fr.spsplus.core.audit.AuditCriterion;
import fr.spsplus.core.audit.AuditGrid;
import fr.spsplus.core.audit.AuditGridReference;
import fr.spsplus.core.audit.AuditType;
import fr.spsplus.core.audit.Auditor;
import fr.spsplus.core.audit.CriterionRating;
import fr.spsplus.core.audit.EngagementAuditResult;
import fr.spsplus.core.audit.OrCriteriaRatings;
import fr.spsplus.core.audit.OrCriterion;
import fr.spsplus.core.audit.OrCriterionRating;
import fr.spsplus.core.audit.RatingScale;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.label.OrCriteriaAuditResult;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.GoldenTables;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuditScoringTest {

  private static final StructureCode ROMANS = StructureCode.of("3Tn8gzTdcz");

  /**
   * A grid of the current referential whose engagement 1 has the given weights (criteria {@code
   * E1.1}, {@code E1.2}…) and every other engagement one criterion of weight 1.
   */
  static AuditGrid grid(int min, int max, List<BigDecimal> weights) {
    List<AuditCriterion> criteria = new ArrayList<>();
    for (int i = 0; i < weights.size(); i++) {
      criteria.add(new AuditCriterion("E1." + (i + 1), 1, "Critère " + (i + 1), weights.get(i)));
    }
    for (int engagement = 2; engagement <= 8; engagement++) {
      criteria.add(
          new AuditCriterion("E" + engagement + ".1", engagement, "Critère", BigDecimal.ONE));
    }
    return new AuditGrid(
        "test-grid",
        1,
        ReferentialId.SP_PLUS_2023,
        "Grille de test",
        true,
        RatingScale.of(min, max),
        criteria);
  }

  static Audit audit(AuditGrid grid, List<CriterionRating> ratings) {
    return new Audit(
        "A-1",
        ROMANS,
        AuditType.INITIAL,
        LocalDate.of(2026, 2, 10),
        new Auditor("Organisme X", "AUD-7"),
        grid.reference(),
        ratings,
        null);
  }

  static Stream<String[]> goldenRows() {
    return GoldenTables.read(
        AuditScoringTest.class,
        "audit-scores.csv",
        "case,min,max,weights,ratings,scale,rounding,score,missing")
        .stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenRows")
  void scoresMatchTheGoldenTable(
      String name,
      String min,
      String max,
      String weights,
      String ratings,
      String scale,
      String rounding,
      String score,
      String missing) {
    List<BigDecimal> weightList = Arrays.stream(weights.split(";")).map(BigDecimal::new).toList();
    AuditGrid grid = grid(Integer.parseInt(min), Integer.parseInt(max), weightList);
    String[] values = ratings.split(";");
    List<CriterionRating> rated = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (!values[i].equals("-")) {
        rated.add(CriterionRating.of("E1." + (i + 1), Integer.parseInt(values[i])));
      }
    }
    AuditScoring scoring = AuditScoring.of(Integer.parseInt(scale), RoundingMode.valueOf(rounding));
    EngagementAuditResult result = scoring.engagement(grid, audit(grid, rated), 1);
    assertThat(result.engagement()).isEqualTo(1);
    assertThat(result.score()).as(name).isEqualTo(new BigDecimal(score));
    assertThat(result.missingCriteria())
        .isEqualTo(missing.isEmpty() ? List.of() : List.of(missing.split(";")));
  }

  @Test
  void everyEngagementIsScoredAndUnratedOnesReported() {
    AuditGrid grid = AuditGrid.illustrativeSpPlus2023();
    List<CriterionRating> ratings = new ArrayList<>();
    for (AuditCriterion criterion : grid.criteria()) {
      if (criterion.engagement() != 4) {
        ratings.add(CriterionRating.of(criterion.id(), grid.scale().max()));
      }
    }
    List<EngagementAuditResult> results =
        AuditScoring.defaults().engagements(grid, audit(grid, ratings));
    assertThat(results)
        .extracting(EngagementAuditResult::engagement)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(results.get(0).score()).isEqualByComparingTo("100");
    assertThat(results.get(0).complete()).isTrue();
    EngagementAuditResult four = results.get(3);
    assertThat(four.score()).isEqualByComparingTo("0");
    assertThat(four.missingCriteria())
        .isEqualTo(grid.criteria(4).stream().map(AuditCriterion::id).sorted().toList());
  }

  @Test
  void orCriteriaAreScoredWithEqualOrGivenWeights() {
    RatingScale scale = RatingScale.of(0, 3);
    List<OrCriterionRating> ratings = new ArrayList<>();
    for (OrCriterion criterion : OrCriterion.values()) {
      if (criterion != OrCriterion.B2) {
        ratings.add(OrCriterionRating.of(criterion, criterion.group().name().equals("A") ? 3 : 2));
      }
    }
    OrCriteriaRatings or = new OrCriteriaRatings(scale, ratings);
    // Equal weights: 6 × 3/3 + 6 × 2/3 = 10 of 13 points → 76.923… truncated.
    OrCriteriaAuditResult equal = AuditScoring.defaults().orCriteria(or);
    assertThat(equal.score()).isEqualTo(new BigDecimal("76.92"));
    assertThat(equal.missingCriteria()).containsExactly(OrCriterion.B2);
    Map<OrCriterion, BigDecimal> weights = new EnumMap<>(OrCriterion.class);
    for (OrCriterion criterion : OrCriterion.values()) {
      weights.put(
          criterion, criterion.group().name().equals("A") ? BigDecimal.valueOf(2) : BigDecimal.ONE);
    }
    // Group A doubled: (6 × 2 × 1 + 6 × 2/3) ÷ (12 + 7) = 16/19 → 84.210… truncated.
    assertThat(AuditScoring.defaults().orCriteria(or, weights).score())
        .isEqualTo(new BigDecimal("84.21"));
    weights.remove(OrCriterion.C5);
    InvalidInputException error =
        catchThrowableOfType(
            InvalidInputException.class, () -> AuditScoring.defaults().orCriteria(or, weights));
    assertThat(error.getMessage(Locale.ENGLISH))
        .isEqualTo("The \"Or\" criterion C5 must have a strictly positive weight (\"weights\").");
  }

  @Test
  void anAuditWithoutOrRatingsHasNoOrResult() {
    AuditGrid grid = grid(0, 3, List.of(BigDecimal.ONE));
    assertThat(AuditScoring.defaults().orCriteria(audit(grid, List.of()))).isEmpty();
  }

  @Test
  void anAuditOfAnotherGridOrOffTheScaleIsRefused() {
    AuditGrid grid = grid(0, 3, List.of(BigDecimal.ONE));
    Audit offScale = audit(grid, List.of(CriterionRating.of("E1.1", 4)));
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> AuditScoring.defaults().engagement(grid, offScale, 1))
                .key())
        .isEqualTo("scale.rating.outside");
    Audit other =
        new Audit(
            "A-2",
            ROMANS,
            AuditType.INITIAL,
            LocalDate.of(2026, 2, 10),
            new Auditor("Organisme X", "AUD-7"),
            new AuditGridReference("other", 1),
            List.of(),
            null);
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> AuditScoring.defaults().engagements(grid, other))
                .key())
        .isEqualTo("audit.grid.mismatch");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> AuditScoring.defaults().engagement(grid, audit(grid, List.of()), 9))
                .key())
        .isEqualTo("referential.unknown.engagement");
  }

  @Test
  void scaleAndRoundingAreChecked() {
    assertThat(AuditScoring.defaults().scale()).isEqualTo(2);
    assertThat(AuditScoring.defaults().rounding()).isEqualTo(RoundingMode.DOWN);
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> AuditScoring.of(11, RoundingMode.DOWN))
                .getMessage())
        .isEqualTo(
            "Le nombre de décimales d’un score (« scale ») doit être compris entre 0 et 10.");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> AuditScoring.of(2, RoundingMode.UNNECESSARY))
                .key())
        .isEqualTo("scoring.rounding.unnecessary");
    assertThat(AuditScoring.of(0, RoundingMode.HALF_EVEN))
        .hasToString("AuditScoring[scale=0, rounding=HALF_EVEN]");
  }
}
