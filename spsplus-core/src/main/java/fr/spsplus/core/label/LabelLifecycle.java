package fr.spsplus.core.label;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lifecycle of one label procedure: an immutable value that records every transition, with its
 * day and reason, and only ever holds transitions allowed by {@link LabelStatus}'s table.
 *
 * <pre>{@code
 * LabelLifecycle label = LabelLifecycle.applied(LocalDate.of(2025, 1, 6), "Candidature déposée")
 *     .moveTo(LabelStatus.AUDITED, LocalDate.of(2025, 3, 12), "Audit initial")
 *     .moveTo(LabelStatus.AWARDED, LocalDate.of(2025, 4, 2), "Palier argent attribué");
 * label.state(); // AWARDED
 * }</pre>
 *
 * @param history the transitions, oldest first (copied): the first goes from nothing to {@link
 *     LabelStatus#APPLIED}; each next one leaves the state the previous one reached, is allowed by
 *     the table, and is not dated before it
 */
public record LabelLifecycle(@NotEmpty List<@Valid @NotNull LabelTransition> history) {

  private static final MessageBundle MESSAGES = MessageBundle.of(LabelLifecycle.class, "messages");

  /**
   * Checks and copies the history.
   *
   * @throws InvalidInputException if the history is empty, does not start with the application,
   *     contains a forbidden transition or a step dated before the previous one
   */
  public LabelLifecycle {
    history = List.copyOf(Checks.requireNonEmpty(history, "history"));
    LabelTransition first = history.get(0);
    if (first.from() != null || first.to() != LabelStatus.APPLIED) {
      throw new InvalidInputException(MESSAGES.message("lifecycle.start"));
    }
    for (int i = 1; i < history.size(); i++) {
      LabelTransition previous = history.get(i - 1);
      LabelTransition step = history.get(i);
      if (step.from() != previous.to()) {
        throw new InvalidInputException(
            MESSAGES.message(
                "lifecycle.chain", i, String.valueOf(step.from()), previous.to().name()));
      }
      requireAllowed(previous.to(), step.to());
      requireNotBefore(previous.on(), step.on());
    }
  }

  /**
   * Starts a lifecycle with the application.
   *
   * @param on the day of the application
   * @param reason a note on the application (never printed in error messages)
   * @return the lifecycle, in state {@link LabelStatus#APPLIED}
   * @throws InvalidInputException if the reason is blank or too long
   */
  public static LabelLifecycle applied(LocalDate on, String reason) {
    return new LabelLifecycle(List.of(new LabelTransition(null, LabelStatus.APPLIED, on, reason)));
  }

  /**
   * Returns the current state.
   *
   * @return the state reached by the last transition
   */
  public LabelStatus state() {
    return last().to();
  }

  /**
   * Returns the day the current state was reached.
   *
   * @return the day of the last transition
   */
  public LocalDate since() {
    return last().on();
  }

  /**
   * Returns the state on a given day: the state reached by the last transition dated on or before
   * that day.
   *
   * @param day the day
   * @return the state, or empty before the application
   */
  public Optional<LabelStatus> stateOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    LabelStatus state = null;
    for (LabelTransition step : history) {
      if (step.on().isAfter(day)) {
        break;
      }
      state = step.to();
    }
    return Optional.ofNullable(state);
  }

  /**
   * Returns this lifecycle with one more transition. This value is not changed.
   *
   * @param next the requested state
   * @param on the day of the transition, not before {@link #since()}
   * @param reason why (never printed in error messages)
   * @return the new lifecycle
   * @throws InvalidInputException if the transition is not allowed from the current state (the
   *     message names the current state, the requested one and the allowed ones), if the day is
   *     before the current state's, or if the reason is blank or too long
   */
  public LabelLifecycle moveTo(LabelStatus next, LocalDate on, String reason) {
    Objects.requireNonNull(next, "next");
    requireAllowed(state(), next);
    requireNotBefore(since(), on);
    List<LabelTransition> steps = new ArrayList<>(history);
    steps.add(new LabelTransition(state(), next, on, reason));
    return new LabelLifecycle(steps);
  }

  private LabelTransition last() {
    return history.get(history.size() - 1);
  }

  private static void requireAllowed(LabelStatus current, LabelStatus next) {
    if (!current.canMoveTo(next)) {
      throw new InvalidInputException(
          MESSAGES.message(
              "lifecycle.forbidden", current.name(), next.name(), allowed(current.allowedNext())));
    }
  }

  private static void requireNotBefore(LocalDate previous, LocalDate on) {
    Objects.requireNonNull(on, "on");
    if (on.isBefore(previous)) {
      throw new InvalidInputException(MESSAGES.message("lifecycle.date", on, previous));
    }
  }

  private static Object allowed(Set<LabelStatus> allowed) {
    if (allowed.isEmpty()) {
      return MESSAGES.message("lifecycle.final");
    }
    return allowed.stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
