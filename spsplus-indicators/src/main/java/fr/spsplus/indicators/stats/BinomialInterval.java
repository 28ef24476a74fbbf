package fr.spsplus.indicators.stats;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Two-sided confidence intervals of a binomial proportion, by one method at one confidence level.
 *
 * <p>An instance is a small immutable calculator: the normal quantile {@code z = Φ⁻¹(1 − α/2)},
 * with {@code α = 1 − confidence}, is computed once at construction. Create one per (method, level)
 * and share it across threads. {@link #defaults()} is Wilson at 95 %, the spsplus default for every
 * published proportion.
 *
 * <p>With {@code x} successes out of {@code n} trials, {@code p̂ = x/n} and {@code q̂ = 1 − p̂}:
 *
 * <ul>
 *   <li>{@link IntervalMethod#WILSON Wilson score}: the two roots in {@code p} of {@code (p̂ − p)²
 *       = z²·p(1 − p)/n}, that is {@code (p̂ + z²/2n ± z·√(p̂q̂/n + z²/4n²)) / (1 + z²/n)}. The
 *       upper root is computed by that formula and the lower one as {@code p̂² / ((1 +
 *       z²/n)·upper)} (product of the roots), which avoids cancellation near 0. At {@code x = 0}
 *       the lower bound is 0 and at {@code x = n} the upper bound is 1, exactly.
 *   <li>{@link IntervalMethod#CLOPPER_PEARSON Clopper–Pearson}: {@code [B(α/2; x, n − x + 1), B(1 −
 *       α/2; x + 1, n − x)]} where {@code B(u; a, b)} is the {@code u}-quantile of the Beta
 *       distribution; at {@code x = 0} the interval is {@code [0, 1 − (α/2)^(1/n)]} and at {@code x
 *       = n} it is {@code [(α/2)^(1/n), 1]} (closed forms of the same quantiles).
 *   <li>{@link IntervalMethod#JEFFREYS Jeffreys} (equal-tailed): {@code [B(α/2; x + ½, n − x + ½),
 *       B(1 − α/2; x + ½, n − x + ½)]}, with the lower bound set to 0 at {@code x = 0} and the
 *       upper bound set to 1 at {@code x = n}, as Brown, Cai and DasGupta (2001, §4.1.2) prescribe.
 *   <li>{@link IntervalMethod#AGRESTI_COULL Agresti–Coull}: with {@code ñ = n + z²} and {@code p̃ =
 *       (x + z²/2)/ñ}, {@code p̃ ± z·√(p̃(1 − p̃)/ñ)}, clipped to {@code [0, 1]}.
 * </ul>
 *
 * <p>Every returned interval lies within {@code [0, 1]}. The Wilson, Clopper–Pearson and
 * Agresti–Coull intervals always contain {@code p̂} (Agresti–Coull contains Wilson, which contains
 * {@code p̂}); their bounds are clamped to {@code p̂} should rounding put them one unit in the last
 * place beyond it. The Jeffreys interval is a Bayesian equal-tailed interval around the posterior
 * median: it contains {@code p̂} at every level above about 15 % but not always below (for example
 * {@code x = 1, n = 14} at 10 %), and spsplus reports it as defined. With {@code n = 0} there is no
 * estimate and no interval: the methods return {@link Optional#empty()}.
 *
 * <p>Sources: Brown, Cai and DasGupta, <i>Interval Estimation for a Binomial Proportion</i>,
 * Statistical Science 16(2), 2001
 * (https://studylib.net/doc/7960401/interval-estimation-for-a-binomial-proportion), who recommend
 * Wilson or Jeffreys for small {@code n} and Agresti–Coull for larger {@code n}; Thulin, <i>The
 * cost of using exact confidence intervals for a binomial proportion</i>, 2013
 * (https://arxiv.org/abs/1303.1288) on the width of Clopper–Pearson. Results agree with Apache
 * Commons Statistics 1.2 {@code BinomialConfidenceInterval} (checked by the tests against a golden
 * table).
 */
public final class BinomialInterval {

  /** The confidence level of {@link #defaults()}: 95 %. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  static final MessageBundle MESSAGES = MessageBundle.of(BinomialInterval.class, "messages");

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);
  private static final BinomialInterval DEFAULT =
      new BinomialInterval(IntervalMethod.WILSON, DEFAULT_CONFIDENCE);

  private final IntervalMethod method;
  private final double confidence;
  private final double halfAlpha;
  private final double z;
  private final double zSquared;
  private final double logHalfAlpha;

  private BinomialInterval(IntervalMethod method, double confidence) {
    this.method = method;
    this.confidence = confidence;
    this.halfAlpha = (1 - confidence) / 2;
    this.z = STANDARD_NORMAL.inverseSurvivalProbability(halfAlpha);
    this.zSquared = z * z;
    this.logHalfAlpha = Math.log(halfAlpha);
  }

  /**
   * Returns the spsplus default: Wilson score interval at 95 %.
   *
   * @return the default calculator
   */
  public static BinomialInterval defaults() {
    return DEFAULT;
  }

  /**
   * Returns a calculator for one method at one confidence level.
   *
   * @param method {@code WILSON}, {@code CLOPPER_PEARSON}, {@code JEFFREYS} or {@code
   *     AGRESTI_COULL}
   * @param confidence the confidence level, strictly between 0 and 1 (0.95 for 95 %)
   * @return the calculator
   * @throws InvalidInputException if the level is not in (0, 1) or the method is {@link
   *     IntervalMethod#NORMAL_MEAN} (an interval of a mean, see {@link MeanInterval})
   */
  public static BinomialInterval of(IntervalMethod method, double confidence) {
    Objects.requireNonNull(method, "method");
    Checks.requireStrictlyBetween(confidence, 0, 1, "confidence");
    if (method == IntervalMethod.NORMAL_MEAN) {
      throw new InvalidInputException(MESSAGES.message("interval.method.not.binomial", method));
    }
    if (method == DEFAULT.method && confidence == DEFAULT.confidence) {
      return DEFAULT;
    }
    return new BinomialInterval(method, confidence);
  }

  /**
   * Returns the method.
   *
   * @return the method
   */
  public IntervalMethod method() {
    return method;
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
   * Returns the interval of the proportion {@code successes / trials}.
   *
   * @param successes the number of successes {@code x}, from 0 to {@code trials}
   * @param trials the number of trials {@code n}, not negative
   * @return the interval, or empty when {@code trials} is 0
   * @throws InvalidInputException if a count is negative or {@code successes > trials}
   */
  public Optional<ConfidenceInterval> estimate(long successes, long trials) {
    Checks.requireNonNegative(successes, "successes");
    Checks.requireNonNegative(trials, "trials");
    if (successes > trials) {
      throw new InvalidInputException(
          MESSAGES.message("successes.exceed.trials", successes, trials));
    }
    if (trials == 0) {
      return Optional.empty();
    }
    double n = trials;
    double x = successes;
    double f = trials - successes;
    return Optional.of(compute(x, f, n, x / n, f / n));
  }

  /**
   * Returns the interval of a weighted proportion, using the Kish effective sample size as {@code
   * n}.
   *
   * <p>With {@code p̂ = Σw·y / Σw} and {@code n_eff = (Σw)² / Σw²}, the interval is the one of this
   * method for {@code n = n_eff} and {@code x = p̂ · n_eff} "successes" (both real numbers; the
   * Beta quantiles accept real parameters). The ends are fixed exactly when no weight or all the
   * weight is on successes. With all weights equal, the result is the unweighted interval.
   *
   * @param proportion the weighted sums
   * @return the interval, or empty when there is no observation
   * @see WeightedProportion
   */
  public Optional<ConfidenceInterval> estimate(WeightedProportion proportion) {
    Objects.requireNonNull(proportion, "proportion");
    if (proportion.count() == 0) {
      return Optional.empty();
    }
    double n = proportion.effectiveSampleSize();
    double p = proportion.sumOfSuccessWeights() / proportion.sumOfWeights();
    double q =
        (proportion.sumOfWeights() - proportion.sumOfSuccessWeights()) / proportion.sumOfWeights();
    return Optional.of(compute(p * n, q * n, n, p, q));
  }

  /**
   * Computes the bounds; {@code x + f = n}, {@code p = x/n}, {@code q = f/n}; {@code x == 0} and
   * {@code f == 0} are exact tests of the ends.
   */
  private ConfidenceInterval compute(double x, double f, double n, double p, double q) {
    double low;
    double high;
    switch (method) {
      case WILSON -> {
        double k = zSquared / n;
        double denominator = 1 + k;
        double upper = (p + k / 2 + z * Math.sqrt(p * q / n + k / (4 * n))) / denominator;
        high = f == 0 ? 1 : upper;
        low = x == 0 ? 0 : p * p / (denominator * upper);
      }
      case CLOPPER_PEARSON -> {
        if (x == 0) {
          low = 0;
          high = -Math.expm1(logHalfAlpha / n);
        } else if (f == 0) {
          low = Math.exp(logHalfAlpha / n);
          high = 1;
        } else {
          low = BetaDistribution.of(x, f + 1).inverseCumulativeProbability(halfAlpha);
          high = BetaDistribution.of(x + 1, f).inverseSurvivalProbability(halfAlpha);
        }
      }
      case JEFFREYS -> {
        BetaDistribution posterior = BetaDistribution.of(x + 0.5, f + 0.5);
        low = x == 0 ? 0 : posterior.inverseCumulativeProbability(halfAlpha);
        high = f == 0 ? 1 : posterior.inverseSurvivalProbability(halfAlpha);
      }
      case AGRESTI_COULL -> {
        double adjustedN = n + zSquared;
        double center = (x + zSquared / 2) / adjustedN;
        double centerComplement = (f + zSquared / 2) / adjustedN;
        double half = z * Math.sqrt(center * centerComplement / adjustedN);
        low = center - half;
        high = center + half;
      }
      default -> throw new AssertionError(method);
    }
    if (method != IntervalMethod.JEFFREYS) {
      low = Math.min(low, p);
      high = Math.max(high, p);
    }
    low = Math.max(0, low);
    high = Math.min(1, high);
    return new ConfidenceInterval(method, confidence, low, high);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BinomialInterval that
        && method == that.method
        && Double.compare(confidence, that.confidence) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * method.hashCode() + Double.hashCode(confidence);
  }

  @Override
  public String toString() {
    return "BinomialInterval[" + method + ", " + confidence + "]";
  }
}
