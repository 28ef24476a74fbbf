package fr.spsplus.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTest {

  private static final Instant NOW = Instant.parse("1994-11-06T08:49:00Z");

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "0 | PT0S",
        "7 | PT7S",
        " 120 | PT2M",
        // The three HTTP-date formats of RFC 9110 §5.6.7, 37 s after NOW.
        "Sun, 06 Nov 1994 08:49:37 GMT | PT37S",
        "Sunday, 06-Nov-94 08:49:37 GMT | PT37S",
        "Sun Nov  6 08:49:37 1994 | PT37S",
        // A date in the past means "now".
        "Sat, 05 Nov 1994 08:49:37 GMT | PT0S",
        "9999999999 | PT277777H46M39S",
      })
  void parsesSecondsAndTheThreeDateFormats(String header, Duration expected) {
    assertThat(RetryAfter.parse(header, NOW)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "-5", "1.5", "soon", "Sun, 06 Nov 1994", "7 s"})
  void ignoresInvalidValues(String header) {
    assertThat(RetryAfter.parse(header, NOW)).isNull();
  }

  @Test
  void ignoresAnAbsentHeader() {
    assertThat(RetryAfter.parse(null, NOW)).isNull();
  }

  @Test
  void rfc850YearsMoreThanFiftyYearsAheadAreInThePast() {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    // "77" would be 2077, more than 50 years ahead: it is 1977, so the delay is zero.
    assertThat(RetryAfter.parse("Saturday, 01-Jan-77 00:00:10 GMT", now)).isEqualTo(Duration.ZERO);
    // "76" is 2076, exactly 50 years ahead: still the future.
    assertThat(RetryAfter.parse("Wednesday, 01-Jan-76 00:00:10 GMT", now))
        .isEqualTo(Duration.between(now, Instant.parse("2076-01-01T00:00:10Z")));
    assertThat(RetryAfter.parse("Thursday, 01-Jan-26 00:00:10 GMT", now))
        .isEqualTo(Duration.ofSeconds(10));
  }
}
