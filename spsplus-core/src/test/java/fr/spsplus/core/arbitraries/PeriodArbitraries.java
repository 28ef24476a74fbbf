package fr.spsplus.core.arbitraries;

import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitraries for {@code fr.spsplus.core.period}. */
public final class PeriodArbitraries {

  private static final LocalDate FIRST_USUAL = LocalDate.of(1900, 1, 1);
  private static final LocalDate LAST_USUAL = LocalDate.of(2100, 12, 31);

  private PeriodArbitraries() {}

  /**
   * Days, weighted toward the hard cases: mostly 1900–2100, often within a week of 1 January (ISO
   * week-year edges), around 29 February, and sometimes anywhere from year 10 to year 9990 (far
   * enough from the supported edges for {@code next()} and {@code previous()} of every generated
   * period).
   *
   * @return the arbitrary
   */
  public static Arbitrary<LocalDate> days() {
    Arbitrary<LocalDate> usual =
        Arbitraries.longs()
            .between(FIRST_USUAL.toEpochDay(), LAST_USUAL.toEpochDay())
            .map(LocalDate::ofEpochDay);
    Arbitrary<LocalDate> newYear =
        Combinators.combine(
                Arbitraries.integers().between(1900, 2100), Arbitraries.integers().between(-7, 7))
            .as((year, offset) -> LocalDate.of(year, 1, 1).plusDays(offset));
    Arbitrary<LocalDate> leap =
        Combinators.combine(
                Arbitraries.integers().between(475, 525), Arbitraries.integers().between(-1, 1))
            .as(
                (quadrennium, offset) ->
                    LocalDate.of(quadrennium * 4, 2, 28).plusDays(offset + 1L));
    Arbitrary<LocalDate> wide =
        Arbitraries.longs()
            .between(LocalDate.of(10, 1, 1).toEpochDay(), LocalDate.of(9990, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    return Arbitraries.frequencyOf(
        Tuple.of(6, usual), Tuple.of(3, newYear), Tuple.of(1, leap), Tuple.of(1, wide));
  }

  /**
   * Every granularity.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Granularity> granularities() {
    return Arbitraries.of(Granularity.class);
  }

  /**
   * The granularities that {@link ReportingPeriod#containing} accepts (all but {@code CUSTOM}).
   *
   * @return the arbitrary
   */
  public static Arbitrary<Granularity> calendarGranularities() {
    return granularities().filter(g -> g != Granularity.CUSTOM);
  }

  /**
   * Calendar periods (day, week, month, quarter, year, rolling 12 months) around {@link #days()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ReportingPeriod> calendarPeriods() {
    return Combinators.combine(days(), calendarGranularities()).as(ReportingPeriod::containing);
  }

  /**
   * Custom ranges of 1 to 800 days.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ReportingPeriod> customRanges() {
    return Combinators.combine(days(), Arbitraries.integers().between(1, 800))
        .as((start, days) -> ReportingPeriod.between(start, start.plusDays(days)));
  }

  /**
   * Any period: calendar periods and custom ranges.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ReportingPeriod> periods() {
    return Arbitraries.frequencyOf(Tuple.of(6, calendarPeriods()), Tuple.of(1, customRanges()));
  }
}
