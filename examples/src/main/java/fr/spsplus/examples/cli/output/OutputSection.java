package fr.spsplus.examples.cli.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Detail that an indicator command writes beside its results, when it is not one result per
 * structure × period × indicator: the démarches of {@code online-quality} with their scores, the
 * overdue backlog of {@code delays}.
 *
 * <ul>
 *   <li>in a table ({@code --format table}), the section follows the results after a blank line:
 *       its title on its own line, then its table; a section without rows is not printed;
 *   <li>in JSON, a section with a {@link #jsonKey()} is one more member of the document, after
 *       {@code "results"}, an array of {@link #json()} objects, one per line, {@code []} when
 *       empty: {@code {"results":[…],"procedures":[…]}}; a section without a key is only for tables
 *       (its figures are already in the results, as parameters);
 *   <li>CSV has one table only, the results: sections are not written.
 * </ul>
 *
 * @param jsonKey the member name in the JSON document, snake_case; {@code null} when the section is
 *     only for tables
 * @param json the objects of the JSON array, in order, each an ordered map of JSON values (strings,
 *     numbers, booleans, {@code null}); copied
 * @param title the title line of the table section, in the run's language
 * @param headers the column headings of the table section, in the run's language
 * @param aligns the alignment of each column
 * @param rows the rows of the table section, one cell per column; copied
 */
public record OutputSection(
    @Nullable String jsonKey,
    List<Map<String, @Nullable Object>> json,
    String title,
    List<String> headers,
    List<TextTable.Align> aligns,
    List<List<String>> rows) {

  /**
   * Checks and copies the components.
   *
   * @throws IllegalArgumentException if the key is {@code results} or blank, the headings and
   *     alignments differ in number or are empty, or a row has another number of cells
   */
  public OutputSection {
    if (jsonKey != null && (jsonKey.isBlank() || jsonKey.equals("results"))) {
      throw new IllegalArgumentException("a section's JSON key is neither blank nor \"results\"");
    }
    Objects.requireNonNull(title, "title");
    headers = List.copyOf(headers);
    aligns = List.copyOf(aligns);
    if (headers.isEmpty() || headers.size() != aligns.size()) {
      throw new IllegalArgumentException("one alignment per heading, at least one column");
    }
    List<List<String>> copiedRows = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      if (row.size() != headers.size()) {
        throw new IllegalArgumentException("one cell per column");
      }
      copiedRows.add(List.copyOf(row));
    }
    rows = Collections.unmodifiableList(copiedRows);
    List<Map<String, @Nullable Object>> copiedJson = new ArrayList<>(json.size());
    for (Map<String, @Nullable Object> object : json) {
      copiedJson.add(Collections.unmodifiableMap(new LinkedHashMap<>(object)));
    }
    json = Collections.unmodifiableList(copiedJson);
  }

  /**
   * Returns the section's table, ready to print.
   *
   * @return a new table with the headings and rows
   */
  TextTable table() {
    TextTable table = TextTable.of(headers, aligns);
    rows.forEach(table::row);
    return table;
  }
}
