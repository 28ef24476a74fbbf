package fr.spsplus.testkit;

import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.RejectionReason;
import fr.spsplus.core.privacy.PersonalDataDetector;
import java.util.Objects;
import java.util.Optional;

/**
 * The fake platform's moderator: decides whether an experience in moderation is published or
 * rejected, and why. The default, {@link #personalData(PersonalDataDetector)}, rejects texts that
 * hold personal data and publishes the rest; tests may supply their own (to reject insults, for
 * example) or decide each experience explicitly ({@link FakePlatform#publish(long)}, {@link
 * FakePlatform#reject(long, RejectionReason)}).
 */
@FunctionalInterface
public interface Moderator {

  /**
   * Reviews an experience.
   *
   * @param experience the experience, {@code IN_MODERATION}
   * @return the reason to reject it, or empty to publish it
   */
  Optional<RejectionReason> review(Experience experience);

  /**
   * Returns the moderator that rejects, with {@link RejectionReason#PERSONAL_DATA}, an experience
   * whose title or text holds personal data according to the detector, and publishes the others.
   *
   * @param detector the detector, usually {@link PersonalDataDetector#standard()}
   * @return the moderator
   */
  static Moderator personalData(PersonalDataDetector detector) {
    Objects.requireNonNull(detector, "detector");
    return experience ->
        detector.containsAny(experience.title()) || detector.containsAny(experience.text())
            ? Optional.of(RejectionReason.PERSONAL_DATA)
            : Optional.empty();
  }

  /**
   * Returns the moderator that publishes everything.
   *
   * @return the moderator
   */
  static Moderator publishAll() {
    return experience -> Optional.empty();
  }
}
