package fr.spsplus.examples.cli.input;

import fr.spsplus.core.InvalidInputException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The records of an open CSV input, read lazily one row at a time, and the counts of the reading.
 *
 * <p>{@link #stream()} may be called once; the records are read as the stream is consumed, so that
 * memory does not grow with the file. A bad row goes to the {@link InvalidRowPolicy}: its error
 * stops the stream, or the row is skipped and counted. Close this object (or the stream) to close
 * the file.
 *
 * @param <R> the record type
 */
public final class CsvRecords<R> implements AutoCloseable {

  private final CsvTable table;
  private final Function<CsvRow, R> mapper;
  private final InvalidRowPolicy policy;
  private long rowsRead;
  private long rowsSkipped;
  private boolean streamed;

  CsvRecords(CsvTable table, Function<CsvRow, R> mapper, InvalidRowPolicy policy) {
    this.table = table;
    this.mapper = mapper;
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Returns the records, in file order, as a lazy sequential stream; closing it closes the file.
   *
   * @return the stream
   * @throws IllegalStateException if called twice
   * @throws InvalidInputException while streaming, for the first bad row under {@link
   *     InvalidRowPolicy#FAIL}, or for a structural error of the file
   */
  public Stream<R> stream() {
    if (streamed) {
      throw new IllegalStateException("the records can be streamed once");
    }
    streamed = true;
    Iterator<R> iterator = new RecordIterator();
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(
                iterator, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(this::close);
  }

  /**
   * Returns the number of data rows read so far, skipped ones included (blank lines excluded).
   *
   * @return the count
   */
  public long rowsRead() {
    return rowsRead;
  }

  /**
   * Returns the number of bad rows skipped so far under a skipping policy.
   *
   * @return the count
   */
  public long rowsSkipped() {
    return rowsSkipped;
  }

  /** Closes the file. Idempotent. */
  @Override
  public void close() {
    table.close();
  }

  private final class RecordIterator implements Iterator<R> {
    private @Nullable R next;

    @Override
    public boolean hasNext() {
      while (next == null) {
        CsvRow row = table.next();
        if (row == null) {
          return false;
        }
        rowsRead++;
        try {
          row.requireWidth();
          next = Objects.requireNonNull(mapper.apply(row), "record");
        } catch (InvalidInputException e) {
          InvalidInputException located =
              InputMessages.located(e)
                  ? e
                  : InputMessages.atLine(row.source(), row.line(), e.localizedMessage());
          policy.onInvalidRow(located);
          rowsSkipped++;
        }
      }
      return true;
    }

    @Override
    public R next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      R record = next;
      next = null;
      return record;
    }
  }
}
