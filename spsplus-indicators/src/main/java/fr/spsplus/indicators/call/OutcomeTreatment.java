package fr.spsplus.indicators.call;

/**
 * How a call outcome whose treatment is a policy choice ({@link CallPolicy#overflow()}, {@link
 * CallPolicy#callbacks()}, {@link CallPolicy#transfers()}, {@link CallPolicy#outOfHours()}) counts
 * in the two pick-up rates (taux de décroché par un agent and global).
 *
 * <p>The constant names are stable codes: they appear in every {@link
 * fr.spsplus.indicators.Measurement}'s parameters (for example {@code
 * callback_treatment=EXCLUDED}).
 */
public enum OutcomeTreatment {
  /**
   * Left out of numerator and denominator; the calls are counted in the measurement's exclusions
   * under the outcome's code.
   */
  EXCLUDED,
  /**
   * In the denominator only: the caller needed an agent and did not reach one (a busy tone, a call
   * outside opening hours seen from the user's side).
   */
  UNANSWERED,
  /**
   * In numerator and denominator: the call counts as served (a scheduled callback treated as a
   * handled contact, as some contact-centre platforms do).
   */
  ANSWERED
}
