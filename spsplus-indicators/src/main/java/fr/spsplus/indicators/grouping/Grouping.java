package fr.spsplus.indicators.grouping;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a {@link GroupedAccumulator} assigns observations to groups: by structure, and by the period
 * of a {@link Granularity} that contains the observation's local date in the structure's time zone.
 *
 * <p>Periods are local dates, so the zone matters at every boundary: a call at 23:30 UTC on 31
 * March is in April in Paris (UTC+2) and in March in Guadeloupe (UTC−4). Structures absent from
 * {@link #zones()} use {@link #defaultZone()}, {@link ReportingPeriod#DEFAULT_ZONE} (Europe/Paris)
 * unless set otherwise.
 *
 * <p>{@link Granularity#ROLLING_12_MONTHS} groups by calendar month and reports, for each month,
 * the merge of the twelve monthly states that end with it (see {@link GroupedAccumulator}). {@link
 * Granularity#CUSTOM} is rejected: a custom range is not determined by one date.
 *
 * @param granularity the period granularity, any but {@code CUSTOM}
 * @param zones the time zone of each structure that does not use the default, copied into a sorted
 *     unmodifiable map
 * @param defaultZone the zone of every other structure
 */
public record Grouping(
    Granularity granularity, Map<StructureCode, ZoneId> zones, ZoneId defaultZone) {

  private static final MessageBundle MESSAGES = MessageBundle.of(Grouping.class, "messages");

  /**
   * Checks the components and copies the zones.
   *
   * @throws InvalidInputException if the granularity is {@code CUSTOM}
   * @throws NullPointerException if a component, a structure or a zone is null
   */
  public Grouping {
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(zones, "zones");
    Objects.requireNonNull(defaultZone, "defaultZone");
    if (granularity == Granularity.CUSTOM) {
      throw new InvalidInputException(MESSAGES.message("grouping.custom"));
    }
    TreeMap<StructureCode, ZoneId> sorted = new TreeMap<>();
    zones.forEach(
        (structure, zone) ->
            sorted.put(
                Objects.requireNonNull(structure, "zones structure"),
                Objects.requireNonNull(zone, "zones zone")));
    zones = Collections.unmodifiableMap(sorted);
  }

  /**
   * Returns a grouping by a granularity, every structure in Europe/Paris.
   *
   * @param granularity the granularity, any but {@code CUSTOM}
   * @return the grouping
   * @throws InvalidInputException if the granularity is {@code CUSTOM}
   */
  public static Grouping by(Granularity granularity) {
    return new Grouping(granularity, Map.of(), ReportingPeriod.DEFAULT_ZONE);
  }

  /**
   * Returns this grouping with per-structure time zones (replacing the previous map).
   *
   * @param zonesByStructure the zone of each structure that does not use the default
   * @return the new grouping
   */
  public Grouping withZones(Map<StructureCode, ZoneId> zonesByStructure) {
    return new Grouping(granularity, zonesByStructure, defaultZone);
  }

  /**
   * Returns this grouping with another default zone.
   *
   * @param zone the zone of the structures absent from {@link #zones()}
   * @return the new grouping
   */
  public Grouping withDefaultZone(ZoneId zone) {
    return new Grouping(granularity, zones, zone);
  }

  /**
   * Returns the time zone of a structure.
   *
   * @param structure the structure
   * @return its zone in {@link #zones()}, or {@link #defaultZone()}
   */
  public ZoneId zoneOf(StructureCode structure) {
    return zones.getOrDefault(Objects.requireNonNull(structure, "structure"), defaultZone);
  }

  /**
   * Returns the granularity of the groups actually stored: {@link Granularity#MONTH} for rolling
   * twelve-month windows, the granularity itself otherwise.
   *
   * @return the stored granularity
   */
  public Granularity storedGranularity() {
    return granularity == Granularity.ROLLING_12_MONTHS ? Granularity.MONTH : granularity;
  }
}
