package fr.spsplus.examples.cli.output;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;

/**
 * CSV written on standard output: RFC 4180 quoting (fields with a comma, a quote or a line break
 * are quoted, quotes doubled), comma separator, LF line ends, UTF-8 (the output's encoding). The
 * underlying writer is flushed, never closed.
 */
public final class CsvOutput {

  private final CsvWriter csv;

  private CsvOutput(Writer out) {
    this.csv =
        CsvWriter.builder()
            .fieldSeparator(',')
            .quoteCharacter('"')
            .lineDelimiter(LineDelimiter.LF)
            .build(new NonClosing(out));
  }

  /**
   * Returns a CSV writer on a text output.
   *
   * @param out the output; flushed by {@link #flush()}, not closed
   * @return the writer
   */
  public static CsvOutput on(Writer out) {
    return new CsvOutput(Objects.requireNonNull(out, "out"));
  }

  /**
   * Writes one record.
   *
   * @param fields the fields
   * @return this writer
   */
  public CsvOutput row(List<String> fields) {
    csv.writeRecord(fields);
    return this;
  }

  /**
   * Writes one record.
   *
   * @param fields the fields
   * @return this writer
   */
  public CsvOutput row(String... fields) {
    csv.writeRecord(fields);
    return this;
  }

  /** Flushes the buffered records to the output. */
  public void flush() {
    try {
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Keeps FastCSV from closing standard output. */
  private static final class NonClosing extends FilterWriter {
    NonClosing(Writer out) {
      super(out);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }
}
