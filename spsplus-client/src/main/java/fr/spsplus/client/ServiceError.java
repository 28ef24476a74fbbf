package fr.spsplus.client;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a service said when it answered with an error status: the facts carried by every {@link
 * SpsplusServiceException}.
 *
 * <p>The service's own message ({@link #serviceMessage()}) may echo parts of the request, such as a
 * filter clause; it is therefore kept out of the exception's message and should be logged with
 * care.
 *
 * @param method the HTTP method of the call, for example {@code GET}
 * @param path the path of the call, without query string
 * @param statusCode the HTTP status, 100 to 599
 * @param errorCode the service's error code, for example {@code InvalidRESTParameterError}
 * @param serviceMessage the service's message, at most {@value #MAX_MESSAGE_LENGTH} characters
 * @param requestId the request id the service returned ({@code X-Request-Id})
 * @param retryAfter how long the service asked to wait before retrying ({@code Retry-After}, or the
 *     quota's reset time)
 * @param rateLimit the rate-limit headers of the answer
 * @param quota the quota described by the body of a {@code 429} answer
 * @param attempts how many times the request was sent, at least 1
 */
public record ServiceError(
    String method,
    String path,
    int statusCode,
    @Nullable String errorCode,
    @Nullable String serviceMessage,
    @Nullable String requestId,
    @Nullable Duration retryAfter,
    @Nullable RateLimit rateLimit,
    @Nullable Quota quota,
    int attempts) {

  /** The longest service message kept; longer ones are cut. */
  public static final int MAX_MESSAGE_LENGTH = 1000;

  /**
   * Checks the components and cuts an over-long service message.
   *
   * @throws IllegalArgumentException if the status is not a valid HTTP status or attempts is below
   *     1
   */
  public ServiceError {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    if (statusCode < 100 || statusCode > 599) {
      throw new IllegalArgumentException("statusCode outside 100..599");
    }
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts < 1");
    }
    if (serviceMessage != null && serviceMessage.length() > MAX_MESSAGE_LENGTH) {
      serviceMessage = serviceMessage.substring(0, MAX_MESSAGE_LENGTH);
    }
    if (retryAfter != null && retryAfter.isNegative()) {
      retryAfter = Duration.ZERO;
    }
  }
}
