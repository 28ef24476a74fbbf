package fr.spsplus.core.privacy;

/** What {@link PersonalDataGuard} does with a text that contains personal data. */
public enum PersonalDataPolicy {
  /**
   * Refuse the text: an {@link fr.spsplus.core.InvalidInputException} names the field, the kind and
   * the position of the first match (never its value). The safe default for a client.
   */
  BLOCK,
  /** Replace every match by its kind's {@linkplain PersonalDataKind#placeholder() placeholder}. */
  REDACT,
  /** Keep the text unchanged and report the matches, for a human to decide (moderation). */
  WARN
}
