package fr.spsplus.indicators.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.stats.PublicationPolicy;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The per-point state of survey answers: rebuilt by {@link SurveyAccumulator#fromSums}. */
class SurveyAccumulatorSumsTest {

  private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

  /** One answer: a point index and a weight (NaN for an unweighted answer). */
  record Answer(int index, double weight) {}

  record Sample(SurveyScale scale, List<Answer> answers) {}

  @Provide
  Arbitrary<Sample> samples() {
    return Arbitraries.of(SurveyScale.class)
        .flatMap(
            scale -> {
              Arbitrary<Double> weights =
                  Arbitraries.oneOf(
                      Arbitraries.just(Double.NaN),
                      Arbitraries.doubles().between(0.01, 40).ofScale(3));
              return Combinators.combine(
                      Arbitraries.integers().between(0, scale.size() - 1), weights)
                  .as(Answer::new)
                  .list()
                  .ofMaxSize(60)
                  .map(list -> new Sample(scale, list));
            });
  }

  private static SurveyAccumulator fed(Sample sample) {
    SurveyAccumulator answers = SurveyAccumulator.on(sample.scale());
    for (Answer a : sample.answers()) {
      if (Double.isNaN(a.weight())) {
        answers.accept(a.index());
      } else {
        answers.accept(a.index(), a.weight());
      }
    }
    return answers;
  }

  private static SurveyAccumulator rebuilt(SurveyAccumulator answers) {
    int size = answers.scale().size();
    double[] weights = new double[size];
    double[] squares = new double[size];
    for (int i = 0; i < size; i++) {
      weights[i] = answers.sumOfWeights(i);
      squares[i] = answers.sumOfSquaredWeights(i);
    }
    return SurveyAccumulator.fromSums(answers.scale(), answers.histogram(), weights, squares);
  }

  @Property
  void theSumsRebuildAnAccumulatorWithTheSameMeasurements(@ForAll("samples") Sample sample) {
    SurveyAccumulator original = fed(sample);

    SurveyAccumulator copy = rebuilt(original);

    assertThat(copy.count()).isEqualTo(original.count());
    assertThat(copy.histogram()).isEqualTo(original.histogram());
    assertThat(copy.sumOfWeights()).isEqualTo(original.sumOfWeights());
    assertThat(copy.sumOfSquaredWeights()).isEqualTo(original.sumOfSquaredWeights());
    assertThat(copy.question()).isEmpty();
    for (boolean weighted : new boolean[] {false, true}) {
      SurveyPolicy policy =
          SurveyPolicy.defaults(sample.scale())
              .withWeights(weighted)
              .withEstimation(Estimation.defaults().withPublication(PublicationPolicy.of(1, 1)));
      for (SurveyStatistic statistic : SurveyStatistic.values()) {
        if (statistic.requiredScale().map(s -> s == sample.scale()).orElse(true)) {
          assertThat(
                  policy.measure(statistic, copy, IndicatorCode.SATISFACTION_GLOBALE, null, MARCH))
              .isEqualTo(
                  policy.measure(
                      statistic, original, IndicatorCode.SATISFACTION_GLOBALE, null, MARCH));
        }
      }
    }
  }

  @Property
  void theRebuiltAccumulatorMergesLikeTheOriginal(
      @ForAll("samples") Sample first, @ForAll("samples") Sample second) {
    SurveyAccumulator other =
        fed(
            new Sample(
                first.scale(),
                second.answers().stream().filter(a -> a.index() < first.scale().size()).toList()));

    assertThat(rebuilt(fed(first)).combine(other).histogram())
        .isEqualTo(fed(first).combine(other).histogram());
  }

  @Test
  void unweightedSumsAreTheCounts() {
    SurveyAccumulator answers = SurveyAccumulator.on(SurveyScale.YES_NO);
    answers.accept(1);
    answers.accept(1);
    answers.accept(1, 2.5);

    assertThat(answers.sumOfSquaredWeights(0)).isZero();
    assertThat(answers.sumOfSquaredWeights(1)).isEqualTo(2 + 6.25);
    assertThatThrownBy(() -> answers.sumOfSquaredWeights(3))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void rejectsArraysOfTheWrongLength() {
    assertThatThrownBy(
            () ->
                SurveyAccumulator.fromSums(
                    SurveyScale.YES_NO, new long[3], new double[3], new double[2]))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                    .contains("3 values expected per array")
                    .contains("got 3, 3 and 2"));
  }

  @Test
  void rejectsInconsistentPoints() {
    assertInconsistent(new long[] {-1, 0, 0}, new double[] {0, 0, 0}, new double[] {0, 0, 0});
    assertInconsistent(new long[] {0, 1, 0}, new double[] {0, 0, 0}, new double[] {0, 1, 0});
    assertInconsistent(new long[] {0, 0, 0}, new double[] {0, 1, 0}, new double[] {0, 1, 0});
    assertInconsistent(
        new long[] {0, 1, 0}, new double[] {0, Double.NaN, 0}, new double[] {0, 1, 0});
    assertInconsistent(
        new long[] {Long.MAX_VALUE, 1, 0}, new double[] {1, 1, 0}, new double[] {1, 1, 0});
  }

  private static void assertInconsistent(long[] counts, double[] weights, double[] squares) {
    assertThatThrownBy(
            () -> SurveyAccumulator.fromSums(SurveyScale.YES_NO, counts, weights, squares))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                    .startsWith("Point \"")
                    .contains("inconsistent number of answers or weight sums"));
  }
}
