package fr.spsplus.indicators.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.request.DelayUnit;
import fr.spsplus.core.request.HolidayZone;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The fast table-based arithmetic against a day-by-day loop over an independent holiday set (the
 * lists of {@link HolidayCalendar#holidays(int)}), over random ranges of up to four years that
 * cross the edges of the precomputed table (1900 and 2299) as well.
 */
class HolidayCalendarPropertiesTest {

  private static final LocalDate ORIGIN = LocalDate.of(1880, 1, 1);
  private static final int SPAN_DAYS =
      (int) (LocalDate.of(2330, 1, 1).toEpochDay() - ORIGIN.toEpochDay());

  private static long loopCount(HolidayZone zone, LocalDate received, LocalDate closed) {
    Set<LocalDate> holidays = new HashSet<>();
    for (int year = received.getYear(); year <= closed.getYear(); year++) {
      HolidayCalendar.of(zone).holidays(year).forEach(h -> holidays.add(h.date()));
    }
    long count = 0;
    for (LocalDate d = received.plusDays(1); !d.isAfter(closed); d = d.plusDays(1)) {
      boolean weekend =
          d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (!weekend && !holidays.contains(d)) {
        count++;
      }
    }
    return count;
  }

  @Property(tries = 500)
  void fastCountEqualsTheDayByDayLoop(
      @ForAll HolidayZone zone,
      @ForAll @IntRange(min = 0, max = 164_000) int startOffset,
      @ForAll @IntRange(min = 0, max = 1_500) int length) {
    LocalDate received = ORIGIN.plusDays(startOffset % SPAN_DAYS);
    LocalDate closed = received.plusDays(length);
    assertThat(HolidayCalendar.of(zone).workingDaysBetween(received, closed))
        .isEqualTo(loopCount(zone, received, closed));
  }

  @Property(tries = 50)
  void countsAcrossTheEdgesOfTheTable(
      @ForAll HolidayZone zone,
      @ForAll @IntRange(min = 0, max = 800) int before,
      @ForAll @IntRange(min = 0, max = 800) int after,
      @ForAll boolean early) {
    LocalDate edge = early ? LocalDate.of(1900, 1, 1) : LocalDate.of(2300, 1, 1);
    LocalDate received = edge.minusDays(before);
    LocalDate closed = edge.plusDays(after);
    assertThat(HolidayCalendar.of(zone).workingDaysBetween(received, closed))
        .isEqualTo(loopCount(zone, received, closed));
  }

  @Property(tries = 300)
  void plusWorkingDaysIsTheInverseOfTheCount(
      @ForAll HolidayZone zone,
      @ForAll @IntRange(min = 0, max = 164_000) int startOffset,
      @ForAll @IntRange(min = 1, max = 1_000) int days) {
    HolidayCalendar calendar = HolidayCalendar.of(zone);
    LocalDate start = ORIGIN.plusDays(startOffset % SPAN_DAYS);
    LocalDate due = calendar.plusWorkingDays(start, days);
    assertThat(calendar.isWorkingDay(due)).isTrue();
    assertThat(calendar.workingDaysBetween(start, due)).isEqualTo(days);
    assertThat(calendar.workingDaysBetween(start, due.minusDays(1))).isEqualTo(days - 1L);
  }

  @Property(tries = 300)
  void lastOnTimeDayIsTheLastDayWithinTheDelay(
      @ForAll HolidayZone zone,
      @ForAll DelayUnit unit,
      @ForAll @IntRange(min = 0, max = 164_000) int startOffset,
      @ForAll @IntRange(min = 0, max = 400) int announced) {
    HolidayCalendar calendar = HolidayCalendar.of(zone);
    LocalDate received = ORIGIN.plusDays(startOffset % SPAN_DAYS);
    LocalDate last = calendar.lastOnTimeDay(unit, received, announced);
    assertThat(calendar.elapsedDays(unit, received, last)).isLessThanOrEqualTo(announced);
    assertThat(calendar.elapsedDays(unit, received, last.plusDays(1))).isGreaterThan(announced);
  }

  @Property(tries = 200)
  void tableAndRulesAgreeOnEveryDay(
      @ForAll HolidayZone zone, @ForAll @IntRange(min = 0, max = 164_000) int offset) {
    HolidayCalendar calendar = HolidayCalendar.of(zone);
    LocalDate day = ORIGIN.plusDays(offset % SPAN_DAYS);
    long fast = calendar.workingDaysBetween(day.minusDays(1), day);
    assertThat(fast == 1).isEqualTo(calendar.isWorkingDay(day));
  }
}
