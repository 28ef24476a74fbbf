package fr.spsplus.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A fixed-window rate limit per credential, on the fake's clock: {@code limit} calls per window,
 * the window starting at the credential's first call. Thread-safe.
 */
public final class RateLimiter {

  /**
   * The state reported in the {@code X-RateLimit-*} headers after a call.
   *
   * @param limit the calls allowed per window
   * @param remaining the calls left in the current window
   * @param resetSeconds the whole seconds until the window resets, at least 1
   * @param allowed whether this call was within the limit
   */
  public record State(long limit, long remaining, long resetSeconds, boolean allowed) {}

  private static final class Window {
    Instant start;
    long used;

    Window(Instant start) {
      this.start = start;
    }
  }

  private final long limit;
  private final Duration window;
  private final Map<String, Window> windows = new HashMap<>();

  /**
   * Returns a limiter.
   *
   * @param limit the calls allowed per window, positive
   * @param window the window, positive
   */
  public RateLimiter(long limit, Duration window) {
    this.limit = limit;
    this.window = Objects.requireNonNull(window, "window");
  }

  /**
   * Counts a call.
   *
   * @param principal the credential's identity
   * @param now the fake's time
   * @return the state after the call
   */
  public synchronized State acquire(String principal, Instant now) {
    Window current = windows.computeIfAbsent(principal, p -> new Window(now));
    if (!now.isBefore(current.start.plus(window))) {
      current.start = now;
      current.used = 0;
    }
    boolean allowed = current.used < limit;
    if (allowed) {
      current.used++;
    }
    Duration left = Duration.between(now, current.start.plus(window));
    long reset = Math.max(1, (left.toMillis() + 999) / 1000);
    return new State(limit, limit - current.used, reset, allowed);
  }
}
