package fr.spsplus.client;

import fr.spsplus.client.internal.ClientChecks;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;

/**
 * When and how long the client waits before sending a failed call again.
 *
 * <p><b>What is retried.</b> Only calls that are safe to repeat: {@code GET}, {@code HEAD}, {@code
 * PUT}, {@code DELETE}, and {@code POST} or {@code PATCH} <em>carrying an {@code
 * Idempotency-Key}</em> (the client adds one to every {@code POST} unless told otherwise, see
 * {@link RequestOptions#withoutIdempotencyKey()}). A {@code POST} without a key is never retried:
 * the service may have acted on it. Such calls are retried after:
 *
 * <ul>
 *   <li>a connection failure, including a server that closes the connection after reading the
 *       request, and a timeout;
 *   <li>the statuses {@code 408}, {@code 429}, {@code 502}, {@code 503} and {@code 504};
 *   <li>the status {@code 500}, for idempotent calls only (which, by the rule above, they all are).
 * </ul>
 *
 * <p><b>How long it waits.</b> A {@code Retry-After} header (delay in seconds or HTTP date; RFC
 * 9110 §10.2.3) is obeyed, or the reset time of an Opendatasoft quota body; if the service asks for
 * more than {@link #maxRetryAfter()}, the client does not retry at all and throws at once, so the
 * caller can reschedule rather than block a thread. Otherwise the wait is drawn with "full jitter"
 * (<a href="https://aws.amazon.com/blogs/architecture/exponential-backoff-and-jitter/">AWS
 * Architecture Blog, 2015</a>): uniform in {@code [0, min(maxBackoff, baseDelay × 2^(n−1))]} after
 * the n-th attempt, which spreads the retries of many clients.
 *
 * <p>Immutable and thread-safe. The random source and the sleeper are injectable for tests.
 */
public final class RetryPolicy {

  /**
   * Three attempts in all (two retries): enough to ride out a dropped connection or a short
   * restart, few enough not to pile load on a failing service. The same default as the AWS SDK's
   * "standard" retry mode.
   */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  /** The largest number of attempts a policy accepts: 10. */
  public static final int MAX_ATTEMPTS_LIMIT = 10;

  /**
   * The base of the exponential backoff: 500 ms (Stripe's initial network-retry delay), so the
   * first retry waits at most half a second.
   */
  public static final Duration DEFAULT_BASE_DELAY = Duration.ofMillis(500);

  /** The cap on one backoff wait: 20 seconds (the AWS SDK's cap in standard mode). */
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(20);

  /**
   * The longest {@code Retry-After} the client obeys: 60 seconds. A service that asks for more is
   * usually out of quota or in maintenance; the call then fails at once with the delay in the
   * exception rather than holding a thread for minutes.
   */
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxBackoff;
  private final Duration maxRetryAfter;
  private final Sleeper sleeper;
  private final Supplier<? extends RandomGenerator> random;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.baseDelay = builder.baseDelay;
    this.maxBackoff = builder.maxBackoff;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.sleeper = builder.sleeper;
    this.random = builder.random;
  }

  /**
   * Returns the default policy: {@value #DEFAULT_MAX_ATTEMPTS} attempts, 500 ms base delay, 20 s
   * maximum backoff, {@code Retry-After} obeyed up to 60 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the policy that never retries (one attempt).
   *
   * @return the policy
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Returns a builder with the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from this policy.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.maxAttempts = maxAttempts;
    builder.baseDelay = baseDelay;
    builder.maxBackoff = maxBackoff;
    builder.maxRetryAfter = maxRetryAfter;
    builder.sleeper = sleeper;
    builder.random = random;
    return builder;
  }

  /**
   * Returns the number of attempts in all, the first included.
   *
   * @return 1 to {@value #MAX_ATTEMPTS_LIMIT}
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Returns the base of the exponential backoff.
   *
   * @return the base delay
   */
  public Duration baseDelay() {
    return baseDelay;
  }

  /**
   * Returns the cap on one backoff wait.
   *
   * @return the cap
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * Returns the longest {@code Retry-After} obeyed; beyond it the call fails at once.
   *
   * @return the cap
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Returns the sleeper that waits between attempts.
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Returns the wait after the failure of attempt {@code attempt}, drawn uniformly in {@code [0,
   * min(maxBackoff, baseDelay × 2^(attempt−1))]} with millisecond resolution.
   *
   * @param attempt the number of the attempt that failed, from 1
   * @return the wait, between zero and {@link #maxBackoff()}
   * @throws IllegalArgumentException if {@code attempt < 1}
   */
  public Duration backoff(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt < 1");
    }
    long ceilingMillis = ceiling(attempt).toMillis();
    if (ceilingMillis == 0) {
      return Duration.ZERO;
    }
    return Duration.ofMillis(random.get().nextLong(ceilingMillis + 1));
  }

  /**
   * Returns the largest wait {@link #backoff(int)} may draw after attempt {@code attempt}: {@code
   * min(maxBackoff, baseDelay × 2^(attempt−1))}.
   *
   * @param attempt the number of the attempt that failed, from 1
   * @return the ceiling
   * @throws IllegalArgumentException if {@code attempt < 1}
   */
  public Duration ceiling(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt < 1");
    }
    // baseDelay <= 1 min, so 2^30 times it fits a Duration; beyond that the cap applies anyway.
    Duration exponential = baseDelay.multipliedBy(1L << Math.min(attempt - 1, 30));
    return exponential.compareTo(maxBackoff) < 0 ? exponential : maxBackoff;
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", baseDelay="
        + ClientChecks.describe(baseDelay)
        + ", maxBackoff="
        + ClientChecks.describe(maxBackoff)
        + ", maxRetryAfter="
        + ClientChecks.describe(maxRetryAfter)
        + "]";
  }

  /** Builds a {@link RetryPolicy}; not thread-safe. */
  public static final class Builder {

    private int maxAttempts = DEFAULT_MAX_ATTEMPTS;
    private Duration baseDelay = DEFAULT_BASE_DELAY;
    private Duration maxBackoff = DEFAULT_MAX_BACKOFF;
    private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
    private Sleeper sleeper = Sleeper.system();
    private Supplier<? extends RandomGenerator> random = ThreadLocalRandom::current;

    private Builder() {}

    /**
     * Sets the number of attempts in all (default {@value #DEFAULT_MAX_ATTEMPTS}); 1 disables
     * retries.
     *
     * @param maxAttempts 1 to {@value #MAX_ATTEMPTS_LIMIT}
     * @return this builder
     * @throws InvalidInputException if out of bounds
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts =
          (int) Checks.requireBetween(maxAttempts, 1, MAX_ATTEMPTS_LIMIT, "maxAttempts");
      return this;
    }

    /**
     * Sets the base of the exponential backoff (default 500 ms).
     *
     * @param baseDelay zero to one minute
     * @return this builder
     * @throws InvalidInputException if out of bounds
     */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay =
          ClientChecks.requireBetween(baseDelay, Duration.ZERO, Duration.ofMinutes(1), "baseDelay");
      return this;
    }

    /**
     * Sets the cap on one backoff wait (default 20 s).
     *
     * @param maxBackoff zero to ten minutes
     * @return this builder
     * @throws InvalidInputException if out of bounds
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff =
          ClientChecks.requireBetween(
              maxBackoff, Duration.ZERO, Duration.ofMinutes(10), "maxBackoff");
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} obeyed (default 60 s). Raise it for batch jobs that
     * would rather wait than fail.
     *
     * @param maxRetryAfter zero to one hour
     * @return this builder
     * @throws InvalidInputException if out of bounds
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter =
          ClientChecks.requireBetween(
              maxRetryAfter, Duration.ZERO, Duration.ofHours(1), "maxRetryAfter");
      return this;
    }

    /**
     * Sets what waits between attempts (default {@link Sleeper#system()}).
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sets the source of randomness for the jitter (default {@code ThreadLocalRandom::current}).
     * The supplier is called once per wait, from the calling thread.
     *
     * @param random the source
     * @return this builder
     */
    public Builder random(Supplier<? extends RandomGenerator> random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
