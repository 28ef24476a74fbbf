package fr.spsplus.core.label;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * The state of a label procedure, from the application to the end of the label.
 *
 * <p>Allowed transitions (any other is refused by {@link LabelLifecycle}):
 *
 * <table>
 *   <caption>Label transitions</caption>
 *   <tr><th>From</th><th>To</th><th>When</th></tr>
 *   <tr><td>(start)</td><td>{@link #APPLIED}</td><td>the structure applies to a certification
 *       body</td></tr>
 *   <tr><td>{@link #APPLIED}</td><td>{@link #AUDITED}</td><td>the external audit took place</td></tr>
 *   <tr><td>{@link #APPLIED}</td><td>{@link #WITHDRAWN}</td><td>the application is withdrawn</td></tr>
 *   <tr><td>{@link #AUDITED}</td><td>{@link #AWARDED}</td><td>the body awards a tier</td></tr>
 *   <tr><td>{@link #AUDITED}</td><td>{@link #WITHDRAWN}</td><td>the body refuses the label, or the
 *       application is withdrawn</td></tr>
 *   <tr><td>{@link #AWARDED}</td><td>{@link #SUSPENDED}</td><td>a follow-up audit or a complaint
 *       reveals a serious gap</td></tr>
 *   <tr><td>{@link #AWARDED}, {@link #SUSPENDED}</td><td>{@link #WITHDRAWN}</td><td>the body
 *       withdraws the label</td></tr>
 *   <tr><td>{@link #AWARDED}, {@link #SUSPENDED}</td><td>{@link #EXPIRED}</td><td>the validity
 *       ended without renewal</td></tr>
 *   <tr><td>{@link #SUSPENDED}</td><td>{@link #AWARDED}</td><td>the gaps are corrected: the label
 *       is reinstated</td></tr>
 * </table>
 *
 * <p>{@link #WITHDRAWN} and {@link #EXPIRED} are final. A renewal is a new procedure (a new
 * lifecycle, starting at {@link #APPLIED}), audited with an audit of type {@code RENEWAL}. The
 * table is spsplus's model of a certification procedure (the arrêté of 31 August 2023 entrusts the
 * award to certification bodies; its detailed procedure is not public): a <em>proposed
 * default</em>.
 */
public enum LabelStatus {
  /** The structure applied for the label. */
  APPLIED,
  /** The external audit took place; the decision is pending. */
  AUDITED,
  /** The label is awarded and in force. */
  AWARDED,
  /** The label is suspended until gaps are corrected. */
  SUSPENDED,
  /** The application ended without a label, or the label was withdrawn; final. */
  WITHDRAWN,
  /** The label's validity ended; final. */
  EXPIRED;

  /**
   * Returns the states this state may move to.
   *
   * @return the allowed next states, unmodifiable, empty for a final state
   */
  public Set<LabelStatus> allowedNext() {
    return switch (this) {
      case APPLIED -> set(AUDITED, WITHDRAWN);
      case AUDITED -> set(AWARDED, WITHDRAWN);
      case AWARDED -> set(SUSPENDED, WITHDRAWN, EXPIRED);
      case SUSPENDED -> set(AWARDED, WITHDRAWN, EXPIRED);
      case WITHDRAWN, EXPIRED -> Collections.emptySet();
    };
  }

  /**
   * Tells whether this state may move to another.
   *
   * @param next the requested state
   * @return true if the transition is in the table
   */
  public boolean canMoveTo(LabelStatus next) {
    Objects.requireNonNull(next, "next");
    return allowedNext().contains(next);
  }

  /**
   * Tells whether this state is final.
   *
   * @return true for {@link #WITHDRAWN} and {@link #EXPIRED}
   */
  public boolean isFinal() {
    return allowedNext().isEmpty();
  }

  private static Set<LabelStatus> set(LabelStatus first, LabelStatus... rest) {
    return Collections.unmodifiableSet(EnumSet.of(first, rest));
  }
}
