package fr.spsplus.examples.cli.command;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How an indicator command groups its records: one result per structure × period, periods of a
 * calendar {@link Granularity} ({@code --by}), instants turned into local dates in a time zone
 * ({@code --zone}, Europe/Paris by default).
 *
 * @param granularity the period granularity: day, ISO week, month, quarter or year
 * @param zone the time zone of the structures, in which an instant gets its local date
 */
public record Grouping(Granularity granularity, ZoneId zone) {

  /** The granularities {@code --by} offers. */
  public static final Set<Granularity> OFFERED =
      EnumSet.of(
          Granularity.DAY,
          Granularity.ISO_WEEK,
          Granularity.MONTH,
          Granularity.QUARTER,
          Granularity.YEAR);

  private static final MessageBundle MESSAGES = MessageBundle.of(Grouping.class, "messages");

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the granularity is rolling or custom (not a calendar grouping)
   */
  public Grouping {
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(zone, "zone");
    if (!OFFERED.contains(granularity)) {
      throw new InvalidInputException(MESSAGES.message("grouping.granularity", granularity));
    }
  }

  /**
   * Returns the same grouping for the calculators of {@code spsplus-indicators} ({@link
   * fr.spsplus.indicators.grouping.GroupedAccumulator}): this granularity, every structure in this
   * zone.
   *
   * @return the calculators' grouping
   */
  public fr.spsplus.indicators.grouping.Grouping calculatorGrouping() {
    return new fr.spsplus.indicators.grouping.Grouping(granularity, Map.of(), zone);
  }

  /**
   * Returns the period that contains an instant, seen from the zone.
   *
   * @param instant the instant (a call's arrival, an answer's time)
   * @return the period
   */
  public ReportingPeriod periodOf(Instant instant) {
    return ReportingPeriod.containing(instant, zone, granularity);
  }

  /**
   * Returns the period that contains a day.
   *
   * @param day the day (a request's closing day)
   * @return the period
   */
  public ReportingPeriod periodOf(LocalDate day) {
    return ReportingPeriod.containing(day, granularity);
  }
}
