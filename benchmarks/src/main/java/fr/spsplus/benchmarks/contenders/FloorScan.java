package fr.spsplus.benchmarks.contenders;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The memory-bandwidth floor: the sum of the very columns a task reads, with nothing else to do. No
 * indicator computation can read its input faster than this loop on the same machine, so {@code
 * task time ÷ floor time} says how much of a task's cost is computation rather than memory traffic.
 * The loops are plain {@code for} loops that the JIT unrolls and vectorises.
 */
public final class FloorScan {

  private FloorScan() {}

  /**
   * The columns of T1: outcome bytes and wait ints.
   *
   * @param outcomes the outcome column
   * @param waits the wait column
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the sum of every element of both
   */
  public static long scanT1(byte[] outcomes, int[] waits, int from, int to) {
    long bytes = 0;
    for (int i = from; i < to; i++) {
      bytes += outcomes[i];
    }
    long ints = 0;
    for (int i = from; i < to; i++) {
      ints += waits[i];
    }
    return bytes + ints;
  }

  /**
   * The columns of T2: those of T1 plus the site ints and the arrival longs.
   *
   * @param outcomes the outcome column
   * @param waits the wait column
   * @param sites the site column
   * @param arrivals the arrival column
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the sum of every element of the four
   */
  public static long scanT2(
      byte[] outcomes, int[] waits, int[] sites, long[] arrivals, int from, int to) {
    long ints = 0;
    for (int i = from; i < to; i++) {
      ints += sites[i];
    }
    long longs = 0;
    for (int i = from; i < to; i++) {
      longs += arrivals[i];
    }
    return scanT1(outcomes, waits, from, to) + ints + longs;
  }

  /**
   * Runs a scan on two threads, each half on its own (the caller's and the worker's).
   *
   * @param worker a single-thread executor
   * @param size the number of elements
   * @param scan the scan of a range
   * @return the sum of both halves
   */
  public static long inTwo(ExecutorService worker, int size, RangeScan scan) {
    int half = size / 2;
    Future<Long> second = worker.submit(() -> scan.scan(half, size));
    long first = scan.scan(0, half);
    try {
      return first + second.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A scan of a range of rows. */
  @FunctionalInterface
  public interface RangeScan {
    /**
     * Scans the rows {@code from} (inclusive) to {@code to} (exclusive).
     *
     * @param from first index
     * @param to last index, exclusive
     * @return the sum
     */
    long scan(int from, int to);
  }
}
