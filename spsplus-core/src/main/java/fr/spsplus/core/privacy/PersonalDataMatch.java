package fr.spsplus.core.privacy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;

/**
 * Where a piece of personal data was found in a text: its kind and its offsets. The value itself is
 * never kept, so a match can be logged safely.
 *
 * @param kind the kind of data
 * @param start the offset of its first character (a {@code char} index, 0-based)
 * @param end the offset just after its last character; greater than {@code start}
 */
public record PersonalDataMatch(
    @NotNull PersonalDataKind kind, @PositiveOrZero int start, @Positive int end) {

  private static final MessageBundle MESSAGES =
      MessageBundle.of(PersonalDataMatch.class, "messages");

  /**
   * Checks the offsets.
   *
   * @throws InvalidInputException if {@code start} is negative or {@code end <= start}
   */
  public PersonalDataMatch {
    Objects.requireNonNull(kind, "kind");
    Checks.requireNonNegative(start, "start");
    if (end <= start) {
      throw new InvalidInputException(MESSAGES.message("match.offsets", start, end));
    }
  }

  /**
   * Returns the number of characters of the match.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /** Returns the kind and the offsets, for example {@code PHONE[12,26)}; never the value. */
  @Override
  public String toString() {
    return kind + "[" + start + "," + end + ")";
  }
}
