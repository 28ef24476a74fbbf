package fr.spsplus.indicators.calendar;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.request.DelayUnit;
import fr.spsplus.core.request.HolidayZone;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The public holidays of one {@link HolidayZone} and the working-day arithmetic of the indicator
 * "respect du délai de traitement annoncé".
 *
 * <p>Definitions (spsplus's documented rules, see {@link DelayUnit}):
 *
 * <ul>
 *   <li>A <b>working day</b> (jour ouvré) is a Monday to Friday that is not a public holiday of the
 *       zone ({@link PublicHoliday}).
 *   <li><b>Elapsed working days</b> from {@code received} to {@code closed}: the number of days
 *       {@code d} with {@code received < d ≤ closed} that are working days. The day of reception
 *       never counts; the day of closing counts if it is a working day.
 *   <li><b>Elapsed calendar days</b>: {@code closed − received}.
 *   <li>A request is on time when the elapsed days do not exceed the announced delay; {@link
 *       #lastOnTimeDay(DelayUnit, LocalDate, long)} gives the last closing date that is still on
 *       time, so that an open request is overdue at the end of a period exactly when the period
 *       ends after that day.
 * </ul>
 *
 * <p><b>Speed.</b> Each zone has a precomputed table for the years {@value #TABLE_FIRST_YEAR} to
 * {@value #TABLE_LAST_YEAR}: one bit per day of the year marking the holidays that fall on a
 * weekday, and the running count of such holidays at the start of each year. Counting working days
 * between two dates of that range is then O(1) and allocates nothing: weekdays are counted by
 * arithmetic, holidays by two look-ups and at most a dozen bit counts. Dates outside the table (any
 * year from {@value Easter#FIRST_YEAR}) are computed from the rules, in time proportional to the
 * number of years outside the table.
 *
 * <p>Instances are immutable, thread-safe and shared: {@link #of(HolidayZone)} returns the same
 * instance for a zone.
 */
public final class HolidayCalendar {

  /** The first year of the precomputed table: 1900. */
  public static final int TABLE_FIRST_YEAR = 1900;

  /** The last year of the precomputed table: 2299. */
  public static final int TABLE_LAST_YEAR = 2299;

  /** The largest number of working days {@link #plusWorkingDays} accepts (about 3,800 years). */
  public static final long MAX_WORKING_DAYS = 1_000_000;

  static final MessageBundle MESSAGES = MessageBundle.of(HolidayCalendar.class, "messages");

  private static final int TABLE_YEARS = TABLE_LAST_YEAR - TABLE_FIRST_YEAR + 1;
  private static final int WORDS_PER_YEAR = 6; // 366 days fit in 6 × 64 bits
  private static final PublicHoliday[] HOLIDAYS = PublicHoliday.values();
  private static final long FIRST_MONDAY = 4; // 1970-01-05, epoch day 4
  private static final long DAYS_BEFORE_EPOCH = 719_162; // days from 0001-01-01 to 1970-01-01
  private static final Map<HolidayZone, HolidayCalendar> CALENDARS =
      new EnumMap<>(HolidayZone.class);

  static {
    for (HolidayZone zone : HolidayZone.values()) {
      CALENDARS.put(zone, new HolidayCalendar(zone));
    }
  }

  private final HolidayZone zone;

  /** Number of weekday holidays in the table years before {@code TABLE_FIRST_YEAR + i}. */
  private final int[] weekdayHolidaysBefore;

  /**
   * Bit {@code doy − 1} of year {@code i} set when day-of-year {@code doy} is a weekday holiday.
   */
  private final long[] weekdayHolidayBits;

  private HolidayCalendar(HolidayZone zone) {
    this.zone = zone;
    this.weekdayHolidaysBefore = new int[TABLE_YEARS + 1];
    this.weekdayHolidayBits = new long[TABLE_YEARS * WORDS_PER_YEAR];
    for (int i = 0; i < TABLE_YEARS; i++) {
      int year = TABLE_FIRST_YEAR + i;
      boolean leap = Year.isLeap(year);
      int easter = Easter.dayOfYear(year);
      int mondayBased = dayOfWeekOfJanuaryFirst(year);
      int count = 0;
      for (PublicHoliday holiday : HOLIDAYS) {
        int doy = holiday.dayOfYear(zone, year, leap, easter);
        if (doy > 0 && isWeekday(mondayBased, doy)) {
          int index = i * WORDS_PER_YEAR + ((doy - 1) >>> 6);
          long bit = 1L << ((doy - 1) & 63);
          if ((weekdayHolidayBits[index] & bit) == 0) {
            weekdayHolidayBits[index] |= bit;
            count++;
          }
        }
      }
      weekdayHolidaysBefore[i + 1] = weekdayHolidaysBefore[i] + count;
    }
  }

  /**
   * Returns the calendar of a zone.
   *
   * @param zone the zone
   * @return the shared calendar
   */
  public static HolidayCalendar of(HolidayZone zone) {
    return CALENDARS.get(Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Returns the zone.
   *
   * @return the zone
   */
  public HolidayZone zone() {
    return zone;
  }

  /**
   * Returns the public holidays of a year, by date (two holidays on the same day, such as Ascension
   * on 1 May 2008, are both listed, in the order of {@link PublicHoliday}).
   *
   * @param year the year, from {@value Easter#FIRST_YEAR}
   * @return the holidays, unmodifiable
   * @throws InvalidInputException if the year is before {@value Easter#FIRST_YEAR}
   */
  public List<Holiday> holidays(int year) {
    Easter.requireGregorian(year, "year");
    boolean leap = Year.isLeap(year);
    int easter = Easter.dayOfYear(year);
    List<Holiday> holidays = new ArrayList<>(HOLIDAYS.length);
    for (PublicHoliday holiday : HOLIDAYS) {
      int doy = holiday.dayOfYear(zone, year, leap, easter);
      if (doy > 0) {
        holidays.add(new Holiday(LocalDate.ofYearDay(year, doy), holiday));
      }
    }
    Collections.sort(holidays);
    return Collections.unmodifiableList(holidays);
  }

  /**
   * Returns the holidays that fall on a date (usually none or one).
   *
   * @param date the date, from {@value Easter#FIRST_YEAR}
   * @return the holidays of that day, in the order of {@link PublicHoliday}, unmodifiable
   * @throws InvalidInputException if the date is before {@value Easter#FIRST_YEAR}
   */
  public List<PublicHoliday> holidaysOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int year = date.getYear();
    Easter.requireGregorian(year, "date");
    boolean leap = date.isLeapYear();
    int easter = Easter.dayOfYear(year);
    int doy = date.getDayOfYear();
    List<PublicHoliday> found = new ArrayList<>(2);
    for (PublicHoliday holiday : HOLIDAYS) {
      if (holiday.dayOfYear(zone, year, leap, easter) == doy) {
        found.add(holiday);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /**
   * Tells whether a date is a public holiday of the zone (whatever the day of the week).
   *
   * @param date the date, from {@value Easter#FIRST_YEAR}
   * @return true for a public holiday
   * @throws InvalidInputException if the date is before {@value Easter#FIRST_YEAR}
   */
  public boolean isHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    int year = date.getYear();
    Easter.requireGregorian(year, "date");
    boolean leap = date.isLeapYear();
    int easter = Easter.dayOfYear(year);
    int doy = date.getDayOfYear();
    for (PublicHoliday holiday : HOLIDAYS) {
      if (holiday.dayOfYear(zone, year, leap, easter) == doy) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether a date is a working day: Monday to Friday and not a public holiday of the zone.
   *
   * @param date the date, from {@value Easter#FIRST_YEAR}
   * @return true for a working day
   * @throws InvalidInputException if the date is before {@value Easter#FIRST_YEAR}
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.getDayOfWeek().getValue() <= 5 && !isHoliday(date);
  }

  /**
   * Counts the working days {@code d} with {@code received < d ≤ closed}. O(1) and allocation-free
   * when both dates are in the table years ({@value #TABLE_FIRST_YEAR}–{@value #TABLE_LAST_YEAR}).
   *
   * @param received the day of reception (never counted)
   * @param closed the day of closing (counted if it is a working day), not before {@code received}
   * @return the number of working days, 0 when the dates are equal
   * @throws InvalidInputException if {@code closed} is before {@code received}, or a date is before
   *     {@value Easter#FIRST_YEAR}
   */
  public long workingDaysBetween(LocalDate received, LocalDate closed) {
    Checks.requireNotBefore(received, "received", closed, "closed");
    Easter.requireGregorian(received.getYear(), "received");
    long weekdays = weekdaysUpTo(closed.toEpochDay()) - weekdaysUpTo(received.toEpochDay());
    return weekdays
        - weekdayHolidaysBetween(
            received.getYear(), received.getDayOfYear(), closed.getYear(), closed.getDayOfYear());
  }

  /**
   * Returns the elapsed days between reception and closing in a unit: {@code closed − received} for
   * {@link DelayUnit#CALENDAR_DAYS}, {@link #workingDaysBetween(LocalDate, LocalDate)} for {@link
   * DelayUnit#WORKING_DAYS}.
   *
   * @param unit the unit of the announced delay
   * @param received the day of reception
   * @param closed the day of closing, not before {@code received}
   * @return the elapsed days, not negative
   * @throws InvalidInputException if {@code closed} is before {@code received}, or (working days) a
   *     date is before {@value Easter#FIRST_YEAR}
   */
  public long elapsedDays(DelayUnit unit, LocalDate received, LocalDate closed) {
    Objects.requireNonNull(unit, "unit");
    Checks.requireNotBefore(received, "received", closed, "closed");
    return switch (unit) {
      case CALENDAR_DAYS -> closed.toEpochDay() - received.toEpochDay();
      case WORKING_DAYS -> workingDaysBetween(received, closed);
    };
  }

  /**
   * Returns the {@code days}-th working day after {@code start}: the earliest date {@code d} with
   * {@code workingDaysBetween(start, d) == days}. With {@code days = 0}, returns {@code start}
   * itself (whatever its kind).
   *
   * @param start the starting day (not counted)
   * @param days the number of working days to add, from 0 to {@value #MAX_WORKING_DAYS}
   * @return the date, a working day when {@code days > 0}
   * @throws InvalidInputException if {@code days} is out of bounds, {@code start} is before {@value
   *     Easter#FIRST_YEAR}, or the result is beyond {@link LocalDate#MAX}
   */
  public LocalDate plusWorkingDays(LocalDate start, long days) {
    Objects.requireNonNull(start, "start");
    Checks.requireBetween(days, 0, MAX_WORKING_DAYS, "days");
    Easter.requireGregorian(start.getYear(), "start");
    LocalDate current = start;
    long remaining = days;
    try {
      while (remaining > 0) {
        LocalDate next = LocalDate.ofEpochDay(plusWeekdays(current.toEpochDay(), remaining));
        remaining =
            weekdayHolidaysBetween(
                current.getYear(), current.getDayOfYear(), next.getYear(), next.getDayOfYear());
        current = next;
      }
    } catch (DateTimeException e) {
      throw new InvalidInputException(MESSAGES.message("calendar.date.out.of.range", "start"), e);
    }
    return current;
  }

  /**
   * Returns the last closing date that is still on time for an announced delay: {@code received +
   * announced} in calendar days; in working days, the day before the {@code (announced + 1)}-th
   * working day after {@code received} (so that the weekend and holidays that follow the last
   * working day of the delay are still on time). A request still open at the end of a period is
   * overdue when the period ends after this day.
   *
   * @param unit the unit of the announced delay
   * @param received the day of reception
   * @param announced the announced delay, from 0 to {@value #MAX_WORKING_DAYS} in working days
   * @return the last on-time day
   * @throws InvalidInputException if the delay is negative or too large, or (working days) {@code
   *     received} is before {@value Easter#FIRST_YEAR}
   */
  public LocalDate lastOnTimeDay(DelayUnit unit, LocalDate received, long announced) {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(received, "received");
    return switch (unit) {
      case CALENDAR_DAYS -> received.plusDays(Checks.requireNonNegative(announced, "announced"));
      case WORKING_DAYS -> {
        Checks.requireBetween(announced, 0, MAX_WORKING_DAYS, "announced");
        yield plusWorkingDays(received, announced + 1).minusDays(1);
      }
    };
  }

  @Override
  public String toString() {
    return "HolidayCalendar[" + zone + "]";
  }

  // ---------------------------------------------------------------------------------------------
  // Arithmetic (no allocation).

  /** Weekdays among the days up to {@code epochDay}, relative to an origin; differences count. */
  private static long weekdaysUpTo(long epochDay) {
    long k = epochDay - FIRST_MONDAY + 1;
    return 5 * Math.floorDiv(k, 7) + Math.min(Math.floorMod(k, 7), 5);
  }

  /** The {@code count}-th weekday after {@code epochDay} ({@code count ≥ 1}). */
  private static long plusWeekdays(long epochDay, long count) {
    long target = weekdaysUpTo(epochDay) + count;
    return FIRST_MONDAY + 7 * Math.floorDiv(target - 1, 5) + Math.floorMod(target - 1, 5);
  }

  /** Day of the week of 1 January, 0 for Monday to 6 for Sunday. */
  private static int dayOfWeekOfJanuaryFirst(int year) {
    long y = year - 1L;
    long epochDay =
        365 * y
            + Math.floorDiv(y, 4)
            - Math.floorDiv(y, 100)
            + Math.floorDiv(y, 400)
            - DAYS_BEFORE_EPOCH;
    return Math.floorMod(epochDay + 3, 7); // 1970-01-01 was a Thursday
  }

  private static boolean isWeekday(int dayOfWeekOfJanuaryFirst, int dayOfYear) {
    return (dayOfWeekOfJanuaryFirst + dayOfYear - 1) % 7 < 5;
  }

  /**
   * Weekday holidays on the days strictly after (fromYear, fromDay) and up to (toYear, toDay)
   * inclusive; the first date is not after the second.
   */
  private long weekdayHolidaysBetween(int fromYear, int fromDay, int toYear, int toDay) {
    if (inTable(fromYear) && inTable(toYear)) {
      return upTo(toYear, toDay) - upTo(fromYear, fromDay);
    }
    long total = 0;
    for (int year = fromYear; year <= toYear; year++) {
      int after = year == fromYear ? fromDay : 0;
      int through = year == toYear ? toDay : 366;
      total +=
          inTable(year)
              ? upTo(year, through) - upTo(year, after)
              : weekdayHolidaysFromRules(year, after, through);
    }
    return total;
  }

  private static boolean inTable(int year) {
    return year >= TABLE_FIRST_YEAR && year <= TABLE_LAST_YEAR;
  }

  /** Weekday holidays from the table's start up to day {@code dayOfYear} of a table year. */
  private long upTo(int year, int dayOfYear) {
    int i = year - TABLE_FIRST_YEAR;
    long count = weekdayHolidaysBefore[i];
    if (dayOfYear <= 0) {
      return count;
    }
    int base = i * WORDS_PER_YEAR;
    int lastWord = (dayOfYear - 1) >>> 6;
    for (int w = 0; w < lastWord; w++) {
      count += Long.bitCount(weekdayHolidayBits[base + w]);
    }
    long mask = (2L << ((dayOfYear - 1) & 63)) - 1;
    return count + Long.bitCount(weekdayHolidayBits[base + lastWord] & mask);
  }

  /** Weekday holidays of a year, on days {@code after < doy ≤ through}, from the rules. */
  private int weekdayHolidaysFromRules(int year, int after, int through) {
    boolean leap = Year.isLeap(year);
    int easter = Easter.dayOfYear(year);
    int mondayBased = dayOfWeekOfJanuaryFirst(year);
    int count = 0;
    for (int h = 0; h < HOLIDAYS.length; h++) {
      int doy = HOLIDAYS[h].dayOfYear(zone, year, leap, easter);
      if (doy > after && doy <= through && isWeekday(mondayBased, doy)) {
        boolean seen = false;
        for (int earlier = 0; earlier < h && !seen; earlier++) {
          seen = HOLIDAYS[earlier].dayOfYear(zone, year, leap, easter) == doy;
        }
        if (!seen) {
          count++;
        }
      }
    }
    return count;
  }
}
