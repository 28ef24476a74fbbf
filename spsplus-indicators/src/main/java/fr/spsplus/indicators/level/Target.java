package fr.spsplus.indicators.level;

import static fr.spsplus.indicators.level.LevelTable.MESSAGES;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.Polarity;
import fr.spsplus.core.internal.Checks;
import java.util.Objects;

/**
 * A threshold to reach, with its polarity and the inclusivity of its bound: "≥ 0.85", "&gt; 8", "≤
 * 60", "&lt; 5".
 *
 * <p>A value {@code v} reaches the target when {@code v ≥ threshold} ({@code HIGHER_IS_BETTER},
 * inclusive), {@code v > threshold} (higher, exclusive), {@code v ≤ threshold} ({@code
 * LOWER_IS_BETTER}, inclusive) or {@code v < threshold} (lower, exclusive). Values are compared
 * exactly as doubles: a rate of exactly 0.85 reaches "≥ 0.85" but not "&gt; 0.85".
 *
 * @param polarity which direction is better
 * @param threshold the threshold, finite
 * @param inclusive whether a value equal to the threshold reaches it
 */
public record Target(Polarity polarity, double threshold, boolean inclusive) {

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the threshold is not finite
   */
  public Target {
    Objects.requireNonNull(polarity, "polarity");
    Checks.requireBetween(threshold, -Double.MAX_VALUE, Double.MAX_VALUE, "threshold");
  }

  /**
   * Returns the target "value ≥ threshold".
   *
   * @param threshold the threshold, finite
   * @return the target
   */
  public static Target atLeast(double threshold) {
    return new Target(Polarity.HIGHER_IS_BETTER, threshold, true);
  }

  /**
   * Returns the target "value &gt; threshold".
   *
   * @param threshold the threshold, finite
   * @return the target
   */
  public static Target above(double threshold) {
    return new Target(Polarity.HIGHER_IS_BETTER, threshold, false);
  }

  /**
   * Returns the target "value ≤ threshold".
   *
   * @param threshold the threshold, finite
   * @return the target
   */
  public static Target atMost(double threshold) {
    return new Target(Polarity.LOWER_IS_BETTER, threshold, true);
  }

  /**
   * Returns the target "value &lt; threshold".
   *
   * @param threshold the threshold, finite
   * @return the target
   */
  public static Target below(double threshold) {
    return new Target(Polarity.LOWER_IS_BETTER, threshold, false);
  }

  /**
   * Tells whether a value reaches the target.
   *
   * @param value the value, not NaN (infinities compare as expected)
   * @return true if the value reaches the target
   * @throws InvalidInputException if the value is NaN
   */
  public boolean isReachedBy(double value) {
    if (Double.isNaN(value)) {
      throw new InvalidInputException(MESSAGES.message("level.value.nan", "value"));
    }
    return switch (polarity) {
      case HIGHER_IS_BETTER -> value > threshold || (inclusive && value == threshold);
      case LOWER_IS_BETTER -> value < threshold || (inclusive && value == threshold);
    };
  }

  /**
   * Judges a value and its confidence interval against the target: the value decides reached or
   * missed, the interval's unfavourable end (the low end when higher is better) decides whether the
   * verdict holds with confidence.
   *
   * @param value the point value
   * @param interval its confidence interval
   * @return the assessment
   * @throws InvalidInputException if the value is NaN or outside the interval
   */
  public TargetAssessment assess(double value, ConfidenceInterval interval) {
    Objects.requireNonNull(interval, "interval");
    boolean reached = isReachedBy(value);
    if (!interval.contains(value)) {
      throw new InvalidInputException(MESSAGES.message("target.value.outside.interval"));
    }
    double worst = polarity == Polarity.HIGHER_IS_BETTER ? interval.low() : interval.high();
    double best = polarity == Polarity.HIGHER_IS_BETTER ? interval.high() : interval.low();
    if (reached) {
      return isReachedBy(worst)
          ? TargetAssessment.REACHED_WITH_CONFIDENCE
          : TargetAssessment.REACHED_WITHIN_UNCERTAINTY;
    }
    return isReachedBy(best)
        ? TargetAssessment.MISSED_WITHIN_UNCERTAINTY
        : TargetAssessment.MISSED_WITH_CONFIDENCE;
  }

  /** Returns the target as text, for example {@code ≥ 0.85} or {@code < 5.0}. */
  @Override
  public String toString() {
    String operator =
        switch (polarity) {
          case HIGHER_IS_BETTER -> inclusive ? "≥" : ">";
          case LOWER_IS_BETTER -> inclusive ? "≤" : "<";
        };
    return operator + " " + threshold;
  }
}
