package fr.spsplus.client.platform;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.experience.ModerationStatus;
import fr.spsplus.core.experience.RejectionReason;
import fr.spsplus.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where an experience stands in moderation, without its texts: what a submitting website polls
 * after {@link PlatformClient#submitExperience}, and what the {@code experience.rejected} webhook
 * carries (a rejected text may hold the personal data that got it rejected, so it never travels
 * again). Safe to show and to log.
 *
 * <p>Contract schema {@code ExperienceModeration} ({@link PlatformClient#openApiDocument()}).
 *
 * @param experienceId the experience's id, positive
 * @param status the moderation status
 * @param submittedAt when the user sent it
 * @param publishedAt when it was published; present exactly when the status is {@link
 *     ModerationStatus#PUBLISHED}
 * @param rejectionReason why it was rejected; present exactly when the status is {@link
 *     ModerationStatus#REJECTED}
 */
public record ExperienceModeration(
    long experienceId,
    ModerationStatus status,
    Instant submittedAt,
    @Nullable Instant publishedAt,
    @Nullable RejectionReason rejectionReason) {

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the id is not positive, or the publication instant or the
   *     rejection reason does not match the status
   */
  public ExperienceModeration {
    Checks.requirePositive(experienceId, "experienceId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(submittedAt, "submittedAt");
    if ((publishedAt != null) != (status == ModerationStatus.PUBLISHED)) {
      throw new InvalidInputException(
          PlatformMessages.BUNDLE.message("moderation.publishedAt", status.name()));
    }
    if ((rejectionReason != null) != (status == ModerationStatus.REJECTED)) {
      throw new InvalidInputException(
          PlatformMessages.BUNDLE.message("moderation.rejectionReason", status.name()));
    }
    if (publishedAt != null) {
      Checks.requireNotBefore(submittedAt, "submittedAt", publishedAt, "publishedAt");
    }
  }

  /**
   * Tells whether moderation is over: the experience is published or rejected.
   *
   * @return true for a final status
   */
  public boolean decided() {
    return status.isFinal();
  }
}
