package fr.spsplus.client.opendata;

import fr.spsplus.client.CloseableIterable;
import java.util.Iterator;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * All records of a query, read anew by each iterator; {@link #close()} releases the iterations in
 * progress.
 *
 * @param <T> the type of the items (records, or what the mapper makes of them)
 */
final class RecordIterable<T> implements CloseableIterable<T> {

  private final OpenDataClient client;
  private final RecordQuery query;
  private final Function<? super OpenDataRecord, ? extends T> mapper;
  private final Set<RecordIterator> open = ConcurrentHashMap.newKeySet();

  RecordIterable(
      OpenDataClient client,
      RecordQuery query,
      Function<? super OpenDataRecord, ? extends T> mapper) {
    this.client = client;
    this.query = query;
    this.mapper = mapper;
  }

  @Override
  public Iterator<T> iterator() {
    RecordIterator[] self = new RecordIterator[1];
    RecordIterator records = new RecordIterator(client, query, () -> open.remove(self[0]));
    self[0] = records;
    open.add(records);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return records.hasNext();
      }

      @Override
      public T next() {
        OpenDataRecord record = records.next();
        try {
          return mapper.apply(record);
        } catch (RuntimeException | Error e) {
          // A record the mapper refuses ends the iteration: release its connection now.
          records.close();
          throw e;
        }
      }
    };
  }

  @Override
  public Spliterator<T> spliterator() {
    return Spliterators.spliteratorUnknownSize(
        iterator(), Spliterator.ORDERED | Spliterator.NONNULL);
  }

  @Override
  public void close() {
    for (RecordIterator records : open) {
      records.close();
    }
  }

  @Override
  public String toString() {
    return "records of " + query.datasetId();
  }
}
