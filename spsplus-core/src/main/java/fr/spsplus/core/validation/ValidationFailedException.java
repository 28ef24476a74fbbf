package fr.spsplus.core.validation;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by {@link SpsplusValidation#requireValid(Object)} when an object breaks at least one
 * Jakarta Validation rule. It carries every violation, in French and in English.
 */
public final class ValidationFailedException extends InvalidInputException {

  private static final long serialVersionUID = 1L;
  private static final MessageBundle MESSAGES =
      MessageBundle.of(ValidationFailedException.class, "messages");

  private final transient @Nullable List<Violation> french;
  private final transient @Nullable List<Violation> english;

  ValidationFailedException(String typeName, List<Violation> french, List<Violation> english) {
    super(MESSAGES.message("validation.failed", typeName, french.size()));
    this.french = List.copyOf(french);
    this.english = List.copyOf(english);
  }

  /**
   * Returns the violations in French, sorted by path.
   *
   * @return the violations, never empty
   */
  public List<Violation> violations() {
    return french;
  }

  /**
   * Returns the violations in the reader's language (English for {@code en}, French otherwise).
   *
   * @param locale the reader's locale
   * @return the violations, never empty
   */
  public List<Violation> violations(Locale locale) {
    List<Violation> chosen = "en".equals(locale.getLanguage()) ? english : french;
    return chosen == null ? List.of() : chosen; // null only after deserialisation
  }

  @Override
  public String getMessage() {
    return getMessage(MessageBundle.DEFAULT_LOCALE);
  }

  @Override
  public String getMessage(Locale locale) {
    if (french == null) {
      return super.getMessage(locale); // deserialised: the texts were kept whole
    }
    boolean inEnglish = "en".equals(locale.getLanguage());
    return super.getMessage(locale)
        + " "
        + violations(locale).stream()
            .map(v -> v.describe(inEnglish))
            .collect(Collectors.joining(" ; ", "", ""));
  }
}
