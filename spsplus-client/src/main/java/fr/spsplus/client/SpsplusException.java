package fr.spsplus.client;

import fr.spsplus.core.i18n.LocalizedMessage;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The root of every error raised by the spsplus client. Unchecked, so that lazy streams and
 * iterators over remote data surface failures without wrapping them.
 *
 * <p>Two families sit below it:
 *
 * <ul>
 *   <li>{@link SpsplusClientException}: there is <em>no usable answer</em> from the service (the
 *       connection failed, a timeout fired, the body could not be decoded or was too large, the
 *       call was interrupted, or the request was refused before being sent);
 *   <li>{@link SpsplusServiceException}: the service <em>answered</em> with an error status; the
 *       exception carries the status, the platform's error code, the request id, the {@code
 *       Retry-After} delay and the rate-limit headers.
 * </ul>
 *
 * <p>{@link #getMessage()} is French (spsplus's default language); {@link #getMessage(Locale)}
 * gives English for {@link Locale#ENGLISH}. Messages never contain response bodies, credentials or
 * query-string values.
 */
public abstract class SpsplusException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The message; not serialised (bundles are resolved at run time). */
  private final transient LocalizedMessage localizedMessage;

  /**
   * Creates the exception.
   *
   * @param message what happened, as data (bundle, key, arguments without personal data)
   * @param cause the underlying failure, if any
   */
  protected SpsplusException(LocalizedMessage message, @Nullable Throwable cause) {
    super(Objects.requireNonNull(message, "message").key(), cause);
    this.localizedMessage = message;
  }

  /**
   * Returns the message as data: bundle, key and arguments.
   *
   * @return the message
   */
  public LocalizedMessage localizedMessage() {
    return localizedMessage;
  }

  /**
   * Returns the stable key of the message, for example {@code client.failure}; useful in tests and
   * to map errors to codes of your own.
   *
   * @return the key
   */
  public String key() {
    return localizedMessage.key();
  }

  /** Returns the message in French. */
  @Override
  public String getMessage() {
    return localizedMessage == null ? super.getMessage() : localizedMessage.format();
  }

  /** Returns the message in French (spsplus's default language). */
  @Override
  public String getLocalizedMessage() {
    return getMessage();
  }

  /**
   * Returns the message in the reader's language: English for {@code en}, French otherwise.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String getMessage(Locale locale) {
    return localizedMessage == null ? super.getMessage() : localizedMessage.format(locale);
  }
}
