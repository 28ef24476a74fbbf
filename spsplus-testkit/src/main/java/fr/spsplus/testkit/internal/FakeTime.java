package fr.spsplus.testkit.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The fake platform's time: a base clock plus the time the tests advanced it by. With the default
 * fixed base clock, time moves only when a test says so, so that moderation delays, token expiry,
 * rate-limit windows and webhook backoffs never depend on wall time. Thread-safe.
 */
public final class FakeTime extends Clock {

  private final Clock base;
  private volatile Duration offset = Duration.ZERO;

  /**
   * Returns a time on a base clock.
   *
   * @param base the base clock, usually fixed
   */
  public FakeTime(Clock base) {
    this.base = Objects.requireNonNull(base, "base");
  }

  /**
   * Moves time forward.
   *
   * @param duration how much, zero or more
   */
  public synchronized void advance(Duration duration) {
    if (duration.isNegative()) {
      throw new IllegalArgumentException("negative duration");
    }
    offset = offset.plus(duration);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    if (ZoneOffset.UTC.equals(zone)) {
      return this;
    }
    throw new UnsupportedOperationException("the fake platform's clock is in UTC");
  }

  @Override
  public Instant instant() {
    return base.instant().plus(offset);
  }

  @Override
  public String toString() {
    return "FakeTime[" + instant() + "]";
  }
}
