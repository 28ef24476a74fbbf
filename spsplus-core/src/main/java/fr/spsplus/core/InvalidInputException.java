package fr.spsplus.core;

import fr.spsplus.core.i18n.LocalizedMessage;
import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when an input breaks a rule of the domain: a value out of its bounds, a date before
 * another, an unknown code, a malformed line in a file.
 *
 * <p>The message names the field (or the path, or the line and column) and the rule, never the
 * offending value when it could be personal data. {@link #getMessage()} is French; {@link
 * #getMessage(Locale)} renders it in English for {@link Locale#ENGLISH}. An operation that throws
 * it leaves its inputs and the receiver unchanged.
 */
public class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The message; not serialised (bundles are resolved at run time). */
  private final transient LocalizedMessage localizedMessage;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the field and the rule
   */
  public InvalidInputException(LocalizedMessage message) {
    super(Objects.requireNonNull(message, "message").key());
    this.localizedMessage = message;
  }

  /**
   * Creates the exception with a cause.
   *
   * @param message what is wrong, naming the field and the rule
   * @param cause the underlying failure
   */
  public InvalidInputException(LocalizedMessage message, Throwable cause) {
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
   * Returns the stable key of the message, for example {@code call.wait.negative}; useful in tests
   * and for mapping errors to codes.
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
