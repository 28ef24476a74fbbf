package fr.spsplus.core.improvement;

/**
 * The decision stated by the answer to an improvement proposal. Every proposal gets one ("la
 * réponse aux propositions est systématique", "Or" criterion B2, {@code seeds/001_…}).
 */
public enum ProposalDecision {
  /** Accepted: it will be implemented. */
  ACCEPTED,
  /** Accepted in part, for the reasons given. */
  PARTIALLY_ACCEPTED,
  /** Rejected, for the reasons given. */
  REJECTED,
  /** Already done or already planned. */
  ALREADY_DONE,
  /** Outside the service's room for manoeuvre: forwarded to the level that can decide. */
  FORWARDED
}
