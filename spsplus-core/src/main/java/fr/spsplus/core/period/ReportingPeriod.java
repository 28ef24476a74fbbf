package fr.spsplus.core.period;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import jakarta.validation.constraints.NotNull;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period over which an indicator is computed: a range of whole local days, {@code start}
 * inclusive and {@code end} exclusive, with the {@link Granularity} that says how it is aligned.
 *
 * <p>Every period has a stable text code, read by {@link #parse(CharSequence)} and written by
 * {@link #code()}:
 *
 * <table>
 *   <caption>Period codes</caption>
 *   <tr><th>Granularity</th><th>Code</th><th>Days</th></tr>
 *   <tr><td>{@link Granularity#DAY DAY}</td><td>{@code 2026-03-02}</td><td>2 March 2026</td></tr>
 *   <tr><td>{@link Granularity#ISO_WEEK ISO_WEEK}</td><td>{@code 2026-W10}</td>
 *       <td>Monday 2 to Sunday 8 March 2026 (week-based year)</td></tr>
 *   <tr><td>{@link Granularity#MONTH MONTH}</td><td>{@code 2026-03}</td><td>March 2026</td></tr>
 *   <tr><td>{@link Granularity#QUARTER QUARTER}</td><td>{@code 2026-Q1}</td>
 *       <td>January to March 2026</td></tr>
 *   <tr><td>{@link Granularity#YEAR YEAR}</td><td>{@code 2026}</td><td>the year 2026</td></tr>
 *   <tr><td>{@link Granularity#ROLLING_12_MONTHS ROLLING_12_MONTHS}</td><td>{@code R12-2026-03}</td>
 *       <td>April 2025 to March 2026 (the code names the last month)</td></tr>
 *   <tr><td>{@link Granularity#CUSTOM CUSTOM}</td><td>{@code 2026-03-02/2026-04-15}</td>
 *       <td>2 March to 15 April 2026, <em>both included</em></td></tr>
 * </table>
 *
 * <p>Years are written with four digits; the supported days run from {@link #MIN_DAY} (1 January of
 * year 1) to {@link #MAX_DAY} (31 December 9999). The custom-range code lists the first and the
 * last day, as people write date ranges ("du 2 mars au 15 avril"); note that threeten-extra's
 * {@code LocalDateRange} writes the exclusive end instead.
 *
 * <p><strong>Time zones.</strong> A period is made of local dates in the time zone of the measured
 * structure. The zone is applied by whoever turns an {@link Instant} into a {@link LocalDate},
 * once, at the edge: {@link #containing(Instant, ZoneId, Granularity)}, {@link #contains(Instant,
 * ZoneId)} and {@link #startInstant(ZoneId)} take it explicitly. {@link #DEFAULT_ZONE} is
 * Europe/Paris.
 *
 * <p><strong>For calculators.</strong> {@link #startEpochDay()}, {@link #endEpochDay()} and {@link
 * #containsEpochDay(long)} work on primitive epoch days, so that a hot loop can map a day to an
 * index ({@code epochDay - startEpochDay()}) without allocating.
 *
 * <p>Periods are ordered by start, then end, then granularity (consistent with {@code equals}). The
 * JSON form is the record's: {@code
 * {"granularity":"MONTH","start":"2026-03-01","end":"2026-04-01"}}.
 *
 * @param granularity how the period is aligned
 * @param start the first day, inclusive
 * @param end the day after the last day (exclusive), after {@code start}
 */
public record ReportingPeriod(
    @NotNull Granularity granularity, @NotNull LocalDate start, @NotNull LocalDate end)
    implements Comparable<ReportingPeriod> {

  /**
   * The time zone of metropolitan France, Europe/Paris: the default zone in which instants are
   * turned into the local dates of a period. Overseas structures have their own zones.
   */
  public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Paris");

  /** The first supported day: 1 January of year 1 (proleptic ISO calendar). */
  public static final LocalDate MIN_DAY = LocalDate.of(1, 1, 1);

  /** The last supported day: 31 December 9999 (codes write years with four digits). */
  public static final LocalDate MAX_DAY = LocalDate.of(9999, 12, 31);

  private static final MessageBundle MESSAGES = MessageBundle.of(ReportingPeriod.class, "messages");

  private static final Comparator<ReportingPeriod> ORDER =
      Comparator.comparing(ReportingPeriod::start)
          .thenComparing(ReportingPeriod::end)
          .thenComparing(ReportingPeriod::granularity);

  private static final int MAX_CODE_LENGTH = 32;
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
  private static final Pattern ROLLING = Pattern.compile("R12-(\\d{4})-(\\d{2})");
  private static final Pattern RANGE =
      Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})/(\\d{4})-(\\d{2})-(\\d{2})");

  /**
   * Checks that the dates are ordered, supported and aligned with the granularity.
   *
   * @throws InvalidInputException if {@code end} is not after {@code start}, if a day lies outside
   *     {@link #MIN_DAY}..{@link #MAX_DAY}, or if the dates do not form a period of that
   *     granularity (for example a {@link Granularity#MONTH MONTH} that does not start on the 1st)
   */
  public ReportingPeriod {
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (!start.isBefore(end)) {
      throw new InvalidInputException(MESSAGES.message("period.empty", start, end));
    }
    if (start.isBefore(MIN_DAY) || end.isAfter(MAX_DAY.plusDays(1))) {
      throw new InvalidInputException(MESSAGES.message("period.range", MIN_DAY, MAX_DAY));
    }
    if (!aligned(granularity, start, end)) {
      throw new InvalidInputException(
          MESSAGES.message(
              "period.misaligned",
              granularity.name(),
              MESSAGES.message("period.rule." + granularity.name()),
              start,
              end));
    }
  }

  private static boolean aligned(Granularity granularity, LocalDate start, LocalDate end) {
    boolean firstOfMonth = start.getDayOfMonth() == 1;
    return switch (granularity) {
      case DAY -> end.equals(start.plusDays(1));
      case ISO_WEEK -> start.getDayOfWeek() == DayOfWeek.MONDAY && end.equals(start.plusWeeks(1));
      case MONTH -> firstOfMonth && end.equals(start.plusMonths(1));
      case QUARTER ->
          firstOfMonth && (start.getMonthValue() - 1) % 3 == 0 && end.equals(start.plusMonths(3));
      case YEAR -> start.getDayOfYear() == 1 && end.equals(start.plusYears(1));
      case ROLLING_12_MONTHS -> firstOfMonth && end.equals(start.plusMonths(12));
      case CUSTOM -> true;
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Factories

  /**
   * Returns the period of one day.
   *
   * @param day the day
   * @return the {@link Granularity#DAY DAY} period
   * @throws InvalidInputException if the day is outside the supported range
   */
  public static ReportingPeriod ofDay(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return new ReportingPeriod(Granularity.DAY, day, day.plusDays(1));
  }

  /**
   * Returns an ISO 8601 week.
   *
   * @param weekBasedYear the week-based year (which differs from the calendar year for a few days
   *     around 1 January), 1 to 9999
   * @param week the week number, 1 to 52 or 53 depending on the year ({@link #isoWeeksIn(int)})
   * @return the {@link Granularity#ISO_WEEK ISO_WEEK} period, Monday to Sunday
   * @throws InvalidInputException if the year or the week does not exist
   */
  public static ReportingPeriod ofIsoWeek(int weekBasedYear, int week) {
    requireYear(weekBasedYear);
    int weeks = isoWeeksIn(weekBasedYear);
    if (week < 1 || week > weeks) {
      throw new InvalidInputException(
          MESSAGES.message("period.week", weekBasedYear, weeks, Integer.toString(week)));
    }
    LocalDate monday = mondayOfWeekOne(weekBasedYear).plusWeeks(week - 1L);
    return new ReportingPeriod(Granularity.ISO_WEEK, monday, monday.plusWeeks(1));
  }

  /**
   * Returns a calendar month.
   *
   * @param year the year, 1 to 9999
   * @param month the month, 1 (January) to 12
   * @return the {@link Granularity#MONTH MONTH} period
   * @throws InvalidInputException if the year or the month does not exist
   */
  public static ReportingPeriod ofMonth(int year, int month) {
    requireYear(year);
    requireMonth(month);
    LocalDate first = LocalDate.of(year, month, 1);
    return new ReportingPeriod(Granularity.MONTH, first, first.plusMonths(1));
  }

  /**
   * Returns a calendar month.
   *
   * @param month the month
   * @return the {@link Granularity#MONTH MONTH} period
   * @throws InvalidInputException if the month is outside the supported range
   */
  public static ReportingPeriod ofMonth(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return ofMonth(month.getYear(), month.getMonthValue());
  }

  /**
   * Returns a calendar quarter.
   *
   * @param year the year, 1 to 9999
   * @param quarter the quarter, 1 (January to March) to 4
   * @return the {@link Granularity#QUARTER QUARTER} period
   * @throws InvalidInputException if the year or the quarter does not exist
   */
  public static ReportingPeriod ofQuarter(int year, int quarter) {
    requireYear(year);
    if (quarter < 1 || quarter > 4) {
      throw new InvalidInputException(
          MESSAGES.message("period.quarter", Integer.toString(quarter)));
    }
    LocalDate first = LocalDate.of(year, 3 * quarter - 2, 1);
    return new ReportingPeriod(Granularity.QUARTER, first, first.plusMonths(3));
  }

  /**
   * Returns a calendar year.
   *
   * @param year the year, 1 to 9999
   * @return the {@link Granularity#YEAR YEAR} period
   * @throws InvalidInputException if the year is outside 1..9999
   */
  public static ReportingPeriod ofYear(int year) {
    requireYear(year);
    LocalDate first = LocalDate.of(year, 1, 1);
    return new ReportingPeriod(Granularity.YEAR, first, first.plusYears(1));
  }

  /**
   * Returns the twelve whole months that end with (and include) a month.
   *
   * @param lastMonth the last month of the window
   * @return the {@link Granularity#ROLLING_12_MONTHS ROLLING_12_MONTHS} period, from the first day
   *     of {@code lastMonth - 11} to the first day of {@code lastMonth + 1}
   * @throws InvalidInputException if the window leaves the supported range
   */
  public static ReportingPeriod rolling12Months(YearMonth lastMonth) {
    Objects.requireNonNull(lastMonth, "lastMonth");
    requireYear(lastMonth.getYear());
    LocalDate end = lastMonth.atDay(1).plusMonths(1);
    return new ReportingPeriod(Granularity.ROLLING_12_MONTHS, end.minusMonths(12), end);
  }

  /**
   * Returns a custom range of days.
   *
   * @param startInclusive the first day
   * @param endExclusive the day after the last day, after {@code startInclusive}
   * @return the {@link Granularity#CUSTOM CUSTOM} period
   * @throws InvalidInputException if the range is empty or outside the supported range
   */
  public static ReportingPeriod between(LocalDate startInclusive, LocalDate endExclusive) {
    return new ReportingPeriod(Granularity.CUSTOM, startInclusive, endExclusive);
  }

  /**
   * Returns the period of a granularity that contains a day: its day, ISO week, month, quarter,
   * year, or the rolling twelve months that end with its month.
   *
   * @param day the day
   * @param granularity any granularity but {@link Granularity#CUSTOM CUSTOM}
   * @return the period, which {@link #contains(LocalDate) contains} {@code day}
   * @throws InvalidInputException if the granularity is {@code CUSTOM} (a custom range is not
   *     determined by one day) or if the period leaves the supported range
   */
  public static ReportingPeriod containing(LocalDate day, Granularity granularity) {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(granularity, "granularity");
    if (day.isBefore(MIN_DAY) || day.isAfter(MAX_DAY)) {
      throw new InvalidInputException(MESSAGES.message("period.range", MIN_DAY, MAX_DAY));
    }
    return switch (granularity) {
      case DAY -> ofDay(day);
      case ISO_WEEK -> {
        LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
        yield new ReportingPeriod(Granularity.ISO_WEEK, monday, monday.plusWeeks(1));
      }
      case MONTH -> ofMonth(day.getYear(), day.getMonthValue());
      case QUARTER -> ofQuarter(day.getYear(), (day.getMonthValue() + 2) / 3);
      case YEAR -> ofYear(day.getYear());
      case ROLLING_12_MONTHS -> rolling12Months(YearMonth.from(day));
      case CUSTOM -> throw new InvalidInputException(MESSAGES.message("period.containing.custom"));
    };
  }

  /**
   * Returns the period of a granularity that contains an instant, seen from a time zone.
   *
   * @param instant the instant
   * @param zone the time zone of the measured structure ({@link #DEFAULT_ZONE} in metropolitan
   *     France)
   * @param granularity any granularity but {@link Granularity#CUSTOM CUSTOM}
   * @return the period that contains the instant's local date in {@code zone}
   * @throws InvalidInputException if the granularity is {@code CUSTOM} or the date unsupported
   */
  public static ReportingPeriod containing(Instant instant, ZoneId zone, Granularity granularity) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(zone, "zone");
    return containing(localDate(instant, zone), granularity);
  }

  /**
   * Reads a period code (see the table in the class description). Surrounding blanks are ignored,
   * and so is the case of the letters {@code W}, {@code Q} and {@code R}.
   *
   * @param code the code, for example {@code 2026-W10}
   * @return the period; {@code parse(p.code())} equals {@code p} for every period {@code p}
   * @throws InvalidInputException if the text matches no format (the message lists the expected
   *     formats) or names a date, week, month or quarter that does not exist
   */
  public static ReportingPeriod parse(CharSequence code) {
    Objects.requireNonNull(code, "code");
    String text = code.toString().strip().toUpperCase(Locale.ROOT);
    if (text.length() > MAX_CODE_LENGTH) {
      throw formatError();
    }
    Matcher m;
    if ((m = YEAR.matcher(text)).matches()) {
      return ofYear(year(m.group(1)));
    }
    if ((m = MONTH.matcher(text)).matches()) {
      return ofMonth(year(m.group(1)), month(m.group(2)));
    }
    if ((m = DAY.matcher(text)).matches()) {
      return ofDay(date(m.group(1), m.group(2), m.group(3)));
    }
    if ((m = WEEK.matcher(text)).matches()) {
      return ofIsoWeek(year(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = QUARTER.matcher(text)).matches()) {
      return ofQuarter(year(m.group(1)), Integer.parseInt(m.group(2)));
    }
    if ((m = ROLLING.matcher(text)).matches()) {
      return rolling12Months(YearMonth.of(year(m.group(1)), month(m.group(2))));
    }
    if ((m = RANGE.matcher(text)).matches()) {
      LocalDate first = date(m.group(1), m.group(2), m.group(3));
      LocalDate last = date(m.group(4), m.group(5), m.group(6));
      if (last.isBefore(first)) {
        throw new InvalidInputException(MESSAGES.message("period.code.order", first, last));
      }
      return between(first, last.plusDays(1));
    }
    throw formatError();
  }

  private static InvalidInputException formatError() {
    return new InvalidInputException(MESSAGES.message("period.code.format"));
  }

  private static int year(String digits) {
    int year = Integer.parseInt(digits);
    requireYear(year);
    return year;
  }

  private static int month(String digits) {
    int month = Integer.parseInt(digits);
    requireMonth(month);
    return month;
  }

  private static LocalDate date(String year, String month, String day) {
    int y = year(year);
    int m = month(month);
    try {
      return LocalDate.of(y, m, Integer.parseInt(day));
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          MESSAGES.message("period.code.date", year + "-" + month + "-" + day), e);
    }
  }

  private static void requireYear(int year) {
    if (year < MIN_DAY.getYear() || year > MAX_DAY.getYear()) {
      throw new InvalidInputException(
          MESSAGES.message("period.year", Integer.toString(year), MIN_DAY.getYear(), 9999));
    }
  }

  private static void requireMonth(int month) {
    if (month < 1 || month > 12) {
      throw new InvalidInputException(MESSAGES.message("period.month", Integer.toString(month)));
    }
  }

  /**
   * Returns the number of ISO 8601 weeks of a week-based year: 53 when the year starts on a
   * Thursday, or on a Wednesday in a leap year; 52 otherwise.
   *
   * @param weekBasedYear the week-based year, 1 to 9999
   * @return 52 or 53
   * @throws InvalidInputException if the year is outside 1..9999
   */
  public static int isoWeeksIn(int weekBasedYear) {
    requireYear(weekBasedYear);
    DayOfWeek firstDay = LocalDate.of(weekBasedYear, 1, 1).getDayOfWeek();
    boolean leap = java.time.Year.isLeap(weekBasedYear);
    return firstDay == DayOfWeek.THURSDAY || (leap && firstDay == DayOfWeek.WEDNESDAY) ? 53 : 52;
  }

  private static LocalDate mondayOfWeekOne(int weekBasedYear) {
    LocalDate fourth = LocalDate.of(weekBasedYear, 1, 4); // always in week 1
    return fourth.minusDays(fourth.getDayOfWeek().getValue() - 1L);
  }

  private static LocalDate localDate(Instant instant, ZoneId zone) {
    try {
      return LocalDate.ofInstant(instant, zone);
    } catch (DateTimeException e) {
      throw new InvalidInputException(MESSAGES.message("period.range", MIN_DAY, MAX_DAY), e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * Returns the stable text code of the period (see the class description).
   *
   * @return the code, for example {@code 2026-W10}, {@code R12-2026-03} or {@code
   *     2026-03-02/2026-04-15}
   */
  public String code() {
    return switch (granularity) {
      case DAY -> start.toString();
      case ISO_WEEK ->
          pad4(start.get(IsoFields.WEEK_BASED_YEAR))
              + "-W"
              + pad2(start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> pad4(start.getYear()) + "-" + pad2(start.getMonthValue());
      case QUARTER -> pad4(start.getYear()) + "-Q" + ((start.getMonthValue() + 2) / 3);
      case YEAR -> pad4(start.getYear());
      case ROLLING_12_MONTHS -> {
        LocalDate last = end.minusDays(1);
        yield "R12-" + pad4(last.getYear()) + "-" + pad2(last.getMonthValue());
      }
      case CUSTOM -> start + "/" + end.minusDays(1);
    };
  }

  private static String pad4(int value) {
    String digits = Integer.toString(value);
    return "0".repeat(Math.max(0, 4 - digits.length())) + digits;
  }

  private static String pad2(int value) {
    return value < 10 ? "0" + value : Integer.toString(value);
  }

  /**
   * Returns the last day of the period, {@code end - 1 day}.
   *
   * @return the last day, inclusive
   */
  public LocalDate lastDay() {
    return end.minusDays(1);
  }

  /**
   * Returns the number of days of the period.
   *
   * @return {@code end - start} in days, at least 1
   */
  public long lengthInDays() {
    return end.toEpochDay() - start.toEpochDay();
  }

  /**
   * Returns the first day as an epoch day (days since 1970-01-01), for allocation-free loops.
   *
   * @return {@code start().toEpochDay()}
   */
  public long startEpochDay() {
    return start.toEpochDay();
  }

  /**
   * Returns the exclusive end as an epoch day.
   *
   * @return {@code end().toEpochDay()}
   */
  public long endEpochDay() {
    return end.toEpochDay();
  }

  /**
   * Tells whether the period contains a day given as an epoch day.
   *
   * @param epochDay days since 1970-01-01
   * @return true if {@code startEpochDay() <= epochDay < endEpochDay()}
   */
  public boolean containsEpochDay(long epochDay) {
    return epochDay >= start.toEpochDay() && epochDay < end.toEpochDay();
  }

  /**
   * Tells whether the period contains a day.
   *
   * @param day the day
   * @return true if {@code start <= day < end}
   */
  public boolean contains(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(start) && day.isBefore(end);
  }

  /**
   * Tells whether the period contains an instant, seen from a time zone.
   *
   * @param instant the instant
   * @param zone the time zone of the measured structure
   * @return true if the instant's local date in {@code zone} is in the period
   */
  public boolean contains(Instant instant, ZoneId zone) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(zone, "zone");
    return !instant.isBefore(startInstant(zone)) && instant.isBefore(endInstant(zone));
  }

  /**
   * Tells whether every day of another period is also in this one.
   *
   * @param other the other period
   * @return true if {@code start <= other.start} and {@code other.end <= end}
   */
  public boolean encloses(ReportingPeriod other) {
    Objects.requireNonNull(other, "other");
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * Tells whether the two periods share at least one day.
   *
   * @param other the other period
   * @return true if they overlap
   */
  public boolean overlaps(ReportingPeriod other) {
    Objects.requireNonNull(other, "other");
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /**
   * Returns the instant at which the period starts in a time zone: the start of its first day
   * (midnight, or the first valid time when a daylight-saving gap swallows midnight).
   *
   * @param zone the time zone of the measured structure
   * @return the first instant of the period
   */
  public Instant startInstant(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return start.atStartOfDay(zone).toInstant();
  }

  /**
   * Returns the instant at which the period ends in a time zone (exclusive): the start of the day
   * {@link #end()}.
   *
   * @param zone the time zone of the measured structure
   * @return the first instant after the period
   */
  public Instant endInstant(ZoneId zone) {
    Objects.requireNonNull(zone, "zone");
    return end.atStartOfDay(zone).toInstant();
  }

  // ---------------------------------------------------------------------------------------------
  // Moving

  /**
   * Returns the following period of the same granularity: the next day, week, month, quarter or
   * year; the rolling window slid by one month; for a custom range, the range of the same length
   * that starts on {@link #end()}.
   *
   * @return the next period; {@code p.next().previous()} equals {@code p}
   * @throws InvalidInputException if it would end after {@link #MAX_DAY}
   */
  public ReportingPeriod next() {
    return shift(1);
  }

  /**
   * Returns the preceding period of the same granularity (the mirror of {@link #next()}).
   *
   * @return the previous period; {@code p.previous().next()} equals {@code p}
   * @throws InvalidInputException if it would start before {@link #MIN_DAY}
   */
  public ReportingPeriod previous() {
    return shift(-1);
  }

  private ReportingPeriod shift(int direction) {
    return switch (granularity) {
      case DAY ->
          new ReportingPeriod(granularity, start.plusDays(direction), end.plusDays(direction));
      case ISO_WEEK ->
          new ReportingPeriod(granularity, start.plusWeeks(direction), end.plusWeeks(direction));
      case MONTH, ROLLING_12_MONTHS ->
          new ReportingPeriod(granularity, start.plusMonths(direction), end.plusMonths(direction));
      case QUARTER ->
          new ReportingPeriod(
              granularity, start.plusMonths(3L * direction), end.plusMonths(3L * direction));
      case YEAR ->
          new ReportingPeriod(granularity, start.plusYears(direction), end.plusYears(direction));
      case CUSTOM -> {
        long days = lengthInDays() * direction;
        yield new ReportingPeriod(granularity, start.plusDays(days), end.plusDays(days));
      }
    };
  }

  /**
   * Orders periods by start, then end, then granularity.
   *
   * @param other the other period
   * @return a negative number, zero or a positive number
   */
  @Override
  public int compareTo(ReportingPeriod other) {
    return ORDER.compare(this, other);
  }

  /** Returns the {@link #code()}. */
  @Override
  public String toString() {
    return code();
  }
}
