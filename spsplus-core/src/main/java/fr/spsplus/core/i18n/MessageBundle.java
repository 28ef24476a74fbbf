package fr.spsplus.core.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * A bundle of French and English messages that lives beside the code that uses it.
 *
 * <p>A bundle is a pair of {@code .properties} files (read as UTF-8) in the package of an anchor
 * class: {@code <name>.properties} holds the <strong>French</strong> text (the root bundle, so
 * French is the default) and {@code <name>_en.properties} the English text. Patterns use {@link
 * MessageFormat} syntax: {@code {0}}, {@code {1,number,#.##}}; a literal apostrophe is written
 * {@code ''}. An argument that is itself a {@link LocalizedMessage} is rendered in the same
 * language.
 *
 * <p>Look-ups never fall back to the JVM's default locale: French stays French on an English
 * machine and vice versa. Bundles are loaded on behalf of the anchor's module, so they work on the
 * class path and on the module path alike.
 *
 * <pre>{@code
 * private static final MessageBundle MESSAGES = MessageBundle.of(CallPolicy.class, "messages");
 * throw new InvalidInputException(MESSAGES.message("policy.threshold.negative", "shortAbandonSeconds", -1));
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class MessageBundle {

  /** The default locale of every spsplus message: French. */
  public static final Locale DEFAULT_LOCALE = Locale.FRENCH;

  private final String baseName;
  private final Module module;

  private MessageBundle(String baseName, Module module) {
    this.baseName = baseName;
    this.module = module;
  }

  /**
   * Returns the bundle {@code name} in the package of {@code anchor}.
   *
   * @param anchor a class of the package that holds the bundle's files
   * @param name the simple name of the bundle, for example {@code messages}
   * @return the bundle
   */
  public static MessageBundle of(Class<?> anchor, String name) {
    Objects.requireNonNull(anchor, "anchor");
    Objects.requireNonNull(name, "name");
    return new MessageBundle(anchor.getPackageName() + "." + name, anchor.getModule());
  }

  /**
   * Returns the fully qualified base name, for example {@code fr.spsplus.core.call.messages}.
   *
   * @return the base name
   */
  public String baseName() {
    return baseName;
  }

  /**
   * Creates a message of this bundle, to be rendered later in the reader's language.
   *
   * @param key the key of the message
   * @param arguments the pattern arguments; never personal data
   * @return the message
   */
  public LocalizedMessage message(String key, Object... arguments) {
    return LocalizedMessage.of(this, key, arguments);
  }

  /**
   * Renders a message. Only the language of the locale counts: English ({@code en}) gives English,
   * every other language gives French.
   *
   * @param locale the reader's locale
   * @param key the key of the message
   * @param arguments the pattern arguments
   * @return the rendered text
   * @throws MissingResourceException if the bundle or the key does not exist (a programmer error)
   */
  public String format(Locale locale, String key, Object... arguments) {
    boolean english = isEnglish(locale);
    Object[] rendered = arguments.clone();
    for (int i = 0; i < rendered.length; i++) {
      if (rendered[i] instanceof LocalizedMessage nested) {
        rendered[i] = nested.format(locale);
      }
    }
    return new MessageFormat(pattern(locale, key), english ? Locale.ENGLISH : Locale.FRENCH)
        .format(rendered);
  }

  /**
   * Returns the raw text of a key, without {@link MessageFormat} processing (for templates that
   * another engine interpolates, such as Jakarta Validation messages).
   *
   * @param locale the reader's locale (English for {@code en}, French otherwise)
   * @param key the key
   * @return the raw text
   * @throws MissingResourceException if the bundle or the key does not exist
   */
  public String pattern(Locale locale, String key) {
    Locale target = isEnglish(locale) ? Locale.ENGLISH : Locale.ROOT;
    return ResourceBundle.getBundle(baseName, target, module).getString(key);
  }

  private static boolean isEnglish(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  /**
   * Tells whether this bundle defines {@code key} in both languages.
   *
   * @param key the key to look for
   * @return true if the French and the English file both define it
   */
  public boolean defines(String key) {
    try {
      ResourceBundle.getBundle(baseName, Locale.ROOT, module).getString(key);
      ResourceBundle english = ResourceBundle.getBundle(baseName, Locale.ENGLISH, module);
      return english.getLocale().getLanguage().equals("en") && english.containsKey(key);
    } catch (MissingResourceException e) {
      return false;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MessageBundle that
        && baseName.equals(that.baseName)
        && module.equals(that.module);
  }

  @Override
  public int hashCode() {
    return baseName.hashCode();
  }

  @Override
  public String toString() {
    return "MessageBundle[" + baseName + "]";
  }
}
