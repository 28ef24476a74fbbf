package fr.spsplus.indicators.grouping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.grouping.Tally.Observation;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupedAccumulatorTest {

  private static final StructureCode PARIS = StructureCode.of("paris");
  private static final StructureCode GUADELOUPE = StructureCode.of("guadeloupe");
  private static final ZoneId POINTE_A_PITRE = ZoneId.of("America/Guadeloupe");

  private static Observation at(StructureCode structure, String instant, int value) {
    return new Observation(structure, Instant.parse(instant), value);
  }

  private static List<String> rows(GroupedAccumulator<Observation, Tally> grouped) {
    return grouped.results(
        (structure, period, tally) ->
            structure + " " + period.code() + " " + tally.count + "/" + tally.sum);
  }

  @Test
  void periodsAreLocalDatesInEachStructuresZone() {
    GroupedAccumulator<Observation, Tally> grouped =
        Tally.grouped(Grouping.by(Granularity.MONTH).withZones(Map.of(GUADELOUPE, POINTE_A_PITRE)));
    // 23:30 UTC on 31 March: 1 April 01:30 in Paris (UTC+2), 31 March 19:30 in Guadeloupe (UTC-4).
    grouped.accept(at(PARIS, "2026-03-31T23:30:00Z", 1));
    grouped.accept(at(GUADELOUPE, "2026-03-31T23:30:00Z", 2));
    assertThat(rows(grouped)).containsExactly("guadeloupe 2026-03 1/2", "paris 2026-04 1/1");
    assertThat(grouped.grouping().zoneOf(PARIS)).isEqualTo(ReportingPeriod.DEFAULT_ZONE);
  }

  @Test
  void everyGranularityGroupsTheSameInstantByItsLocalDate() {
    // 31 December 2025 at 23:30 UTC is 1 January 2026 at 00:30 in Paris, a Thursday in 2026-W01.
    Observation newYear = at(PARIS, "2025-12-31T23:30:00Z", 5);
    Map<Granularity, String> paris =
        Map.of(
            Granularity.DAY, "2026-01-01",
            Granularity.ISO_WEEK, "2026-W01",
            Granularity.MONTH, "2026-01",
            Granularity.QUARTER, "2026-Q1",
            Granularity.YEAR, "2026",
            Granularity.ROLLING_12_MONTHS, "R12-2026-01");
    Map<Granularity, String> utc =
        Map.of(
            Granularity.DAY, "2025-12-31",
            Granularity.ISO_WEEK, "2026-W01",
            Granularity.MONTH, "2025-12",
            Granularity.QUARTER, "2025-Q4",
            Granularity.YEAR, "2025",
            Granularity.ROLLING_12_MONTHS, "R12-2025-12");
    paris.forEach(
        (granularity, code) -> {
          GroupedAccumulator<Observation, Tally> grouped = Tally.grouped(Grouping.by(granularity));
          grouped.accept(newYear);
          assertThat(grouped.periods(PARIS))
              .extracting(ReportingPeriod::code)
              .containsExactly(code);
          GroupedAccumulator<Observation, Tally> inUtc =
              Tally.grouped(Grouping.by(granularity).withDefaultZone(ZoneOffset.UTC));
          inUtc.accept(newYear);
          assertThat(inUtc.periods(PARIS))
              .extracting(ReportingPeriod::code)
              .containsExactly(utc.get(granularity));
        });
  }

  @Test
  void dayBoundariesFollowDaylightSavingTime() {
    GroupedAccumulator<Observation, Tally> days = Tally.grouped(Grouping.by(Granularity.DAY));
    // Paris moves from UTC+1 to UTC+2 on 29 March 2026: that day lasts 23 hours.
    days.accept(at(PARIS, "2026-03-28T22:59:59Z", 1)); // 23:59:59 on the 28th
    days.accept(at(PARIS, "2026-03-28T23:00:00Z", 1)); // 00:00 on the 29th
    days.accept(at(PARIS, "2026-03-29T21:59:59Z", 1)); // 23:59:59 on the 29th (UTC+2)
    days.accept(at(PARIS, "2026-03-29T22:00:00Z", 1)); // 00:00 on the 30th
    days.accept(at(PARIS, "2026-03-29T12:00:00.999Z", 1)); // fractions of a second: same day
    assertThat(rows(days))
        .containsExactly("paris 2026-03-28 1/1", "paris 2026-03-29 3/3", "paris 2026-03-30 1/1");
  }

  @Test
  void rollingTwelveMonthsMergeTheTwelveMonthlyStatesEndingAtEachMonth() {
    GroupedAccumulator<Observation, Tally> rolling =
        Tally.grouped(Grouping.by(Granularity.ROLLING_12_MONTHS));
    // One observation on the 15th of every month from January 2025 to March 2026 but July 2025;
    // value = 100 × (month index from January 2025).
    for (int i = 0; i < 15; i++) {
      if (i == 6) {
        continue;
      }
      YearMonth month = YearMonth.of(2025, 1).plusMonths(i);
      rolling.accept(
          new Observation(
              PARIS,
              month.atDay(15).atStartOfDay(ReportingPeriod.DEFAULT_ZONE).toInstant(),
              100 * i));
    }
    List<ReportingPeriod> windows = rolling.periods(PARIS);
    assertThat(windows).hasSize(15);
    assertThat(windows.get(0).code()).isEqualTo("R12-2025-01");
    assertThat(windows.get(14).code()).isEqualTo("R12-2026-03");
    List<String> rows = rows(rolling);
    assertThat(rows.get(0)).isEqualTo("paris R12-2025-01 1/0");
    assertThat(rows.get(6)).isEqualTo("paris R12-2025-07 6/1500"); // July: a gap, still reported
    // April 2025 to March 2026: months 3..14 minus July (6) = 11 observations.
    assertThat(rows.get(14))
        .isEqualTo(
            "paris R12-2026-03 11/" + (3 + 4 + 5 + 7 + 8 + 9 + 10 + 11 + 12 + 13 + 14) * 100);
    // A later window, not reported, is still answered: May 2025 to April 2026.
    Tally later = rolling.state(PARIS, ReportingPeriod.parse("R12-2026-04")).orElseThrow();
    assertThat(later.count).isEqualTo(10);
    assertThat(rolling.state(PARIS, ReportingPeriod.parse("R12-2028-01"))).isEmpty();
    assertThat(rolling.state(PARIS, ReportingPeriod.parse("2025-02")).orElseThrow().sum)
        .isEqualTo(100);
    assertThat(rolling.count()).isEqualTo(14);
  }

  @Test
  void rollingWindowsWithoutAnyObservationAreNotReported() {
    GroupedAccumulator<Observation, Tally> rolling =
        Tally.grouped(Grouping.by(Granularity.ROLLING_12_MONTHS));
    rolling.accept(at(PARIS, "2024-01-15T10:00:00Z", 1));
    rolling.accept(at(PARIS, "2026-03-15T10:00:00Z", 2));
    // January 2024 is in the windows ending January to December 2024; then a gap; then March 2026.
    List<ReportingPeriod> windows = rolling.periods(PARIS);
    assertThat(windows).hasSize(13);
    assertThat(windows.get(11).code()).isEqualTo("R12-2024-12");
    assertThat(windows.get(12).code()).isEqualTo("R12-2026-03");
    assertThat(rolling.state(PARIS, ReportingPeriod.parse("R12-2025-06"))).isEmpty();
    assertThat(rows(rolling)).hasSize(13).last().isEqualTo("paris R12-2026-03 1/2");
  }

  @Test
  void coarserPeriodsMergeWholeGroupsAndRefuseToCutOne() {
    GroupedAccumulator<Observation, Tally> weeks = Tally.grouped(Grouping.by(Granularity.ISO_WEEK));
    weeks.accept(at(PARIS, "2026-03-02T10:00:00Z", 1)); // Monday of 2026-W10
    weeks.accept(at(PARIS, "2026-03-31T10:00:00Z", 2)); // Tuesday of 2026-W14 (30 March–5 April)
    assertThat(weeks.state(PARIS, ReportingPeriod.parse("2026-W10")).orElseThrow().sum)
        .isEqualTo(1);
    assertThat(weeks.state(PARIS, ReportingPeriod.parse("2026-Q3"))).isEmpty();
    assertThatThrownBy(() -> weeks.state(PARIS, ReportingPeriod.parse("2026-03")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.getMessage()).contains("2026-03", "2026-W14");
              assertThat(e.getMessage(Locale.ENGLISH)).contains("cuts");
            });
    assertThat(weeks.state(PARIS, ReportingPeriod.parse("2026-03-02/2026-04-05")).orElseThrow().sum)
        .isEqualTo(3);
    GroupedAccumulator<Observation, Tally> days = Tally.grouped(Grouping.by(Granularity.DAY));
    days.accept(at(PARIS, "2026-03-02T10:00:00Z", 1));
    days.accept(at(PARIS, "2026-03-20T10:00:00Z", 2));
    days.accept(at(GUADELOUPE, "2026-04-20T10:00:00Z", 4));
    Tally march = days.state(PARIS, ReportingPeriod.parse("2026-03")).orElseThrow();
    assertThat(march.count).isEqualTo(2);
    march.count = 99; // a copy: the accumulator is not changed
    assertThat(days.state(PARIS, ReportingPeriod.parse("2026-03")).orElseThrow().count)
        .isEqualTo(2);
    assertThat(days.statesAt(ReportingPeriod.parse("2026"))).containsOnlyKeys(GUADELOUPE, PARIS);
    assertThat(days.statesAt(ReportingPeriod.parse("2026-03"))).containsOnlyKeys(PARIS);
    assertThat(days.state(StructureCode.of("nowhere"), ReportingPeriod.parse("2026"))).isEmpty();
  }

  @Test
  void resultsAreOrderedByStructureThenPeriodWhateverTheInputOrder() {
    GroupedAccumulator<Observation, Tally> grouped = Tally.grouped(Grouping.by(Granularity.MONTH));
    grouped.accept(at(PARIS, "2026-05-10T10:00:00Z", 1));
    grouped.accept(at(GUADELOUPE, "2026-03-10T10:00:00Z", 1));
    grouped.accept(at(PARIS, "2026-01-10T10:00:00Z", 1));
    grouped.accept(at(PARIS, "2026-03-10T10:00:00Z", 1));
    grouped.accept(at(StructureCode.of("abc"), "2027-01-10T10:00:00Z", 1));
    assertThat(rows(grouped))
        .containsExactly(
            "abc 2027-01 1/1",
            "guadeloupe 2026-03 1/1",
            "paris 2026-01 1/1",
            "paris 2026-03 1/1",
            "paris 2026-05 1/1");
    assertThat(grouped.structures()).containsExactly(StructureCode.of("abc"), GUADELOUPE, PARIS);
    assertThat(grouped.periods(StructureCode.of("none"))).isEmpty();
    assertThat(grouped.toString()).contains("MONTH", "count=5");
  }

  @Test
  void aRejectedObservationLeavesNoEmptyGroupBehind() {
    GroupedAccumulator<Observation, Tally> grouped = Tally.grouped(Grouping.by(Granularity.DAY));
    grouped.accept(at(PARIS, "2026-03-02T10:00:00Z", 1));
    List<String> before = rows(grouped);
    // A new structure, a new day of a known structure, and the current group of a known structure.
    for (Observation bad :
        List.of(
            at(GUADELOUPE, "2026-03-02T10:00:00Z", -1),
            at(PARIS, "2026-03-05T10:00:00Z", -1),
            at(PARIS, "2026-03-02T11:00:00Z", -1))) {
      assertThatThrownBy(() -> grouped.accept(bad)).isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(
            () ->
                grouped.accept(
                    new Observation(GUADELOUPE, Instant.parse("+10000-01-01T00:00:00Z"), 1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> grouped.stateFor(GUADELOUPE, Long.MAX_VALUE))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("9999"));
    assertThat(rows(grouped)).isEqualTo(before);
    assertThat(grouped.structures()).containsExactly(PARIS);
    assertThat(grouped.periods(PARIS)).hasSize(1);
    assertThat(grouped.copy().count()).isEqualTo(1);
    // The primitive path: a group created and never fed is not reported.
    grouped.stateFor(GUADELOUPE, Instant.parse("2026-03-02T10:00:00Z"));
    assertThat(rows(grouped)).isEqualTo(before);
  }

  @Test
  void thePrimitivePathFeedsTheSameGroupsAsObservations() {
    GroupedAccumulator<Observation, Tally> byObservation =
        Tally.grouped(Grouping.by(Granularity.DAY));
    GroupedAccumulator<Observation, Tally> byState = Tally.grouped(Grouping.by(Granularity.DAY));
    for (Observation o :
        List.of(
            at(PARIS, "2026-03-02T10:00:00Z", 1),
            at(PARIS, "2026-03-02T12:00:00Z", 2),
            at(GUADELOUPE, "2026-03-02T12:00:00Z", 3),
            at(PARIS, "2026-03-01T12:00:00Z", 4))) {
      byObservation.accept(o);
      byState.stateFor(o.structure(), o.at().getEpochSecond()).add(o);
    }
    assertThat(rows(byState)).isEqualTo(rows(byObservation));
  }

  @Test
  void groupingsRejectCustomRangesAndMismatchedCombinations() {
    assertThatThrownBy(() -> Grouping.by(Granularity.CUSTOM))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("granularity", "CUSTOM"));
    GroupedAccumulator<Observation, Tally> paris = Tally.grouped(Grouping.by(Granularity.MONTH));
    GroupedAccumulator<Observation, Tally> overseas =
        Tally.grouped(Grouping.by(Granularity.MONTH).withZones(Map.of(GUADELOUPE, POINTE_A_PITRE)));
    assertThatThrownBy(() -> paris.combine(overseas))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("groupings"));
    GroupedAccumulator<Observation, Tally> otherPolicy =
        GroupedAccumulator.of(
            Grouping.by(Granularity.MONTH),
            () -> new Tally(7),
            Observation::structure,
            Observation::at,
            Tally::add);
    otherPolicy.accept(at(PARIS, "2026-03-02T10:00:00Z", 1));
    paris.accept(at(GUADELOUPE, "2026-03-02T10:00:00Z", 1));
    List<String> before = rows(paris);
    assertThatThrownBy(() -> paris.combine(otherPolicy))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(rows(paris)).isEqualTo(before);
    assertThat(Grouping.by(Granularity.ROLLING_12_MONTHS).storedGranularity())
        .isEqualTo(Granularity.MONTH);
    assertThat(Grouping.by(Granularity.YEAR).storedGranularity()).isEqualTo(Granularity.YEAR);
  }

  @Test
  void selfCombiningDoublesEveryGroup() {
    GroupedAccumulator<Observation, Tally> grouped = Tally.grouped(Grouping.by(Granularity.MONTH));
    grouped.accept(at(PARIS, "2026-03-02T10:00:00Z", 3));
    grouped.accept(at(GUADELOUPE, "2026-04-02T10:00:00Z", 5));
    grouped.combine(grouped);
    assertThat(rows(grouped)).containsExactly("guadeloupe 2026-04 2/10", "paris 2026-03 2/6");
  }
}
