package fr.spsplus.client;

import java.time.Duration;

/**
 * Waits between two attempts of a call. The default blocks the calling thread; tests inject one
 * that records the delays and returns at once, so that no test sleeps for real.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for a duration.
   *
   * @param duration how long to wait, zero or positive
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns the sleeper that blocks the calling thread ({@link Thread#sleep(long, int)}).
   *
   * @return the system sleeper
   */
  static Sleeper system() {
    return duration -> {
      if (!duration.isZero() && !duration.isNegative()) {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    };
  }
}
