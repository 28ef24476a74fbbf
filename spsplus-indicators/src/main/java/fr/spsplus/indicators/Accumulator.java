package fr.spsplus.indicators;

/**
 * A streaming, mergeable state from which a calculator computes its measurements.
 *
 * <p>Every accumulator of spsplus follows the same contract (after Apache Commons Statistics'
 * {@code StatisticAccumulator} and Guava's {@code StatsAccumulator}):
 *
 * <ul>
 *   <li>observations enter through {@code accept(…)} methods specific to each accumulator; an
 *       invalid observation is rejected with an {@link fr.spsplus.core.InvalidInputException}
 *       <em>before</em> any field changes, so an accumulator is never half-updated;
 *   <li>{@link #combine(Accumulator)} adds another state into this one: splitting the observations
 *       in any way, accumulating the parts and combining them in any order gives results equal to
 *       accumulating everything at once (exactly, for counts and histograms);
 *   <li>a new accumulator is the identity of {@code combine}.
 * </ul>
 *
 * <p>Accumulators are mutable and not thread-safe: give each thread its own and combine them.
 *
 * @param <A> the accumulator's own type
 */
public interface Accumulator<A extends Accumulator<A>> {

  /**
   * Adds the state of {@code other} into this accumulator. {@code other} is not changed. Both must
   * have been created with the same policy.
   *
   * @param other the state to add
   * @return this accumulator
   * @throws fr.spsplus.core.InvalidInputException if the policies differ
   */
  A combine(A other);

  /**
   * Returns an independent copy of this state.
   *
   * @return a new accumulator with the same state and policy
   */
  A copy();

  /**
   * Returns the number of observations accepted (including those the policy excludes from the
   * indicators, which are counted by reason).
   *
   * @return the number of observations
   */
  long count();
}
