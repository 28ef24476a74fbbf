package fr.spsplus.client.webhook;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;

/** The bounded in-memory {@link WebhookReplayStore}: keys by expiry, in a map and a heap. */
final class InMemoryReplayStore implements WebhookReplayStore {

  private record Entry(String key, Instant expiresAt) {}

  private final int capacity;
  private final Map<String, Instant> expiries = new HashMap<>();
  private final PriorityQueue<Entry> byExpiry =
      new PriorityQueue<>((a, b) -> a.expiresAt().compareTo(b.expiresAt()));

  InMemoryReplayStore(int capacity) {
    this.capacity = capacity;
  }

  @Override
  public synchronized boolean remember(String key, Instant expiresAt, Instant now) {
    forgetExpired(now);
    Instant known = expiries.get(key);
    if (known != null) {
      return false;
    }
    while (expiries.size() >= capacity) {
      Entry soonest = byExpiry.poll();
      expiries.remove(soonest.key(), soonest.expiresAt());
    }
    expiries.put(key, expiresAt);
    byExpiry.add(new Entry(key, expiresAt));
    return true;
  }

  private void forgetExpired(Instant now) {
    while (!byExpiry.isEmpty() && !byExpiry.peek().expiresAt().isAfter(now)) {
      Entry expired = byExpiry.poll();
      expiries.remove(expired.key(), expired.expiresAt());
    }
  }

  synchronized int size() {
    return expiries.size();
  }

  @Override
  public String toString() {
    return "WebhookReplayStore.inMemory(" + capacity + ")";
  }
}
