package fr.spsplus.indicators.calendar;

import static fr.spsplus.indicators.calendar.HolidayCalendar.MESSAGES;

import fr.spsplus.core.InvalidInputException;
import java.time.LocalDate;
import java.time.Year;

/**
 * The date of Easter Sunday in the Gregorian calendar.
 *
 * <p>Computed by the "anonymous Gregorian algorithm" (Meeus/Jones/Butcher), published in
 * <i>Nature</i> in 1876 and in Jean Meeus, <i>Astronomical Algorithms</i>, 1991, chapter 8 — the
 * ecclesiastical computus, not the astronomical full moon. Valid for every year of the Gregorian
 * calendar, from 1583 (the first full year after the reform of October 1582) up to {@link
 * Year#MAX_VALUE}. Checked in the tests against an independent table for 1583–4099.
 */
public final class Easter {

  /** The first year for which the Gregorian computus applies: 1583. */
  public static final int FIRST_YEAR = 1583;

  private Easter() {}

  /**
   * Returns the date of Easter Sunday.
   *
   * @param year the year, from {@value #FIRST_YEAR} to {@link Year#MAX_VALUE}
   * @return Easter Sunday, between 22 March and 25 April
   * @throws InvalidInputException if the year is before {@value #FIRST_YEAR}
   */
  public static LocalDate sunday(int year) {
    requireGregorian(year, "year");
    return LocalDate.ofYearDay(year, dayOfYear(year));
  }

  /** Returns the day of the year (1 for 1 January) of Easter Sunday, for a year already checked. */
  static int dayOfYear(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int n = h + l - 7 * m + 114;
    int month = n / 31;
    int day = n % 31 + 1;
    int march1 = Year.isLeap(year) ? 61 : 60;
    return march1 + (month == 3 ? day - 1 : 31 + day - 1);
  }

  static void requireGregorian(int year, String field) {
    if (year < FIRST_YEAR) {
      throw new InvalidInputException(MESSAGES.message("calendar.year.before.gregorian", field));
    }
  }
}
