package fr.spsplus.core.indicator;

import fr.spsplus.core.internal.Checks;
import java.util.Objects;

/**
 * A two-sided confidence interval, with the method and the level that produced it.
 *
 * @param method how the interval was computed
 * @param confidence the confidence level, strictly between 0 and 1 (0.95 for 95 %)
 * @param low the lower bound, finite
 * @param high the upper bound, finite, not below {@code low}
 */
public record ConfidenceInterval(
    IntervalMethod method, double confidence, double low, double high) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the level is not in (0, 1) or the bounds are
   *     not finite and ordered
   */
  public ConfidenceInterval {
    Objects.requireNonNull(method, "method");
    Checks.requireStrictlyBetween(confidence, 0, 1, "confidence");
    Checks.requireBetween(low, -Double.MAX_VALUE, Double.MAX_VALUE, "low");
    Checks.requireBetween(high, low, Double.MAX_VALUE, "high");
  }

  /**
   * Returns the width {@code high - low}.
   *
   * @return the width, never negative
   */
  public double width() {
    return high - low;
  }

  /**
   * Tells whether a value lies within the bounds (inclusive).
   *
   * @param value the value
   * @return true if {@code low <= value <= high}
   */
  public boolean contains(double value) {
    return value >= low && value <= high;
  }
}
