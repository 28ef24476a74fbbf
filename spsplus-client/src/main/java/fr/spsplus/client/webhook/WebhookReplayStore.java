package fr.spsplus.client.webhook;

import fr.spsplus.core.internal.Checks;
import java.time.Instant;

/**
 * Remembers the deliveries already accepted, so that {@link WebhookVerifier} can refuse a replay.
 *
 * <p>The default, {@link #inMemory(int)}, suits a single process. Behind a load balancer, give
 * every instance the same shared store (for example a database table or a Redis {@code SET NX} with
 * expiry), otherwise a replay sent to another instance passes.
 *
 * <p>Implementations must be thread-safe, and {@link #remember} atomic: of two concurrent calls
 * with the same key, exactly one returns true.
 */
public interface WebhookReplayStore {

  /**
   * Records a key until {@code expiresAt}, unless it is already recorded and not yet expired.
   *
   * @param key the key (a signature or a delivery id, prefixed by its kind)
   * @param expiresAt when the key may be forgotten
   * @param now the current instant, to forget expired keys
   * @return true if the key was not known (the delivery is new); false if it was (a replay)
   */
  boolean remember(String key, Instant expiresAt, Instant now);

  /**
   * Returns a store kept in this process's memory, holding at most {@code capacity} keys. Expired
   * keys are forgotten first; when the store is full of unexpired keys, the one expiring soonest is
   * forgotten, which lets a very late replay of it pass: size the store above the number of
   * deliveries you receive within the retention period.
   *
   * @param capacity the most keys held, at least 1
   * @return a new, empty store
   * @throws fr.spsplus.core.InvalidInputException if the capacity is below 1
   */
  static WebhookReplayStore inMemory(int capacity) {
    return new InMemoryReplayStore(
        (int) Checks.requireBetween(capacity, 1, 10_000_000, "capacity"));
  }
}
