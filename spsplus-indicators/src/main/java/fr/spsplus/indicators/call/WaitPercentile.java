package fr.spsplus.indicators.call;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A nearest-rank percentile of the waits of answered calls, read from an exact counting histogram
 * ({@link CallAccumulator#answeredWaitPercentile(double)}).
 *
 * <p><strong>Definition</strong> (fixed for every spsplus dashboard, a <strong>proposed
 * default</strong>): the {@code q}-percentile of {@code n} waits is the smallest wait {@code v}
 * such that at least {@code ⌈q·n⌉} waits are at most {@code v}. It is always an observed wait, in
 * whole seconds, and matches SQL {@code percentile_disc}; interpolating definitions ({@code
 * percentile_cont}, t-digest) give other numbers and must not be mixed with it. For {@code n = 7}
 * and {@code q = 0.9} the rank is {@code ⌈6.3⌉ = 7}: the largest wait (an interpolating definition
 * would use index {@code ⌊0.9·6⌋ = 5}).
 *
 * <p><strong>Above the cap.</strong> Waits longer than the histogram cap are counted in one
 * overflow cell, without their exact values. When the rank falls among them, the percentile is only
 * known to exceed the cap: {@link #aboveCap()} is true and {@link #seconds()} is {@code null}
 * (never a made-up number). Raise {@link CallPolicy#histogramCapSeconds()} to resolve it.
 *
 * @param quantile the quantile {@code q}, in (0, 1]
 * @param n the number of answered calls
 * @param rank the rank {@code ⌈q·n⌉}, 1 to {@code n}; 0 when {@code n = 0}
 * @param seconds the percentile, in seconds; {@code null} when {@code n = 0} or above the cap
 * @param aboveCap whether the rank falls among the waits longer than the histogram cap
 */
public record WaitPercentile(
    double quantile, long n, long rank, @Nullable Integer seconds, boolean aboveCap) {

  private static final MessageBundle MESSAGES = MessageBundle.of(WaitPercentile.class, "messages");

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the quantile is outside (0, 1], {@code n} negative, the rank
   *     outside 1..n (or not 0 when {@code n = 0}), the seconds negative, or the seconds present
   *     together with {@code aboveCap} or an empty sample, or missing otherwise
   */
  public WaitPercentile {
    requireQuantile(quantile);
    Checks.requireNonNegative(n, "n");
    Checks.requireBetween(rank, n == 0 ? 0 : 1, n, "rank");
    if (seconds != null) {
      Checks.requireNonNegative(seconds, "seconds");
    }
    boolean defined = n > 0 && !aboveCap;
    if ((seconds != null) != defined || (aboveCap && n == 0)) {
      throw new InvalidInputException(MESSAGES.message("percentile.inconsistent"));
    }
  }

  static void requireQuantile(double quantile) {
    if (!(quantile > 0 && quantile <= 1)) {
      throw new InvalidInputException(MESSAGES.message("percentile.quantile", quantile));
    }
  }

  /**
   * Returns the percentile when it is known.
   *
   * @return the seconds, or empty when nothing was answered or the rank is above the cap
   */
  public OptionalInt optionalSeconds() {
    return seconds == null ? OptionalInt.empty() : OptionalInt.of(seconds);
  }
}
