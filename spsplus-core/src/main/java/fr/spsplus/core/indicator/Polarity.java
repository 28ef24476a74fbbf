package fr.spsplus.core.indicator;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Which direction of a value is an improvement. Shared by indicator definitions, level tables and
 * the ad-hoc indicators of action plans.
 */
public enum Polarity {
  /** A higher value is better (rates of satisfaction, pick-up, on-time processing). */
  HIGHER_IS_BETTER,
  /** A lower value is better (abandon rate, waits, effort). */
  LOWER_IS_BETTER;

  /**
   * Tells whether {@code value} is at least as good as {@code reference} under this polarity.
   *
   * @param value the value to judge
   * @param reference the reference (a target, a baseline)
   * @return true if {@code value} is not worse than {@code reference}
   */
  public boolean isAtLeastAsGood(BigDecimal value, BigDecimal reference) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reference, "reference");
    int comparison = value.compareTo(reference);
    return this == HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
  }

  /**
   * Tells whether {@code value} is at least as good as {@code reference} under this polarity.
   *
   * @param value the value to judge
   * @param reference the reference (a target, a baseline)
   * @return true if {@code value} is not worse than {@code reference}
   */
  public boolean isAtLeastAsGood(double value, double reference) {
    return this == HIGHER_IS_BETTER ? value >= reference : value <= reference;
  }
}
