package fr.spsplus.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IntervalMethod;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Scale;
import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;
import org.junit.jupiter.api.Test;

class BinomialIntervalPropertiesTest {

  @Provide
  Arbitrary<IntervalMethod> methods() {
    return Arbitraries.of(
        IntervalMethod.WILSON,
        IntervalMethod.CLOPPER_PEARSON,
        IntervalMethod.JEFFREYS,
        IntervalMethod.AGRESTI_COULL);
  }

  private static long successes(long n, double fraction) {
    return Math.min(n, Math.round(fraction * n));
  }

  @Test
  void jeffreysMayExcludeTheEstimateOnlyAtLowLevels() {
    ConfidenceInterval tenPercent =
        BinomialInterval.of(IntervalMethod.JEFFREYS, 0.10).estimate(1, 14).orElseThrow();
    assertThat(tenPercent.low()).isGreaterThan(1.0 / 14);
    ConfidenceInterval fiftyPercent =
        BinomialInterval.of(IntervalMethod.JEFFREYS, 0.50).estimate(1, 14).orElseThrow();
    assertThat(fiftyPercent.low()).isLessThan(1.0 / 14);
  }

  @Property
  void boundsLieInTheUnitIntervalAndContainTheEstimate(
      @ForAll("methods") IntervalMethod method,
      @ForAll @LongRange(min = 1, max = 10_000_000) long n,
      @ForAll @DoubleRange(min = 0, max = 1) @Scale(6) double fraction,
      @ForAll @DoubleRange(min = 0.01, max = 0.9999) @Scale(6) double confidence) {
    long x = successes(n, fraction);
    ConfidenceInterval interval =
        BinomialInterval.of(method, confidence).estimate(x, n).orElseThrow();
    double p = (double) x / n;
    assertThat(interval.low()).isBetween(0.0, 1.0);
    assertThat(interval.high()).isBetween(interval.low(), 1.0);
    if (method == IntervalMethod.JEFFREYS && confidence < 0.5) {
      return; // A Bayesian interval around the posterior median: it may exclude p̂ at low levels.
    }
    assertThat(interval.low()).isBetween(0.0, p);
    assertThat(interval.high()).isBetween(p, 1.0);
    assertThat(interval.contains(p)).isTrue();
  }

  @Property
  void wilsonWidthShrinksAsTheSampleGrowsAtAFixedProportion(
      @ForAll @IntRange(min = 1, max = 100_000) int n,
      @ForAll @DoubleRange(min = 0, max = 1) @Scale(6) double fraction,
      @ForAll @IntRange(min = 2, max = 1000) int factor,
      @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(6) double confidence) {
    long x = successes(n, fraction);
    BinomialInterval wilson = BinomialInterval.of(IntervalMethod.WILSON, confidence);
    double small = wilson.estimate(x, n).orElseThrow().width();
    double large = wilson.estimate(x * factor, (long) n * factor).orElseThrow().width();
    assertThat(large).isLessThan(small);
  }

  @Property
  void swappingSuccessesAndFailuresMirrorsTheInterval(
      @ForAll("methods") IntervalMethod method,
      @ForAll @LongRange(min = 1, max = 1_000_000) long n,
      @ForAll @DoubleRange(min = 0, max = 1) @Scale(6) double fraction,
      @ForAll @DoubleRange(min = 0.01, max = 0.9999) @Scale(6) double confidence) {
    long x = successes(n, fraction);
    BinomialInterval calculator = BinomialInterval.of(method, confidence);
    ConfidenceInterval direct = calculator.estimate(x, n).orElseThrow();
    ConfidenceInterval mirrored = calculator.estimate(n - x, n).orElseThrow();
    assertThat(mirrored.low()).isCloseTo(1 - direct.high(), within(1e-12));
    assertThat(mirrored.high()).isCloseTo(1 - direct.low(), within(1e-12));
  }

  @Property
  void aHigherConfidenceGivesAnIntervalThatContainsTheLowerOne(
      @ForAll("methods") IntervalMethod method,
      @ForAll @LongRange(min = 1, max = 1_000_000) long n,
      @ForAll @DoubleRange(min = 0, max = 1) @Scale(6) double fraction,
      @ForAll @DoubleRange(min = 0.01, max = 0.999) @Scale(6) double lower,
      @ForAll @DoubleRange(min = 0.0001, max = 0.99) @Scale(6) double increase) {
    long x = successes(n, fraction);
    double higher = lower + (1 - lower) * increase;
    ConfidenceInterval narrow = BinomialInterval.of(method, lower).estimate(x, n).orElseThrow();
    ConfidenceInterval wide = BinomialInterval.of(method, higher).estimate(x, n).orElseThrow();
    assertThat(wide.low()).isLessThanOrEqualTo(narrow.low() + 1e-14);
    assertThat(wide.high()).isGreaterThanOrEqualTo(narrow.high() - 1e-14);
  }

  @Property
  void agreesWithTheCommonsStatisticsOracle(
      @ForAll("methods") IntervalMethod method,
      @ForAll @IntRange(min = 1, max = 2_000_000) int n,
      @ForAll @DoubleRange(min = 0, max = 1) @Scale(6) double fraction,
      @ForAll @DoubleRange(min = 0.01, max = 0.9999) @Scale(6) double confidence) {
    int x = (int) successes(n, fraction);
    BinomialConfidenceInterval oracle =
        switch (method) {
          case WILSON -> BinomialConfidenceInterval.WILSON_SCORE;
          case CLOPPER_PEARSON -> BinomialConfidenceInterval.CLOPPER_PEARSON;
          case JEFFREYS -> BinomialConfidenceInterval.JEFFREYS;
          case AGRESTI_COULL -> BinomialConfidenceInterval.AGRESTI_COULL;
          case NORMAL_MEAN -> throw new AssertionError(method);
        };
    Interval expected = oracle.fromErrorRate(n, x, 1 - confidence);
    ConfidenceInterval actual =
        BinomialInterval.of(method, confidence).estimate(x, n).orElseThrow();
    assertThat(actual.low()).isCloseTo(expected.getLowerBound(), within(1e-11));
    assertThat(actual.high()).isCloseTo(expected.getUpperBound(), within(1e-11));
  }

  @Property
  void equalWeightsGiveTheUnweightedInterval(
      @ForAll("methods") IntervalMethod method,
      @ForAll @IntRange(min = 1, max = 2000) int n,
      @ForAll @DoubleRange(min = 0, max = 1) @Scale(6) double fraction,
      @ForAll @DoubleRange(min = 0.001, max = 1000) @Scale(6) double weight) {
    long x = successes(n, fraction);
    WeightedProportion weighted = WeightedProportion.empty();
    for (int i = 0; i < n; i++) {
      weighted = weighted.plus(weight, i < x);
    }
    BinomialInterval calculator = BinomialInterval.of(method, 0.95);
    ConfidenceInterval expected = calculator.estimate(x, n).orElseThrow();
    ConfidenceInterval actual = calculator.estimate(weighted).orElseThrow();
    assertThat(weighted.effectiveSampleSize()).isCloseTo(n, within(1e-9 * n));
    assertThat(actual.low()).isCloseTo(expected.low(), within(1e-9));
    assertThat(actual.high()).isCloseTo(expected.high(), within(1e-9));
  }

  @Property
  void unequalWeightsWidenTheWilsonInterval(
      @ForAll @IntRange(min = 2, max = 500) int n,
      @ForAll @DoubleRange(min = 0, max = 1) @Scale(6) double fraction,
      @ForAll @DoubleRange(min = 1.5, max = 10) @Scale(6) double heavy) {
    long x = successes(n, fraction);
    // Same weighted proportion as x/n, but one success and one failure weigh more: n_eff < n.
    WeightedProportion weighted = WeightedProportion.empty();
    for (int i = 0; i < n; i++) {
      weighted = weighted.plus(1, i < x);
    }
    weighted = weighted.plus(heavy, true).plus(heavy, false);
    WeightedProportion balanced = WeightedProportion.empty();
    for (int i = 0; i < n; i++) {
      balanced = balanced.plus(1, i < x);
    }
    balanced = balanced.plus(1, true).plus(1, false);
    assertThat(weighted.effectiveSampleSize()).isLessThan(balanced.effectiveSampleSize());
    assertThat(weighted.proportion().orElseThrow())
        .isCloseTo(balanced.proportion().orElseThrow(), within(0.5));
    double wide = BinomialInterval.defaults().estimate(weighted).orElseThrow().width();
    double narrowAtSameP =
        BinomialInterval.defaults()
            .estimate(
                new WeightedProportion(
                    weighted.count(),
                    weighted.sumOfWeights(),
                    weighted.sumOfWeights() * weighted.sumOfWeights() / weighted.count(),
                    weighted.sumOfSuccessWeights()))
            .orElseThrow()
            .width();
    assertThat(wide).isGreaterThan(narrowAtSameP);
  }
}
