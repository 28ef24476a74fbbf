package fr.spsplus.client.internal;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.privacy.PersonalDataDetector;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Checks of client settings, with French and English messages naming the setting and bounds. */
public final class ClientChecks {

  private ClientChecks() {}

  /**
   * Requires {@code min <= value <= max}.
   *
   * @param value the duration
   * @param min the lower bound, inclusive
   * @param max the upper bound, inclusive
   * @param field the setting's name
   * @return the value
   * @throws InvalidInputException if the value is out of bounds
   */
  public static Duration requireBetween(Duration value, Duration min, Duration max, String field) {
    Objects.requireNonNull(value, field);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new InvalidInputException(
          ClientMessages.BUNDLE.message(
              "duration.between", field, describe(min), describe(max), describe(value)));
    }
    return value;
  }

  /**
   * Renders a duration for a message: {@code 250 ms}, {@code 30 s}, {@code 2 h}.
   *
   * @param value the duration
   * @return the text
   */
  public static String describe(Duration value) {
    if (value.toNanosPart() % 1_000_000 != 0 || value.isNegative()) {
      return value.toString();
    }
    if (value.toMillisPart() != 0) {
      return value.toMillis() + " ms";
    }
    long seconds = value.toSeconds();
    if (seconds != 0 && seconds % 3600 == 0) {
      return seconds / 3600 + " h";
    }
    return seconds + " s";
  }

  /**
   * Returns a value the service sent (an error code, a request id) if it may be shown in messages
   * and logs: 1 to {@code maxLength} characters among letters, digits and {@code . _ : / + = ~ -},
   * holding nothing that {@link PersonalDataDetector#standard()} takes for personal data. Anything
   * else (free text, an address, a number that reads like a phone number) is not shown: a buggy or
   * hostile service must not get text of its choosing into the caller's messages and logs.
   *
   * @param value the value, or null
   * @param maxLength the longest value shown
   * @return the value, or null if it is absent or may not be shown
   */
  public static @Nullable String shownToken(@Nullable String value, int maxLength) {
    if (value == null || value.isEmpty() || value.length() > maxLength) {
      return null;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || "._:/+=~-".indexOf(c) >= 0;
      if (!allowed) {
        return null;
      }
    }
    return PersonalDataDetector.standard().containsAny(value) ? null : value;
  }
}
