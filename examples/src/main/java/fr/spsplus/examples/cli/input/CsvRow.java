package fr.spsplus.examples.cli.input;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.core.structure.StructureCode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a CSV input, read by column name through typed accessors.
 *
 * <p>Cells are stripped of surrounding blanks; an empty cell, or a cell of an optional column that
 * the file does not have, is absent. Every accessor that fails throws an {@link
 * InvalidInputException} naming the file, the line, the column (name and 1-based position) and what
 * was expected, without repeating the cell's value.
 */
public final class CsvRow {

  private static final Pattern IDENTIFIER = Pattern.compile("\\p{Graph}{1,128}");

  private final String source;
  private final long line;
  private final Map<String, Integer> positions;
  private final String[] cells;
  private final int width;

  CsvRow(String source, long line, Map<String, Integer> positions, String[] cells, int width) {
    this.source = source;
    this.line = line;
    this.positions = positions;
    this.cells = cells;
    this.width = width;
  }

  /**
   * Requires as many cells as the header has columns.
   *
   * @throws InvalidInputException naming the line and both counts otherwise
   */
  void requireWidth() {
    if (cells.length != width) {
      throw InputMessages.atLine(
          source, line, InputMessages.message("row.width", width, cells.length));
    }
  }

  /**
   * Returns the line of the row in the file, 1-based (the line where a multi-line quoted row
   * starts).
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the name of the file, as the user gave it.
   *
   * @return the source name
   */
  public String source() {
    return source;
  }

  /**
   * Returns an optional cell's text.
   *
   * @param column the column's name
   * @return the stripped text, or null when the cell is empty or the column absent
   */
  public @Nullable String optionalText(String column) {
    Integer position = positions.get(column);
    if (position == null) {
      return null;
    }
    String value = cells[position].strip();
    return value.isEmpty() ? null : value;
  }

  /**
   * Returns a required cell's text.
   *
   * @param column the column's name
   * @return the stripped text, not empty
   * @throws InvalidInputException if the cell is empty
   */
  public String text(String column) {
    String value = optionalText(column);
    if (value == null) {
      throw error(column, InputMessages.message("expected.value"));
    }
    return value;
  }

  /**
   * Returns a required text of bounded length.
   *
   * @param column the column's name
   * @param maxLength the maximum length, in characters
   * @return the text
   * @throws InvalidInputException if the cell is empty or longer
   */
  public String text(String column, int maxLength) {
    String value = text(column);
    if (value.length() > maxLength) {
      throw error(column, InputMessages.message("expected.text", maxLength));
    }
    return value;
  }

  /**
   * Returns an opaque identifier: 1 to 128 printable ASCII characters without blanks.
   *
   * @param column the column's name
   * @return the identifier
   * @throws InvalidInputException if the cell is empty or not such an identifier
   */
  public String identifier(String column) {
    String value = text(column);
    if (!IDENTIFIER.matcher(value).matches()) {
      throw error(column, InputMessages.message("expected.identifier"));
    }
    return value;
  }

  /**
   * Returns a structure code.
   *
   * @param column the column's name
   * @return the code
   * @throws InvalidInputException if the cell is empty or not a structure code
   */
  public StructureCode structure(String column) {
    String value = text(column);
    try {
      return StructureCode.of(value);
    } catch (InvalidInputException e) {
      throw error(column, InputMessages.message("expected.structure"));
    }
  }

  /**
   * Returns a decimal integer within bounds.
   *
   * @param column the column's name
   * @param min the smallest accepted value
   * @param max the largest accepted value
   * @return the value
   * @throws InvalidInputException if the cell is empty, not an integer or out of bounds
   */
  public int integer(String column, int min, int max) {
    String value = text(column);
    return parseInteger(column, value, min, max);
  }

  /**
   * Returns an optional decimal integer within bounds.
   *
   * @param column the column's name
   * @param min the smallest accepted value
   * @param max the largest accepted value
   * @param absent the value of an empty cell or an absent column
   * @return the value
   * @throws InvalidInputException if the cell is not an integer or is out of bounds
   */
  public int optionalInteger(String column, int min, int max, int absent) {
    String value = optionalText(column);
    return value == null ? absent : parseInteger(column, value, min, max);
  }

  private int parseInteger(String column, String value, int min, int max) {
    try {
      int parsed = Integer.parseInt(value);
      if (parsed >= min && parsed <= max) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(column, InputMessages.message("expected.integer", min, max));
  }

  /**
   * Returns an optional survey weight: a finite, strictly positive decimal written with a dot.
   *
   * @param column the column's name
   * @return the weight, or null when the cell is empty or the column absent
   * @throws InvalidInputException if the cell is not such a number
   */
  public @Nullable Double optionalWeight(String column) {
    String value = optionalText(column);
    if (value == null) {
      return null;
    }
    try {
      if (value.matches("[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?")) {
        double weight = Double.parseDouble(value);
        if (weight > 0 && Double.isFinite(weight)) {
          return weight;
        }
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw error(column, InputMessages.message("expected.weight"));
  }

  /**
   * Returns the constant of an enum whose name is the cell (exact, surrounding blanks ignored).
   *
   * @param <E> the enum type
   * @param type the enum class
   * @param column the column's name
   * @return the constant
   * @throws InvalidInputException if the cell is empty or not a code of the enum; the message lists
   *     the accepted codes
   */
  public <E extends Enum<E>> E code(Class<E> type, String column) {
    return parseCode(type, column, text(column));
  }

  /**
   * Returns the constant of an enum, or a default when the cell is empty or the column absent.
   *
   * @param <E> the enum type
   * @param type the enum class
   * @param column the column's name
   * @param absent the value of an empty cell or absent column
   * @return the constant
   * @throws InvalidInputException if the cell is not a code of the enum
   */
  public <E extends Enum<E>> E optionalCode(Class<E> type, String column, E absent) {
    String value = optionalText(column);
    return value == null ? absent : parseCode(type, column, value);
  }

  private <E extends Enum<E>> E parseCode(Class<E> type, String column, String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value)) {
        return constant;
      }
    }
    String accepted =
        Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    throw error(column, InputMessages.message("expected.code", accepted));
  }

  /**
   * Returns an ISO-8601 date ({@code 2026-03-02}).
   *
   * @param column the column's name
   * @return the date
   * @throws InvalidInputException if the cell is empty or not such a date
   */
  public LocalDate date(String column) {
    return parseDate(column, text(column));
  }

  /**
   * Returns an optional ISO-8601 date.
   *
   * @param column the column's name
   * @return the date, or null when the cell is empty or the column absent
   * @throws InvalidInputException if the cell is not such a date
   */
  public @Nullable LocalDate optionalDate(String column) {
    String value = optionalText(column);
    return value == null ? null : parseDate(column, value);
  }

  private LocalDate parseDate(String column, String value) {
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value);
      }
    } catch (DateTimeException e) {
      // reported below
    }
    throw error(column, InputMessages.message("expected.date"));
  }

  /**
   * Returns an instant, written as an ISO-8601 date-time with an offset, or as a local date-time
   * read in a time zone (see {@link Timestamps}).
   *
   * @param column the column's name
   * @param localZone the zone of local date-times, or null when they are refused
   * @return the instant
   * @throws InvalidInputException if the cell is empty, not a date-time, or a local date-time
   *     without a zone
   */
  public Instant instant(String column, @Nullable ZoneId localZone) {
    String value = text(column);
    try {
      return Timestamps.parse(value, localZone);
    } catch (InvalidInputException e) {
      throw error(column, e.localizedMessage());
    }
  }

  /**
   * Converts an optional cell with a function of the domain, reporting its {@link
   * InvalidInputException} at this cell.
   *
   * @param <T> the result type
   * @param column the column's name
   * @param conversion the conversion of the stripped text
   * @return the result, or null when the cell is empty or the column absent
   * @throws InvalidInputException located at this cell
   */
  public <T> @Nullable T optional(String column, Function<String, T> conversion) {
    String value = optionalText(column);
    if (value == null) {
      return null;
    }
    try {
      return conversion.apply(value);
    } catch (InvalidInputException e) {
      throw error(column, e.localizedMessage());
    }
  }

  /**
   * Converts a required cell with a function of the domain, reporting its {@link
   * InvalidInputException} at this cell.
   *
   * @param <T> the result type
   * @param column the column's name
   * @param conversion the conversion of the stripped text
   * @return the result
   * @throws InvalidInputException located at this cell
   */
  public <T> T required(String column, Function<String, T> conversion) {
    String value = text(column);
    try {
      return conversion.apply(value);
    } catch (InvalidInputException e) {
      throw error(column, e.localizedMessage());
    }
  }

  /**
   * Builds the record of the row, reporting an {@link InvalidInputException} of the domain (a rule
   * between several cells) at this line.
   *
   * @param <T> the record type
   * @param construction the construction
   * @return the record
   * @throws InvalidInputException located at this line
   */
  public <T> T build(Supplier<T> construction) {
    try {
      return construction.get();
    } catch (InvalidInputException e) {
      if (InputMessages.located(e)) {
        throw e;
      }
      throw InputMessages.atLine(source, line, e.localizedMessage());
    }
  }

  /**
   * Builds the error for a cell of this row.
   *
   * @param column the column's name (of the layout)
   * @param detail what was expected
   * @return the exception, to throw
   */
  public InvalidInputException error(String column, LocalizedMessage detail) {
    Objects.requireNonNull(column, "column");
    Integer position = positions.get(column);
    if (position == null) {
      return InputMessages.atLine(
          source, line, InputMessages.message("located.absent.column", column, detail));
    }
    return InputMessages.atCell(source, line, column, position + 1, detail);
  }
}
