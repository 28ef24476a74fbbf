package fr.spsplus.core.internal;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.i18n.MessageBundle;
import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Checks for the identifiers and free texts of the domain records, each throwing an {@link
 * InvalidInputException} whose French and English messages name the field and the rule, never the
 * value (free texts may hold personal data).
 *
 * <p>Internal: not exported to applications.
 */
public final class Texts {

  private static final Pattern ID = Pattern.compile(TextRules.ID_PATTERN);
  private static final MessageBundle MESSAGES = MessageBundle.of(Texts.class, "texts");

  private Texts() {}

  /**
   * Requires an identifier in the {@link TextRules#ID_PATTERN} format.
   *
   * @param value the identifier
   * @param field the field's name
   * @return the identifier
   * @throws InvalidInputException if the format is wrong
   */
  public static String requireId(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!ID.matcher(value).matches()) {
      throw new InvalidInputException(MESSAGES.message("id.format", field));
    }
    return value;
  }

  /**
   * Requires a non-blank text of at most {@code max} characters.
   *
   * @param value the text
   * @param max the maximum length, inclusive
   * @param field the field's name
   * @return the text
   * @throws InvalidInputException if the text is blank or too long
   */
  public static String requireText(String value, int max, String field) {
    Checks.requireNonBlank(value, field);
    return Checks.requireMaxLength(value, max, field);
  }

  /**
   * Requires an absent text, or a non-blank text of at most {@code max} characters.
   *
   * @param value the text, or null
   * @param max the maximum length, inclusive
   * @param field the field's name
   * @return the text, or null
   * @throws InvalidInputException if the text is present but blank or too long
   */
  public static @Nullable String requireOptionalText(
      @Nullable String value, int max, String field) {
    return value == null ? null : requireText(value, max, field);
  }

  /**
   * Requires an absolute {@code http} or {@code https} address with a host (a source, a document).
   *
   * @param value the address
   * @param field the field's name
   * @return the address
   * @throws InvalidInputException if the address is relative or has another scheme
   */
  public static URI requireWebAddress(URI value, String field) {
    Objects.requireNonNull(value, field);
    String scheme = value.getScheme();
    if (value.getHost() == null || !("https".equals(scheme) || "http".equals(scheme))) {
      throw new InvalidInputException(MESSAGES.message("web.address", field));
    }
    return value;
  }

  /**
   * Folds a label for tolerant comparison: no accents, lower case, and every run of blanks
   * (including non-breaking spaces), hyphens and underscores turned into one space, trimmed. {@code
   * "Plutôt-Satisfait"}, {@code " plutot satisfait"} and {@code "PLUTOT_SATISFAIT"} fold alike.
   *
   * @param text the text
   * @return the folded text
   */
  public static String fold(String text) {
    String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == '-' || c == '_' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
