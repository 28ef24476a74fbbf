package fr.spsplus.client.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Reads a {@code Retry-After} header (RFC 9110 §10.2.3): a number of seconds, or an HTTP date in
 * any of the three formats recipients must accept (§5.6.7): IMF-fixdate, RFC 850 and asctime.
 */
public final class RetryAfter {

  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

  private RetryAfter() {}

  /**
   * Parses a header value.
   *
   * @param value the header value
   * @param now the current instant, to turn a date into a delay
   * @return the delay (zero for a date in the past), or null if the value is not valid
   */
  public static @Nullable Duration parse(@Nullable String value, Instant now) {
    if (value == null) {
      return null;
    }
    String text = value.strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // More than 9 digits is over 31 years: treat as "a very long time" without overflowing.
      return text.length() > 9
          ? Duration.ofSeconds(999_999_999L)
          : Duration.ofSeconds(Long.parseLong(text));
    }
    Instant date = parseDate(text, now);
    if (date == null) {
      return null;
    }
    Duration delay = Duration.between(now, date);
    return delay.isNegative() ? Duration.ZERO : delay;
  }

  private static @Nullable Instant parseDate(String text, Instant now) {
    try {
      return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException ignored) {
      // Not an IMF-fixdate; try the obsolete formats.
    }
    try {
      return ZonedDateTime.parse(text, rfc850(now)).toInstant();
    } catch (DateTimeParseException ignored) {
      // Not an RFC 850 date either.
    }
    try {
      return ASCTIME.parse(text, Instant::from);
    } catch (DateTimeParseException ignored) {
      return null;
    }
  }

  /**
   * RFC 850 dates have a two-digit year; one that would be more than 50 years in the future means
   * the most recent past year with the same last two digits (RFC 9110 §5.6.7).
   */
  private static DateTimeFormatter rfc850(Instant now) {
    int year = now.atZone(ZoneOffset.UTC).getYear();
    return new DateTimeFormatterBuilder()
        .appendPattern("EEEE, dd-MMM-")
        .appendValueReduced(ChronoField.YEAR, 2, 2, LocalDate.of(year - 49, 1, 1))
        .appendPattern(" HH:mm:ss zzz")
        .toFormatter(Locale.US);
  }
}
