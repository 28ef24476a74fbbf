package fr.spsplus.benchmarks.data;

import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.period.ReportingPeriod;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic calls over one quarter, in arrival order, held as parallel primitive columns (the
 * primitive path) and, on demand, as {@link CallRecord} objects (the object path).
 *
 * <p>The mix follows the rough measurements of the performance notes (§5.3 of {@code
 * metrics-perf.md}): 75 % answered by an agent, 10 % queue abandons after at least 5 s, 4 % short
 * abandons (0 to 4 s), 5 % resolved in the voice server, 3 % out of hours, 3 % overflow. Answered
 * waits are exponential with a mean of 90 s, abandoned waits 5 s plus an exponential of mean 60 s,
 * both capped at 3,600 s; the other outcomes carry a wait of 0. Arrival times cover the quarter
 * evenly, in order; each call goes to one of the sites with a fixed, uneven weight (a few large
 * sites, many small ones), drawn from the seed.
 *
 * <p>Memory: the columns take 17 bytes per call (170 MB for 10 million); the objects about 120
 * bytes more per call (record, call id and instant), 1.2 GB for 10 million.
 */
public final class CallData {

  /** The quarter the arrival times cover: 2026-Q1, in Europe/Paris. */
  public static final ReportingPeriod QUARTER = ReportingPeriod.ofQuarter(2026, 1);

  /** The cap of the generated waits, in seconds: the default histogram cap of spsplus. */
  public static final int MAX_WAIT_SECONDS = 3_600;

  private final Structures structures;
  private final byte[] outcomes;
  private final int[] waits;
  private final int[] sites;
  private final long[] arrivals;
  private @Nullable List<CallRecord> records;

  private CallData(
      Structures structures, byte[] outcomes, int[] waits, int[] sites, long[] arrivals) {
    this.structures = structures;
    this.outcomes = outcomes;
    this.waits = waits;
    this.sites = sites;
    this.arrivals = arrivals;
  }

  /**
   * Generates the calls.
   *
   * @param count the number of calls
   * @param seed the seed: the same seed and count give the same calls
   * @param structures the sites the calls go to
   * @return the calls, as columns (objects are built on first use of {@link #records()})
   */
  public static CallData generate(int count, long seed, Structures structures) {
    SplittableRandom random = new SplittableRandom(seed);
    int siteCount = structures.siteCount();
    double[] cumulative = new double[siteCount];
    double total = 0;
    for (int s = 0; s < siteCount; s++) {
      // Log-normal site sizes: a few large sites, many small ones.
      total += Math.exp(random.nextGaussian() * 0.8);
      cumulative[s] = total;
    }
    byte[] outcomes = new byte[count];
    int[] waits = new int[count];
    int[] sites = new int[count];
    long[] arrivals = new long[count];
    long start = QUARTER.startInstant(ReportingPeriod.DEFAULT_ZONE).getEpochSecond();
    long span = QUARTER.endInstant(ReportingPeriod.DEFAULT_ZONE).getEpochSecond() - start;
    for (int i = 0; i < count; i++) {
      double u = random.nextDouble();
      CallOutcome outcome;
      int wait;
      if (u < 0.75) {
        outcome = CallOutcome.ANSWERED_AGENT;
        wait = exponential(random, 90);
      } else if (u < 0.85) {
        outcome = CallOutcome.ABANDONED_QUEUE;
        wait = Math.min(MAX_WAIT_SECONDS, 5 + exponential(random, 60));
      } else if (u < 0.89) {
        outcome = CallOutcome.ABANDONED_QUEUE;
        wait = random.nextInt(5);
      } else if (u < 0.94) {
        outcome = CallOutcome.RESOLVED_IVR;
        wait = 0;
      } else if (u < 0.97) {
        outcome = CallOutcome.OUT_OF_HOURS;
        wait = 0;
      } else {
        outcome = CallOutcome.BLOCKED_OVERFLOW;
        wait = 0;
      }
      outcomes[i] = (byte) outcome.ordinal();
      waits[i] = wait;
      sites[i] = pick(cumulative, random.nextDouble() * total);
      arrivals[i] = start + (long) ((i + random.nextDouble()) * span / count);
    }
    return new CallData(structures, outcomes, waits, sites, arrivals);
  }

  private static int exponential(SplittableRandom random, double mean) {
    return (int) Math.min(MAX_WAIT_SECONDS, Math.floor(-mean * Math.log1p(-random.nextDouble())));
  }

  private static int pick(double[] cumulative, double target) {
    int low = 0;
    int high = cumulative.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (cumulative[mid] <= target) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * Returns the number of calls.
   *
   * @return the number of calls
   */
  public int size() {
    return outcomes.length;
  }

  /**
   * Returns the structures.
   *
   * @return the structures
   */
  public Structures structures() {
    return structures;
  }

  /**
   * Returns the outcome column: {@link CallOutcome#ordinal()} per call (shared, do not modify).
   *
   * @return the column
   */
  public byte[] outcomes() {
    return outcomes;
  }

  /**
   * Returns the wait column, in seconds (shared, do not modify).
   *
   * @return the column
   */
  public int[] waits() {
    return waits;
  }

  /**
   * Returns the site column: the index of each call's site in {@link Structures} (shared).
   *
   * @return the column
   */
  public int[] sites() {
    return sites;
  }

  /**
   * Returns the arrival column, in epoch seconds (shared, do not modify).
   *
   * @return the column
   */
  public long[] arrivals() {
    return arrivals;
  }

  /**
   * Returns the calls as records, built on the first call (single-threaded use) and kept.
   *
   * @return the records, in arrival order, unmodifiable
   */
  public List<CallRecord> records() {
    List<CallRecord> built = records;
    if (built == null) {
      CallOutcome[] values = CallOutcome.values();
      List<CallRecord> list = new ArrayList<>(outcomes.length);
      for (int i = 0; i < outcomes.length; i++) {
        CallOutcome outcome = values[outcomes[i]];
        int handle = outcome == CallOutcome.ANSWERED_AGENT ? 60 + (waits[i] * 7) % 600 : 0;
        list.add(
            CallRecord.of(
                "C" + i,
                structures.site(sites[i]),
                Instant.ofEpochSecond(arrivals[i]),
                outcome,
                waits[i],
                handle));
      }
      built = Collections.unmodifiableList(list);
      records = built;
    }
    return built;
  }
}
