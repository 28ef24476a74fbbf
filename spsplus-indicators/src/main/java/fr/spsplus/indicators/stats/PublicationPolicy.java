package fr.spsplus.indicators.stats;

import static fr.spsplus.indicators.stats.BinomialInterval.MESSAGES;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.internal.Checks;

/**
 * Decides whether a value may be published from the size {@code n} of its sample.
 *
 * <ul>
 *   <li>{@code n < indicativeFrom}: {@link PublicationStatus#INSUFFICIENT_SAMPLE}, the value is
 *       withheld;
 *   <li>{@code indicativeFrom ≤ n < publishableFrom}: {@link PublicationStatus#INDICATIVE}, shown
 *       with its interval and flagged;
 *   <li>{@code n ≥ publishableFrom}: {@link PublicationStatus#PUBLISHABLE}.
 * </ul>
 *
 * <p>The {@linkplain #defaults() default} thresholds, 30 and 100, are a <strong>proposed
 * default</strong>: no official minimum sample size is public for Services Publics+ (nor for the
 * DINUM Observatoire). At {@code n = 30} the 95 % half-width of a proportion near 50 % is about ±18
 * points, at {@code n = 100} about ±10 points.
 *
 * <p>For a weighted sample, the caller chooses the size: the raw number of respondents or, more
 * cautiously, the Kish effective size rounded down ({@code (long)
 * proportion.effectiveSampleSize()}), which spsplus recommends.
 *
 * @param indicativeFrom the smallest {@code n} whose value is shown, at least 1
 * @param publishableFrom the smallest {@code n} whose value is publishable, at least {@code
 *     indicativeFrom} (equal: no indicative band)
 */
public record PublicationPolicy(long indicativeFrom, long publishableFrom) {

  /** The proposed default lower threshold: 30 observations. */
  public static final long DEFAULT_INDICATIVE_FROM = 30;

  /** The proposed default upper threshold: 100 observations. */
  public static final long DEFAULT_PUBLISHABLE_FROM = 100;

  private static final PublicationPolicy DEFAULT =
      new PublicationPolicy(DEFAULT_INDICATIVE_FROM, DEFAULT_PUBLISHABLE_FROM);

  /**
   * Checks the thresholds.
   *
   * @throws InvalidInputException if {@code indicativeFrom < 1} or {@code publishableFrom <
   *     indicativeFrom}
   */
  public PublicationPolicy {
    Checks.requirePositive(indicativeFrom, "indicativeFrom");
    if (publishableFrom < indicativeFrom) {
      throw new InvalidInputException(
          MESSAGES.message("policy.threshold.order", indicativeFrom, publishableFrom));
    }
  }

  /**
   * Returns the proposed default: withheld below 30, indicative from 30 to 99, publishable from
   * 100.
   *
   * @return the default policy
   */
  public static PublicationPolicy defaults() {
    return DEFAULT;
  }

  /**
   * Returns the policy with these thresholds.
   *
   * @param indicativeFrom the smallest {@code n} whose value is shown
   * @param publishableFrom the smallest {@code n} whose value is publishable
   * @return the policy
   * @throws InvalidInputException if the thresholds are not ordered or the first is below 1
   */
  public static PublicationPolicy of(long indicativeFrom, long publishableFrom) {
    return new PublicationPolicy(indicativeFrom, publishableFrom);
  }

  /**
   * Returns the status of a value computed from {@code n} observations.
   *
   * @param n the sample size, not negative
   * @return the status
   * @throws InvalidInputException if {@code n} is negative
   */
  public PublicationStatus status(long n) {
    Checks.requireNonNegative(n, "n");
    if (n >= publishableFrom) {
      return PublicationStatus.PUBLISHABLE;
    }
    return n >= indicativeFrom
        ? PublicationStatus.INDICATIVE
        : PublicationStatus.INSUFFICIENT_SAMPLE;
  }
}
