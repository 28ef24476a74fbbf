package fr.spsplus.examples.cli.output;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An aligned text table for the terminal: a header row, a rule, and rows; columns separated by two
 * spaces; numbers right-aligned, text left-aligned; no trailing blanks. Widths count Unicode code
 * points (accented letters and no-break spaces are one column each).
 */
public final class TextTable {

  /** How the cells of a column are aligned. */
  public enum Align {
    /** Text: aligned on the left. */
    LEFT,
    /** Numbers: aligned on the right. */
    RIGHT
  }

  private final List<String> headers;
  private final List<Align> aligns;
  private final List<List<String>> rows = new ArrayList<>();

  private TextTable(List<String> headers, List<Align> aligns) {
    this.headers = headers;
    this.aligns = aligns;
  }

  /**
   * Starts a table.
   *
   * @param headers the column headings
   * @param aligns the alignment of each column
   * @return the table
   * @throws IllegalArgumentException if the lists differ in size or are empty
   */
  public static TextTable of(List<String> headers, List<Align> aligns) {
    if (headers.isEmpty() || headers.size() != aligns.size()) {
      throw new IllegalArgumentException("one alignment per heading, at least one column");
    }
    return new TextTable(List.copyOf(headers), List.copyOf(aligns));
  }

  /**
   * Adds a row.
   *
   * @param cells the cells, one per column
   * @return this table
   * @throws IllegalArgumentException if the number of cells differs from the number of columns
   */
  public TextTable row(List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException("one cell per column");
    }
    rows.add(List.copyOf(cells));
    return this;
  }

  /**
   * Returns the number of rows added.
   *
   * @return the count
   */
  public int size() {
    return rows.size();
  }

  /**
   * Writes the table.
   *
   * @param out where to write
   */
  public void print(PrintWriter out) {
    Objects.requireNonNull(out, "out");
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = width(headers.get(i));
      for (List<String> row : rows) {
        widths[i] = Math.max(widths[i], width(row.get(i)));
      }
    }
    out.println(line(headers, widths));
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("─".repeat(width));
    }
    out.println(line(rule, widths));
    for (List<String> row : rows) {
      out.println(line(row, widths));
    }
  }

  private String line(List<String> cells, int[] widths) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        text.append("  ");
      }
      String cell = cells.get(i);
      String padding = " ".repeat(widths[i] - width(cell));
      if (aligns.get(i) == Align.RIGHT) {
        text.append(padding).append(cell);
      } else {
        text.append(cell).append(padding);
      }
    }
    return text.toString().stripTrailing();
  }

  private static int width(String text) {
    return text.codePointCount(0, text.length());
  }
}
