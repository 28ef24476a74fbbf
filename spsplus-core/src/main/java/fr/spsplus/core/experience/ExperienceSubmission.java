package fr.spsplus.core.experience;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.structure.ContactChannel;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a user sends to tell an experience, before the platform gives it an id and moderates it.
 *
 * <p>The text is kept exactly as typed (paragraphs, non-breaking spaces, {@code &nbsp;}). It may
 * contain personal data: check it with {@link fr.spsplus.core.privacy.PersonalDataGuard} before
 * sending, and never log it ({@link #toString()} omits the texts).
 *
 * <p>Length limits are <strong>proposed defaults</strong> checked by Jakarta Validation ({@value
 * Experience#MAX_TITLE_LENGTH} characters for the title, {@value Experience#MAX_TEXT_LENGTH} for
 * the text); the platform's own limits are not published.
 *
 * @param title the title, not blank
 * @param text the account of the experience, not blank, kept as is
 * @param feeling the user's feeling
 * @param structures the structures involved, at least one, without repetition (the open data has up
 *     to three per experience: {@code intitule_typologie_1..3})
 * @param channels the channels through which the experience happened, without repetition; may be
 *     empty
 */
public record ExperienceSubmission(
    @NotBlank @Size(max = Experience.MAX_TITLE_LENGTH) String title,
    @NotBlank @Size(max = Experience.MAX_TEXT_LENGTH) String text,
    @NotNull Feeling feeling,
    @NotEmpty @Size(max = Experience.MAX_STRUCTURES) List<@NotNull StructureCode> structures,
    @NotNull List<@NotNull ContactChannel> channels) {

  private static final MessageBundle MESSAGES =
      MessageBundle.of(ExperienceSubmission.class, "messages");

  /** Up to this many values, duplicates are looked for pairwise rather than with a set. */
  private static final int PAIRWISE_MAX = 16;

  /**
   * Checks and copies the components.
   *
   * @throws InvalidInputException if a text is blank, no structure is given, or a structure or a
   *     channel is repeated
   */
  public ExperienceSubmission {
    Objects.requireNonNull(feeling, "feeling");
    Checks.requireNonBlank(title, "title");
    Checks.requireNonBlank(text, "text");
    structures = List.copyOf(Checks.requireNonEmpty(structures, "structures"));
    channels = List.copyOf(Objects.requireNonNull(channels, "channels"));
    requireDistinct(structures, "experience.structures.duplicate");
    requireDistinct(channels, "experience.channels.duplicate");
  }

  static <T> void requireDistinct(List<T> values, String key) {
    int size = values.size();
    if (size <= PAIRWISE_MAX) {
      // A few values (an experience names at most 10 structures): compared pairwise, without a set
      // to allocate and hash on every experience built or decoded. Same first duplicate reported.
      for (int i = 1; i < size; i++) {
        T value = values.get(i);
        for (int j = 0; j < i; j++) {
          if (value.equals(values.get(j))) {
            throw new InvalidInputException(MESSAGES.message(key, value));
          }
        }
      }
      return;
    }
    Set<T> seen = new HashSet<>();
    for (T value : values) {
      if (!seen.add(value)) {
        throw new InvalidInputException(MESSAGES.message(key, value));
      }
    }
  }

  /** Returns the feeling and the structures; never the texts, which may hold personal data. */
  @Override
  public String toString() {
    return "ExperienceSubmission[" + feeling + ", " + structures + ", " + channels + "]";
  }
}
