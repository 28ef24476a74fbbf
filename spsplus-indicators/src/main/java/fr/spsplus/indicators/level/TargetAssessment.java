package fr.spsplus.indicators.level;

/**
 * Whether a target is reached, judged on the value and on its confidence interval.
 *
 * <p>The four outcomes separate a result whose whole interval lies on one side of the threshold
 * from one whose interval straddles it (the sample cannot tell).
 */
public enum TargetAssessment {
  /** The value and the whole interval reach the target. */
  REACHED_WITH_CONFIDENCE,
  /** The value reaches the target, but part of the interval does not. */
  REACHED_WITHIN_UNCERTAINTY,
  /** The value misses the target, but part of the interval reaches it. */
  MISSED_WITHIN_UNCERTAINTY,
  /** The value and the whole interval miss the target. */
  MISSED_WITH_CONFIDENCE;

  /**
   * Tells whether the value itself reaches the target.
   *
   * @return true for the two {@code REACHED_…} outcomes
   */
  public boolean isReached() {
    return this == REACHED_WITH_CONFIDENCE || this == REACHED_WITHIN_UNCERTAINTY;
  }
}
