package fr.spsplus.core.improvement;

/** The progress of an improvement action. */
public enum ActionStatus {
  /** Decided, not started. */
  PLANNED,
  /** Under way. */
  IN_PROGRESS,
  /** Carried out. */
  DONE,
  /** Given up (the reason belongs in the plan's follow-up). */
  ABANDONED;

  /**
   * Tells whether the action is still expected to be carried out.
   *
   * @return true for {@link #PLANNED} and {@link #IN_PROGRESS}
   */
  public boolean isOpen() {
    return this == PLANNED || this == IN_PROGRESS;
  }
}
