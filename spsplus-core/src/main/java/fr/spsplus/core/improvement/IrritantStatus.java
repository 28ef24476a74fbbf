package fr.spsplus.core.improvement;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The state of an irritant in the improvement loop: reported, prioritised (Pareto), analysed (root
 * causes), addressed by a planned action, closed with a reasoned answer.
 *
 * <p>Allowed transitions (any other is refused by {@link Irritant}):
 *
 * <table>
 *   <caption>Irritant transitions</caption>
 *   <tr><th>From</th><th>To</th><th>When</th></tr>
 *   <tr><td>(start)</td><td>{@link #REPORTED}</td><td>the irritant is recorded</td></tr>
 *   <tr><td>{@link #REPORTED}</td><td>{@link #PRIORITISED}</td><td>it gets a priority rank</td></tr>
 *   <tr><td>{@link #PRIORITISED}</td><td>{@link #ANALYSED}</td><td>its root causes are
 *       analysed</td></tr>
 *   <tr><td>{@link #ANALYSED}</td><td>{@link #ACTION_PLANNED}</td><td>an action of the plan
 *       addresses it</td></tr>
 *   <tr><td>{@link #ACTION_PLANNED}</td><td>{@link #ANALYSED}</td><td>the action did not remove
 *       the cause: analyse again</td></tr>
 *   <tr><td>any state but {@link #CLOSED}</td><td>{@link #CLOSED}</td><td>with a reasoned answer
 *       (resolved, forwarded, not confirmed, duplicate, not retained)</td></tr>
 *   <tr><td>{@link #CLOSED}</td><td>{@link #REPORTED}</td><td>the irritant recurs: it is
 *       reopened</td></tr>
 * </table>
 *
 * <p>Closing always requires an {@link IrritantAnswer}: every irritant and proposal gets a reasoned
 * answer ("la réponse aux propositions est systématique", "Or" criterion B2, {@code seeds/001_…}).
 * The table itself is spsplus's proposed model.
 */
public enum IrritantStatus {
  /** Recorded, not yet prioritised. */
  REPORTED,
  /** Given a priority rank. */
  PRIORITISED,
  /** Root causes analysed. */
  ANALYSED,
  /** Addressed by an action of an action plan. */
  ACTION_PLANNED,
  /** Closed with a reasoned answer. */
  CLOSED;

  /**
   * Returns the states this state may move to.
   *
   * @return the allowed next states, unmodifiable, never empty
   */
  public Set<IrritantStatus> allowedNext() {
    return switch (this) {
      case REPORTED -> set(PRIORITISED, CLOSED);
      case PRIORITISED -> set(ANALYSED, CLOSED);
      case ANALYSED -> set(ACTION_PLANNED, CLOSED);
      case ACTION_PLANNED -> set(ANALYSED, CLOSED);
      case CLOSED -> set(REPORTED);
    };
  }

  /**
   * Tells whether this state may move to another.
   *
   * @param next the requested state
   * @return true if the transition is in the table
   */
  public boolean canMoveTo(IrritantStatus next) {
    Objects.requireNonNull(next, "next");
    return allowedNext().contains(next);
  }

  private static Set<IrritantStatus> set(IrritantStatus first, IrritantStatus... rest) {
    return Collections.unmodifiableSet(EnumSet.of(first, rest));
  }
}
