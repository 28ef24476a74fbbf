package fr.spsplus.examples.cli.output;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How the CLI writes numbers in JSON and CSV: whole values as integers ({@code 1204}, not {@code
 * 1204.0}), others in plain decimal notation ({@code 0.000015}, never {@code 1.5E-5}), always with
 * a dot.
 */
public final class JsonValues {

  private static final Pattern JSON_NUMBER =
      Pattern.compile("-?(?:0|[1-9][0-9]{0,17})(?:\\.[0-9]+)?");
  private static final double EXACT_INTEGER_LIMIT = 9_007_199_254_740_992d; // 2^53

  private JsonValues() {}

  /**
   * Returns a number as a JSON-friendly Java value: a {@code Long} when whole, a {@code BigDecimal}
   * otherwise.
   *
   * @param value the number, finite
   * @return the value to write
   */
  public static Number number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < EXACT_INTEGER_LIMIT) {
      return (long) value;
    }
    return BigDecimal.valueOf(value).stripTrailingZeros();
  }

  /**
   * Returns a number as text for CSV.
   *
   * @param value the number, finite
   * @return for example {@code 1204}, {@code 0.853}
   */
  public static String text(double value) {
    Number number = number(value);
    return number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
  }

  /**
   * Returns a parameter's text as a JSON value: a number when it is written as one ({@code 20},
   * {@code 0.95}), {@code true}/{@code false} as booleans, the text otherwise.
   *
   * @param text the parameter's value
   * @return the value to write
   */
  public static Object parameter(String text) {
    if (text.equals("true") || text.equals("false")) {
      return Boolean.valueOf(text);
    }
    if (JSON_NUMBER.matcher(text).matches()) {
      BigDecimal decimal = new BigDecimal(text);
      return decimal.scale() <= 0 ? (Object) decimal.longValueExact() : decimal;
    }
    return text;
  }
}
