package fr.spsplus.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IntervalMethod;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class BinomialIntervalTest {

  @Test
  void defaultIsWilsonAtNinetyFivePercent() {
    assertThat(BinomialInterval.defaults().method()).isEqualTo(IntervalMethod.WILSON);
    assertThat(BinomialInterval.defaults().confidence()).isEqualTo(0.95);
    assertThat(BinomialInterval.of(IntervalMethod.WILSON, 0.95))
        .isSameAs(BinomialInterval.defaults());
    assertThat(BinomialInterval.of(IntervalMethod.JEFFREYS, 0.9))
        .isEqualTo(BinomialInterval.of(IntervalMethod.JEFFREYS, 0.9))
        .hasSameHashCodeAs(BinomialInterval.of(IntervalMethod.JEFFREYS, 0.9))
        .isNotEqualTo(BinomialInterval.of(IntervalMethod.JEFFREYS, 0.95))
        .hasToString("BinomialInterval[JEFFREYS, 0.9]");
  }

  @ParameterizedTest
  @EnumSource(value = IntervalMethod.class, names = "NORMAL_MEAN", mode = EnumSource.Mode.EXCLUDE)
  void noTrialsMeansNoInterval(IntervalMethod method) {
    assertThat(BinomialInterval.of(method, 0.95).estimate(0, 0)).isEmpty();
    assertThat(BinomialInterval.of(method, 0.95).estimate(WeightedProportion.empty())).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = IntervalMethod.class, names = "NORMAL_MEAN", mode = EnumSource.Mode.EXCLUDE)
  void endsAreExactAtZeroAndAllSuccesses(IntervalMethod method) {
    BinomialInterval calculator = BinomialInterval.of(method, 0.95);
    assertThat(calculator.estimate(0, 50).orElseThrow().low()).isZero();
    assertThat(calculator.estimate(50, 50).orElseThrow().high()).isEqualTo(1.0);
    assertThat(calculator.estimate(0, 50).orElseThrow().high()).isStrictlyBetween(0.0, 1.0);
    assertThat(calculator.estimate(50, 50).orElseThrow().low()).isStrictlyBetween(0.0, 1.0);
  }

  @Test
  void closedFormsAtTheEnds() {
    double z2 = 1.959963984540054 * 1.959963984540054;
    assertThat(BinomialInterval.defaults().estimate(0, 30).orElseThrow().high())
        .isCloseTo(z2 / (30 + z2), within(1e-15));
    assertThat(BinomialInterval.defaults().estimate(30, 30).orElseThrow().low())
        .isCloseTo(30 / (30 + z2), within(1e-15));
    ConfidenceInterval exact =
        BinomialInterval.of(IntervalMethod.CLOPPER_PEARSON, 0.95).estimate(0, 30).orElseThrow();
    assertThat(exact.high()).isCloseTo(1 - Math.pow(0.025, 1.0 / 30), within(1e-15));
    // Two-sided "rule of three": at x = 0 the 95 % upper bound is close to −ln(0.025)/n ≈ 3.69/n.
    assertThat(
            BinomialInterval.of(IntervalMethod.CLOPPER_PEARSON, 0.95)
                .estimate(0, 1_000_000)
                .orElseThrow()
                .high())
        .isCloseTo(-Math.log(0.025) / 1_000_000, within(1e-11));
  }

  @Test
  void wilsonLowerBoundKeepsItsRelativePrecisionNearZero() {
    // x = 1 of 10^15: the lower bound is about 1.4e-16, far below the unit in the last place of
    // the centre; computed as a product of roots it keeps ~15 significant digits.
    ConfidenceInterval interval =
        BinomialInterval.defaults().estimate(1, 1_000_000_000_000_000L).orElseThrow();
    double n = 1e15;
    double z = 1.959963984540054;
    double k = z * z / n;
    double p = 1 / n;
    double upper = (p + k / 2 + z * Math.sqrt(p * (1 - p) / n + k / (4 * n))) / (1 + k);
    assertThat(interval.low()).isPositive().isCloseTo(p * p / ((1 + k) * upper), within(1e-30));
    assertThat(interval.high()).isCloseTo(upper, within(1e-28));
  }

  @Test
  void anyConfidenceLevelIsAccepted() {
    assertThat(
            BinomialInterval.of(IntervalMethod.WILSON, 1e-9).estimate(5, 10).orElseThrow().width())
        .isLessThan(1e-8);
    assertThat(
            BinomialInterval.of(IntervalMethod.CLOPPER_PEARSON, 0.999999)
                .estimate(5, 10)
                .orElseThrow()
                .width())
        .isGreaterThan(0.9);
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, 1, -0.5, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
  void confidenceOutsideTheOpenUnitIntervalIsRejected(double confidence) {
    assertThatThrownBy(() -> BinomialInterval.of(IntervalMethod.WILSON, confidence))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("confidence")
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                    .contains("\"confidence\" must be strictly between 0"));
  }

  @Test
  void theMeanMethodIsNotABinomialMethod() {
    assertThatThrownBy(() -> BinomialInterval.of(IntervalMethod.NORMAL_MEAN, 0.95))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("NORMAL_MEAN")
        .extracting(e -> ((InvalidInputException) e).key())
        .isEqualTo("interval.method.not.binomial");
  }

  @Test
  void countsAreChecked() {
    BinomialInterval wilson = BinomialInterval.defaults();
    assertThatThrownBy(() -> wilson.estimate(11, 10))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("« successes » (11) ne doit pas dépasser « trials » (10).")
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                    .isEqualTo("\"successes\" (11) must not exceed \"trials\" (10)."));
    assertThatThrownBy(() -> wilson.estimate(-1, 10))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("successes");
    assertThatThrownBy(() -> wilson.estimate(0, -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("trials");
  }

  @Test
  void hugeCountsStayExact() {
    long n = Long.MAX_VALUE;
    ConfidenceInterval interval = BinomialInterval.defaults().estimate(n / 2, n).orElseThrow();
    assertThat(interval.contains(0.5)).isTrue();
    assertThat(interval.width()).isPositive().isLessThan(1e-9);
  }
}
