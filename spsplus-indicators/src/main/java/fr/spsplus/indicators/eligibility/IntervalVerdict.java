package fr.spsplus.indicators.eligibility;

/**
 * How a survey score stands against a minimum once its confidence interval is taken into account
 * (the three outcomes proposed in {@code metrics-perf.md} §4 of the project's references). Reported
 * for every survey score, whatever the tier's {@link fr.spsplus.core.label.SurveyThresholdBasis};
 * the basis decides which outcomes pass.
 *
 * <p>The constant names are stable codes (JSON).
 */
public enum IntervalVerdict {
  /** The point estimate and the lower bound both reach the minimum. */
  MET,
  /**
   * The point estimate reaches the minimum but the lower bound does not: the sample cannot confirm
   * it at the stated confidence. Passes by the point estimate, fails by the lower bound.
   */
  MET_BY_POINT_ONLY,
  /** The point estimate is below the minimum. */
  NOT_MET
}
