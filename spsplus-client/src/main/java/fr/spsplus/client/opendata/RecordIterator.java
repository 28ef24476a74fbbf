package fr.spsplus.client.opendata;

import fr.spsplus.client.internal.StreamedResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Reads every record of a query with constant memory: pages of at most {@value
 * OpenDataClient#MAX_PAGE_SIZE} records while {@code offset + limit} stays within {@value
 * OpenDataClient#MAX_PAGING_WINDOW}, then the JSON-lines export, line by line.
 *
 * <p>The first page decides: when its {@code total_count} (capped by the query's limit) exceeds the
 * paging window, the page is dropped and the whole result is read from {@code /exports/jsonl}
 * instead, so that every record comes from one consistent reading. When the portal gives no {@code
 * total_count}, paging goes on up to the window and the export then continues from there, skipping
 * the records already delivered (consistent only if the order is stable).
 *
 * <p>Not thread-safe. Releases its connection when it reaches the end, fails, or is closed.
 */
final class RecordIterator implements Iterator<OpenDataRecord>, AutoCloseable {

  private enum State {
    START,
    PAGING,
    EXPORT,
    DONE
  }

  private final OpenDataClient client;
  private final RecordQuery query;
  private final long wanted;
  private final Runnable onFinish;

  private State state = State.START;
  private Iterator<OpenDataRecord> page = Collections.emptyIterator();
  private long delivered;
  private long offset;
  private long target = -1;
  private long toSkip;
  private @Nullable StreamedResponse export;
  private @Nullable OpenDataRecord next;
  private boolean finished;

  RecordIterator(OpenDataClient client, RecordQuery query, Runnable onFinish) {
    this.client = client;
    this.query = query;
    this.wanted = query.limit() == null ? Long.MAX_VALUE : query.limit();
    this.onFinish = onFinish;
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      try {
        next = advance();
      } catch (RuntimeException | Error e) {
        finish();
        throw e;
      }
    }
    return next != null;
  }

  @Override
  public OpenDataRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    OpenDataRecord record = next;
    next = null;
    delivered++;
    return record;
  }

  private @Nullable OpenDataRecord advance() {
    if (delivered >= wanted) {
      finish();
      return null;
    }
    while (true) {
      if (page.hasNext()) {
        return page.next();
      }
      switch (state) {
        case START -> first();
        case PAGING -> {
          if (!nextPage()) {
            finish();
            return null;
          }
        }
        case EXPORT -> {
          OpenDataRecord record = nextExported();
          if (record == null) {
            finish();
          }
          return record;
        }
        case DONE -> {
          finish();
          return null;
        }
      }
    }
  }

  private void first() {
    int size = (int) Math.min(OpenDataClient.MAX_PAGE_SIZE, wanted);
    RecordPage<OpenDataRecord> first = client.page(query, 0, size);
    Long total = first.totalCount();
    if (total != null) {
      target = Math.min(total, wanted);
      if (target > OpenDataClient.MAX_PAGING_WINDOW) {
        startExport(0);
        return;
      }
    }
    accept(first, size);
  }

  private boolean nextPage() {
    long remaining = (target >= 0 ? target : wanted) - offset;
    if (remaining <= 0) {
      return false;
    }
    long window = OpenDataClient.MAX_PAGING_WINDOW - offset;
    if (window <= 0) {
      startExport(offset);
      return true;
    }
    int size = (int) Math.min(OpenDataClient.MAX_PAGE_SIZE, Math.min(remaining, window));
    RecordPage<OpenDataRecord> next = client.page(query, (int) offset, size);
    if (next.records().isEmpty()) {
      return false;
    }
    accept(next, size);
    return true;
  }

  private void accept(RecordPage<OpenDataRecord> fetched, int size) {
    int count = fetched.records().size();
    offset += count;
    page = fetched.records().iterator();
    boolean last = count < size || (target >= 0 && offset >= target);
    state = last ? State.DONE : State.PAGING;
  }

  private void startExport(long skip) {
    export = client.openExport(query);
    toSkip = skip;
    page = Collections.emptyIterator();
    state = State.EXPORT;
  }

  private @Nullable OpenDataRecord nextExported() {
    StreamedResponse lines = export;
    if (lines == null) {
      return null;
    }
    while (true) {
      String line = lines.nextLine();
      if (line == null) {
        return null;
      }
      if (line.isBlank()) {
        continue;
      }
      if (toSkip > 0) {
        toSkip--;
        continue;
      }
      OpenDataRecord record;
      try {
        record = RecordJson.line(line);
      } catch (IOException | RuntimeException e) {
        throw lines.decodeFailure(e);
      }
      if (record == null) {
        throw lines.decodeFailure(null);
      }
      return record;
    }
  }

  private void finish() {
    state = State.DONE;
    page = Collections.emptyIterator();
    StreamedResponse open = export;
    export = null;
    if (open != null) {
      open.close();
    }
    if (!finished) {
      finished = true;
      onFinish.run();
    }
  }

  /** Releases the connection of an export being read; the iteration then ends. */
  @Override
  public void close() {
    next = null;
    finish();
  }
}
