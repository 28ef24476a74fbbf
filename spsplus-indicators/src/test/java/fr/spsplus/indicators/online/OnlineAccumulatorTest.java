package fr.spsplus.indicators.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.survey.ScaleAnswer;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.indicators.Measurement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OnlineAccumulatorTest {

  private static final ReportingPeriod QUARTER = ReportingPeriod.parse("2026-Q1");

  @Test
  void defaultsAreTheOfficialThresholdAndTheProposedMinimum() {
    OnlinePolicy policy = OnlinePolicy.defaults();
    assertThat(policy.threshold()).isEqualTo(8.0);
    assertThat(policy.minAnswers()).isEqualTo(100);
    assertThat(policy.marks()).containsExactly(0.0, 5.0, 10.0);
  }

  @Test
  void aProcedureScoreCarriesItsNormalInterval() {
    OnlineAccumulator accumulator = OnlineAccumulator.of(OnlinePolicy.defaults());
    for (int i = 0; i < 6; i++) {
      accumulator.accept("passeport", ScaleAnswer.of(SurveyScale.JDMA_3, "GOOD"));
    }
    accumulator.accept("passeport", 1);
    accumulator.accept("passeport", 1);
    accumulator.accept("passeport", 1);
    accumulator.accept("passeport", 0);
    ProcedureScore score = accumulator.procedure("passeport").orElseThrow();
    assertThat(score.answers()).isEqualTo(10);
    assertThat(score.score()).isEqualTo(7.5);
    assertThat(score.interval().method()).isEqualTo(IntervalMethod.NORMAL_MEAN);
    // Same answers as the survey golden row jdma_score: 7.5 ± 1.96·√12.5/√10.
    assertThat(score.interval().low()).isCloseTo(5.308693648558547, within(1e-9));
    assertThat(score.rated()).isFalse();
    assertThat(accumulator.procedure("inconnue")).isEmpty();
  }

  @Test
  void nothingRatedIsUndefinedNotAnException() {
    OnlineAccumulator accumulator = OnlineAccumulator.of(OnlinePolicy.defaults());
    accumulator.accept("carte-grise", 2);
    Measurement m = accumulator.measure(null, QUARTER);
    assertThat(m.value()).isNull();
    assertThat(m.status()).isEqualTo(PublicationStatus.INSUFFICIENT_SAMPLE);
    assertThat(m.excluded()).containsEntry("BELOW_MIN_ANSWERS", 1L);
    assertThat(m.structure()).isNull();
    assertThat(accumulator.belowMinimum())
        .extracting(ProcedureScore::procedure)
        .containsExactly("carte-grise");
  }

  @Test
  void badInputIsRejectedNamingTheFieldAndLeavesTheStateUnchanged() {
    OnlineAccumulator accumulator = OnlineAccumulator.of(OnlinePolicy.defaults());
    accumulator.accept("passeport", 2);
    assertThatThrownBy(() -> accumulator.accept("passeport", 4))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("pointIndex");
    assertThatThrownBy(() -> accumulator.accept("  ", 2))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("procedure");
    assertThatThrownBy(() -> accumulator.accept("x".repeat(201), 2))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("procedure")
        .hasMessageContaining("200");
    InvalidInputException scale =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> accumulator.accept("passeport", ScaleAnswer.of(SurveyScale.YES_NO, "OUI")));
    assertThat(scale.getMessage()).contains("answer.scale", "JDMA_3", "YES_NO");
    assertThat(scale.getMessage(Locale.ENGLISH)).contains("answers are on scale JDMA_3");
    assertThat(accumulator.count()).isEqualTo(1);
    assertThat(accumulator.procedures())
        .extracting(ProcedureScore::procedure)
        .containsExactly("passeport");
  }

  @Test
  void policiesCheckTheirBounds() {
    OnlinePolicy policy = OnlinePolicy.defaults();
    assertThatThrownBy(() -> policy.withMinAnswers(0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("minAnswers");
    assertThatThrownBy(() -> policy.withThreshold(10.5))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("threshold")
        .hasMessageContaining("10");
    assertThatThrownBy(() -> policy.withMarks(0, 5, Double.NaN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("marks[2]");
    assertThatThrownBy(
            () ->
                new OnlinePolicy(
                    100,
                    8,
                    List.of(0.0, 10.0),
                    policy.procedureEstimation(),
                    policy.answerEstimation()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("marks");
    OnlineAccumulator a = OnlineAccumulator.of(policy);
    assertThatThrownBy(() -> a.combine(OnlineAccumulator.of(policy.withThreshold(7))))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void scoresCheckTheirConsistency() {
    assertThatThrownBy(() -> new ProcedureScore("p", 0, 0, 1, 0, 10.0, null, false, true))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reached");
    assertThatThrownBy(() -> new ProcedureScore("p", 0, 0, 0, 1, 10.0, null, false, false))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("score");
  }

  /** The README snippet of the package, kept compiling and true. */
  @Test
  void readmeExample() {
    OnlineAccumulator online = OnlineAccumulator.of(OnlinePolicy.defaults());
    for (int i = 0; i < 100; i++) {
      online.accept("passeport", ScaleAnswer.of(SurveyScale.JDMA_3, i < 70 ? "GOOD" : "MEDIUM"));
    }
    online.accept("carte-grise", ScaleAnswer.of(SurveyScale.JDMA_3, "BAD"));
    Measurement quality = online.measure(null, ReportingPeriod.parse("2026-Q1"));
    List<ProcedureScore> notRated = online.belowMinimum();

    assertThat(online.procedure("passeport").orElseThrow().score()).isEqualTo(8.5);
    assertThat(quality.value()).isEqualTo(1.0); // 1 démarche ≥ 8/10 ÷ 1 with ≥ 100 answers
    assertThat(notRated).extracting(ProcedureScore::procedure).containsExactly("carte-grise");
  }
}
