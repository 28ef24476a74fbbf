package fr.spsplus.client.internal;

import fr.spsplus.core.InvalidInputException;
import java.time.Duration;
import java.util.Objects;

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
}
