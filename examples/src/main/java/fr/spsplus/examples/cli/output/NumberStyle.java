package fr.spsplus.examples.cli.output;

import fr.spsplus.examples.cli.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * Numbers for humans, in the run's language, identical on every JDK and machine (the symbols are
 * fixed here rather than taken from the JDK's locale data, which changed between versions).
 *
 * <ul>
 *   <li>French: decimal comma, narrow no-break space (U+202F) between thousands, no-break space
 *       (U+00A0) before {@code %} and units: {@code 1 204}, {@code 85,3 %}, {@code 42 s};
 *   <li>English: decimal point, comma between thousands, {@code %} stuck to the number: {@code
 *       1,204}, {@code 85.3%}, {@code 42 s}.
 * </ul>
 *
 * <p>Rounding is half-up on the shortest decimal form of the {@code double} ({@code 0.8535} shows
 * {@code 85,4 %}), so that what is shown is what a person would compute from the printed digits.
 */
public final class NumberStyle {

  /** The narrow no-break space, French thousands separator. */
  public static final char NARROW_NBSP = '\u202F';

  /** The no-break space, before {@code %} and units in French. */
  public static final char NBSP = '\u00A0';

  private final Language language;
  private final DecimalFormatSymbols symbols;

  private NumberStyle(Language language) {
    this.language = language;
    this.symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
    if (language == Language.FR) {
      symbols.setDecimalSeparator(',');
      symbols.setGroupingSeparator(NARROW_NBSP);
    } else {
      symbols.setDecimalSeparator('.');
      symbols.setGroupingSeparator(',');
    }
    symbols.setMinusSign('-');
  }

  /**
   * Returns the style of a language.
   *
   * @param language the language
   * @return the style
   */
  public static NumberStyle of(Language language) {
    return new NumberStyle(Objects.requireNonNull(language, "language"));
  }

  /**
   * Formats a whole number with thousands separators.
   *
   * @param value the number
   * @return for example {@code 1 204} or {@code 1,204}
   */
  public String integer(long value) {
    return format(BigDecimal.valueOf(value), 0);
  }

  /**
   * Formats a decimal number with a fixed number of decimals, rounded half-up.
   *
   * @param value the number, finite
   * @param decimals the number of decimals, 0 or more
   * @return for example {@code 85,3} or {@code 85.3}
   */
  public String decimal(double value, int decimals) {
    return format(BigDecimal.valueOf(value), decimals);
  }

  /**
   * Formats a proportion as a percentage.
   *
   * @param proportion the proportion, 0.853 for 85.3 %
   * @param decimals the decimals of the percentage
   * @return for example {@code 85,3 %} or {@code 85.3%}
   */
  public String percent(double proportion, int decimals) {
    return format(BigDecimal.valueOf(proportion).movePointRight(2), decimals) + percentSign();
  }

  /**
   * Formats a proportion as a number of percent, without the sign.
   *
   * @param proportion the proportion, 0.853 for 85.3
   * @param decimals the decimals of the percentage
   * @return for example {@code 85,3} or {@code 85.3}
   */
  public String percentNumber(double proportion, int decimals) {
    return format(BigDecimal.valueOf(proportion).movePointRight(2), decimals);
  }

  /**
   * Formats a number followed by a unit symbol.
   *
   * @param value the number
   * @param decimals the number of decimals
   * @param unit the unit's symbol, for example {@code s}
   * @return for example {@code 42,5 s}
   */
  public String withUnit(double value, int decimals, String unit) {
    return decimal(value, decimals) + (language == Language.FR ? NBSP : ' ') + unit;
  }

  /**
   * Returns the percent sign as written after a number.
   *
   * @return {@code " %"} with a no-break space in French, {@code "%"} in English
   */
  public String percentSign() {
    return language == Language.FR ? NBSP + "%" : "%";
  }

  private String format(BigDecimal value, int decimals) {
    DecimalFormat format = new DecimalFormat("#,##0", symbols);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    format.setRoundingMode(RoundingMode.HALF_UP);
    String text = format.format(value);
    return text.equals("-0") || text.matches("-0[.,]0+") ? text.substring(1) : text;
  }
}
