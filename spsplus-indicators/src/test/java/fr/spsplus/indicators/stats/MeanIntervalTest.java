package fr.spsplus.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IntervalMethod;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.apache.commons.statistics.interval.NormalConfidenceInterval;
import org.junit.jupiter.api.Test;

class MeanIntervalTest {

  @Test
  void normalIntervalOfAMean() {
    ConfidenceInterval interval = MeanInterval.defaults().estimate(5.2, 1.5, 100).orElseThrow();
    assertThat(interval.method()).isEqualTo(IntervalMethod.NORMAL_MEAN);
    assertThat(interval.low()).isCloseTo(5.2 - 1.959963984540054 * 0.15, within(1e-12));
    assertThat(interval.high()).isCloseTo(5.2 + 1.959963984540054 * 0.15, within(1e-12));
    assertThat(MeanInterval.of(0.99).estimate(5.2, 1.5, 100).orElseThrow().width())
        .isCloseTo(2 * 2.5758293035489 * 0.15, within(1e-12));
  }

  @Test
  void noObservationMeansNoInterval() {
    assertThat(MeanInterval.defaults().estimate(0, 0, 0)).isEmpty();
    assertThat(MeanInterval.defaults().estimate(SampleMoments.empty())).isEmpty();
    assertThat(MeanInterval.defaults().estimate(SampleMoments.empty().plus(3))).isEmpty();
  }

  @Test
  void jdmaScoreFromMarkCounts() {
    // 40 "good" (10), 10 "medium" (5), 10 other (0): mean 7.5.
    SampleMoments marks = SampleMoments.fromSums(60, 40 * 10 + 10 * 5, 40 * 100 + 10 * 25);
    assertThat(marks.mean()).isEqualTo(7.5);
    double variance = (40 * 6.25 + 10 * 6.25 + 10 * 56.25) / 59;
    assertThat(marks.variance()).hasValueCloseTo(variance, within(1e-12));
    ConfidenceInterval interval = MeanInterval.defaults().estimate(marks).orElseThrow();
    assertThat(interval.contains(7.5)).isTrue();
    assertThat(interval.width())
        .isCloseTo(2 * 1.959963984540054 * Math.sqrt(variance / 60), within(1e-12));
  }

  @Property
  void agreesWithTheCommonsStatisticsNormalInterval(
      @ForAll @Size(min = 2, max = 200) List<@IntRange(min = 1, max = 7) Integer> answers) {
    SampleMoments moments = SampleMoments.empty();
    for (int answer : answers) {
      moments = moments.plus(answer);
    }
    // commons-statistics's NormalConfidenceInterval.MEAN uses Student's t; with z its half-width
    // scales by z/t, so compare the centres and the ratio of the widths.
    ConfidenceInterval ours = MeanInterval.defaults().estimate(moments).orElseThrow();
    double sd = moments.standardDeviation().orElseThrow();
    var theirs =
        NormalConfidenceInterval.MEAN.fromErrorRate(moments.mean(), sd * sd, answers.size(), 0.05);
    assertThat((ours.low() + ours.high()) / 2)
        .isCloseTo((theirs.getLowerBound() + theirs.getUpperBound()) / 2, within(1e-12));
    assertThat(ours.width()).isLessThanOrEqualTo(theirs.getUpperBound() - theirs.getLowerBound());
  }

  @Test
  void argumentsAreChecked() {
    assertThatThrownBy(() -> MeanInterval.of(1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("confidence");
    assertThatThrownBy(() -> MeanInterval.defaults().estimate(Double.NaN, 1, 10))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("mean");
    assertThatThrownBy(() -> MeanInterval.defaults().estimate(1, -1, 10))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("standardDeviation");
    assertThatThrownBy(() -> MeanInterval.defaults().estimate(1, 1, -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("sampleSize");
  }

  @Test
  void valueSemantics() {
    assertThat(MeanInterval.of(0.95)).isSameAs(MeanInterval.defaults());
    assertThat(MeanInterval.of(0.9))
        .isEqualTo(MeanInterval.of(0.9))
        .hasSameHashCodeAs(MeanInterval.of(0.9))
        .isNotEqualTo(MeanInterval.defaults())
        .hasToString("MeanInterval[0.9]");
    assertThat(MeanInterval.of(0.9).confidence()).isEqualTo(0.9);
  }
}
