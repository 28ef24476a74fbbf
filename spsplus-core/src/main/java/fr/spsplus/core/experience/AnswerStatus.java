package fr.spsplus.core.experience;

/**
 * The status of a structure's answer to an experience: agents write a draft, then publish it (FAQ
 * of the platform: the agent chooses "a politeness formula, a signature and a status").
 */
public enum AnswerStatus {
  /** Written, not visible to the public. */
  DRAFT,
  /** Visible under the published experience. */
  PUBLISHED
}
