package fr.spsplus.examples.cli.input;

import fr.spsplus.examples.cli.Diagnostics;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A CSV input format of the CLI: its {@link CsvLayout} and the mapping of a {@link CsvRow} to a
 * record of the domain. Subclasses are immutable and thread-safe; each {@link CsvRecords} is read
 * by one thread.
 *
 * @param <R> the record type
 */
public abstract class CsvRecordReader<R> {

  private final CsvLayout layout;

  /**
   * Creates a reader of a layout.
   *
   * @param layout the columns of the format
   */
  protected CsvRecordReader(CsvLayout layout) {
    this.layout = Objects.requireNonNull(layout, "layout");
  }

  /**
   * Returns the columns of the format.
   *
   * @return the layout
   */
  public final CsvLayout layout() {
    return layout;
  }

  /**
   * Maps one row to a record.
   *
   * @param row the row, of the right width
   * @return the record, never null
   * @throws fr.spsplus.core.InvalidInputException located at the row's cell or line
   */
  protected abstract R map(CsvRow row);

  /**
   * Opens a text: reads its comments and header at once, its rows lazily.
   *
   * @param reader the CSV text; closed when the records are closed
   * @param source the name of the text, for messages (a file name)
   * @param policy what to do with bad rows
   * @return the records
   * @throws fr.spsplus.core.InvalidInputException if the header is missing or does not fit the
   *     layout
   */
  public final CsvRecords<R> open(Reader reader, String source, InvalidRowPolicy policy) {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(policy, "policy");
    return new CsvRecords<>(CsvTable.open(reader, source, layout), this::map, policy);
  }

  /**
   * Opens a file, with a progress bar on a terminal when it is large.
   *
   * @param file the CSV file, UTF-8
   * @param diagnostics where the progress bar is drawn
   * @param policy what to do with bad rows
   * @return the records
   * @throws fr.spsplus.examples.cli.CliException if the file cannot be opened
   * @throws fr.spsplus.core.InvalidInputException if the header is missing or does not fit the
   *     layout
   */
  public final CsvRecords<R> open(Path file, Diagnostics diagnostics, InvalidRowPolicy policy) {
    return open(InputFiles.openText(file, diagnostics), file.toString(), policy);
  }
}
