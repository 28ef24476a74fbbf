package fr.spsplus.examples.cli.input;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A column of a CSV input format: its name in the header row and whether it must be present.
 *
 * @param name the header name, lower-case ASCII letters, digits and underscores
 * @param required whether the column must be in the header (an optional column may be absent; its
 *     cells may then be empty)
 */
public record CsvColumn(String name, boolean required) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  /**
   * Checks the name.
   *
   * @throws IllegalArgumentException if the name is not a lower-case identifier
   */
  public CsvColumn {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("column name must be a lower-case identifier: " + name);
    }
  }

  /**
   * Returns a required column.
   *
   * @param name the header name
   * @return the column
   */
  public static CsvColumn required(String name) {
    return new CsvColumn(name, true);
  }

  /**
   * Returns an optional column.
   *
   * @param name the header name
   * @return the column
   */
  public static CsvColumn optional(String name) {
    return new CsvColumn(name, false);
  }

  /**
   * Tells whether a header cell names this column: case and surrounding blanks are ignored.
   *
   * @param headerCell the text of the header cell
   * @return true if it names this column
   */
  boolean matches(String headerCell) {
    return name.equals(headerCell.strip().toLowerCase(Locale.ROOT));
  }

  /** Returns the name, with {@code [ ]} around an optional column. */
  @Override
  public String toString() {
    return required ? name : "[" + name + "]";
  }
}
