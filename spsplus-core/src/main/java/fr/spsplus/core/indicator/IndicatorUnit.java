package fr.spsplus.core.indicator;

/**
 * The unit of an indicator's value, and of its target. Rates are percentages from 0 to 100, as the
 * open-data platform publishes them ({@code valeur} = 77 for 77 %); calculators that work on
 * proportions multiply by 100 when they build a result.
 */
public enum IndicatorUnit {
  /** A percentage, from 0 to 100. */
  PERCENT(0, 100),
  /** A score out of ten, from 0 to 10 (for example the "Je donne mon avis" score). */
  SCORE_OUT_OF_10(0, 10),
  /** A duration in seconds, not negative. */
  SECONDS(0, Double.MAX_VALUE),
  /** A duration in days, not negative. */
  DAYS(0, Double.MAX_VALUE),
  /** A count, not negative. */
  COUNT(0, Double.MAX_VALUE);

  private final double min;
  private final double max;

  IndicatorUnit(double min, double max) {
    this.min = min;
    this.max = max;
  }

  /**
   * Returns the smallest value of the unit.
   *
   * @return the lower bound, inclusive
   */
  public double min() {
    return min;
  }

  /**
   * Returns the largest value of the unit.
   *
   * @return the upper bound, inclusive ({@link Double#MAX_VALUE} when unbounded)
   */
  public double max() {
    return max;
  }

  /**
   * Tells whether a value is finite and within the unit's bounds.
   *
   * @param value the value
   * @return true if {@code min() <= value <= max()}
   */
  public boolean accepts(double value) {
    return value >= min && value <= max;
  }
}
