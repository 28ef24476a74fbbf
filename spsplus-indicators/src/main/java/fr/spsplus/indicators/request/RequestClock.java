package fr.spsplus.indicators.request;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.request.DelayUnit;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.request.Suspension;
import fr.spsplus.indicators.calendar.Easter;
import fr.spsplus.indicators.calendar.HolidayCalendar;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The clock of one request: its elapsed days, whether it is on time, and its last on-time day, in
 * the unit of its announced delay and with the public holidays of its zone.
 *
 * <p>Definitions (DOMAIN.md §4.3; {@link DelayUnit}): the days that count between reception and a
 * day {@code t} are the days {@code d} with {@code receivedOn < d ≤ t}, every such day in {@link
 * DelayUnit#CALENDAR_DAYS}, the working days of {@link HolidayCalendar#of HolidayCalendar.of(zone)}
 * (Monday to Friday, not a public holiday of the zone) in {@link DelayUnit#WORKING_DAYS}. With
 * {@link SuspensionRule#DEDUCTED}, the days {@code d} with {@code from < d ≤ to} of each suspension
 * (counted the same way) are taken off. A request closed on {@code c} is on time when {@code
 * elapsed(c) ≤ announced}; an open request is overdue on {@code t} when {@code elapsed(t) >
 * announced}, that is when {@code t} is after {@link #lastOnTimeDay}.
 *
 * <p>Speed: {@link #elapsedDays} is O(1 + number of suspensions) and allocates nothing (working
 * days come from the precomputed tables of {@link HolidayCalendar}).
 *
 * <p>Working days are defined from {@value Easter#FIRST_YEAR} (the Gregorian computus): a request
 * in working days received earlier is rejected, naming {@code receivedOn}.
 */
public final class RequestClock {

  static final MessageBundle MESSAGES = MessageBundle.of(RequestClock.class, "messages");

  private RequestClock() {}

  /**
   * Returns the elapsed days of a request from its reception to a day, in the unit of its announced
   * delay, with suspended days deducted or not.
   *
   * @param request the request
   * @param asOf the day, not before {@code receivedOn} and, for a closed request, not after {@code
   *     closedOn}
   * @param rule whether suspended days are deducted
   * @return the elapsed days, not negative
   * @throws InvalidInputException if {@code asOf} is outside the request's life, or the request is
   *     in working days and received before {@value Easter#FIRST_YEAR}
   */
  public static long elapsedDays(ProcessedRequest request, LocalDate asOf, SuspensionRule rule) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(rule, "rule");
    Checks.requireNotBefore(request.receivedOn(), "receivedOn", asOf, "asOf");
    LocalDate closedOn = request.closedOn();
    if (closedOn != null) {
      Checks.requireNotBefore(asOf, "asOf", closedOn, "closedOn");
    }
    requireSupported(request);
    return elapsed(request, asOf, rule);
  }

  /**
   * Returns the suspended days of a request from its reception to a day: the days {@code d} with
   * {@code from < d ≤ min(to, asOf)} of each suspension, in the unit of the announced delay.
   *
   * @param request the request
   * @param asOf the day, not before {@code receivedOn}
   * @return the suspended days, from 0 to the elapsed days
   * @throws InvalidInputException if {@code asOf} is before {@code receivedOn}, or the request is
   *     in working days and received before {@value Easter#FIRST_YEAR}
   */
  public static long suspendedDays(ProcessedRequest request, LocalDate asOf) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(asOf, "asOf");
    Checks.requireNotBefore(request.receivedOn(), "receivedOn", asOf, "asOf");
    requireSupported(request);
    return suspended(request, HolidayCalendar.of(request.holidayZone()), asOf);
  }

  /**
   * Tells whether a closed request was processed within its announced delay: {@code
   * elapsed(closedOn) ≤ announced}.
   *
   * @param request a closed request
   * @param rule whether suspended days are deducted
   * @return true if on time
   * @throws InvalidInputException if the request is still open, or is in working days and received
   *     before {@value Easter#FIRST_YEAR}
   */
  public static boolean onTime(ProcessedRequest request, SuspensionRule rule) {
    Objects.requireNonNull(request, "request");
    LocalDate closedOn = request.closedOn();
    if (closedOn == null) {
      throw new InvalidInputException(MESSAGES.message("clock.not.closed", "closedOn"));
    }
    return elapsedDays(request, closedOn, rule) <= request.announcedDelay().amount();
  }

  /**
   * Returns the last day on which the request is still within its announced delay: the day before
   * the {@code (announced + 1)}-th counted day after reception (so that the weekend and holidays
   * that follow the last working day of the delay are still on time). With {@link
   * SuspensionRule#DEDUCTED}, suspended days are not counted, which pushes the day back by the
   * recorded suspensions. A request closed on or before this day is on time; one still open after
   * it is overdue.
   *
   * @param request the request (open or closed)
   * @param rule whether suspended days are deducted
   * @return the last on-time day, not before {@code receivedOn}
   * @throws InvalidInputException if the request is in working days and received before {@value
   *     Easter#FIRST_YEAR}
   */
  public static LocalDate lastOnTimeDay(ProcessedRequest request, SuspensionRule rule) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(rule, "rule");
    requireSupported(request);
    HolidayCalendar calendar = HolidayCalendar.of(request.holidayZone());
    DelayUnit unit = request.announcedDelay().unit();
    LocalDate position = request.receivedOn();
    long remaining = request.announcedDelay().amount() + 1L;
    if (rule == SuspensionRule.DEDUCTED) {
      List<Suspension> suspensions = request.suspensions();
      for (int i = 0; i < suspensions.size(); i++) {
        Suspension suspension = suspensions.get(i);
        long counted = days(calendar, unit, position, suspension.from());
        if (counted >= remaining) {
          break;
        }
        remaining -= counted;
        position = suspension.to();
      }
    }
    LocalDate firstLateDay =
        unit == DelayUnit.CALENDAR_DAYS
            ? position.plusDays(remaining)
            : calendar.plusWorkingDays(position, remaining);
    return firstLateDay.minusDays(1);
  }

  // ---------------------------------------------------------------------------------------------
  // Package-private, unchecked: the caller has checked the dates.

  /** Rejects working-day requests that the holiday calendars cannot count. */
  static void requireSupported(ProcessedRequest request) {
    if (request.announcedDelay().unit() == DelayUnit.WORKING_DAYS
        && request.receivedOn().getYear() < Easter.FIRST_YEAR) {
      throw new InvalidInputException(
          MESSAGES.message("clock.working.days.year", "receivedOn", Easter.FIRST_YEAR));
    }
  }

  /** Elapsed days to {@code asOf}, with {@code receivedOn ≤ asOf}. Allocation-free. */
  static long elapsed(ProcessedRequest request, LocalDate asOf, SuspensionRule rule) {
    HolidayCalendar calendar = HolidayCalendar.of(request.holidayZone());
    long elapsed = days(calendar, request.announcedDelay().unit(), request.receivedOn(), asOf);
    return rule == SuspensionRule.DEDUCTED ? elapsed - suspended(request, calendar, asOf) : elapsed;
  }

  private static long suspended(
      ProcessedRequest request, HolidayCalendar calendar, LocalDate asOf) {
    DelayUnit unit = request.announcedDelay().unit();
    List<Suspension> suspensions = request.suspensions();
    long total = 0;
    for (int i = 0; i < suspensions.size(); i++) {
      Suspension suspension = suspensions.get(i);
      if (suspension.from().isBefore(asOf)) {
        LocalDate end = suspension.to().isAfter(asOf) ? asOf : suspension.to();
        total += days(calendar, unit, suspension.from(), end);
      }
    }
    return total;
  }

  /** The counted days {@code d} with {@code from < d ≤ to}, {@code from ≤ to}. */
  private static long days(HolidayCalendar calendar, DelayUnit unit, LocalDate from, LocalDate to) {
    return unit == DelayUnit.CALENDAR_DAYS
        ? to.toEpochDay() - from.toEpochDay()
        : calendar.workingDaysBetween(from, to);
  }
}
