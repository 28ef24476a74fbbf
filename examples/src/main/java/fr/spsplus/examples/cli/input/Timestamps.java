package fr.spsplus.examples.cli.input;

import fr.spsplus.core.InvalidInputException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads the date-times of the CLI's CSV inputs ({@code arrived_at}, {@code answered_at}).
 *
 * <p>Accepted forms, ISO 8601, with {@code T} or one space between date and time, seconds and
 * fractions optional:
 *
 * <ul>
 *   <li>with an offset: {@code 2026-03-02T09:15:00+01:00}, {@code 2026-03-02T08:15:00Z}, {@code
 *       2026-03-02 09:15+01:00}; a region in brackets may follow ({@code
 *       2026-03-02T09:15:00+01:00[Europe/Paris]}), the offset decides the instant;
 *   <li>local, without offset: {@code 2026-03-02T09:15:00}, read in the zone given with {@code
 *       --zone}. Without {@code --zone}, a local date-time is an error: spsplus does not guess the
 *       zone of a file, as a wrong guess moves calls across midnight, hence across days, weeks and
 *       months, without anyone noticing.
 * </ul>
 *
 * <p><strong>Daylight-saving transitions</strong> (local date-times only): a time in the spring
 * gap, which does not exist (Europe/Paris, 29 March 2026, 02:00 to 02:59), is moved forward by the
 * length of the gap (02:30 becomes 03:30 CEST); a time in the autumn overlap, which exists twice
 * (25 October 2026, 02:00 to 02:59), is read with the earlier offset (summer time, +02:00). These
 * are {@link ZonedDateTime#ofLocal(LocalDateTime, ZoneId, java.time.ZoneOffset)}'s rules; write
 * offsets to avoid any ambiguity.
 */
public final class Timestamps {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ISO_DATE_TIME;

  private Timestamps() {}

  /**
   * Reads a date-time.
   *
   * @param text the text, stripped
   * @param localZone the zone of local date-times, or null to refuse them
   * @return the instant
   * @throws InvalidInputException if the text is not an accepted form, or is local and {@code
   *     localZone} is null; the message does not repeat the text
   */
  public static Instant parse(String text, @Nullable ZoneId localZone) {
    Objects.requireNonNull(text, "text");
    String normalised =
        text.length() > 10 && text.charAt(10) == ' '
            ? text.substring(0, 10) + 'T' + text.substring(11)
            : text;
    TemporalAccessor parsed;
    try {
      parsed = FORMAT.parseBest(normalised, ZonedDateTime::from, LocalDateTime::from);
    } catch (DateTimeException e) {
      throw new InvalidInputException(InputMessages.message("expected.datetime"));
    }
    if (parsed instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (localZone == null) {
      throw new InvalidInputException(InputMessages.message("expected.offset"));
    }
    return ZonedDateTime.ofLocal((LocalDateTime) parsed, localZone, null).toInstant();
  }
}
