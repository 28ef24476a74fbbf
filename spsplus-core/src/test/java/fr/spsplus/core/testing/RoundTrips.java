package fr.spsplus.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.validation.SpsplusValidation;

/**
 * Assertions shared by the property tests of the domain types: JSON round-trip through {@link
 * SpsplusJson}, and acceptance by {@link SpsplusValidation}. Published in the core test-jar.
 */
public final class RoundTrips {

  private RoundTrips() {}

  /**
   * Asserts that a value written as JSON (compact and pretty) reads back equal to itself.
   *
   * @param <T> the value's type
   * @param value the value
   * @param type the value's class
   */
  public static <T> void assertJsonRoundTrip(T value, Class<T> type) {
    String compact = SpsplusJson.compact().write(value);
    assertThat(SpsplusJson.compact().read(compact, type)).isEqualTo(value);
    String pretty = SpsplusJson.pretty().write(value);
    assertThat(SpsplusJson.compact().read(pretty, type)).isEqualTo(value);
  }

  /**
   * Asserts that Jakarta Validation (French messages) finds no violation on a value.
   *
   * @param value the value
   */
  public static void assertValid(Object value) {
    assertThat(SpsplusValidation.french().validate(value)).isEmpty();
  }
}
