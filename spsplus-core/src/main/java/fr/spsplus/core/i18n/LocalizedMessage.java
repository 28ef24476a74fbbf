package fr.spsplus.core.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A message identified by its bundle, key and arguments, rendered in French by default and in
 * English on request.
 *
 * <p>Arguments must never carry personal data: messages end up in logs and exception texts.
 *
 * @param bundle the bundle that defines the key
 * @param key the key of the message in the bundle
 * @param arguments the pattern arguments, in order (copied; null elements are rendered as {@code
 *     null})
 */
public record LocalizedMessage(MessageBundle bundle, String key, List<Object> arguments) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if the bundle, the key or the list is null
   */
  public LocalizedMessage {
    Objects.requireNonNull(bundle, "bundle");
    Objects.requireNonNull(key, "key");
    arguments = arguments.stream().map(a -> a == null ? (Object) "null" : a).toList();
  }

  /**
   * Creates a message.
   *
   * @param bundle the bundle that defines the key
   * @param key the key in the bundle
   * @param arguments the pattern arguments (no personal data)
   * @return the message
   */
  public static LocalizedMessage of(MessageBundle bundle, String key, Object... arguments) {
    return new LocalizedMessage(bundle, key, Arrays.asList(arguments));
  }

  /**
   * Renders the message in French.
   *
   * @return the French text
   */
  public String format() {
    return format(MessageBundle.DEFAULT_LOCALE);
  }

  /**
   * Renders the message in the reader's language (English for {@code en}, French otherwise).
   *
   * @param locale the reader's locale
   * @return the text
   */
  public String format(Locale locale) {
    return bundle.format(locale, key, arguments.toArray());
  }

  /** Returns the French text. */
  @Override
  public String toString() {
    return format();
  }
}
