package fr.spsplus.client.internal;

import fr.spsplus.client.CloseableIterable;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Lazy iteration over a cursor-paginated collection (Stripe's {@code PagingIterator} pattern): each
 * page is fetched when the previous one is exhausted, by re-sending the original request with the
 * cursor the previous page returned. For the platform's write API, whose list endpoints are
 * cursor-based; open data pages by offset ({@code fr.spsplus.client.opendata}).
 *
 * <p>Pages are fully read when fetched, so nothing stays open between pages and {@link #close()}
 * only stops the iterations in progress. A failure surfaces from {@code hasNext()} as the unchecked
 * exception the fetch threw.
 *
 * @param <T> the type of the items
 */
public final class CursorPager<T> implements CloseableIterable<T> {

  /**
   * One page: its items and the cursor of the next page.
   *
   * @param <T> the type of the items
   * @param items the items, in order
   * @param nextCursor the cursor to fetch the next page, or null on the last page
   */
  public record Page<T>(List<T> items, @Nullable String nextCursor) {

    /** Copies the items. */
    public Page {
      items = List.copyOf(items);
    }
  }

  private final Function<@Nullable String, Page<T>> fetch;
  private volatile boolean closed;

  private CursorPager(Function<@Nullable String, Page<T>> fetch) {
    this.fetch = fetch;
  }

  /**
   * Returns the lazy iterable.
   *
   * @param <T> the type of the items
   * @param fetch fetches the page after a cursor; called with null for the first page
   * @return the iterable
   */
  public static <T> CursorPager<T> of(Function<@Nullable String, Page<T>> fetch) {
    return new CursorPager<>(Objects.requireNonNull(fetch, "fetch"));
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private Iterator<T> page = Collections.emptyIterator();
      private @Nullable String cursor;
      private boolean started;
      private boolean last;

      @Override
      public boolean hasNext() {
        while (!page.hasNext()) {
          if (closed || (started && last)) {
            return false;
          }
          Page<T> next = fetch.apply(cursor);
          started = true;
          String following = next.nextCursor();
          if (following != null && following.equals(cursor)) {
            throw new IllegalStateException("the service returned the same cursor twice");
          }
          cursor = following;
          last = following == null;
          page = next.items().iterator();
        }
        return !closed;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return page.next();
      }
    };
  }

  @Override
  public Spliterator<T> spliterator() {
    return Spliterators.spliteratorUnknownSize(
        iterator(), Spliterator.ORDERED | Spliterator.NONNULL);
  }

  /** Stops the iterations in progress: they report no further item. */
  @Override
  public void close() {
    closed = true;
  }
}
