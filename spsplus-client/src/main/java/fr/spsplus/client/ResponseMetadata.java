package fr.spsplus.client;

import org.jspecify.annotations.Nullable;

/**
 * Facts about the answer behind a result: its status, the request id the service gave it, the
 * rate-limit headers, and how many attempts it took.
 *
 * @param statusCode the HTTP status, 100 to 599
 * @param requestId the request id the service returned ({@code X-Request-Id}), if any
 * @param rateLimit the rate-limit headers, if the answer carried them
 * @param attempts how many times the request was sent, at least 1
 */
public record ResponseMetadata(
    int statusCode, @Nullable String requestId, @Nullable RateLimit rateLimit, int attempts) {

  /**
   * Checks the components.
   *
   * @throws IllegalArgumentException if the status is not a valid HTTP status or attempts is below
   *     1
   */
  public ResponseMetadata {
    if (statusCode < 100 || statusCode > 599) {
      throw new IllegalArgumentException("statusCode outside 100..599");
    }
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts < 1");
    }
  }
}
