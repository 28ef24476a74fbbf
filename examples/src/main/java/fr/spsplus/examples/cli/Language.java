package fr.spsplus.examples.cli;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The language of the tool's output: messages, help texts, table headings and number formats.
 * French is the default, whatever the machine's locale; {@code --lang en} selects English.
 */
public enum Language {
  /** French (the default): {@code 1 204,5}, messages and help in French. */
  FR(Locale.FRENCH),
  /** English: {@code 1,204.5}, messages and help in English. */
  EN(Locale.ENGLISH);

  private static final MessageBundle MESSAGES = MessageBundle.of(Language.class, "messages");

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  /**
   * Returns the locale that renders spsplus messages in this language.
   *
   * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Returns the code written on the command line.
   *
   * @return {@code fr} or {@code en}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a language code, ignoring case and surrounding blanks.
   *
   * @param code {@code fr} or {@code en}
   * @return the language
   * @throws InvalidInputException if the code is neither
   */
  public static Language parse(String code) {
    Objects.requireNonNull(code, "code");
    String key = code.strip().toLowerCase(Locale.ROOT);
    for (Language language : values()) {
      if (language.code().equals(key)) {
        return language;
      }
    }
    throw new InvalidInputException(MESSAGES.message("option.values", "fr, en"));
  }

  /**
   * Finds the language asked on a command line before it is parsed, so that help texts and the
   * messages of parsing errors are already in that language. Reads {@code --lang en} and {@code
   * --lang=en} up to a {@code --} argument; the last occurrence wins; an unknown code is ignored
   * here (the parser reports it).
   *
   * @param args the command-line arguments
   * @return the language asked, or {@link #FR}
   */
  public static Language scan(List<String> args) {
    Language found = FR;
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.equals("--")) {
        break;
      }
      String value = null;
      if (arg.equals("--lang") && i + 1 < args.size()) {
        value = args.get(i + 1);
      } else if (arg.startsWith("--lang=")) {
        value = arg.substring("--lang=".length());
      }
      if (value != null) {
        String key = value.strip().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
          if (language.code().equals(key)) {
            found = language;
          }
        }
      }
    }
    return found;
  }
}
