package fr.spsplus.client;

import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.core.i18n.MessageBundle;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The service answered, with an error status. Subclasses name the status families that callers
 * handle differently:
 *
 * <table>
 *   <caption>Status families</caption>
 *   <tr><th>Status</th><th>Exception</th></tr>
 *   <tr><td>400</td><td>{@link InvalidRequestException}</td></tr>
 *   <tr><td>401</td><td>{@link AuthenticationException}</td></tr>
 *   <tr><td>403</td><td>{@link PermissionDeniedException}</td></tr>
 *   <tr><td>404</td><td>{@link NotFoundException}</td></tr>
 *   <tr><td>409</td><td>{@link ConflictException}</td></tr>
 *   <tr><td>422</td><td>{@link UnprocessableEntityException}</td></tr>
 *   <tr><td>429</td><td>{@link RateLimitedException}</td></tr>
 *   <tr><td>500–599</td><td>{@link ServerException}</td></tr>
 *   <tr><td>other</td><td>this class</td></tr>
 * </table>
 *
 * <p>The message (French by default, English on request) gives the method, the path, the status,
 * the service's error code and the request id — never the response body. The service's own text is
 * in {@link ServiceError#serviceMessage()}.
 */
public class SpsplusServiceException extends SpsplusException {

  private static final long serialVersionUID = 1L;

  static final MessageBundle MESSAGES = MessageBundle.of(SpsplusServiceException.class, "messages");

  /** The facts of the answer; records are serialisable only if their components are. */
  private final transient ServiceError error;

  /**
   * Creates the exception for an answer.
   *
   * @param error what the service said
   */
  public SpsplusServiceException(ServiceError error) {
    super(message(error), null);
    this.error = error;
  }

  /**
   * Returns the exception that matches the status of an answer: {@link NotFoundException} for 404,
   * {@link ServerException} for 5xx, and so on (see the class description).
   *
   * @param error what the service said
   * @return the exception, to throw
   */
  public static SpsplusServiceException of(ServiceError error) {
    Objects.requireNonNull(error, "error");
    int status = error.statusCode();
    return switch (status) {
      case 400 -> new InvalidRequestException(error);
      case 401 -> new AuthenticationException(error);
      case 403 -> new PermissionDeniedException(error);
      case 404 -> new NotFoundException(error);
      case 409 -> new ConflictException(error);
      case 422 -> new UnprocessableEntityException(error);
      case 429 -> new RateLimitedException(error);
      default -> status >= 500 ? new ServerException(error) : new SpsplusServiceException(error);
    };
  }

  private static LocalizedMessage message(ServiceError error) {
    Objects.requireNonNull(error, "error");
    int status = error.statusCode();
    String family =
        switch (status) {
          case 400, 401, 403, 404, 409, 422, 429 -> "service." + status;
          default -> status >= 500 ? "service.5xx" : "service.other";
        };
    return MESSAGES.message(
        "service.error",
        error.method(),
        error.path(),
        MESSAGES.message(family),
        status,
        orAbsent(error.errorCode()),
        orAbsent(error.requestId()));
  }

  private static Object orAbsent(@Nullable String value) {
    return value == null ? MESSAGES.message("absent") : value;
  }

  /**
   * Returns everything the service said.
   *
   * @return the facts of the answer
   */
  public ServiceError error() {
    return error;
  }

  /**
   * Returns the HTTP status of the answer.
   *
   * @return the status, 100 to 599
   */
  public int statusCode() {
    return error.statusCode();
  }

  /**
   * Returns the service's error code, for example {@code ODSQLError}.
   *
   * @return the code, if the body carried one
   */
  public Optional<String> errorCode() {
    return Optional.ofNullable(error.errorCode());
  }

  /**
   * Returns the id the service gave the request ({@code X-Request-Id}); quote it when reporting a
   * problem to the service's operators.
   *
   * @return the request id, if the answer carried one
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(error.requestId());
  }

  /**
   * Returns how long the service asked to wait before trying again.
   *
   * @return the delay, if the answer carried one
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(error.retryAfter());
  }

  /**
   * Returns the rate-limit headers of the answer.
   *
   * @return the rate limit, if the answer carried one
   */
  public Optional<RateLimit> rateLimit() {
    return Optional.ofNullable(error.rateLimit());
  }
}
