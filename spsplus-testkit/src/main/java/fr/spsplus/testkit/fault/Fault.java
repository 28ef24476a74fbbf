package fr.spsplus.testkit.fault;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Something that goes wrong with one call to the fake platform.
 *
 * <table>
 *   <caption>Faults and what the fake does</caption>
 *   <tr><th>Fault</th><th>Is the request processed?</th><th>What the caller sees</th></tr>
 *   <tr><td>{@link #dropConnection()}</td><td><strong>yes</strong>: read, processed and stored
 *       (with its idempotency key)</td><td>the connection closes before any byte of the answer:
 *       an I/O error, as when a network or a proxy fails after the server acted</td></tr>
 *   <tr><td>{@link #serverError(int)}</td><td>no</td><td>the status (500 to 599) with an error
 *       body ({@code INTERNAL}, or {@code UNAVAILABLE} and {@code Retry-After: 1} for 503, since
 *       the contract has every 503 carry one)</td></tr>
 *   <tr><td>{@link #unavailable(Duration)}</td><td>no</td><td>{@code 503} with {@code
 *       Retry-After}</td></tr>
 *   <tr><td>{@link #rateLimited(Duration)}</td><td>no</td><td>{@code 429} with {@code
 *       Retry-After} ({@code RATE_LIMITED}; on the open-data endpoint, Opendatasoft's quota
 *       body)</td></tr>
 *   <tr><td>{@link #latency(Duration)}</td><td>yes</td><td>the answer, after the delay (slept
 *       by the fake's latency sleeper; the request's idempotency key stays "in progress"
 *       meanwhile)</td></tr>
 *   <tr><td>{@link #none()}</td><td>yes</td><td>the normal answer (a placeholder in a
 *       script)</td></tr>
 * </table>
 */
public sealed interface Fault
    permits Fault.None, Fault.DropConnection, Fault.ServerError, Fault.RateLimited, Fault.Latency {

  /**
   * Returns the absence of fault, to leave a call alone in a script.
   *
   * @return the placeholder
   */
  static Fault none() {
    return new None();
  }

  /**
   * Returns a connection dropped after the request was read and processed.
   *
   * @return the fault
   */
  static Fault dropConnection() {
    return new DropConnection();
  }

  /**
   * Returns a server error answered without processing the request.
   *
   * @param status 500 to 599
   * @return the fault
   * @throws InvalidInputException if the status is not a 5xx
   */
  static Fault serverError(int status) {
    return new ServerError(status, null);
  }

  /**
   * Returns a {@code 503 Service Unavailable} with {@code Retry-After}, without processing.
   *
   * @param retryAfter the wait asked, sent in whole seconds (rounded up)
   * @return the fault
   */
  static Fault unavailable(Duration retryAfter) {
    return new ServerError(503, retryAfter);
  }

  /**
   * Returns a {@code 429 Too Many Requests} with {@code Retry-After}, without processing.
   *
   * @param retryAfter the wait asked, sent in whole seconds (rounded up)
   * @return the fault
   */
  static Fault rateLimited(Duration retryAfter) {
    return new RateLimited(retryAfter);
  }

  /**
   * Returns a delay before the answer; the request is processed normally.
   *
   * @param delay the delay, zero to ten minutes
   * @return the fault
   */
  static Fault latency(Duration delay) {
    return new Latency(delay);
  }

  /** No fault. */
  record None() implements Fault {}

  /** The connection is dropped after the request was processed; no answer arrives. */
  record DropConnection() implements Fault {}

  /**
   * A server error, without processing.
   *
   * @param status 500 to 599
   * @param retryAfter the {@code Retry-After} to send, or null for none
   */
  record ServerError(int status, @Nullable Duration retryAfter) implements Fault {

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if the status is not a 5xx or the wait is negative
     */
    public ServerError {
      Checks.requireBetween(status, 500, 599, "status");
      if (retryAfter != null) {
        requireWait(retryAfter, "retryAfter");
      }
    }
  }

  /**
   * Too many calls, without processing.
   *
   * @param retryAfter the {@code Retry-After} to send
   */
  record RateLimited(Duration retryAfter) implements Fault {

    /**
     * Checks the wait.
     *
     * @throws InvalidInputException if it is negative or longer than a day
     */
    public RateLimited {
      requireWait(retryAfter, "retryAfter");
    }
  }

  /**
   * A delay before the answer.
   *
   * @param delay the delay
   */
  record Latency(Duration delay) implements Fault {

    /**
     * Checks the delay.
     *
     * @throws InvalidInputException if it is negative or longer than ten minutes
     */
    public Latency {
      Objects.requireNonNull(delay, "delay");
      Checks.requireBetween(delay.toMillis(), 0, Duration.ofMinutes(10).toMillis(), "delay");
    }
  }

  private static void requireWait(Duration wait, String field) {
    Objects.requireNonNull(wait, field);
    Checks.requireBetween(wait.getSeconds(), 0, Duration.ofDays(1).getSeconds(), field);
  }
}
