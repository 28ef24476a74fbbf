package fr.spsplus.indicators.request;

import static fr.spsplus.indicators.request.RequestClock.MESSAGES;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;

/**
 * The overdue backlog at the end of a period: the requests still open on its last day and already
 * past their announced delay, which the official ratio (requests closed on time ÷ requests closed)
 * does not see (metrics-perf.md §4, row 8: a <strong>proposed</strong> companion of the indicator).
 *
 * <p>A request is open at the end of the period when it was received on or before the last day and
 * not closed on or before it (still open, or closed later); it is overdue when its elapsed days on
 * the last day exceed its announced delay ({@link RequestClock#elapsedDays}), in its own unit and
 * zone, with suspensions treated as the {@link DelayPolicy} says.
 *
 * @param asOf the last day of the period, on which the backlog is observed
 * @param open the requests open on that day
 * @param overdue those already past their delay, from 0 to {@code open}
 * @param oldestDueDate the earliest last on-time day among the overdue requests, or {@code null}
 *     when none is overdue
 * @param procedures the backlog of each démarche that has open requests, most overdue first (then
 *     by démarche); their counts add up to {@code open} and {@code overdue}
 */
public record OverdueBacklog(
    LocalDate asOf,
    long open,
    long overdue,
    @Nullable LocalDate oldestDueDate,
    List<ProcedureBacklog> procedures) {

  /**
   * Checks the components and copies the list.
   *
   * @throws InvalidInputException if a count is out of bounds, or the oldest due date does not
   *     match the overdue count
   */
  public OverdueBacklog {
    Objects.requireNonNull(asOf, "asOf");
    Checks.requireNonNegative(open, "open");
    Checks.requireBetween(overdue, 0, open, "overdue");
    requireDueDate(overdue, oldestDueDate);
    procedures = List.copyOf(procedures);
  }

  static void requireDueDate(long overdue, @Nullable LocalDate oldestDueDate) {
    if ((overdue == 0) != (oldestDueDate == null)) {
      throw new InvalidInputException(MESSAGES.message("backlog.due.date", "oldestDueDate"));
    }
  }

  /**
   * Returns the share of open requests that are overdue.
   *
   * @return {@code overdue ÷ open}, or empty when nothing is open
   */
  public OptionalDouble overdueShare() {
    return open == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) overdue / open);
  }

  /**
   * Returns the earliest due date of the overdue requests.
   *
   * @return the date, or empty when none is overdue
   */
  public Optional<LocalDate> oldestDue() {
    return Optional.ofNullable(oldestDueDate);
  }

  /**
   * Returns how long the oldest overdue request has been overdue on {@link #asOf()}, in calendar
   * days.
   *
   * @return {@code asOf − oldestDueDate} in days (at least 1), or empty when none is overdue
   */
  public OptionalLong oldestCalendarDaysOverdue() {
    return oldestDueDate == null
        ? OptionalLong.empty()
        : OptionalLong.of(asOf.toEpochDay() - oldestDueDate.toEpochDay());
  }
}
