package fr.spsplus.client;

import java.time.Instant;
import java.util.Optional;

/**
 * Too many requests: {@code 429 Too Many Requests}, either a short-term rate limit or an exhausted
 * quota. The client has already waited and retried as far as its {@link RetryPolicy} allows.
 *
 * <p>{@link #resetTime()} tells when calling again makes sense: the quota's reset time when the
 * body described a quota (Opendatasoft's {@code reset_time}), otherwise the {@code
 * X-RateLimit-Reset} header.
 */
public final class RateLimitedException extends SpsplusServiceException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param error what the service said (status 429)
   */
  public RateLimitedException(ServiceError error) {
    super(error);
  }

  /**
   * Returns the quota described by the body, if any.
   *
   * @return the quota
   */
  public Optional<Quota> quota() {
    return Optional.ofNullable(error().quota());
  }

  /**
   * Returns when the quota or the rate-limit window resets.
   *
   * @return the reset time, if the service told it
   */
  public Optional<Instant> resetTime() {
    Quota quota = error().quota();
    if (quota != null && quota.resetAt() != null) {
      return Optional.of(quota.resetAt());
    }
    RateLimit rateLimit = error().rateLimit();
    return Optional.ofNullable(rateLimit == null ? null : rateLimit.resetAt());
  }
}
