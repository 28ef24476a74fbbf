package fr.spsplus.core.indicator;

/** How a value is compared with a threshold, with the bound's inclusivity made explicit. */
public enum Comparison {
  /** {@code value >= threshold}. */
  AT_LEAST,
  /** {@code value > threshold}. */
  MORE_THAN,
  /** {@code value <= threshold}. */
  AT_MOST,
  /** {@code value < threshold}. */
  LESS_THAN;

  /**
   * Applies the comparison.
   *
   * @param value the value, compared as is (a NaN never satisfies a comparison)
   * @param threshold the threshold
   * @return whether {@code value} satisfies the comparison with {@code threshold}
   */
  public boolean test(double value, double threshold) {
    return switch (this) {
      case AT_LEAST -> value >= threshold;
      case MORE_THAN -> value > threshold;
      case AT_MOST -> value <= threshold;
      case LESS_THAN -> value < threshold;
    };
  }

  /**
   * Returns the mathematical symbol of the comparison.
   *
   * @return {@code ≥}, {@code >}, {@code ≤} or {@code <}
   */
  public String symbol() {
    return switch (this) {
      case AT_LEAST -> "≥";
      case MORE_THAN -> ">";
      case AT_MOST -> "≤";
      case LESS_THAN -> "<";
    };
  }
}
