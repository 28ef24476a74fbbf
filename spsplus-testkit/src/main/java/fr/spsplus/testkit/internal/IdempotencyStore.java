package fr.spsplus.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The idempotency keys of the fake, per credential, as the contract describes them (IETF draft "The
 * Idempotency-Key HTTP Header Field"): each key is kept with a fingerprint of its request (method,
 * path with query, body) and, once processed, the answer given, for a retention period (24 hours by
 * default, a proposed default) measured on the fake's clock.
 *
 * <p>A key is "in progress" from the moment its request passes the contract's checks until its
 * answer is ready to be written, latency included. Thread-safe.
 */
public final class IdempotencyStore {

  /** What {@link #begin} found. */
  public sealed interface Outcome permits Fresh, Replay, Reused, InProgress {}

  /**
   * The key is new: process the request, then {@link #complete} or {@link #abandon} the ticket.
   *
   * @param ticket the ticket
   */
  public record Fresh(Ticket ticket) implements Outcome {}

  /**
   * The key was used for the same request: replay its answer.
   *
   * @param answer a copy of the first answer
   */
  public record Replay(Answer answer) implements Outcome {}

  /** The key was used for another request. */
  public record Reused() implements Outcome {}

  /** The first request of the key is still being processed. */
  public record InProgress() implements Outcome {}

  /**
   * A key being processed.
   *
   * @param principal the credential's identity
   * @param key the idempotency key
   */
  public record Ticket(String principal, String key) {}

  private static final class Entry {
    final String fingerprint;
    final Instant createdAt;
    @Nullable Answer answer;

    Entry(String fingerprint, Instant createdAt) {
      this.fingerprint = fingerprint;
      this.createdAt = createdAt;
    }
  }

  private final Duration retention;
  private final Map<Ticket, Entry> entries = new LinkedHashMap<>();

  /**
   * Returns an empty store.
   *
   * @param retention how long a key is kept
   */
  public IdempotencyStore(Duration retention) {
    this.retention = Objects.requireNonNull(retention, "retention");
  }

  /**
   * Returns the fingerprint of a request.
   *
   * @param method the method
   * @param target the path and query
   * @param body the body
   * @return the hexadecimal SHA-256
   */
  public static String fingerprint(String method, String target, byte[] body) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((method + " " + target + "\n").getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Looks a key up and, when it is new, records it as in progress.
   *
   * @param principal the credential's identity
   * @param key the idempotency key
   * @param fingerprint the request's fingerprint
   * @param now the fake's time
   * @return what to do
   */
  public synchronized Outcome begin(String principal, String key, String fingerprint, Instant now) {
    purge(now);
    Ticket ticket = new Ticket(principal, key);
    Entry entry = entries.get(ticket);
    if (entry == null) {
      entries.put(ticket, new Entry(fingerprint, now));
      return new Fresh(ticket);
    }
    if (!entry.fingerprint.equals(fingerprint)) {
      return new Reused();
    }
    Answer answer = entry.answer;
    if (answer == null) {
      return new InProgress();
    }
    return new Replay(answer.copy());
  }

  /**
   * Stores the answer of a key.
   *
   * @param ticket the ticket {@link #begin} gave
   * @param answer the answer (status, headers and body are kept)
   */
  public synchronized void complete(Ticket ticket, Answer answer) {
    Entry entry = entries.get(ticket);
    if (entry != null) {
      entry.answer = answer.copy();
    }
  }

  /**
   * Forgets a key whose request was not processed to the end.
   *
   * @param ticket the ticket {@link #begin} gave
   */
  public synchronized void abandon(Ticket ticket) {
    Entry entry = entries.get(ticket);
    if (entry != null && entry.answer == null) {
      entries.remove(ticket);
    }
  }

  /**
   * Returns the number of keys kept.
   *
   * @return the number
   */
  public synchronized int size() {
    return entries.size();
  }

  private void purge(Instant now) {
    Instant limit = now.minus(retention);
    Iterator<Entry> it = entries.values().iterator();
    while (it.hasNext()) {
      Entry entry = it.next();
      if (entry.createdAt.isBefore(limit) && entry.answer != null) {
        it.remove();
      }
    }
  }
}
