package fr.spsplus.examples.cli.input;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The columns of a CSV input format, in their documented order. Files name their columns in a
 * header row, in any order; optional columns may be absent.
 *
 * @param columns the columns, at least one, names unique
 */
public record CsvLayout(List<CsvColumn> columns) {

  /**
   * Checks and copies the columns.
   *
   * @throws IllegalArgumentException if there is no column or two share a name
   */
  public CsvLayout {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a layout has at least one column");
    }
    Set<String> names = new HashSet<>();
    for (CsvColumn column : columns) {
      if (!names.add(column.name())) {
        throw new IllegalArgumentException("duplicate column " + column.name());
      }
    }
  }

  /**
   * Returns a layout.
   *
   * @param columns the columns, in documented order
   * @return the layout
   */
  public static CsvLayout of(CsvColumn... columns) {
    return new CsvLayout(List.of(columns));
  }

  /**
   * Finds the column a header cell names.
   *
   * @param headerCell the text of a header cell
   * @return the column, or empty when the cell names none
   */
  Optional<CsvColumn> find(String headerCell) {
    Objects.requireNonNull(headerCell, "headerCell");
    return columns.stream().filter(c -> c.matches(headerCell)).findFirst();
  }

  /**
   * Returns the documented header: the names in order, optional ones in brackets.
   *
   * @return for example {@code call_id, structure, [handle_seconds]}
   */
  public String describe() {
    return columns.stream().map(CsvColumn::toString).collect(Collectors.joining(", "));
  }
}
