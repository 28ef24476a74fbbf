package fr.spsplus.client.internal;

import fr.spsplus.client.RateLimit;
import java.time.Instant;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/** Reads the {@code X-RateLimit-Limit}, {@code -Remaining} and {@code -Reset} headers. */
public final class RateLimits {

  private RateLimits() {}

  /**
   * Reads the rate limit of an answer.
   *
   * @param headers the answer's headers
   * @param now when the answer arrived, for a reset given as a delay
   * @return the rate limit, or null unless both the limit and the remaining count are valid
   */
  public static @Nullable RateLimit parse(Headers headers, Instant now) {
    Long limit = count(headers.get("X-RateLimit-Limit"));
    Long remaining = count(headers.get("X-RateLimit-Remaining"));
    if (limit == null || remaining == null) {
      return null;
    }
    Long reset = count(headers.get("X-RateLimit-Reset"));
    Instant resetAt = null;
    if (reset != null) {
      resetAt =
          reset >= RateLimit.EPOCH_THRESHOLD_SECONDS
              ? Instant.ofEpochSecond(reset)
              : now.plusSeconds(reset);
    }
    return new RateLimit(limit, remaining, resetAt);
  }

  private static @Nullable Long count(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String text = value.strip();
    if (text.isEmpty() || text.length() > 18 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return null;
    }
    return Long.parseLong(text);
  }
}
