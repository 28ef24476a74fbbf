package fr.spsplus.core.structure;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.core.i18n.MessageBundle;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Reads the structures directory of the Services Publics+ open-data portal from its CSV export
 * ({@code export-structures}).
 *
 * <p>The profile is the portal's CSV export: UTF-8 with or without a byte-order mark, {@code ;}
 * separator (configurable with {@link #withSeparator(char)}), RFC 4180 quoting with quoted
 * multi-line fields, LF or CRLF line ends, French label headers ({@code use_labels=true}) or API
 * field names ({@code use_labels=false}). Columns are found <strong>by header name</strong>, in any
 * order, ignoring case, surrounding blanks and Unicode normalisation form; unknown columns are
 * ignored; a missing {@linkplain StructureCsvColumn#required() required} column is an error naming
 * it. Values are stripped of surrounding blanks; an empty value is an absent one; {@code Actif} is
 * {@code Oui} or {@code Non} (any case); "Codes Postaux" and "Départements" are comma-separated
 * lists. Postal codes are kept as text (see {@link PostalAddress#frenchPostalCode()}).
 *
 * <p>Errors are {@link InvalidInputException}s naming the line, the column (label and 1-based
 * position) and what was expected, in French and English; they never echo a cell's value. Lines are
 * physical lines of the file: the header is line 1.
 *
 * <p>Streaming: {@link #stream(Path)}, {@link #stream(Reader)} and {@link #stream(InputStream)}
 * return lazy streams that hold one record at a time (memory does not grow with the file); they
 * read and check the header at once and the records as the stream is consumed. Close the stream
 * (try-with-resources). {@link #readAll(Path)} collects everything for files that fit in memory
 * (the full export, about 14,800 rows, does).
 *
 * <pre>{@code
 * try (Stream<StructureRow> rows = StructureCsvReader.openData().stream(path)) {
 *   long inactive = rows.filter(r -> !r.structure().active()).count();
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; each stream is for one thread. Source: <a
 * href="https://opendata.plus.transformation.gouv.fr/explore/dataset/export-structures/">export-structures</a>
 * and the Explore API v2.1 export parameters ({@code delimiter}, {@code with_bom}, {@code
 * use_labels}): <a
 * href="https://help.opendatasoft.com/apis/ods-explore-v2/">help.opendatasoft.com/apis/ods-explore-v2</a>.
 */
public final class StructureCsvReader {

  private static final MessageBundle MESSAGES =
      MessageBundle.of(StructureCsvReader.class, "messages");
  private static final StructureCsvReader OPEN_DATA = new StructureCsvReader(';');
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final char separator;

  private StructureCsvReader(char separator) {
    this.separator = separator;
  }

  /**
   * Returns the reader for the portal's CSV export: {@code ;} separator.
   *
   * @return the shared instance
   */
  public static StructureCsvReader openData() {
    return OPEN_DATA;
  }

  /**
   * Returns a reader with another field separator (the portal also offers {@code ,}, tab and {@code
   * |}).
   *
   * @param separator the separator; not a quote, CR or LF
   * @return the reader
   * @throws InvalidInputException if the separator is {@code "}, CR or LF
   */
  public StructureCsvReader withSeparator(char separator) {
    if (separator == '"' || separator == '\r' || separator == '\n') {
      throw new InvalidInputException(MESSAGES.message("csv.separator"));
    }
    return separator == this.separator ? this : new StructureCsvReader(separator);
  }

  /**
   * Returns the field separator.
   *
   * @return the separator
   */
  public char separator() {
    return separator;
  }

  /**
   * Reads every structure of a file.
   *
   * @param file the CSV file, UTF-8
   * @return the structures, in file order
   * @throws InvalidInputException if the header or a record is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public List<Structure> readAll(Path file) {
    try (Stream<StructureRow> rows = stream(file)) {
      return rows.map(StructureRow::structure).toList();
    }
  }

  /**
   * Reads every structure from a reader, which is not closed.
   *
   * @param reader the CSV text
   * @return the structures, in file order
   * @throws InvalidInputException if the header or a record is invalid
   * @throws UncheckedIOException if the reader fails
   */
  public List<Structure> readAll(Reader reader) {
    try (Stream<StructureRow> rows = stream(reader)) {
      return rows.map(StructureRow::structure).toList();
    }
  }

  /**
   * Streams the structures of a file, lazily. Closing the stream closes the file.
   *
   * @param file the CSV file, UTF-8 (a byte-order mark is skipped)
   * @return the rows, in file order
   * @throws InvalidInputException if the header is invalid (at once) or a record is (while
   *     streaming)
   * @throws UncheckedIOException if the file cannot be read
   */
  public Stream<StructureRow> stream(Path file) {
    Objects.requireNonNull(file, "file");
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return open(utf8(in), true);
    } catch (RuntimeException e) {
      closeQuietly(in, e);
      throw e;
    }
  }

  /**
   * Streams the structures of a UTF-8 input stream, lazily. The input stream is not closed.
   *
   * @param in the CSV bytes, UTF-8 (a byte-order mark is skipped)
   * @return the rows
   * @throws InvalidInputException if the header is invalid (at once) or a record is (while
   *     streaming)
   */
  public Stream<StructureRow> stream(InputStream in) {
    Objects.requireNonNull(in, "in");
    return open(utf8(in), false);
  }

  /**
   * Streams the structures of a reader, lazily. The reader is not closed.
   *
   * @param reader the CSV text (a leading byte-order mark is skipped)
   * @return the rows
   * @throws InvalidInputException if the header is invalid (at once) or a record is (while
   *     streaming)
   */
  public Stream<StructureRow> stream(Reader reader) {
    Objects.requireNonNull(reader, "reader");
    return open(reader, false);
  }

  private static Reader utf8(InputStream in) {
    return new InputStreamReader(
        in,
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT));
  }

  private Stream<StructureRow> open(Reader source, boolean owned) {
    Reader reader = owned ? source : new NonClosingReader(source);
    CsvReader<CsvRecord> csv =
        CsvReader.builder()
            .fieldSeparator(separator)
            .quoteCharacter('"')
            .commentStrategy(CommentStrategy.NONE)
            .skipEmptyLines(true)
            .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
            .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
            .ofCsvRecord(reader);
    try {
      Records records = new Records(csv.iterator());
      return StreamSupport.stream(
              Spliterators.spliteratorUnknownSize(
                  records, Spliterator.ORDERED | Spliterator.NONNULL),
              false)
          .onClose(() -> closeUnchecked(csv));
    } catch (RuntimeException e) {
      closeQuietly(csv, e);
      throw e;
    }
  }

  /** The lazy iterator over the records after the header. */
  private static final class Records implements Iterator<StructureRow> {
    private final CloseableIterator<CsvRecord> csv;
    private final Header header;
    private long lastLine = 1;

    Records(CloseableIterator<CsvRecord> csv) {
      this.csv = csv;
      if (!advance()) {
        throw new InvalidInputException(MESSAGES.message("csv.header.empty"));
      }
      CsvRecord first = csv.next();
      this.lastLine = first.getStartingLineNumber();
      this.header = Header.of(first.getFields());
    }

    @Override
    public boolean hasNext() {
      return advance();
    }

    @Override
    public StructureRow next() {
      if (!advance()) {
        throw new NoSuchElementException();
      }
      CsvRecord record = csv.next();
      lastLine = record.getStartingLineNumber();
      return header.parse(record);
    }

    private boolean advance() {
      try {
        return csv.hasNext();
      } catch (CsvParseException e) {
        throw new InvalidInputException(MESSAGES.message("csv.malformed", lastLine), e);
      } catch (UncheckedIOException e) {
        if (e.getCause() instanceof CharacterCodingException) {
          throw new InvalidInputException(MESSAGES.message("csv.encoding", lastLine), e);
        }
        throw e;
      }
    }
  }

  /** The position of each known column in the header. */
  private static final class Header {
    private final Map<StructureCsvColumn, Integer> positions;
    private final int width;

    private Header(Map<StructureCsvColumn, Integer> positions, int width) {
      this.positions = positions;
      this.width = width;
    }

    static Header of(List<String> names) {
      Map<String, StructureCsvColumn> byName = new java.util.HashMap<>();
      for (StructureCsvColumn column : StructureCsvColumn.values()) {
        byName.put(normalise(column.label()), column);
        byName.put(normalise(column.apiName()), column);
      }
      Map<StructureCsvColumn, Integer> positions = new EnumMap<>(StructureCsvColumn.class);
      for (int i = 0; i < names.size(); i++) {
        String name = names.get(i);
        if (i == 0 && !name.isEmpty() && name.charAt(0) == BYTE_ORDER_MARK) {
          name = name.substring(1);
        }
        StructureCsvColumn column = byName.get(normalise(name));
        if (column == null) {
          continue;
        }
        Integer previous = positions.putIfAbsent(column, i);
        if (previous != null) {
          throw new InvalidInputException(
              MESSAGES.message("csv.header.duplicate", column.label(), previous + 1, i + 1));
        }
      }
      List<String> missing = new ArrayList<>();
      for (StructureCsvColumn column : StructureCsvColumn.values()) {
        if (column.required() && !positions.containsKey(column)) {
          missing.add(column.label());
        }
      }
      if (!missing.isEmpty()) {
        throw new InvalidInputException(
            MESSAGES.message("csv.header.missing", String.join(" ; ", missing), missing.size()));
      }
      return new Header(positions, names.size());
    }

    static String normalise(String name) {
      return Normalizer.normalize(name, Normalizer.Form.NFC)
          .strip()
          .replaceAll("\\s+", " ")
          .toLowerCase(Locale.ROOT);
    }

    StructureRow parse(CsvRecord record) {
      long line = record.getStartingLineNumber();
      if (record.getFieldCount() != width) {
        throw new InvalidInputException(
            MESSAGES.message("csv.row.width", line, width, record.getFieldCount()));
      }
      Cells cells = new Cells(record, line);
      StructureCode code = cells.code(StructureCsvColumn.CODE);
      String networkName = cells.required(StructureCsvColumn.NETWORK);
      @Nullable String typologyCode = cells.optional(StructureCsvColumn.TYPOLOGY_CODE);
      if (typologyCode != null && !StructureCode.isWellFormed(typologyCode)) {
        throw cells.error(StructureCsvColumn.TYPOLOGY_CODE, "csv.expected.code");
      }
      String typologyLabel = cells.required(StructureCsvColumn.TYPOLOGY_LABEL);
      String name = cells.required(StructureCsvColumn.NAME);
      @Nullable String parentText = cells.optional(StructureCsvColumn.PARENT_CODE);
      @Nullable StructureCode parent = null;
      if (parentText != null) {
        parent = cells.code(StructureCsvColumn.PARENT_CODE);
      }
      boolean active = cells.flag(StructureCsvColumn.ACTIVE);
      List<String> otherPostalCodes = cells.list(StructureCsvColumn.OTHER_POSTAL_CODES);
      List<String> departments = cells.list(StructureCsvColumn.DEPARTMENTS);
      try {
        Structure structure =
            Structure.builder(
                    code, new Network(networkName), new Typology(typologyCode, typologyLabel), name)
                .userFacingName(cells.optional(StructureCsvColumn.USER_FACING_NAME))
                .description(cells.optional(StructureCsvColumn.DESCRIPTION))
                .externalId(
                    cells.optional(StructureCsvColumn.EXTERNAL_ID),
                    cells.optional(StructureCsvColumn.EXTERNAL_ID_TYPE))
                .parent(parent, cells.optional(StructureCsvColumn.PARENT_NAME))
                .address(
                    PostalAddress.fromOpenData(
                        cells.optional(StructureCsvColumn.ADDRESS),
                        cells.optional(StructureCsvColumn.ADDRESS_COMPLEMENT),
                        cells.optional(StructureCsvColumn.POSTAL_CODE),
                        cells.optional(StructureCsvColumn.CITY),
                        cells.optional(StructureCsvColumn.COUNTRY)))
                .otherPostalCodes(otherPostalCodes)
                .departments(departments)
                .website(cells.optional(StructureCsvColumn.WEBSITE))
                .functionalMailbox(cells.optional(StructureCsvColumn.FUNCTIONAL_MAILBOX))
                .active(active)
                .insee(
                    new InseeCodes(
                        cells.optional(StructureCsvColumn.INSEE_COMMUNE),
                        cells.optional(StructureCsvColumn.INSEE_DEPARTMENT),
                        cells.optional(StructureCsvColumn.INSEE_REGION),
                        cells.optional(StructureCsvColumn.INSEE_ARRONDISSEMENT)))
                .build();
        return new StructureRow(line, structure);
      } catch (InvalidInputException e) {
        throw new InvalidInputException(
            MESSAGES.message("csv.row.invalid", line, e.localizedMessage()), e);
      }
    }

    /** The cells of one record, read by column. */
    private final class Cells {
      private final CsvRecord record;
      private final long line;

      Cells(CsvRecord record, long line) {
        this.record = record;
        this.line = line;
      }

      @Nullable String optional(StructureCsvColumn column) {
        Integer position = positions.get(column);
        if (position == null) {
          return null;
        }
        String value = record.getField(position).strip();
        return value.isEmpty() ? null : value;
      }

      String required(StructureCsvColumn column) {
        String value = optional(column);
        if (value == null) {
          throw error(column, "csv.expected.text");
        }
        return value;
      }

      StructureCode code(StructureCsvColumn column) {
        String value = required(column);
        if (!StructureCode.isWellFormed(value)) {
          throw error(column, "csv.expected.code");
        }
        return new StructureCode(value);
      }

      boolean flag(StructureCsvColumn column) {
        String value = optional(column);
        if (value != null && value.equalsIgnoreCase("oui")) {
          return true;
        }
        if (value != null && value.equalsIgnoreCase("non")) {
          return false;
        }
        throw error(column, "csv.expected.flag");
      }

      List<String> list(StructureCsvColumn column) {
        String value = optional(column);
        if (value == null) {
          return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : value.split(",")) {
          if (!item.isBlank()) {
            items.add(item.strip());
          }
        }
        return items;
      }

      InvalidInputException error(StructureCsvColumn column, String expectedKey) {
        LocalizedMessage expected = MESSAGES.message(expectedKey);
        return new InvalidInputException(
            MESSAGES.message(
                "csv.cell", line, column.label(), positions.get(column) + 1, expected));
      }
    }
  }

  /** Lets FastCSV close its reader without closing the caller's. */
  private static final class NonClosingReader extends FilterReader {
    NonClosingReader(Reader in) {
      super(in);
    }

    @Override
    public void close() {
      // the caller owns the underlying reader
    }
  }

  private static void closeUnchecked(CsvReader<?> csv) {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(AutoCloseable closeable, RuntimeException failure) {
    try {
      closeable.close();
    } catch (Exception e) {
      failure.addSuppressed(e);
    }
  }
}
