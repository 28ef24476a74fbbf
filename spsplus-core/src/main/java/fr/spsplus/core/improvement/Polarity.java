package fr.spsplus.core.improvement;

import java.math.BigDecimal;
import java.util.Objects;

/** Which direction of an indicator is an improvement. */
public enum Polarity {
  /** A higher value is better (a satisfaction rate, a pick-up rate). */
  HIGHER_IS_BETTER,
  /** A lower value is better (a waiting time, a number of complaints). */
  LOWER_IS_BETTER;

  /**
   * Tells whether a value is at least as good as a reference.
   *
   * @param value the value
   * @param reference the reference
   * @return true if {@code value >= reference} (higher is better) or {@code value <= reference}
   *     (lower is better); scales are ignored ({@code 1.0} equals {@code 1})
   */
  public boolean isAtLeastAsGood(BigDecimal value, BigDecimal reference) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reference, "reference");
    int comparison = value.compareTo(reference);
    return this == HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
  }
}
