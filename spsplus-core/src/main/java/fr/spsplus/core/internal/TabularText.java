package fr.spsplus.core.internal;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.core.i18n.MessageBundle;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reader of spsplus's bundled data files: a small, line-oriented UTF-8 text format, readable
 * without any JSON or CSV library (Jackson is optional in core).
 *
 * <h2>Format</h2>
 *
 * <pre>
 * # provenance: where the data comes from, when and how it was collected   (required, first line)
 * # any other comment line
 * &#64;key&lt;TAB&gt;value                                                        (metadata, before the header)
 * column1&lt;TAB&gt;column2&lt;TAB&gt;…                                                (the header, exactly as expected)
 * value1&lt;TAB&gt;value2&lt;TAB&gt;…                                                  (one record per line)
 * </pre>
 *
 * <ul>
 *   <li>The first non-blank line is a comment starting with {@code # provenance:}.
 *   <li>Lines starting with {@code #} are comments; blank lines are ignored; a leading byte-order
 *       mark is ignored; line ends are LF or CRLF.
 *   <li>Metadata lines {@code @key<TAB>value} come before the header; a key appears once.
 *   <li>Fields are separated by one tab character and have no quoting: a value cannot contain a tab
 *       or a line break. Surrounding blanks of each field are removed. An empty field is an absent
 *       value.
 *   <li>Every record has exactly as many fields as the header.
 * </ul>
 *
 * <p>Every error is an {@link InvalidInputException} naming the source, the line (1-based) and, for
 * a value, the column. Internal: not exported to applications.
 */
public final class TabularText {

  private static final MessageBundle MESSAGES = MessageBundle.of(TabularText.class, "tabular");
  private static final String PROVENANCE = "# provenance:";
  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  private final String sourceName;
  private final String provenance;
  private final Map<String, Metadata> metadata;
  private final List<Row> rows;

  private record Metadata(String value, int line) {}

  private TabularText(
      String sourceName, String provenance, Map<String, Metadata> metadata, List<Row> rows) {
    this.sourceName = sourceName;
    this.provenance = provenance;
    this.metadata = metadata;
    this.rows = rows;
  }

  /**
   * Parses a document. The reader is read to its end and not closed.
   *
   * @param reader the text
   * @param sourceName the name of the source, for messages (a resource or file name; not personal)
   * @param columns the expected header, in order
   * @return the document
   * @throws InvalidInputException if the text breaks the format (message naming the line)
   * @throws UncheckedIOException if the reader fails
   */
  public static TabularText parse(Reader reader, String sourceName, List<String> columns) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(columns, "columns");
    List<String> lines = readLines(reader, sourceName);
    String provenance = null;
    Map<String, Metadata> metadata = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    boolean header = false;
    for (int index = 0; index < lines.size(); index++) {
      int line = index + 1;
      String text = lines.get(index);
      if (index == 0 && text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      if (text.isBlank()) {
        continue;
      }
      if (provenance == null) {
        if (!text.startsWith(PROVENANCE) || text.substring(PROVENANCE.length()).isBlank()) {
          throw located(sourceName, line, MESSAGES.message("provenance.missing"));
        }
        provenance = text.substring(PROVENANCE.length()).strip();
        continue;
      }
      if (text.startsWith("#")) {
        continue;
      }
      if (text.startsWith("@")) {
        if (header) {
          throw located(sourceName, line, MESSAGES.message("metadata.after.header"));
        }
        int tab = text.indexOf('\t');
        String key = tab < 0 ? "" : text.substring(1, tab);
        if (!KEY.matcher(key).matches() || text.substring(tab + 1).isBlank()) {
          throw located(sourceName, line, MESSAGES.message("metadata.malformed"));
        }
        if (metadata.containsKey(key)) {
          throw located(sourceName, line, MESSAGES.message("metadata.duplicate", key));
        }
        metadata.put(key, new Metadata(text.substring(tab + 1).strip(), line));
        continue;
      }
      List<String> fields = split(text);
      if (!header) {
        if (!fields.equals(columns)) {
          throw located(sourceName, line, MESSAGES.message("header", String.join(" ⇥ ", columns)));
        }
        header = true;
        continue;
      }
      if (fields.size() != columns.size()) {
        throw located(sourceName, line, MESSAGES.message("fields", columns.size(), fields.size()));
      }
      rows.add(new Row(sourceName, line, columns, fields));
    }
    if (provenance == null) {
      throw located(sourceName, 1, MESSAGES.message("provenance.missing"));
    }
    if (!header) {
      throw located(
          sourceName, lines.size(), MESSAGES.message("header", String.join(" ⇥ ", columns)));
    }
    if (rows.isEmpty()) {
      throw located(sourceName, lines.size(), MESSAGES.message("empty"));
    }
    return new TabularText(
        sourceName, provenance, Collections.unmodifiableMap(metadata), List.copyOf(rows));
  }

  /**
   * The most characters a document may hold, {@value}: referentials and audit grids are a few
   * kilobytes, and a larger input is refused before it fills the memory.
   */
  public static final int MAX_CHARS = 1 << 20;

  private static List<String> readLines(Reader reader, String sourceName) {
    char[] buffer = new char[8192];
    StringBuilder text = new StringBuilder();
    try {
      for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
        if (text.length() + n > MAX_CHARS) {
          throw new InvalidInputException(
              MESSAGES.message("document", sourceName, MESSAGES.message("too.large", MAX_CHARS)));
        }
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString().lines().toList();
  }

  private static List<String> split(String text) {
    List<String> fields = new ArrayList<>();
    int start = 0;
    for (int tab = text.indexOf('\t'); tab >= 0; tab = text.indexOf('\t', start)) {
      fields.add(text.substring(start, tab).strip());
      start = tab + 1;
    }
    fields.add(text.substring(start).strip());
    return fields;
  }

  /**
   * Tells whether an exception was raised by this reader, and so already names the source (and the
   * line, if any).
   *
   * @param e the exception
   * @return true if the message is one of this reader's located messages
   */
  public static boolean isLocated(InvalidInputException e) {
    return e.localizedMessage().bundle().equals(MESSAGES)
        && (e.localizedMessage().key().startsWith("located")
            || e.localizedMessage().key().equals("document")
            || e.localizedMessage().key().equals("metadata.missing"));
  }

  private static InvalidInputException located(String source, int line, LocalizedMessage detail) {
    return new InvalidInputException(MESSAGES.message("located", source, line, detail));
  }

  /**
   * Returns the name of the source, as given to {@link #parse}.
   *
   * @return the source name
   */
  public String sourceName() {
    return sourceName;
  }

  /**
   * Returns the text of the {@code # provenance:} line, without the prefix.
   *
   * @return the provenance, never blank
   */
  public String provenance() {
    return provenance;
  }

  /**
   * Returns a required metadata value, converted.
   *
   * @param <T> the value's type
   * @param key the key, without {@code @}
   * @param parser the conversion; an {@link InvalidInputException} it throws is reported at the
   *     metadata's line
   * @return the converted value
   * @throws InvalidInputException if the key is absent or the value cannot be converted
   */
  public <T> T metadata(String key, Function<String, T> parser) {
    Metadata entry = metadata.get(key);
    if (entry == null) {
      throw new InvalidInputException(MESSAGES.message("metadata.missing", sourceName, key));
    }
    try {
      return parser.apply(entry.value());
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          MESSAGES.message(
              "located",
              sourceName,
              entry.line(),
              MESSAGES.message("metadata.invalid", key, e.localizedMessage())),
          e);
    }
  }

  /**
   * Returns an optional metadata value as text.
   *
   * @param key the key, without {@code @}
   * @return the value, or null when the key is absent
   */
  public @Nullable String optionalMetadata(String key) {
    Metadata entry = metadata.get(key);
    return entry == null ? null : entry.value();
  }

  /**
   * Returns a required metadata value as text.
   *
   * @param key the key, without {@code @}
   * @return the value, never blank
   * @throws InvalidInputException if the key is absent
   */
  public String metadata(String key) {
    return metadata(key, Function.identity());
  }

  /**
   * Returns the records, in file order.
   *
   * @return the records, never empty
   */
  public List<Row> rows() {
    return rows;
  }

  /**
   * Builds the error for a rule of the whole document, that no single line breaks.
   *
   * @param detail what is wrong
   * @return the exception, to throw
   */
  public InvalidInputException error(LocalizedMessage detail) {
    return new InvalidInputException(MESSAGES.message("document", sourceName, detail));
  }

  /**
   * Builds the error for a whole-document rule broken at a given line.
   *
   * @param line the line, 1-based
   * @param detail what is wrong
   * @return the exception, to throw
   */
  public InvalidInputException error(int line, LocalizedMessage detail) {
    return located(sourceName, line, detail);
  }

  /** One record of a document, with its line number and typed accessors. */
  public static final class Row {
    private final String sourceName;
    private final int line;
    private final List<String> columns;
    private final List<String> fields;

    private Row(String sourceName, int line, List<String> columns, List<String> fields) {
      this.sourceName = sourceName;
      this.line = line;
      this.columns = columns;
      this.fields = List.copyOf(fields);
    }

    /**
     * Returns the line of this record, 1-based.
     *
     * @return the line
     */
    public int line() {
      return line;
    }

    /**
     * Returns an optional text value.
     *
     * @param column the column's name
     * @return the value, or null when the field is empty
     */
    public @Nullable String optionalText(String column) {
      String value = fields.get(index(column));
      return value.isEmpty() ? null : value;
    }

    /**
     * Returns a required text value.
     *
     * @param column the column's name
     * @return the value, never empty
     * @throws InvalidInputException if the field is empty
     */
    public String text(String column) {
      String value = optionalText(column);
      if (value == null) {
        throw error(column, MESSAGES.message("value.blank"));
      }
      return value;
    }

    /**
     * Returns an integer value.
     *
     * @param column the column's name
     * @return the value
     * @throws InvalidInputException if the field is empty or not a decimal integer
     */
    public int integer(String column) {
      String value = text(column);
      try {
        return Integer.parseInt(value);
      } catch (NumberFormatException e) {
        throw error(column, MESSAGES.message("value.integer"));
      }
    }

    /**
     * Returns a decimal value, written with a dot ({@code 1.5}).
     *
     * @param column the column's name
     * @return the value
     * @throws InvalidInputException if the field is empty or not a decimal number
     */
    public BigDecimal decimal(String column) {
      String value = text(column);
      try {
        return new BigDecimal(value);
      } catch (NumberFormatException e) {
        throw error(column, MESSAGES.message("value.decimal"));
      }
    }

    /**
     * Returns a boolean value, written {@code true} or {@code false}.
     *
     * @param column the column's name
     * @return the value
     * @throws InvalidInputException if the field is anything else
     */
    public boolean bool(String column) {
      String value = text(column);
      if (value.equals("true") || value.equals("false")) {
        return Boolean.parseBoolean(value);
      }
      throw error(column, MESSAGES.message("value.boolean"));
    }

    /**
     * Returns an ISO-8601 date ({@code 2023-05-09}).
     *
     * @param column the column's name
     * @return the date
     * @throws InvalidInputException if the field is empty or not such a date
     */
    public LocalDate date(String column) {
      return TabularText.date(text(column), e -> error(column, e));
    }

    /**
     * Returns an absolute {@code http} or {@code https} address.
     *
     * @param column the column's name
     * @return the address
     * @throws InvalidInputException if the field is empty or not such an address
     */
    public URI uri(String column) {
      return TabularText.uri(text(column), e -> error(column, e));
    }

    /**
     * Returns an optional enum code.
     *
     * @param <E> the enum type
     * @param type the enum class
     * @param column the column's name
     * @return the constant, or null when the field is empty
     * @throws InvalidInputException if the field is not a code of the enum
     */
    public <E extends Enum<E>> @Nullable E optionalCode(Class<E> type, String column) {
      String value = optionalText(column);
      return value == null ? null : build(column, () -> Checks.parseCode(type, value, column));
    }

    /**
     * Runs a conversion, reporting an {@link InvalidInputException} it throws at this record's line
     * and column.
     *
     * @param <T> the result type
     * @param column the column the value comes from
     * @param conversion the conversion
     * @return the result
     * @throws InvalidInputException located at this line and column
     */
    public <T> T build(String column, Supplier<T> conversion) {
      try {
        return conversion.get();
      } catch (InvalidInputException e) {
        if (isLocated(e)) {
          throw e;
        }
        throw error(column, e.localizedMessage());
      }
    }

    /**
     * Runs a conversion of the whole record, reporting an {@link InvalidInputException} it throws
     * at this record's line.
     *
     * @param <T> the result type
     * @param conversion the conversion
     * @return the result
     * @throws InvalidInputException located at this line
     */
    public <T> T build(Supplier<T> conversion) {
      try {
        return conversion.get();
      } catch (InvalidInputException e) {
        if (isLocated(e)) {
          throw e;
        }
        throw new InvalidInputException(
            MESSAGES.message("located", sourceName, line, e.localizedMessage()), e);
      }
    }

    /**
     * Builds the error for a value of this record.
     *
     * @param column the column's name
     * @param detail what is wrong
     * @return the exception, to throw
     */
    public InvalidInputException error(String column, LocalizedMessage detail) {
      return new InvalidInputException(
          MESSAGES.message("located.column", sourceName, line, column, detail));
    }

    private int index(String column) {
      int index = columns.indexOf(column);
      if (index < 0) {
        throw new IllegalArgumentException("no column " + column);
      }
      return index;
    }
  }

  /**
   * Parses an ISO-8601 date.
   *
   * @param text the text
   * @return the date
   * @throws InvalidInputException if the text is not such a date
   */
  public static LocalDate date(String text) {
    return date(text, InvalidInputException::new);
  }

  /**
   * Parses an absolute {@code http} or {@code https} address.
   *
   * @param text the text
   * @return the address
   * @throws InvalidInputException if the text is not such an address
   */
  public static URI uri(String text) {
    return uri(text, InvalidInputException::new);
  }

  private static LocalDate date(
      String text, Function<LocalizedMessage, InvalidInputException> failure) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw failure.apply(MESSAGES.message("value.date"));
    }
  }

  private static URI uri(String text, Function<LocalizedMessage, InvalidInputException> failure) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      if (uri.getHost() != null && ("https".equals(scheme) || "http".equals(scheme))) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw failure.apply(MESSAGES.message("value.uri"));
  }
}
