package fr.spsplus.client;

import fr.spsplus.core.i18n.LocalizedMessage;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * No usable answer came back from the service: the connection failed or was cut, a timeout fired,
 * the response could not be decoded or was larger than allowed, the call was interrupted, or the
 * request was refused before it was sent.
 *
 * <p>{@link #kind()} tells which; {@link #attempts()} how many times the request was sent (zero
 * when it was refused before the network). Retryable failures have already been retried according
 * to the client's {@link RetryPolicy} when this exception is thrown.
 */
public class SpsplusClientException extends SpsplusException {

  private static final long serialVersionUID = 1L;

  /** What went wrong, as a stable code. */
  public enum Kind {
    /**
     * The connection could not be opened, or was closed or reset before a complete answer arrived
     * (including a server that closes the connection after reading the request).
     */
    CONNECTION,
    /** A connect, read, write or call timeout fired. */
    TIMEOUT,
    /** The thread was interrupted while calling or while waiting before a retry. */
    INTERRUPTED,
    /** The response body was larger than {@link ClientOptions#maxResponseBytes()}. */
    RESPONSE_TOO_LARGE,
    /** The response arrived but its body could not be read as the expected JSON. */
    DECODE,
    /** The request was refused before being sent (it breaks a documented limit of the service). */
    PRE_FLIGHT
  }

  private final Kind kind;
  private final int attempts;

  /**
   * Creates the exception.
   *
   * @param kind what went wrong
   * @param message the message (French and English; no personal data)
   * @param attempts how many times the request was sent, zero if never
   * @param cause the underlying failure, if any
   */
  public SpsplusClientException(
      Kind kind, LocalizedMessage message, int attempts, @Nullable Throwable cause) {
    super(message, cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts < 0");
    }
    this.attempts = attempts;
  }

  /**
   * Returns what went wrong.
   *
   * @return the kind of failure
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns how many times the request was sent before giving up; zero when it was refused before
   * the network ({@link Kind#PRE_FLIGHT}).
   *
   * @return the number of attempts
   */
  public int attempts() {
    return attempts;
  }
}
