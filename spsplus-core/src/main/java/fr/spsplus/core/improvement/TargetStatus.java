package fr.spsplus.core.improvement;

/** Where an {@link AdHocIndicator} stands against its target. */
public enum TargetStatus {
  /** No observed value yet. */
  NOT_MEASURED,
  /** The observed value reaches the target (considering the polarity). */
  REACHED,
  /** The observed value does not reach the target. */
  NOT_REACHED
}
