package fr.spsplus.indicators.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.PointSet;
import fr.spsplus.core.survey.ScaleAnswer;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.stats.PublicationPolicy;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SurveyAccumulatorTest {

  private static final StructureCode SITE = StructureCode.of("3Tn8gzTdcz");
  private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");
  private static final Instant AT = Instant.parse("2026-03-10T09:30:00Z");
  private static final SurveyPolicy ALWAYS_SHOWN =
      SurveyPolicy.defaults(SurveyScale.FOUR_POINT)
          .withEstimation(Estimation.defaults().withPublication(PublicationPolicy.of(1, 1)));

  private static SurveyAccumulator sample() {
    SurveyAccumulator answers = SurveyAccumulator.on(SurveyScale.FOUR_POINT);
    answers.accept(3);
    answers.accept(2, 1.5);
    answers.accept(0, 0.25);
    answers.accept(4);
    return answers;
  }

  private static void assertSameState(SurveyAccumulator actual, SurveyAccumulator expected) {
    assertThat(actual.histogram()).isEqualTo(expected.histogram());
    assertThat(actual.count()).isEqualTo(expected.count());
    for (int i = 0; i < expected.scale().size(); i++) {
      assertThat(actual.sumOfWeights(i)).isEqualTo(expected.sumOfWeights(i));
    }
    assertThat(actual.sumOfSquaredWeights()).isEqualTo(expected.sumOfSquaredWeights());
  }

  @Test
  void countsByPointIndexAndKeepsNoOpinionOutOfTheDenominators() {
    SurveyAccumulator answers = sample();
    assertThat(answers.histogram()).containsExactly(1, 0, 1, 1, 1);
    assertThat(answers.count()).isEqualTo(4);
    assertThat(answers.validCount()).isEqualTo(3);
    assertThat(answers.noOpinionCount()).isEqualTo(1);
    assertThat(answers.count(PointSet.defaultTopBox(SurveyScale.FOUR_POINT))).isEqualTo(2);
    assertThat(answers.sumOfWeights()).isEqualTo(2.75);
    assertThat(answers.sumOfSquaredWeights()).isEqualTo(1 + 2.25 + 0.0625);
    assertThat(answers.sumOfWeights(4)).isEqualTo(1.0);
    assertThat(answers.weightedProportion(PointSet.defaultTopBox(SurveyScale.FOUR_POINT)))
        .satisfies(
            p -> {
              assertThat(p.count()).isEqualTo(3);
              assertThat(p.sumOfSuccessWeights()).isEqualTo(2.5);
            });
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void aRejectedWeightLeavesTheStateUnchanged(double weight) {
    SurveyAccumulator answers = sample();
    SurveyAccumulator before = answers.copy();
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> answers.accept(2, weight));
    assertThat(e.getMessage()).contains("weight");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("weight");
    assertSameState(answers, before);
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 5, Integer.MAX_VALUE, Integer.MIN_VALUE})
  void aRejectedPointIndexLeavesTheStateUnchanged(int index) {
    SurveyAccumulator answers = sample();
    SurveyAccumulator before = answers.copy();
    assertThatThrownBy(() -> answers.accept(index))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("pointIndex")
        .hasMessageContaining("4");
    assertThatThrownBy(() -> answers.accept(index, 2.0)).isInstanceOf(InvalidInputException.class);
    assertSameState(answers, before);
  }

  @Test
  void answersOnAnotherScaleOrToAnotherQuestionAreRejectedNamingTheField() {
    SurveyAccumulator delays = SurveyAccumulator.of(SurveyQuestion.DELAIS);
    SurveyAnswer global =
        SurveyAnswer.of("r-1", SITE, AT, SurveyQuestion.SATISFACTION_GLOBALE, "TRES_SATISFAIT");
    InvalidInputException question =
        catchThrowableOfType(InvalidInputException.class, () -> delays.accept(global));
    assertThat(question.getMessage()).contains("answer.question", "SATISFACTION_GLOBALE", "DELAIS");
    assertThat(question.getMessage(Locale.ENGLISH)).contains("answer.question", "question");

    SurveyAnswer onCes =
        new SurveyAnswer(
            "r-2", SITE, AT, SurveyQuestion.DELAIS, ScaleAnswer.of(SurveyScale.CES_1_7, "5"), null);
    InvalidInputException scale =
        catchThrowableOfType(InvalidInputException.class, () -> delays.accept(onCes));
    assertThat(scale.getMessage()).contains("answer.answer.scale", "CES_1_7", "FOUR_POINT");
    assertThat(scale.getMessage(Locale.ENGLISH)).contains("scale CES_1_7 is not the expected");
    assertThatThrownBy(() -> delays.accept(ScaleAnswer.of(SurveyScale.YES_NO, "OUI")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("answer.scale");
    assertThat(delays.count()).isZero();
  }

  @Test
  void surveyAnswersCarryTheirWeightOrOne() {
    SurveyAccumulator answers = SurveyAccumulator.of(SurveyQuestion.SATISFACTION_GLOBALE);
    answers.accept(
        SurveyAnswer.of("r-1", SITE, AT, SurveyQuestion.SATISFACTION_GLOBALE, "Plutôt satisfait"));
    answers.accept(
        SurveyAnswer.of("r-2", SITE, AT, SurveyQuestion.SATISFACTION_GLOBALE, "NSP").withWeight(3));
    assertThat(answers.histogram()).containsExactly(0, 0, 1, 0, 1);
    assertThat(answers.sumOfWeights(2)).isEqualTo(1.0);
    assertThat(answers.sumOfWeights(4)).isEqualTo(3.0);
    assertThat(answers.question()).contains(SurveyQuestion.SATISFACTION_GLOBALE);
  }

  @Test
  void combineAddsAndRefusesAnotherScaleOrQuestionWithoutChangingEither() {
    SurveyAccumulator left = sample();
    SurveyAccumulator right = sample();
    left.combine(right);
    assertThat(left.histogram()).containsExactly(2, 0, 2, 2, 2);
    assertThat(right.histogram()).containsExactly(1, 0, 1, 1, 1);

    SurveyAccumulator before = left.copy();
    assertThatThrownBy(() -> left.combine(SurveyAccumulator.on(SurveyScale.FIVE_POINT)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("FIVE_POINT");
    assertThatThrownBy(() -> left.combine(SurveyAccumulator.of(SurveyQuestion.DELAIS)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("DELAIS");
    assertSameState(left, before);
  }

  @Test
  void copyIsIndependent() {
    SurveyAccumulator original = sample();
    SurveyAccumulator copy = original.copy();
    copy.accept(1);
    assertThat(original.histogram()).containsExactly(1, 0, 1, 1, 1);
    assertThat(copy.histogram()).containsExactly(1, 1, 1, 1, 1);
  }

  @Test
  void measurementsRecordTheirPolicy() {
    SurveyAccumulator answers = sample();
    Measurement top = ALWAYS_SHOWN.topBox(answers, IndicatorCode.SATISFACTION_GLOBALE, SITE, MARCH);
    assertThat(top.parameters())
        .containsEntry("top_box", "PLUTOT_SATISFAIT+TRES_SATISFAIT")
        .containsEntry("statistic", "TOP_BOX")
        .containsEntry("weighted", "false")
        .containsEntry("scale", "FOUR_POINT")
        .containsEntry("interval_method", "WILSON");
    Measurement net =
        ALWAYS_SHOWN.netRate(answers, IndicatorCode.SATISFACTION_GLOBALE, SITE, MARCH);
    assertThat(net.parameters())
        .containsEntry("bottom_box", "TRES_INSATISFAIT+PLUTOT_INSATISFAIT")
        .containsEntry("statistic", "NET_RATE");
    Measurement mean =
        ALWAYS_SHOWN
            .withMarks(0, 2.5, 7.5, 10)
            .mean(answers, IndicatorCode.SATISFACTION_GLOBALE, SITE, MARCH);
    assertThat(mean.parameters())
        .containsEntry(
            "marks",
            "TRES_INSATISFAIT=0;PLUTOT_INSATISFAIT=2.5;PLUTOT_SATISFAIT=7.5;TRES_SATISFAIT=10");
    assertThat(mean.value()).isEqualTo((10 + 7.5 + 0) / 3);
  }

  @Test
  void weightsOfOneGiveTheUnweightedMeasurements() {
    SurveyAccumulator answers = SurveyAccumulator.on(SurveyScale.FOUR_POINT);
    int[] points = {3, 3, 2, 1, 0, 2, 4, 3};
    for (int point : points) {
      answers.accept(point, 1.0);
    }
    for (SurveyStatistic statistic :
        new SurveyStatistic[] {SurveyStatistic.TOP_BOX, SurveyStatistic.NET_RATE}) {
      Measurement unweighted =
          ALWAYS_SHOWN.measure(statistic, answers, IndicatorCode.EFFORT, SITE, MARCH);
      Measurement weighted =
          ALWAYS_SHOWN
              .withWeights(true)
              .measure(statistic, answers, IndicatorCode.EFFORT, SITE, MARCH);
      // Rates go through the same Wilson formula; the net rate's variance is computed in another
      // order of operations (Σw(y − ȳ)²/Σw × n/(n − 1)), equal up to rounding.
      double tolerance = statistic == SurveyStatistic.TOP_BOX ? 0 : 1e-15;
      assertThat(weighted.value()).isEqualTo(unweighted.value());
      assertThat(weighted.n()).isEqualTo(unweighted.n());
      assertThat(weighted.interval().low())
          .isCloseTo(unweighted.interval().low(), within(tolerance));
      assertThat(weighted.interval().high())
          .isCloseTo(unweighted.interval().high(), within(tolerance));
    }
  }

  @Test
  void allNoOpinionIsUndefinedWithItsCountNotAnException() {
    SurveyAccumulator answers = SurveyAccumulator.on(SurveyScale.FOUR_POINT);
    for (int i = 0; i < 40; i++) {
      answers.accept(SurveyScale.FOUR_POINT.noOpinionIndex(), 2.0);
    }
    for (SurveyStatistic statistic :
        new SurveyStatistic[] {
          SurveyStatistic.TOP_BOX, SurveyStatistic.NET_RATE, SurveyStatistic.MEAN
        }) {
      for (boolean weighted : new boolean[] {false, true}) {
        Measurement m =
            ALWAYS_SHOWN
                .withWeights(weighted)
                .measure(statistic, answers, IndicatorCode.SATISFACTION_GLOBALE, SITE, MARCH);
        assertThat(m.value()).as(statistic + " weighted=" + weighted).isNull();
        assertThat(m.interval()).isNull();
        assertThat(m.n()).isZero();
        assertThat(m.status()).isEqualTo(PublicationStatus.INSUFFICIENT_SAMPLE);
        assertThat(m.excluded()).containsExactly(Map.entry("NSP", 40L));
      }
    }
  }

  @Test
  void statisticsDefinedOnOneScaleRefuseAnother() {
    SurveyAccumulator answers = sample();
    for (SurveyStatistic statistic :
        new SurveyStatistic[] {
          SurveyStatistic.NPS,
          SurveyStatistic.CES_MEAN,
          SurveyStatistic.CES_SHARE,
          SurveyStatistic.JDMA_SCORE,
          SurveyStatistic.YES_RATE
        }) {
      InvalidInputException e =
          catchThrowableOfType(
              InvalidInputException.class,
              () -> ALWAYS_SHOWN.measure(statistic, answers, IndicatorCode.EFFORT, SITE, MARCH));
      assertThat(e.getMessage())
          .contains(statistic.name(), statistic.requiredScale().orElseThrow().name());
    }
    assertThatThrownBy(
            () ->
                SurveyPolicy.defaults(SurveyScale.FIVE_POINT)
                    .topBox(answers, IndicatorCode.EFFORT, SITE, MARCH))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("answers.scale");
  }

  @Test
  void policiesRejectInconsistentBoxesAndMarks() {
    SurveyPolicy policy = SurveyPolicy.defaults(SurveyScale.FOUR_POINT);
    InvalidInputException overlap =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                policy.withTopBox(
                    PointSet.of(SurveyScale.FOUR_POINT, "PLUTOT_INSATISFAIT", "TRES_SATISFAIT")));
    assertThat(overlap.getMessage()).contains("topBox", "bottomBox", "PLUTOT_INSATISFAIT");
    assertThatThrownBy(() -> policy.withTopBox(PointSet.defaultTopBox(SurveyScale.FIVE_POINT)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("topBox.scale");
    assertThatThrownBy(() -> policy.withMarks(1, 2, 3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("marks")
        .hasMessageContaining("4");
    assertThatThrownBy(() -> policy.withMarks(1, 2, Double.NaN, 4))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("marks[2]");
    SurveyAccumulator jdma = SurveyAccumulator.on(SurveyScale.JDMA_3);
    assertThatThrownBy(
            () ->
                SurveyPolicy.defaults(SurveyScale.JDMA_3)
                    .withMarks(0, 5, 12)
                    .jdmaScore(jdma, IndicatorCode.EFFORT, SITE, MARCH))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("marks[2]")
        .hasMessageContaining("10");
  }

  @Test
  void defaultsFollowTheScale() {
    SurveyPolicy ces = SurveyPolicy.defaults(SurveyScale.CES_1_7);
    assertThat(ces.topBox().points()).containsExactly("5", "6", "7");
    assertThat(ces.marks()).containsExactly(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
    assertThat(ces.weighted()).isFalse();
    assertThat(SurveyPolicy.defaults(SurveyScale.JDMA_3).marks()).containsExactly(0.0, 5.0, 10.0);
    assertThat(SurveyPolicy.defaults(SurveyScale.FOUR_POINT).topBox().points())
        .containsExactly("PLUTOT_SATISFAIT", "TRES_SATISFAIT");
  }
}
