package fr.spsplus.indicators.stats;

import static fr.spsplus.indicators.stats.BinomialInterval.MESSAGES;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The mergeable state of a weighted proportion: the number of observations and the sums {@code Σw},
 * {@code Σw²} and {@code Σw·y} over observations {@code (w, y)} with a weight {@code w > 0} and an
 * outcome {@code y ∈ {0, 1}}.
 *
 * <ul>
 *   <li>Weighted proportion: {@code p̂ = Σw·y / Σw}.
 *   <li>Kish effective sample size: {@code n_eff = (Σw)² / Σw²}, between 1 and {@link #count()}; it
 *       equals the count when all weights are equal.
 *   <li>The confidence interval ({@link BinomialInterval#estimate(WeightedProportion)}) is the one
 *       of {@code x = p̂ · n_eff} successes out of {@code n = n_eff} trials.
 * </ul>
 *
 * <p>Sources: Kish effective sample size, https://www.krosstabs.com/learn/math/weight-wizard ; the
 * use of {@code n_eff} in the Wilson formula is spsplus's documented choice (a proposed default,
 * not an official SP+ rule), see {@code metrics-perf.md} §2.4 of the project's references.
 *
 * <p>Immutable: {@link #plus(double, boolean)} and {@link #plus(WeightedProportion)} return new
 * values. Floating-point sums are exact up to rounding; merging in a different order may change the
 * last bits of the sums (never the count).
 *
 * @param count the number of observations, not negative
 * @param sumOfWeights {@code Σw}, finite, 0 exactly when {@code count} is 0
 * @param sumOfSquaredWeights {@code Σw²}, finite, 0 exactly when {@code count} is 0
 * @param sumOfSuccessWeights {@code Σw·y}, finite, from 0 to {@code sumOfWeights}
 */
public record WeightedProportion(
    long count, double sumOfWeights, double sumOfSquaredWeights, double sumOfSuccessWeights) {

  /**
   * Relative slack allowed, for rounding, in the Cauchy–Schwarz bounds {@code Σw² ≤ (Σw)² ≤ count ·
   * Σw²} that every set of positive weights satisfies.
   */
  private static final double ROUNDING_SLACK = 1e-9;

  private static final WeightedProportion EMPTY = new WeightedProportion(0, 0, 0, 0);

  /**
   * Checks that the sums could come from positive weights.
   *
   * @throws InvalidInputException if a component is negative or not finite, if the count and the
   *     sums disagree on emptiness, if {@code Σw·y > Σw}, or if {@code Σw²} is outside {@code
   *     [(Σw)²/count, (Σw)²]} (beyond rounding)
   */
  public WeightedProportion {
    Checks.requireNonNegative(count, "count");
    Checks.requireBetween(sumOfWeights, 0, Double.MAX_VALUE, "sumOfWeights");
    Checks.requireBetween(sumOfSquaredWeights, 0, Double.MAX_VALUE, "sumOfSquaredWeights");
    Checks.requireBetween(sumOfSuccessWeights, 0, sumOfWeights, "sumOfSuccessWeights");
    if ((count == 0) != (sumOfWeights == 0) || (count == 0) != (sumOfSquaredWeights == 0)) {
      throw new InvalidInputException(MESSAGES.message("weighted.empty.mismatch"));
    }
    if (count > 0) {
      double squareOfSum = sumOfWeights * sumOfWeights;
      boolean tooLarge = sumOfSquaredWeights > squareOfSum * (1 + ROUNDING_SLACK);
      boolean tooSmall = squareOfSum > count * sumOfSquaredWeights * (1 + ROUNDING_SLACK);
      if (tooLarge || tooSmall || Double.isInfinite(squareOfSum)) {
        throw new InvalidInputException(MESSAGES.message("weighted.squares.inconsistent"));
      }
    }
  }

  /**
   * Returns the state with no observation.
   *
   * @return the empty state
   */
  public static WeightedProportion empty() {
    return EMPTY;
  }

  /**
   * Returns this state with one more observation.
   *
   * @param weight the observation's weight, finite and strictly positive
   * @param success whether the observation is a success ({@code y = 1}) or not ({@code y = 0})
   * @return the new state
   * @throws InvalidInputException if the weight is zero, negative, infinite or NaN
   */
  public WeightedProportion plus(double weight, boolean success) {
    Checks.requirePositive(weight, "weight");
    return new WeightedProportion(
        Math.addExact(count, 1),
        sumOfWeights + weight,
        sumOfSquaredWeights + weight * weight,
        success ? sumOfSuccessWeights + weight : sumOfSuccessWeights);
  }

  /**
   * Merges two states (sums of the components).
   *
   * @param other the other state
   * @return the merged state
   */
  public WeightedProportion plus(WeightedProportion other) {
    Objects.requireNonNull(other, "other");
    return new WeightedProportion(
        Math.addExact(count, other.count),
        sumOfWeights + other.sumOfWeights,
        sumOfSquaredWeights + other.sumOfSquaredWeights,
        sumOfSuccessWeights + other.sumOfSuccessWeights);
  }

  /**
   * Returns the weighted proportion {@code Σw·y / Σw}.
   *
   * @return the proportion in [0, 1], or empty when there is no observation
   */
  public OptionalDouble proportion() {
    return count == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of(sumOfSuccessWeights / sumOfWeights);
  }

  /**
   * Returns the Kish effective sample size {@code (Σw)² / Σw²}, clamped to {@code [1, count]} to
   * absorb rounding.
   *
   * @return the effective size, 0 when there is no observation
   */
  public double effectiveSampleSize() {
    if (count == 0) {
      return 0;
    }
    double kish = sumOfWeights * sumOfWeights / sumOfSquaredWeights;
    return Math.max(1, Math.min(kish, count));
  }
}
