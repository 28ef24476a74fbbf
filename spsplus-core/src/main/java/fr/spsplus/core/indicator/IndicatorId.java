package fr.spsplus.core.indicator;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The identifier of an indicator in a result: either one of spsplus's {@link IndicatorCode}s (value
 * {@code TAUX_DECROCHE_AGENT}) or an indicator of the open-data platform, whose codes look like
 * {@code IND-27} ("Code SP+ de l'indicateur" of the {@code export-resultats} dataset; the list is
 * open and not hard-coded, see {@code opendata.plus.transformation.gouv.fr}).
 *
 * <p>Any value of 1 to 64 ASCII letters, digits, {@code -}, {@code _} or {@code .} is accepted, so
 * that networks can name their own indicators. Values are case-sensitive, except that {@link
 * #parse(String)} recognises spsplus codes in any case.
 *
 * @param value the identifier
 */
public record IndicatorId(@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String value)
    implements Comparable<IndicatorId> {

  private static final java.util.regex.Pattern FORMAT =
      java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final java.util.regex.Pattern OPEN_DATA =
      java.util.regex.Pattern.compile("IND-([0-9]{1,9})");
  private static final MessageBundle MESSAGES = MessageBundle.of(IndicatorId.class, "messages");

  /**
   * Checks the format.
   *
   * @throws InvalidInputException if the value is empty, longer than 64 characters or has other
   *     characters
   */
  public IndicatorId {
    Objects.requireNonNull(value, "value");
    if (!FORMAT.matcher(value).matches()) {
      throw new InvalidInputException(MESSAGES.message("indicator.id.format"));
    }
  }

  /**
   * Returns the identifier of one of spsplus's indicators.
   *
   * @param code the indicator
   * @return {@code code.id()}
   */
  public static IndicatorId of(IndicatorCode code) {
    return Objects.requireNonNull(code, "code").id();
  }

  /**
   * Reads an identifier. Surrounding blanks are ignored; a spsplus code written in any case becomes
   * that code's identifier ({@code taux_decroche_agent} gives {@code TAUX_DECROCHE_AGENT}).
   *
   * @param text the identifier, for example {@code IND-27} or {@code EFFORT}
   * @return the identifier
   * @throws InvalidInputException if the format is wrong
   */
  public static IndicatorId parse(String text) {
    Objects.requireNonNull(text, "text");
    String stripped = text.strip();
    for (IndicatorCode code : IndicatorCode.values()) {
      if (code.name().equalsIgnoreCase(stripped)) {
        return code.id();
      }
    }
    return new IndicatorId(stripped);
  }

  /**
   * Returns the spsplus indicator this identifier names.
   *
   * @return the code, or empty for another indicator (an open-data one, for example)
   */
  public Optional<IndicatorCode> code() {
    for (IndicatorCode code : IndicatorCode.values()) {
      if (code.name().equals(value)) {
        return Optional.of(code);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the number of an open-data indicator code {@code IND-<n>}.
   *
   * @return {@code n} for {@code IND-<n>}, or empty for any other identifier
   */
  public OptionalInt openDataNumber() {
    java.util.regex.Matcher m = OPEN_DATA.matcher(value);
    return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
  }

  @Override
  public int compareTo(IndicatorId other) {
    return value.compareTo(other.value);
  }

  /** Returns the identifier itself. */
  @Override
  public String toString() {
    return value;
  }
}
