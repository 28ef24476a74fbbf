package fr.spsplus.indicators.request;

import fr.spsplus.core.internal.Checks;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The open requests of one démarche at the end of a period, and how many are already overdue.
 *
 * @param procedure the démarche, as the requests name it
 * @param open the requests received by the period's last day and still open on it, at least 1
 * @param overdue those already past their announced delay, from 0 to {@code open}
 * @param oldestDueDate the earliest {@linkplain RequestClock#lastOnTimeDay last on-time day} among
 *     the overdue requests, or {@code null} when none is overdue
 */
public record ProcedureBacklog(
    String procedure, long open, long overdue, @Nullable LocalDate oldestDueDate) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if a count is out of bounds, or the oldest due
   *     date is given without overdue requests (or missing with some)
   */
  public ProcedureBacklog {
    Objects.requireNonNull(procedure, "procedure");
    Checks.requirePositive(open, "open");
    Checks.requireBetween(overdue, 0, open, "overdue");
    OverdueBacklog.requireDueDate(overdue, oldestDueDate);
  }

  /**
   * Returns the earliest due date of the overdue requests.
   *
   * @return the date, or empty when none is overdue
   */
  public Optional<LocalDate> oldestDue() {
    return Optional.ofNullable(oldestDueDate);
  }
}
