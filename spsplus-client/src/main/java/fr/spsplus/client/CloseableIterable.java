package fr.spsplus.client;

import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A lazy sequence of remote items that may hold a network connection while it is being read.
 *
 * <p>Each {@link #iterator()} starts a new reading from the service and fetches pages only as they
 * are needed. An iteration that runs to the end, or fails, releases its connection by itself; to
 * stop early, close the iterable (try-with-resources), which releases every iteration it started.
 *
 * <pre>{@code
 * try (CloseableIterable<OpenDataRecord> records = openData.records(query)) {
 *   for (OpenDataRecord r : records) {
 *     if (done(r)) break;
 *   }
 * }
 * }</pre>
 *
 * @param <T> the type of the items
 */
public interface CloseableIterable<T> extends Iterable<T>, AutoCloseable {

  /** Releases the connections of the iterations started so far; later iterations still work. */
  @Override
  void close();

  /**
   * Returns a sequential stream over a new iteration; closing the stream closes this iterable.
   *
   * @return the stream
   */
  default Stream<T> stream() {
    return StreamSupport.stream(spliterator(), false).onClose(this::close);
  }
}
