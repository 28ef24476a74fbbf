package fr.spsplus.indicators.level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IntervalMethod;
import org.junit.jupiter.api.Test;

class TargetTest {

  private static ConfidenceInterval ci(double low, double high) {
    return new ConfidenceInterval(IntervalMethod.WILSON, 0.95, low, high);
  }

  @Test
  void pickUpTargetIsEightyFivePercentInclusive() {
    Target target = StandardLevels.pickUpRateTarget();
    assertThat(target.isReachedBy(0.85)).isTrue();
    assertThat(target.isReachedBy(0.8499999)).isFalse();
    assertThat(target).hasToString("≥ 0.85");
  }

  @Test
  void boundsAndPolarities() {
    assertThat(Target.above(0.85).isReachedBy(0.85)).isFalse();
    assertThat(Target.atMost(60).isReachedBy(60)).isTrue();
    assertThat(Target.below(60).isReachedBy(60)).isFalse();
    assertThat(Target.below(60).isReachedBy(59)).isTrue();
    assertThat(Target.below(60)).hasToString("< 60.0");
    assertThat(Target.above(1)).hasToString("> 1.0");
    assertThat(Target.atMost(1)).hasToString("≤ 1.0");
  }

  @Test
  void assessmentOnTheInterval() {
    Target target = StandardLevels.pickUpRateTarget();
    assertThat(target.assess(0.90, ci(0.86, 0.93)))
        .isEqualTo(TargetAssessment.REACHED_WITH_CONFIDENCE);
    assertThat(target.assess(0.87, ci(0.82, 0.91)))
        .isEqualTo(TargetAssessment.REACHED_WITHIN_UNCERTAINTY);
    assertThat(target.assess(0.84, ci(0.80, 0.88)))
        .isEqualTo(TargetAssessment.MISSED_WITHIN_UNCERTAINTY);
    assertThat(target.assess(0.70, ci(0.65, 0.75)))
        .isEqualTo(TargetAssessment.MISSED_WITH_CONFIDENCE);
    assertThat(target.assess(0.85, ci(0.85, 0.90)))
        .isEqualTo(TargetAssessment.REACHED_WITH_CONFIDENCE);
    assertThat(TargetAssessment.REACHED_WITHIN_UNCERTAINTY.isReached()).isTrue();
    assertThat(TargetAssessment.MISSED_WITHIN_UNCERTAINTY.isReached()).isFalse();
    Target waits = Target.atMost(60);
    assertThat(waits.assess(50, ci(40, 70))).isEqualTo(TargetAssessment.REACHED_WITHIN_UNCERTAINTY);
    assertThat(waits.assess(50, ci(40, 55))).isEqualTo(TargetAssessment.REACHED_WITH_CONFIDENCE);
    assertThat(waits.assess(65, ci(61, 70))).isEqualTo(TargetAssessment.MISSED_WITH_CONFIDENCE);
  }

  @Test
  void invalidInputs() {
    assertThatThrownBy(() -> Target.atLeast(Double.POSITIVE_INFINITY))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("threshold");
    assertThatThrownBy(() -> Target.atLeast(1).isReachedBy(Double.NaN))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Target.atLeast(0.85).assess(0.5, ci(0.8, 0.9)))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).key())
        .isEqualTo("target.value.outside.interval");
  }
}
