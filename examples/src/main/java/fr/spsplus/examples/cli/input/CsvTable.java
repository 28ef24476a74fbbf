package fr.spsplus.examples.cli.input;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.privacy.PersonalDataDetector;
import fr.spsplus.examples.cli.CliException;
import fr.spsplus.examples.cli.ExitCode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The streaming engine under every CSV input of the CLI: comment lines before the header, the
 * header checked against a {@link CsvLayout}, then one {@link CsvRow} at a time.
 *
 * <p>Profile: UTF-8 (a leading byte-order mark is skipped), comma separator, RFC 4180 double-quote
 * quoting (quoted fields may hold commas, quotes written twice, and line breaks), LF or CRLF line
 * ends, blank lines ignored. Lines starting with {@code #} <em>before</em> the header are comments
 * (for provenance notes); after the header every line is data. Limits, against hostile or broken
 * files: a cell at most {@value #MAX_FIELD_CHARS} characters, a row at most {@value
 * #MAX_RECORD_CHARS} characters and {@value #MAX_FIELDS} fields, a comment or header line at most
 * {@value #MAX_PREAMBLE_LINE_CHARS} characters.
 *
 * <p>Structural errors (an unclosed quote, a cell over the limit, bytes that are not UTF-8) stop
 * the reading even with {@code --skip-invalid}: the following rows cannot be delimited reliably.
 */
final class CsvTable implements Closeable {

  /** The most characters of one cell. */
  static final int MAX_FIELD_CHARS = 64 * 1024;

  /** The most characters of one row. */
  static final int MAX_RECORD_CHARS = 256 * 1024;

  /** The most fields of one row. */
  static final int MAX_FIELDS = 256;

  /** The most characters of a comment line or of the header line. */
  static final int MAX_PREAMBLE_LINE_CHARS = 64 * 1024;

  private static final MessageBundle CLI = MessageBundle.of(CliException.class, "messages");
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final String source;
  private final Reader reader;
  private final LineCounter counter;
  private final CsvReader<CsvRecord> csv;
  private final CloseableIterator<CsvRecord> records;
  private final Map<String, Integer> positions;
  private final int width;
  private final long headerLine;
  private long lastLine;

  private CsvTable(
      String source,
      Reader reader,
      LineCounter counter,
      CsvReader<CsvRecord> csv,
      Map<String, Integer> positions,
      int width,
      long headerLine) {
    this.source = source;
    this.reader = reader;
    this.counter = counter;
    this.csv = csv;
    this.records = csv.iterator();
    this.positions = positions;
    this.width = width;
    this.headerLine = headerLine;
    this.lastLine = headerLine;
  }

  /**
   * Reads the comments and the header, and prepares the rows.
   *
   * @param reader the text; closed by {@link #close()}, or at once if the header is invalid
   * @param source the file's name, for messages
   * @param layout the expected columns
   * @return the table
   * @throws InvalidInputException if the header is missing or does not fit the layout
   */
  static CsvTable open(Reader reader, String source, CsvLayout layout) {
    LineCounter counter = new LineCounter(reader);
    BufferedReader buffered = new BufferedReader(counter, 1 << 16);
    try {
      long line = 0;
      String header;
      while (true) {
        line++;
        header = readLine(buffered, source, counter, line);
        if (header == null) {
          throw InputMessages.inFile(
              source, InputMessages.message("header.missing", layout.describe()));
        }
        if (line == 1 && !header.isEmpty() && header.charAt(0) == BYTE_ORDER_MARK) {
          header = header.substring(1);
        }
        if (!header.isBlank() && !header.startsWith("#")) {
          break;
        }
      }
      List<String> names;
      try {
        names = CsvReader.builder().ofSingleCsvRecord(header).getFields();
      } catch (CsvParseException e) {
        throw InputMessages.atLine(
            source,
            line,
            InputMessages.message("row.malformed", MAX_FIELD_CHARS, MAX_RECORD_CHARS));
      }
      Map<String, Integer> positions = positions(names, layout, source, line);
      CsvReader<CsvRecord> csv =
          CsvReader.builder()
              .fieldSeparator(',')
              .quoteCharacter('"')
              .commentStrategy(CommentStrategy.NONE)
              .skipEmptyLines(true)
              .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
              .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
              .allowUnclosedQuote(false)
              .maxBufferSize(2 * MAX_RECORD_CHARS)
              .build(
                  CsvRecordHandler.of(
                      c ->
                          c.maxFields(MAX_FIELDS)
                              .maxFieldSize(MAX_FIELD_CHARS)
                              .maxRecordSize(MAX_RECORD_CHARS)),
                  buffered);
      return new CsvTable(source, buffered, counter, csv, positions, names.size(), line);
    } catch (RuntimeException e) {
      closeQuietly(buffered, e);
      throw e;
    }
  }

  private static Map<String, Integer> positions(
      List<String> names, CsvLayout layout, String source, long line) {
    Map<String, Integer> positions = new HashMap<>();
    List<LocalizedMessage> unknown = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      Optional<CsvColumn> column = layout.find(name);
      if (column.isEmpty()) {
        unknown.add(describeUnknown(name.strip(), i + 1));
        continue;
      }
      Integer previous = positions.putIfAbsent(column.get().name(), i);
      if (previous != null) {
        throw InputMessages.atLine(
            source,
            line,
            InputMessages.message("header.duplicate", column.get().name(), previous + 1, i + 1));
      }
    }
    if (!unknown.isEmpty()) {
      throw InputMessages.atLine(
          source,
          line,
          InputMessages.message(
              "header.unknown", listed(unknown), unknown.size(), layout.describe()));
    }
    List<String> missing = new ArrayList<>();
    for (CsvColumn column : layout.columns()) {
      if (column.required() && !positions.containsKey(column.name())) {
        missing.add(column.name());
      }
    }
    if (!missing.isEmpty()) {
      throw InputMessages.atLine(
          source,
          line,
          InputMessages.message("header.required", String.join(", ", missing), missing.size()));
    }
    return Collections.unmodifiableMap(positions);
  }

  /**
   * What looks like a column name, so that an error may repeat it: a letter or {@code _} first,
   * then letters, digits, {@code _}, {@code -}, {@code .} or spaces, with fewer than five digits in
   * all. Anything else (an e-mail, a phone, a date, an identifier of a person, a data row taken for
   * the header) is named by its position only.
   */
  private static final Pattern SHOWABLE_NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_ .-]*");

  private static final PersonalDataDetector DETECTOR = PersonalDataDetector.standard();

  /**
   * Names an unknown column for an error message without repeating personal data: the name itself
   * (shortened to 40 characters) when it looks like a column name and holds nothing the
   * personal-data detector finds, else its position ("column 3").
   */
  private static LocalizedMessage describeUnknown(String name, int position) {
    if (SHOWABLE_NAME.matcher(name).matches()
        && name.chars().filter(Character::isDigit).count() < 5
        && !DETECTOR.containsAny(name)) {
      return InputMessages.message("header.unknown.name", shorten(name));
    }
    return InputMessages.message("header.unknown.position", position);
  }

  /** The messages separated by commas, each rendered in the reader's language. */
  private static LocalizedMessage listed(List<LocalizedMessage> items) {
    LocalizedMessage list = items.get(items.size() - 1);
    for (int i = items.size() - 2; i >= 0; i--) {
      list = InputMessages.message("list.pair", items.get(i), list);
    }
    return list;
  }

  private static String shorten(String name) {
    return name.length() <= 40 ? name : name.substring(0, 40) + "…";
  }

  /**
   * Returns the next data row, or null at the end of the file. Rows of only blanks are skipped as
   * blank lines.
   *
   * @return the row (its width is checked by {@link CsvRow#requireWidth()})
   * @throws InvalidInputException on a structural error (not skippable)
   * @throws CliException with {@link ExitCode#IO} if the file cannot be read
   */
  @Nullable CsvRow next() {
    while (advance()) {
      CsvRecord record = records.next();
      lastLine = headerLine + record.getStartingLineNumber();
      if (record.getFieldCount() == 1 && record.getField(0).isBlank()) {
        continue;
      }
      String[] cells = record.getFields().toArray(new String[0]);
      return new CsvRow(source, lastLine, positions, cells, width);
    }
    return null;
  }

  private boolean advance() {
    try {
      return records.hasNext();
    } catch (CsvParseException e) {
      throw InputMessages.atLine(
          source,
          lastLine + 1,
          InputMessages.message("row.malformed", MAX_FIELD_CHARS, MAX_RECORD_CHARS));
    } catch (UncheckedIOException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw InputMessages.atLine(
            source, counter.currentLine(), InputMessages.message("encoding.line"));
      }
      throw new CliException(
          ExitCode.IO,
          CLI.message("file.read", source, String.valueOf(e.getCause().getMessage())),
          e);
    }
  }

  /**
   * Reads one line of the preamble, at most {@value #MAX_PREAMBLE_LINE_CHARS} characters.
   *
   * @param line the number of the line being read, named by a line-too-long error (the counter is
   *     ahead of it by the buffered reader's read-ahead)
   * @return the line without its end, or null at the end of the input
   */
  private static @Nullable String readLine(
      BufferedReader reader, String source, LineCounter counter, long line) {
    StringBuilder text = new StringBuilder();
    try {
      while (true) {
        int c = reader.read();
        if (c < 0) {
          return text.length() == 0 ? null : text.toString();
        }
        if (c == '\n') {
          return text.toString();
        }
        if (c == '\r') {
          reader.mark(1);
          if (reader.read() != '\n') {
            reader.reset();
          }
          return text.toString();
        }
        if (text.length() == MAX_PREAMBLE_LINE_CHARS) {
          throw InputMessages.atLine(
              source, line, InputMessages.message("line.too.long", MAX_PREAMBLE_LINE_CHARS));
        }
        text.append((char) c);
      }
    } catch (CharacterCodingException e) {
      throw InputMessages.atLine(
          source, counter.currentLine(), InputMessages.message("encoding.line"));
    } catch (IOException e) {
      throw new CliException(
          ExitCode.IO, CLI.message("file.read", source, String.valueOf(e.getMessage())), e);
    }
  }

  /**
   * Returns the line of the last row read (the header's before any row).
   *
   * @return the line, 1-based
   */
  long lastLine() {
    return lastLine;
  }

  @Override
  public void close() {
    try {
      csv.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        reader.close();
      } catch (IOException e) {
        // the CSV reader closed it already; nothing was lost
      }
    }
  }

  /**
   * Counts the line breaks of the characters decoded so far, so that an encoding error (raised by
   * the decoder after it delivered every good character before the bad bytes) names its line.
   */
  static final class LineCounter extends FilterReader {
    private long breaks;
    private boolean afterCarriageReturn;

    LineCounter(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      if (c >= 0) {
        count((char) c);
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      for (int i = 0; i < n; i++) {
        count(buffer[offset + i]);
      }
      return n;
    }

    private void count(char c) {
      if (c == '\n') {
        if (!afterCarriageReturn) {
          breaks++;
        }
        afterCarriageReturn = false;
      } else if (c == '\r') {
        breaks++;
        afterCarriageReturn = true;
      } else {
        afterCarriageReturn = false;
      }
    }

    /** Returns the line of the next character to decode, 1-based. */
    long currentLine() {
      return breaks + 1;
    }
  }

  private static void closeQuietly(Reader reader, RuntimeException failure) {
    try {
      reader.close();
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }
}
