package fr.spsplus.core.call;

import fr.spsplus.core.internal.Checks;

/**
 * The single terminal outcome of an inbound call attempt. Every attempt has exactly one.
 *
 * <p>The model is spsplus's <strong>proposed default</strong> (no network publishes its exact
 * exclusion rules); the official part is the definition of the pick-up rate by an agent, "appels
 * traités par un agent ÷ appels nécessitant une réponse par un agent", with a separate global rate
 * where an interactive voice server (SVI) handles calls
 * (https://www.plus.transformation.gouv.fr/engagement/6). A <em>short abandon</em> is not an
 * outcome: it is an {@link #ABANDONED_QUEUE} whose wait is below the policy's threshold.
 *
 * <p>The constant names are the stable codes of CSV, JSON and the CLI; {@link #ordinal()} is a
 * dense index for calculators' count arrays (do not reorder the constants).
 */
public enum CallOutcome {
  /** Connected to an agent. */
  ANSWERED_AGENT,
  /** The caller hung up while queued for an agent. */
  ABANDONED_QUEUE,
  /** The caller hung up inside the voice server before asking for an agent. */
  ABANDONED_IVR,
  /** Finished in the voice server (self-service) without asking for an agent. */
  RESOLVED_IVR,
  /** Busy tone, saturation message or forced disconnection after asking for an agent. */
  BLOCKED_OVERFLOW,
  /** Arrived outside the published opening hours. */
  OUT_OF_HOURS,
  /** The caller accepted a callback or a phone appointment instead of waiting. */
  CALLBACK_SCHEDULED,
  /** Routed to another network before being answered (counted by the receiving network). */
  TRANSFERRED_OUT;

  /**
   * Reads an outcome code (its exact constant name; surrounding blanks are ignored).
   *
   * @param code the code, for example {@code ANSWERED_AGENT}
   * @return the outcome
   * @throws fr.spsplus.core.InvalidInputException if the code is unknown (the message lists the
   *     accepted codes)
   */
  public static CallOutcome parse(String code) {
    return Checks.parseCode(CallOutcome.class, code, "outcome");
  }
}
