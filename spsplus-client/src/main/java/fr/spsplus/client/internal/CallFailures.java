package fr.spsplus.client.internal;

import fr.spsplus.client.SpsplusClientException;
import fr.spsplus.client.SpsplusClientException.Kind;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.LocalizedMessage;
import org.jspecify.annotations.Nullable;

/** Builds the {@link SpsplusClientException}s of the transport, with their messages. */
public final class CallFailures {

  private CallFailures() {}

  /**
   * Returns the exception for a call that got no usable answer.
   *
   * @param kind what went wrong
   * @param method the HTTP method
   * @param path the path, without query string
   * @param attempts how many times the request was sent
   * @param cause the underlying failure
   * @return the exception, to throw
   */
  public static SpsplusClientException of(
      Kind kind, String method, String path, int attempts, @Nullable Throwable cause) {
    LocalizedMessage reason =
        switch (kind) {
          case CONNECTION -> ClientMessages.BUNDLE.message("client.connection");
          case TIMEOUT -> ClientMessages.BUNDLE.message("client.timeout");
          case INTERRUPTED -> ClientMessages.BUNDLE.message("client.interrupted");
          case RESPONSE_TOO_LARGE -> tooLarge(cause);
          case DECODE -> ClientMessages.BUNDLE.message("client.decode");
          case PRE_FLIGHT -> ClientMessages.BUNDLE.message("client.preflight.generic");
        };
    return new SpsplusClientException(
        kind,
        ClientMessages.BUNDLE.message("client.failure", method, path, reason, attempts),
        attempts,
        cause);
  }

  /**
   * The reason of a body over its limit, naming the limit: configured, or fixed by the endpoint.
   */
  private static LocalizedMessage tooLarge(@Nullable Throwable cause) {
    if (cause instanceof BodyLimits.TooLargeException tooLarge) {
      return ClientMessages.BUNDLE.message(
          tooLarge.configured() ? "client.too.large" : "client.too.large.fixed", tooLarge.limit());
    }
    return ClientMessages.BUNDLE.message("client.too.large", -1L);
  }

  /**
   * Returns the exception for a request refused before it was sent.
   *
   * @param method the HTTP method
   * @param path the path, without query string
   * @param rule the broken rule, as a bad-input exception
   * @return the exception, to throw
   */
  public static SpsplusClientException preFlight(
      String method, String path, InvalidInputException rule) {
    return new SpsplusClientException(
        Kind.PRE_FLIGHT,
        ClientMessages.BUNDLE.message("client.preflight", method, path, rule.localizedMessage()),
        0,
        rule);
  }
}
