package fr.spsplus.testkit;

/**
 * When the fake platform looks for personal data in a submitted experience (title and text), with
 * the shared {@link fr.spsplus.core.privacy.PersonalDataDetector}.
 *
 * <p>The contract says that a server that detects personal data answers {@code 422
 * PERSONAL_DATA_DETECTED}; the platform's moderation charter forbids personal data in published
 * experiences (<a
 * href="https://plus.transformation.gouv.fr/voxusagers/page/pol_moderation">moderation policy</a>).
 * Which of the two a real platform does first is not public: both are offered. Answers and
 * complex-document reports, which are not moderated, are always screened on arrival ({@code 422}).
 */
public enum PersonalDataScreening {

  /**
   * On arrival (the default): a submission with personal data is refused with {@code 422
   * PERSONAL_DATA_DETECTED}, naming the field and the kind of data; nothing is stored.
   */
  ON_SUBMISSION,

  /**
   * In moderation: the submission is accepted ({@code 201}, status {@code SUBMITTED}), and the
   * {@linkplain Moderator#personalData default moderator} then rejects it with the reason {@code
   * PERSONAL_DATA} (event {@code experience.rejected}).
   */
  IN_MODERATION
}
