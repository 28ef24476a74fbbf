package fr.spsplus.client.testing;

import java.util.random.RandomGenerator;

/**
 * A "random" source that always draws the largest value allowed (or the smallest, when built with
 * {@code lowest = true}), so that backoff waits are predictable in tests.
 */
public final class MaxRandom implements RandomGenerator {

  private final boolean lowest;

  public MaxRandom(boolean lowest) {
    this.lowest = lowest;
  }

  @Override
  public long nextLong() {
    return lowest ? 0 : Long.MAX_VALUE;
  }

  @Override
  public long nextLong(long bound) {
    return lowest ? 0 : bound - 1;
  }
}
