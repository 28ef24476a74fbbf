package fr.spsplus.core.internal;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Objects;

/**
 * Invariant checks shared by the spsplus modules, each throwing an {@link InvalidInputException}
 * whose French and English messages name the field and the bound.
 *
 * <p>Null checks stay with {@link Objects#requireNonNull(Object, String)} (a null is a programmer
 * error, reported as a {@link NullPointerException} naming the field). Internal: not exported to
 * applications.
 */
public final class Checks {

  private static final MessageBundle MESSAGES = MessageBundle.of(Checks.class, "checks");

  private Checks() {}

  /**
   * Requires a string with at least one non-blank character.
   *
   * @param value the value
   * @param field the field's name, as the user knows it
   * @return the value
   */
  public static String requireNonBlank(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new InvalidInputException(MESSAGES.message("blank", field));
    }
    return value;
  }

  /**
   * Requires a string of at most {@code max} characters.
   *
   * @param value the value
   * @param max the maximum length, inclusive
   * @param field the field's name
   * @return the value
   */
  public static String requireMaxLength(String value, int max, String field) {
    Objects.requireNonNull(value, field);
    if (value.length() > max) {
      throw new InvalidInputException(MESSAGES.message("too.long", field, max, value.length()));
    }
    return value;
  }

  /**
   * Requires {@code min <= value <= max}.
   *
   * @param value the value
   * @param min the lower bound, inclusive
   * @param max the upper bound, inclusive
   * @param field the field's name
   * @return the value
   */
  public static long requireBetween(long value, long min, long max, String field) {
    if (value < min || value > max) {
      throw new InvalidInputException(MESSAGES.message("between", field, min, max, value));
    }
    return value;
  }

  /**
   * Requires {@code min <= value <= max}, and a finite value.
   *
   * @param value the value
   * @param min the lower bound, inclusive
   * @param max the upper bound, inclusive
   * @param field the field's name
   * @return the value
   */
  public static double requireBetween(double value, double min, double max, String field) {
    if (!(value >= min && value <= max)) {
      throw new InvalidInputException(MESSAGES.message("between", field, min, max, value));
    }
    return value;
  }

  /**
   * Requires {@code min < value < max} (both bounds excluded), and a finite value.
   *
   * @param value the value
   * @param min the lower bound, excluded
   * @param max the upper bound, excluded
   * @param field the field's name
   * @return the value
   */
  public static double requireStrictlyBetween(double value, double min, double max, String field) {
    if (!(value > min && value < max)) {
      throw new InvalidInputException(MESSAGES.message("strictly.between", field, min, max, value));
    }
    return value;
  }

  /**
   * Requires {@code value >= 0}.
   *
   * @param value the value
   * @param field the field's name
   * @return the value
   */
  public static long requireNonNegative(long value, String field) {
    if (value < 0) {
      throw new InvalidInputException(MESSAGES.message("negative", field, value));
    }
    return value;
  }

  /**
   * Requires {@code value > 0}.
   *
   * @param value the value
   * @param field the field's name
   * @return the value
   */
  public static long requirePositive(long value, String field) {
    if (value <= 0) {
      throw new InvalidInputException(MESSAGES.message("not.positive", field, value));
    }
    return value;
  }

  /**
   * Requires a finite {@code value > 0}.
   *
   * @param value the value
   * @param field the field's name
   * @return the value
   */
  public static double requirePositive(double value, String field) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new InvalidInputException(MESSAGES.message("not.positive", field, value));
    }
    return value;
  }

  /**
   * Requires {@code later} not to be before {@code earlier}.
   *
   * @param <T> a comparable temporal type ({@code LocalDate}, {@code Instant}…)
   * @param earlier the value that must come first
   * @param earlierField its field's name
   * @param later the value that must not come before it
   * @param laterField its field's name
   */
  public static <T extends Temporal & Comparable<? super T>> void requireNotBefore(
      T earlier, String earlierField, T later, String laterField) {
    Objects.requireNonNull(earlier, earlierField);
    Objects.requireNonNull(later, laterField);
    if (later.compareTo(earlier) < 0) {
      throw new InvalidInputException(
          MESSAGES.message("before", laterField, earlierField, later, earlier));
    }
  }

  /**
   * Requires a non-empty collection without null elements.
   *
   * @param <C> the collection type
   * @param values the collection
   * @param field the field's name
   * @return the collection
   */
  public static <C extends Collection<?>> C requireNonEmpty(C values, String field) {
    Objects.requireNonNull(values, field);
    if (values.isEmpty()) {
      throw new InvalidInputException(MESSAGES.message("empty", field));
    }
    return values;
  }

  /**
   * Parses the code of an enum constant (its exact name), with an error that lists the accepted
   * codes.
   *
   * @param <E> the enum type
   * @param type the enum class
   * @param code the text to parse (surrounding blanks are ignored, case is not)
   * @param field the field's name, for the message
   * @return the constant
   * @throws InvalidInputException if the code is not a constant of the enum
   */
  public static <E extends Enum<E>> E parseCode(Class<E> type, String code, String field) {
    Objects.requireNonNull(code, field);
    String trimmed = code.strip();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(trimmed)) {
        return constant;
      }
    }
    throw unknownCode(
        field, java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
  }

  /**
   * Builds an {@link InvalidInputException} for a value that is not one of the accepted codes.
   *
   * @param field the field's name
   * @param accepted the accepted codes, listed in the message
   * @return the exception, to throw
   */
  public static InvalidInputException unknownCode(String field, Collection<String> accepted) {
    return new InvalidInputException(
        MESSAGES.message("unknown.code", field, String.join(", ", accepted)));
  }
}
