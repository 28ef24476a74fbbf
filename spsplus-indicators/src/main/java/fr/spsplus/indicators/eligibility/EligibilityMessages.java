package fr.spsplus.indicators.eligibility;

import fr.spsplus.core.i18n.MessageBundle;
import java.math.BigDecimal;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * The message bundle of this package, and the rendering of findings whose arguments are stored as
 * text.
 */
final class EligibilityMessages {

  static final MessageBundle BUNDLE = MessageBundle.of(EligibilityMessages.class, "messages");

  private EligibilityMessages() {}

  /**
   * Renders a key whose arguments are plain strings: an argument the pattern formats as a number
   * ({@code {2,number,0.##}}) is written in plain decimal notation and converted to a number here,
   * so that it reads {@code 82,5} in French and {@code 82.5} in English; the others are inserted as
   * they are.
   */
  static String render(Locale locale, String key, List<String> arguments) {
    Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    MessageFormat format = new MessageFormat(BUNDLE.pattern(locale, key), language);
    Format[] formats = format.getFormatsByArgumentIndex();
    Object[] values = new Object[arguments.size()];
    for (int i = 0; i < values.length; i++) {
      String argument = arguments.get(i);
      values[i] =
          i < formats.length && formats[i] instanceof NumberFormat
              ? new BigDecimal(argument)
              : argument;
    }
    return format.format(values);
  }

  /** Renders a key without arguments, or with arguments that need no conversion. */
  static String text(Locale locale, String key, Object... arguments) {
    return BUNDLE.format(locale, key, arguments);
  }
}
