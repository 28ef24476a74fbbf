package fr.spsplus.core.improvement;

/** The outcome stated by the answer that closes an irritant. */
public enum IrritantOutcome {
  /** The irritant was removed. */
  RESOLVED,
  /**
   * Outside the service's room for manoeuvre: forwarded to the level that can act (central
   * direction, network, another administration).
   */
  FORWARDED,
  /** The analysis did not confirm the irritant. */
  NOT_CONFIRMED,
  /** Already recorded as another irritant. */
  DUPLICATE,
  /** Not retained, for the reasons given. */
  NOT_RETAINED
}
