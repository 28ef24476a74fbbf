package fr.spsplus.core;

import fr.spsplus.core.i18n.LocalizedMessage;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when an input breaks a rule of the domain: a value out of its bounds, a date before
 * another, an unknown code, a malformed line in a file.
 *
 * <p>The message names the field (or the path, or the line and column) and the rule, never the
 * offending value when it could be personal data. {@link #getMessage()} is French; {@link
 * #getMessage(Locale)} renders it in English for {@link Locale#ENGLISH}. An operation that throws
 * it leaves its inputs and the receiver unchanged.
 *
 * <p>Serialisation (for example when a Spark task sends its failure to the driver) keeps the key
 * and the French and English texts; the message as data ({@link #localizedMessage()}) is not
 * serialised, as bundles are resolved at run time.
 */
public class InvalidInputException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The message; not serialised (bundles are resolved at run time). */
  private final transient @Nullable LocalizedMessage localizedMessage;

  /** The key, kept through serialisation. */
  private String key;

  /** The French and English texts, filled when the exception is serialised. */
  private @Nullable String frenchText;

  private @Nullable String englishText;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the field and the rule
   */
  public InvalidInputException(LocalizedMessage message) {
    super(Objects.requireNonNull(message, "message").key());
    this.localizedMessage = message;
    this.key = message.key();
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
    this.key = message.key();
  }

  /**
   * Returns the message as data: bundle, key and arguments.
   *
   * @return the message, or {@code null} on an exception that was deserialised (its texts and key
   *     are still available)
   */
  public @Nullable LocalizedMessage localizedMessage() {
    return localizedMessage;
  }

  /**
   * Returns the stable key of the message, for example {@code call.wait.negative}; useful in tests
   * and for mapping errors to codes.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /** Returns the message in French. */
  @Override
  public String getMessage() {
    return getMessage(Locale.FRENCH);
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
    if (localizedMessage != null) {
      return localizedMessage.format(locale);
    }
    String stored = "en".equals(locale.getLanguage()) ? englishText : frenchText;
    return stored != null ? stored : key;
  }

  private void writeObject(ObjectOutputStream out) throws IOException {
    frenchText = renderedOrKey(Locale.FRENCH);
    englishText = renderedOrKey(Locale.ENGLISH);
    out.defaultWriteObject();
  }

  /**
   * The message in a language for serialisation, or the key if it cannot be rendered (a broken
   * pattern or argument): serialising the failure of a task must never fail in turn, or the task's
   * failure would never reach whoever waits for it.
   */
  private String renderedOrKey(Locale locale) {
    try {
      return getMessage(locale);
    } catch (RuntimeException broken) {
      return key;
    }
  }
}
