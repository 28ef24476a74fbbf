package fr.spsplus.core.experience;

import java.util.Objects;

/**
 * Where an experience stands in moderation.
 *
 * <p>Lifecycle: {@code SUBMITTED → IN_MODERATION → PUBLISHED | REJECTED}. {@link #PUBLISHED} and
 * {@link #REJECTED} are final: a rejected experience is never published, a published one is never
 * taken back to moderation (answers are added to it instead). The platform moderates every
 * experience before publication against its charter (no personal data, no insults, administrative
 * public services only, not a complaint desk): <a
 * href="https://plus.transformation.gouv.fr/voxusagers/page/pol_moderation">moderation policy</a>.
 * The state names are inferred from the open data (status, rejection reason), not from a published
 * workflow.
 */
public enum ModerationStatus {
  /** Sent by the user, waiting for a moderator. */
  SUBMITTED,
  /** Being moderated. */
  IN_MODERATION,
  /** Published (anonymised); structures may answer it. Final. */
  PUBLISHED,
  /** Rejected with a reason; never published. Final. */
  REJECTED;

  /**
   * Tells whether the lifecycle allows moving from this status to {@code target}.
   *
   * @param target the next status
   * @return true for SUBMITTED → IN_MODERATION and IN_MODERATION → PUBLISHED or REJECTED
   */
  public boolean canMoveTo(ModerationStatus target) {
    Objects.requireNonNull(target, "target");
    return switch (this) {
      case SUBMITTED -> target == IN_MODERATION;
      case IN_MODERATION -> target == PUBLISHED || target == REJECTED;
      case PUBLISHED, REJECTED -> false;
    };
  }

  /**
   * Tells whether no transition leaves this status.
   *
   * @return true for {@link #PUBLISHED} and {@link #REJECTED}
   */
  public boolean isFinal() {
    return this == PUBLISHED || this == REJECTED;
  }
}
