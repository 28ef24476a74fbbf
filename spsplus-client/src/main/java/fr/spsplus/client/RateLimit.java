package fr.spsplus.client;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The rate-limit state a service reported in its {@code X-RateLimit-*} response headers.
 *
 * <p>Read from {@code X-RateLimit-Limit}, {@code X-RateLimit-Remaining} and, when present, {@code
 * X-RateLimit-Reset}. Opendatasoft documents the reset as a Unix time in seconds; other services
 * send a number of seconds until the reset. spsplus reads a value of at least {@value
 * #EPOCH_THRESHOLD_SECONDS} as a Unix time and a smaller one as a delay from the response's arrival
 * (a heuristic: no Unix time after 2001 is that small, and no real delay that large).
 *
 * @param limit the number of calls allowed in the current window, at least 0
 * @param remaining the number of calls left in the current window, at least 0
 * @param resetAt when the window resets, if the service said so
 */
public record RateLimit(long limit, long remaining, @Nullable Instant resetAt) {

  /**
   * The smallest {@code X-RateLimit-Reset} value read as a Unix time rather than a delay
   * (2001-09-09, one billion seconds after the epoch).
   */
  public static final long EPOCH_THRESHOLD_SECONDS = 1_000_000_000L;

  /**
   * Checks the counts.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public RateLimit {
    if (limit < 0 || remaining < 0) {
      throw new IllegalArgumentException("limit < 0 or remaining < 0");
    }
  }
}
