package fr.spsplus.indicators.stats;

import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Normal-approximation confidence interval of a mean ({@link IntervalMethod#NORMAL_MEAN}): {@code ȳ
 * ± z · s / √n} with {@code z = Φ⁻¹(1 − α/2)}, {@code s} the sample standard deviation and {@code
 * n} the (effective) sample size.
 *
 * <p>For means of scores: CES 1–7, JDMA marks out of 10, NPS-style 0–10 answers. The approximation
 * relies on the central limit theorem; with bounded scores it is good from a few dozen answers,
 * which the {@link PublicationPolicy} thresholds require anyway. The bounds are not clipped to the
 * range of the scale: a caller that wants them inside, say, {@code [1, 7]} clips them. The normal
 * quantile (rather than Student's {@code t}) is a proposed default, simple and mergeable; at {@code
 * n = 30} it makes the interval about 4 % narrower than Student's.
 *
 * <p>Weighted means: pass the weighted mean, a weighted standard deviation and the Kish effective
 * size {@code (Σw)² / Σw²} (see {@link WeightedProportion}) to {@link #estimate(double, double,
 * double)}.
 *
 * <p>Immutable and thread-safe; the quantile is computed once at construction.
 */
public final class MeanInterval {

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
  private static final MeanInterval DEFAULT = new MeanInterval(BinomialInterval.DEFAULT_CONFIDENCE);

  private final double confidence;
  private final double z;

  private MeanInterval(double confidence) {
    this.confidence = confidence;
    this.z = STANDARD_NORMAL.inverseSurvivalProbability((1 - confidence) / 2);
  }

  /**
   * Returns the calculator at 95 %.
   *
   * @return the default calculator
   */
  public static MeanInterval defaults() {
    return DEFAULT;
  }

  /**
   * Returns the calculator at a confidence level.
   *
   * @param confidence the level, strictly between 0 and 1
   * @return the calculator
   * @throws fr.spsplus.core.InvalidInputException if the level is not in (0, 1)
   */
  public static MeanInterval of(double confidence) {
    Checks.requireStrictlyBetween(confidence, 0, 1, "confidence");
    return confidence == DEFAULT.confidence ? DEFAULT : new MeanInterval(confidence);
  }

  /**
   * Returns the confidence level.
   *
   * @return the level, in (0, 1)
   */
  public double confidence() {
    return confidence;
  }

  /**
   * Returns the interval {@code mean ± z · standardDeviation / √sampleSize}.
   *
   * @param mean the sample mean, finite
   * @param standardDeviation the sample standard deviation, finite and not negative
   * @param sampleSize the sample size or the effective sample size, finite and not negative
   * @return the interval, or empty when {@code sampleSize} is 0
   * @throws fr.spsplus.core.InvalidInputException if an argument is out of its bounds
   */
  public Optional<ConfidenceInterval> estimate(
      double mean, double standardDeviation, double sampleSize) {
    Checks.requireBetween(mean, -Double.MAX_VALUE, Double.MAX_VALUE, "mean");
    Checks.requireBetween(standardDeviation, 0, Double.MAX_VALUE, "standardDeviation");
    Checks.requireBetween(sampleSize, 0, Double.MAX_VALUE, "sampleSize");
    if (sampleSize == 0) {
      return Optional.empty();
    }
    double half = z * standardDeviation / Math.sqrt(sampleSize);
    return Optional.of(
        new ConfidenceInterval(IntervalMethod.NORMAL_MEAN, confidence, mean - half, mean + half));
  }

  /**
   * Returns the interval of the mean of a sample, with its sample standard deviation.
   *
   * @param moments the sample
   * @return the interval, or empty with fewer than two values (no standard deviation)
   */
  public Optional<ConfidenceInterval> estimate(SampleMoments moments) {
    Objects.requireNonNull(moments, "moments");
    if (moments.count() < 2) {
      return Optional.empty();
    }
    return estimate(
        moments.mean(), moments.standardDeviation().orElseThrow(), (double) moments.count());
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof MeanInterval that && Double.compare(confidence, that.confidence) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(confidence);
  }

  @Override
  public String toString() {
    return "MeanInterval[" + confidence + "]";
  }
}
