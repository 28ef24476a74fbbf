package fr.spsplus.core.experience;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.structure.ContactChannel;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A user's experience with public services, told on the Services Publics+ platform, with its
 * moderation state and the structures' answers.
 *
 * <p><strong>Lifecycle</strong> (see {@link ModerationStatus}): {@link #submitted submitted} →
 * {@link #startModeration()} → {@link #publish(Instant)} or {@link #reject(RejectionReason)}. A
 * rejected experience is never published (the constructor and {@link #publish} refuse it); only a
 * published experience receives {@linkplain #withAnswer answers}, at most one per structure
 * involved. Every transition returns a new instance; an invalid one throws {@link
 * InvalidInputException} naming the experience id and both statuses, and changes nothing.
 *
 * <p>Texts are kept exactly as written (multi-paragraph, non-breaking spaces, {@code &nbsp;}
 * entities): the open data publishes them so. {@link #toString()} never shows them.
 *
 * <p>Open-data fields (experiences dataset, names seen in public reuse code): {@code id_experience}
 * (a positive integer), {@code titre}, {@code description}, {@code ressenti_usager}, {@code
 * ecrit_le}, {@code date_de_publication}, {@code etat_experience}, {@code reponse_structure_N};
 * "Motif de rejet" in the experiences API. Sources: <a
 * href="https://opendata.plus.transformation.gouv.fr">opendata.plus.transformation.gouv.fr</a>, <a
 * href="https://plus.transformation.gouv.fr/voxusagers/page/pol_moderation">moderation policy</a>.
 *
 * @param id the platform's id, positive
 * @param title the title, not blank
 * @param text the account, not blank, kept as is
 * @param feeling the user's feeling
 * @param structures the structures involved, at least one, without repetition
 * @param channels the channels of the experience, without repetition, possibly empty
 * @param submittedAt when the user sent it ("écrit le")
 * @param status the moderation status
 * @param publishedAt when it was published; present exactly when the status is {@link
 *     ModerationStatus#PUBLISHED}, not before {@code submittedAt}
 * @param rejectionReason why it was rejected; present exactly when the status is {@link
 *     ModerationStatus#REJECTED}
 * @param answers the structures' answers, only on a published experience, one per structure at
 *     most, each from a structure involved and not published before the experience
 */
public record Experience(
    @Positive long id,
    @NotBlank @Size(max = Experience.MAX_TITLE_LENGTH) String title,
    @NotBlank @Size(max = Experience.MAX_TEXT_LENGTH) String text,
    @NotNull Feeling feeling,
    @NotEmpty @Size(max = Experience.MAX_STRUCTURES) List<@NotNull StructureCode> structures,
    @NotNull List<@NotNull ContactChannel> channels,
    @NotNull Instant submittedAt,
    @NotNull ModerationStatus status,
    @Nullable Instant publishedAt,
    @Nullable RejectionReason rejectionReason,
    @NotNull List<@NotNull @Valid StructureAnswer> answers) {

  /** Maximum length of a title (proposed default; the platform's limit is not published). */
  public static final int MAX_TITLE_LENGTH = 255;

  /** Maximum length of a text (proposed default; the platform's limit is not published). */
  public static final int MAX_TEXT_LENGTH = 20_000;

  /**
   * Maximum number of structures involved (proposed default: the open data has columns for three,
   * this leaves room).
   */
  public static final int MAX_STRUCTURES = 10;

  private static final MessageBundle MESSAGES = MessageBundle.of(Experience.class, "messages");

  /**
   * Checks the invariants and copies the lists.
   *
   * @throws InvalidInputException if a rule in the component descriptions is broken
   */
  public Experience {
    Checks.requirePositive(id, "id");
    Objects.requireNonNull(feeling, "feeling");
    Objects.requireNonNull(submittedAt, "submittedAt");
    Objects.requireNonNull(status, "status");
    Checks.requireNonBlank(title, "title");
    Checks.requireNonBlank(text, "text");
    structures = List.copyOf(Checks.requireNonEmpty(structures, "structures"));
    channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
    answers = List.copyOf(Objects.requireNonNull(answers, "answers"));
    ExperienceSubmission.requireDistinct(structures, "experience.structures.duplicate");
    ExperienceSubmission.requireDistinct(channels, "experience.channels.duplicate");
    if (status == ModerationStatus.PUBLISHED) {
      if (publishedAt == null) {
        throw new InvalidInputException(MESSAGES.message("experience.publishedAt.required", id));
      }
      Checks.requireNotBefore(submittedAt, "submittedAt", publishedAt, "publishedAt");
    } else if (publishedAt != null) {
      throw new InvalidInputException(
          MESSAGES.message("experience.publishedAt.forbidden", id, status.name()));
    }
    if (status == ModerationStatus.REJECTED && rejectionReason == null) {
      throw new InvalidInputException(MESSAGES.message("experience.rejectionReason.required", id));
    }
    if (status != ModerationStatus.REJECTED && rejectionReason != null) {
      throw new InvalidInputException(
          MESSAGES.message("experience.rejectionReason.forbidden", id, status.name()));
    }
    if (!answers.isEmpty() && status != ModerationStatus.PUBLISHED) {
      throw new InvalidInputException(
          MESSAGES.message("experience.answers.unpublished", id, status.name()));
    }
    Set<StructureCode> answered = new HashSet<>();
    for (StructureAnswer answer : answers) {
      if (!structures.contains(answer.structure())) {
        throw new InvalidInputException(
            MESSAGES.message("experience.answer.structure", id, answer.structure().value()));
      }
      if (!answered.add(answer.structure())) {
        throw new InvalidInputException(
            MESSAGES.message("experience.answer.duplicate", id, answer.structure().value()));
      }
      Instant answeredAt = answer.publishedAt();
      if (answeredAt != null && publishedAt != null) {
        Checks.requireNotBefore(publishedAt, "publishedAt", answeredAt, "answers.publishedAt");
      }
    }
  }

  /**
   * Creates a just-submitted experience.
   *
   * @param id the platform's id
   * @param submission what the user sent
   * @param submittedAt when
   * @return the experience, {@link ModerationStatus#SUBMITTED}
   * @throws InvalidInputException if the id is not positive
   */
  public static Experience submitted(
      long id, ExperienceSubmission submission, Instant submittedAt) {
    Objects.requireNonNull(submission, "submission");
    return new Experience(
        id,
        submission.title(),
        submission.text(),
        submission.feeling(),
        submission.structures(),
        submission.channels(),
        submittedAt,
        ModerationStatus.SUBMITTED,
        null,
        null,
        List.of());
  }

  /**
   * Starts moderation.
   *
   * @return the experience, {@link ModerationStatus#IN_MODERATION}
   * @throws InvalidInputException unless the experience is {@link ModerationStatus#SUBMITTED}
   */
  public Experience startModeration() {
    requireTransition(ModerationStatus.IN_MODERATION);
    return withStatus(ModerationStatus.IN_MODERATION, null, null);
  }

  /**
   * Publishes the experience after moderation.
   *
   * @param at the publication instant, not before {@link #submittedAt()}
   * @return the experience, {@link ModerationStatus#PUBLISHED}
   * @throws InvalidInputException if the experience was rejected (never published), is not in
   *     moderation, or {@code at} precedes the submission
   */
  public Experience publish(Instant at) {
    Objects.requireNonNull(at, "at");
    if (status == ModerationStatus.REJECTED) {
      throw new InvalidInputException(MESSAGES.message("experience.rejected.never.published", id));
    }
    requireTransition(ModerationStatus.PUBLISHED);
    return withStatus(ModerationStatus.PUBLISHED, at, null);
  }

  /**
   * Rejects the experience after moderation.
   *
   * @param reason why
   * @return the experience, {@link ModerationStatus#REJECTED}
   * @throws InvalidInputException unless the experience is {@link ModerationStatus#IN_MODERATION}
   */
  public Experience reject(RejectionReason reason) {
    Objects.requireNonNull(reason, "reason");
    requireTransition(ModerationStatus.REJECTED);
    return withStatus(ModerationStatus.REJECTED, null, reason);
  }

  /**
   * Adds a structure's answer, or replaces that structure's previous one (a draft becoming
   * published, a corrected text). Votes are carried by the answer given.
   *
   * @param answer the answer, from a structure involved
   * @return the experience with the answer
   * @throws InvalidInputException if the experience is not published, the structure is not
   *     involved, or the answer is published before the experience
   */
  public Experience withAnswer(StructureAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    List<StructureAnswer> updated = new ArrayList<>(answers.size() + 1);
    boolean replaced = false;
    for (StructureAnswer existing : answers) {
      if (existing.structure().equals(answer.structure())) {
        updated.add(answer);
        replaced = true;
      } else {
        updated.add(existing);
      }
    }
    if (!replaced) {
      updated.add(answer);
    }
    return new Experience(
        id,
        title,
        text,
        feeling,
        structures,
        channels,
        submittedAt,
        status,
        publishedAt,
        rejectionReason,
        updated);
  }

  private void requireTransition(ModerationStatus target) {
    if (!status.canMoveTo(target)) {
      throw new InvalidInputException(
          MESSAGES.message("experience.transition", id, status.name(), target.name()));
    }
  }

  private Experience withStatus(
      ModerationStatus next, @Nullable Instant published, @Nullable RejectionReason reason) {
    return new Experience(
        id,
        title,
        text,
        feeling,
        structures,
        channels,
        submittedAt,
        next,
        published,
        reason,
        answers);
  }

  /** Returns the id, the status and the feeling; never the texts, which may hold personal data. */
  @Override
  public String toString() {
    return "Experience[" + id + ", " + status + ", " + feeling + ", " + structures + "]";
  }
}
