package fr.spsplus.indicators.eligibility;

/**
 * What a {@link CriterionFinding} checks. The label requires, for a tier, all of these at once
 * (DITP document on the "Or" tier, {@code seeds/001_…} of the project's references); survey sizes
 * are spsplus's addition, so that a score resting on too few respondents cannot earn a tier.
 *
 * <p>The constant names are stable codes (JSON).
 */
public enum CriterionKind {
  /** The number of user-survey respondents reaches the tier's minimum. */
  USER_SURVEY_SIZE,
  /** The user-survey score reaches the tier's minimum (by its point estimate or lower bound). */
  USER_SURVEY_SCORE,
  /** The number of agent-survey respondents reaches the tier's minimum. */
  AGENT_SURVEY_SIZE,
  /** The agent-survey score reaches the tier's minimum (by its point estimate or lower bound). */
  AGENT_SURVEY_SCORE,
  /** One engagement's audit score reaches the tier's minimum for that engagement. */
  ENGAGEMENT_AUDIT_SCORE,
  /** The audit score of the additional "Or" criteria reaches the minimum (tier OR only). */
  OR_CRITERIA_SCORE;

  /**
   * Tells whether this criterion is a survey score, evaluated on its interval as well as its point
   * estimate.
   *
   * @return true for {@link #USER_SURVEY_SCORE} and {@link #AGENT_SURVEY_SCORE}
   */
  public boolean surveyScore() {
    return this == USER_SURVEY_SCORE || this == AGENT_SURVEY_SCORE;
  }
}
