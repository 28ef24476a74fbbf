package fr.spsplus.indicators.stats;

import static fr.spsplus.indicators.stats.BinomialInterval.MESSAGES;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import java.math.BigInteger;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The mergeable first two moments of a sample: count, mean and sum of squared deviations {@code M2
 * = Σ(y − ȳ)²}, for the interval of a mean ({@link MeanInterval}).
 *
 * <p>Three ways in: {@link #fromSums(long, long, long)} from the exact integer sums that a
 * histogram of a score scale gives (CES 1–7, JDMA marks 0/5/10, NPS 0–10: the only rounding is the
 * final conversion), {@link #plus(double)} one value at a time (Welford's update), and {@link
 * #plus(SampleMoments)} to merge two samples (Chan, Golub and LeVeque's pairwise formula). Both
 * updates are numerically stable; as with every floating-point accumulator, merging in another
 * order may change the last bits.
 *
 * <p>Immutable and thread-safe.
 *
 * @param count the number of values, not negative
 * @param mean the mean; 0 when {@code count} is 0
 * @param sumOfSquaredDeviations {@code M2 = Σ(y − ȳ)²}, finite and not negative; 0 when {@code
 *     count} is 0
 */
public record SampleMoments(long count, double mean, double sumOfSquaredDeviations) {

  private static final SampleMoments EMPTY = new SampleMoments(0, 0, 0);

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the count is negative, the mean is not finite, {@code M2} is
   *     negative or not finite, or an empty sample has a mean or {@code M2} other than 0
   */
  public SampleMoments {
    Checks.requireNonNegative(count, "count");
    Checks.requireBetween(mean, -Double.MAX_VALUE, Double.MAX_VALUE, "mean");
    Checks.requireBetween(sumOfSquaredDeviations, 0, Double.MAX_VALUE, "sumOfSquaredDeviations");
    if (count == 0 && (mean != 0 || sumOfSquaredDeviations != 0)) {
      throw new InvalidInputException(MESSAGES.message("moments.empty.mismatch"));
    }
  }

  /**
   * Returns the empty sample.
   *
   * @return the empty sample
   */
  public static SampleMoments empty() {
    return EMPTY;
  }

  /**
   * Returns the moments of integer values from their exact sums: {@code ȳ = S₁/n} and {@code M2 =
   * (n·S₂ − S₁²)/n}, with {@code n·S₂ − S₁²} computed exactly (arbitrary precision) before the
   * single rounding to {@code double}.
   *
   * @param count the number of values {@code n}
   * @param sum {@code S₁ = Σy}
   * @param sumOfSquares {@code S₂ = Σy²}, not negative
   * @return the moments
   * @throws InvalidInputException if a count or {@code S₂} is negative, or if no set of {@code n}
   *     integers has these sums ({@code S₁² > n·S₂}, or non-zero sums with {@code n = 0})
   */
  public static SampleMoments fromSums(long count, long sum, long sumOfSquares) {
    Checks.requireNonNegative(count, "count");
    Checks.requireNonNegative(sumOfSquares, "sumOfSquares");
    if (count == 0) {
      if (sum != 0 || sumOfSquares != 0) {
        throw new InvalidInputException(MESSAGES.message("moments.empty.mismatch"));
      }
      return EMPTY;
    }
    BigInteger n = BigInteger.valueOf(count);
    BigInteger s1 = BigInteger.valueOf(sum);
    BigInteger numerator = n.multiply(BigInteger.valueOf(sumOfSquares)).subtract(s1.multiply(s1));
    if (numerator.signum() < 0) {
      throw new InvalidInputException(MESSAGES.message("moments.sums.inconsistent"));
    }
    return new SampleMoments(count, (double) sum / count, numerator.doubleValue() / count);
  }

  /**
   * Returns this sample with one more value (Welford's update).
   *
   * @param value the value, finite
   * @return the new moments
   * @throws InvalidInputException if the value is not finite
   */
  public SampleMoments plus(double value) {
    Checks.requireBetween(value, -Double.MAX_VALUE, Double.MAX_VALUE, "value");
    long n = Math.addExact(count, 1);
    double delta = value - mean;
    double newMean = mean + delta / n;
    return new SampleMoments(n, newMean, sumOfSquaredDeviations + delta * (value - newMean));
  }

  /**
   * Merges two samples: {@code M2 = M2_a + M2_b + δ²·n_a·n_b/n} with {@code δ = ȳ_b − ȳ_a}.
   *
   * @param other the other sample
   * @return the moments of both samples together
   */
  public SampleMoments plus(SampleMoments other) {
    Objects.requireNonNull(other, "other");
    if (other.count == 0) {
      return this;
    }
    if (count == 0) {
      return other;
    }
    long n = Math.addExact(count, other.count);
    double delta = other.mean - mean;
    double weightOther = (double) other.count / n;
    double newMean = mean + delta * weightOther;
    double m2 =
        sumOfSquaredDeviations + other.sumOfSquaredDeviations + delta * delta * count * weightOther;
    return new SampleMoments(n, newMean, m2);
  }

  /**
   * Returns the sample variance {@code M2 / (n − 1)}.
   *
   * @return the variance, or empty with fewer than two values
   */
  public OptionalDouble variance() {
    return count < 2
        ? OptionalDouble.empty()
        : OptionalDouble.of(sumOfSquaredDeviations / (count - 1));
  }

  /**
   * Returns the sample standard deviation {@code √(M2 / (n − 1))}.
   *
   * @return the standard deviation, or empty with fewer than two values
   */
  public OptionalDouble standardDeviation() {
    return count < 2
        ? OptionalDouble.empty()
        : OptionalDouble.of(Math.sqrt(sumOfSquaredDeviations / (count - 1)));
  }
}
