package fr.spsplus.core.label;

/**
 * What a survey score must bring up to a tier's minimum: its point estimate, or the lower bound of
 * its confidence interval.
 *
 * <p>A survey of 40 respondents with a score of 82 % "reaches" 80 % by its point estimate, but its
 * 95 % Wilson interval starts at 67.5 %: the sample cannot tell whether the service really clears
 * 80 %. {@link #LOWER_BOUND} asks the evidence to clear the threshold at the stated confidence.
 * Which basis the label uses is not public: it is a setting of each {@link TierRequirements}
 * (proposed default in the bundled illustrative rule set: point estimate for BRONZE and ARGENT,
 * lower bound for OR). The evaluation reports both values whatever the basis ("met", "met by the
 * point estimate only", "not met"; see {@code metrics-perf.md} §4 of the project's references).
 *
 * <p>The constant names are stable codes (JSON).
 */
public enum SurveyThresholdBasis {
  /** The survey's score itself must reach the minimum. */
  POINT_ESTIMATE,
  /**
   * The lower bound of the score's confidence interval (method and level of the {@link
   * SurveyThreshold}) must reach the minimum — or the point estimate, should it be lower (only the
   * Jeffreys interval, at low levels, can start above the point estimate). Never more lenient than
   * {@link #POINT_ESTIMATE}.
   */
  LOWER_BOUND
}
