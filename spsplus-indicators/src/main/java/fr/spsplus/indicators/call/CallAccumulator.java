package fr.spsplus.indicators.call;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Accumulator;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.grouping.ColumnBatch;
import fr.spsplus.indicators.grouping.GroupedAccumulator;
import fr.spsplus.indicators.grouping.Grouping;
import fr.spsplus.indicators.stats.SampleMoments;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The streaming, mergeable state of the telephone indicators of one structure over one period: the
 * pick-up rates (taux de décroché par un agent and global), the abandon rate, the service levels,
 * and the mean, median and 90th percentile of the waits of answered calls.
 *
 * <h2>Formulas</h2>
 *
 * <p>With the {@linkplain CallPolicy#defaults() default policy} (every setting a <strong>proposed
 * default</strong>, see {@link CallPolicy}; official part: the pick-up rate by an agent and its 85
 * % target, https://www.plus.transformation.gouv.fr/engagement/6), writing {@code AQ} for the queue
 * abandons that are not short abandons (wait {@code ≥ shortAbandonSeconds}):
 *
 * <ul>
 *   <li>{@code TAUX_DECROCHE_AGENT} = ANSWERED_AGENT ÷ (ANSWERED_AGENT + AQ + BLOCKED_OVERFLOW);
 *   <li>{@code TAUX_DECROCHE_GLOBAL} = (ANSWERED_AGENT + RESOLVED_IVR) ÷ (all attempts −
 *       OUT_OF_HOURS − short abandons − TRANSFERRED_OUT − CALLBACK_SCHEDULED);
 *   <li>{@code TAUX_ABANDON} = AQ ÷ (ANSWERED_AGENT + AQ);
 *   <li>{@code NIVEAU_SERVICE} at {@code Y} s, for each threshold = answered with wait {@code ≤ Y}
 *       ÷ (answered + AQ with wait {@code > Y}), abandons within {@code Y} left out;
 *   <li>{@code ATTENTE_MOYENNE} = exact mean wait of answered calls (integer sums, one rounding);
 *   <li>{@code ATTENTE_P50}, {@code ATTENTE_P90} = nearest-rank percentiles of the answered waits
 *       ({@link WaitPercentile}).
 * </ul>
 *
 * <p>The other settings of the policy move BLOCKED_OVERFLOW, OUT_OF_HOURS, CALLBACK_SCHEDULED and
 * TRANSFERRED_OUT between "excluded", "unanswered" (denominator) and "answered" (numerator and
 * denominator) in both pick-up rates, and change how abandons within a threshold count in the
 * service level. Every measurement carries its numerator, denominator, the policy's {@linkplain
 * CallPolicy#parameters() parameters} and the calls it leaves out, by reason: the outcome codes,
 * plus {@value CallMeasurements#SHORT_ABANDON} and {@value
 * CallMeasurements#ABANDONED_WITHIN_THRESHOLD}; among exclusions, {@code ABANDONED_QUEUE} counts
 * the queue abandons that are <em>not</em> short. For every rate, {@code denominator +
 * excludedTotal = count()}; for the waits, {@code n + excludedTotal = count()}.
 *
 * <h2>Input paths</h2>
 *
 * <ul>
 *   <li>{@link #accept(CallRecord)}: one record (its structure and time are ignored: grouping by
 *       structure and period is the job of {@link GroupedAccumulator}, see {@link
 *       #grouped(Grouping, CallPolicy)});
 *   <li>{@link #accept(CallOutcome, int)} and {@link #acceptOrdinal(int, int)}: the primitive path
 *       for systems that hold calls in arrays. It allocates nothing, hashes nothing and boxes
 *       nothing: one range check, one counter increment and, for an answered call or a queue
 *       abandon, one histogram increment;
 *   <li>{@link #acceptAll(byte[], int[], int, int)}: a columnar batch in one pass, one table
 *       look-up and one increment per call without a branch on the outcome (about 1 ns a call), all
 *       or nothing: an invalid element leaves the accumulator unchanged;
 *   <li>{@link #acceptColumns}: columns of many structures into a {@link GroupedAccumulator},
 *       sorted by group a chunk at a time so that each group's state is fed a run of calls.
 * </ul>
 *
 * <p>The wait of an outcome other than ANSWERED_AGENT and ABANDONED_QUEUE is checked (0 to {@value
 * CallRecord#MAX_WAIT_SECONDS} s) and otherwise ignored. An invalid observation (negative wait,
 * wait above {@value CallRecord#MAX_WAIT_SECONDS} s, unknown ordinal) throws an {@link
 * InvalidInputException} naming the field and the bound, and leaves the accumulator unchanged; a
 * null outcome throws a {@link NullPointerException} naming {@code outcome}.
 *
 * <h2>State</h2>
 *
 * <p>Counts per outcome and of short abandons; an exact counting histogram of answered waits, one
 * cell per second from 0 to {@link CallPolicy#histogramCapSeconds()} plus one overflow cell for
 * longer waits, whose exact sum and sum of squares are kept so that the mean stays exact; and the
 * non-short queue abandons counted exactly in the bins that the service levels need (between
 * consecutive thresholds). {@link CallPolicy#stateSizeBytes()}: about 28.9 KB with the default cap
 * of 3,600 s. Counts are {@code long}s; sums are exact up to {@link Long#MAX_VALUE} (beyond some
 * 10<sup>8</sup> answered waits of a full day each, {@link ArithmeticException}).
 *
 * <p>Merging is exact: splitting the calls in any way and {@linkplain #combine combining} the parts
 * in any order gives measurements equal to accumulating them at once. Not thread-safe: give each
 * thread its own accumulator and combine them.
 *
 * <pre>{@code
 * CallAccumulator calls = CallAccumulator.of(CallPolicy.defaults());
 * calls.accept(CallOutcome.ANSWERED_AGENT, 42);        // allocation-free
 * calls.accept(CallOutcome.ABANDONED_QUEUE, 3);        // a short abandon
 * CallMeasurements m = calls.result(site, ReportingPeriod.parse("2026-03"));
 * Measurement pickUp = m.agentPickUpRate();            // value, interval, n, status, exclusions
 * }</pre>
 */
public final class CallAccumulator implements Accumulator<CallAccumulator> {

  private static final MessageBundle MESSAGES = MessageBundle.of(CallAccumulator.class, "messages");

  private static final CallOutcome[] OUTCOMES = CallOutcome.values();
  private static final int ANSWERED = CallOutcome.ANSWERED_AGENT.ordinal();
  private static final int ABANDONED = CallOutcome.ABANDONED_QUEUE.ordinal();

  /** The four outcomes whose treatment in the pick-up rates is a policy setting. */
  private static final CallOutcome[] CONFIGURABLE = {
    CallOutcome.BLOCKED_OVERFLOW,
    CallOutcome.OUT_OF_HOURS,
    CallOutcome.CALLBACK_SCHEDULED,
    CallOutcome.TRANSFERRED_OUT
  };

  /** Layout of {@link #counters()}: the fixed cells, then the histogram and the abandon bins. */
  private static final int SHORT_ABANDONS_AT = OUTCOMES.length;

  private static final int ABOVE_CAP_SUM_AT = SHORT_ABANDONS_AT + 1;
  private static final int ABOVE_CAP_SQUARES_AT = ABOVE_CAP_SUM_AT + 1;
  private static final int COUNTERS_FIXED = ABOVE_CAP_SQUARES_AT + 1;

  /** The look-up tables of the batch path by policy (a few policies per program in practice). */
  private static final ConcurrentHashMap<CallPolicy, int[]> BATCH_INDEXES =
      new ConcurrentHashMap<>();

  private static final int MAX_CACHED_INDEXES = 32;

  private static final double MEDIAN = 0.5;
  private static final double NINETIETH = 0.9;

  private final CallPolicy policy;
  private final int cap;
  private final int shortAbandonSeconds;
  private final int[] thresholds;

  private final long[] outcomeCounts;
  private long shortAbandons;

  /**
   * Cells 0..cap: answered calls by wait in seconds; cell cap + 1: longer waits. Then the scratch
   * cells of {@link #acceptAll(byte[], int[], int, int)}, zero outside that method: short abandons,
   * the abandon bins, one cell per outcome.
   */
  private final long[] answeredWaits;

  /** The look-up table of {@link #acceptAll}, shared with {@link #BATCH_INDEXES}; lazily set. */
  private int @Nullable [] batchIndex;

  private long aboveCapWaitSum;
  private long aboveCapWaitSumOfSquares;

  /**
   * Non-short queue abandons by bin: bin {@code b} holds the waits {@code w} with exactly {@code b}
   * thresholds below {@code w} ({@code thresholds[b - 1] < w ≤ thresholds[b]}).
   */
  private final long[] abandonBins;

  private CallAccumulator(CallPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.cap = policy.histogramCapSeconds();
    this.shortAbandonSeconds = policy.shortAbandonSeconds();
    this.thresholds =
        policy.serviceLevelThresholdsSeconds().stream().mapToInt(Integer::intValue).toArray();
    this.outcomeCounts = new long[OUTCOMES.length];
    this.abandonBins = new long[thresholds.length + 1];
    this.answeredWaits = new long[cap + 2 + 1 + abandonBins.length + OUTCOMES.length];
  }

  /**
   * Returns an empty accumulator with a policy.
   *
   * @param policy the policy
   * @return a new accumulator, the identity of {@link #combine}
   */
  public static CallAccumulator of(CallPolicy policy) {
    return new CallAccumulator(policy);
  }

  /**
   * Returns an empty accumulator with the {@linkplain CallPolicy#defaults() default policy}.
   *
   * @return a new accumulator
   */
  public static CallAccumulator of() {
    return new CallAccumulator(CallPolicy.defaults());
  }

  /**
   * Returns an accumulator that groups call records by structure ({@link CallRecord#structure()})
   * and period (of {@link CallRecord#arrivedAt()}, in the structure's zone).
   *
   * @param grouping the granularity and the structures' time zones
   * @param policy the policy of every group
   * @return a new grouped accumulator
   */
  public static GroupedAccumulator<CallRecord, CallAccumulator> grouped(
      Grouping grouping, CallPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return GroupedAccumulator.of(
        grouping,
        () -> new CallAccumulator(policy),
        CallRecord::structure,
        CallRecord::arrivedAt,
        CallAccumulator::accept);
  }

  /**
   * Returns the policy.
   *
   * @return the policy given at creation
   */
  public CallPolicy policy() {
    return policy;
  }

  // ---------------------------------------------------------------------------------------------
  // Input

  /**
   * Adds one call record. Its structure, time and handling time are not used.
   *
   * @param call the call (already validated by its constructor)
   */
  public void accept(CallRecord call) {
    tally(call.outcome().ordinal(), call.waitSeconds());
  }

  /**
   * Adds one call from primitives, without allocating.
   *
   * @param outcome the outcome
   * @param waitSeconds the queue wait, 0 to {@value CallRecord#MAX_WAIT_SECONDS} seconds
   * @throws InvalidInputException if the wait is out of range (the accumulator is unchanged)
   * @throws NullPointerException if the outcome is null
   */
  public void accept(CallOutcome outcome, int waitSeconds) {
    int ordinal = Objects.requireNonNull(outcome, "outcome").ordinal();
    if (waitSeconds < 0 || waitSeconds > CallRecord.MAX_WAIT_SECONDS) {
      throw invalidWait("waitSeconds", waitSeconds);
    }
    tally(ordinal, waitSeconds);
  }

  /**
   * Adds one call given by its outcome's ordinal ({@link CallOutcome#ordinal()}), without
   * allocating.
   *
   * @param outcomeOrdinal the outcome's ordinal, 0 to 7
   * @param waitSeconds the queue wait, 0 to {@value CallRecord#MAX_WAIT_SECONDS} seconds
   * @throws InvalidInputException if the ordinal or the wait is out of range (the accumulator is
   *     unchanged)
   */
  public void acceptOrdinal(int outcomeOrdinal, int waitSeconds) {
    if (outcomeOrdinal < 0 || outcomeOrdinal >= OUTCOMES.length) {
      throw invalidOrdinal("outcomeOrdinal", outcomeOrdinal);
    }
    if (waitSeconds < 0 || waitSeconds > CallRecord.MAX_WAIT_SECONDS) {
      throw invalidWait("waitSeconds", waitSeconds);
    }
    tally(outcomeOrdinal, waitSeconds);
  }

  /**
   * Adds the calls {@code from} (inclusive) to {@code to} (exclusive) of two parallel columns. All
   * or nothing: if one element is invalid, the exception names it (for example {@code
   * waitSeconds[17]}) and the accumulator is unchanged (the calls counted before it are taken
   * back). Allocates nothing per call; the first call of an accumulator fetches the look-up table
   * shared by the accumulators of its policy ({@code 4 × 8 × (cap + 2)} bytes, 115 KB with the
   * default cap).
   *
   * @param outcomeOrdinals the outcomes' ordinals ({@link CallOutcome#ordinal()}), 0 to 7
   * @param waitSeconds the queue waits, 0 to {@value CallRecord#MAX_WAIT_SECONDS} seconds
   * @param from the first index, inclusive
   * @param to the last index, exclusive
   * @throws IndexOutOfBoundsException if the range does not fit in both arrays
   * @throws InvalidInputException if an ordinal or a wait is out of range
   */
  public void acceptAll(byte[] outcomeOrdinals, int[] waitSeconds, int from, int to) {
    Objects.requireNonNull(outcomeOrdinals, "outcomeOrdinals");
    Objects.requireNonNull(waitSeconds, "waitSeconds");
    Objects.checkFromToIndex(from, to, outcomeOrdinals.length);
    Objects.checkFromToIndex(from, to, waitSeconds.length);
    // One pass, one table look-up and one increment per call, no branch on the outcome: the table
    // maps (outcome, wait clamped to cap + 1) to a cell of answeredWaits, whose tail holds scratch
    // cells for everything but the answered histogram. The scratch cells are folded into the state
    // after the loop; an invalid element undoes the increments made before it, so the accumulator
    // is unchanged when this method throws.
    int[] index = batchIndex();
    long[] cells = answeredWaits;
    int clamp = cap + 1;
    int stride = cap + 2;
    long addedSum = 0;
    long addedSquares = 0;
    for (int i = from; i < to; i++) {
      int ordinal = outcomeOrdinals[i];
      int wait = waitSeconds[i];
      if (ordinal < 0
          | ordinal >= OUTCOMES.length
          | wait < 0
          | wait > CallRecord.MAX_WAIT_SECONDS) {
        undo(outcomeOrdinals, waitSeconds, from, i, index);
        throw ordinal < 0 || ordinal >= OUTCOMES.length
            ? invalidOrdinal("outcomeOrdinals[" + i + "]", ordinal)
            : invalidWait("waitSeconds[" + i + "]", wait);
      }
      if (wait > cap && ordinal == ANSWERED) {
        try {
          addedSum = Math.addExact(addedSum, wait);
          addedSquares = Math.addExact(addedSquares, (long) wait * wait);
        } catch (ArithmeticException e) {
          undo(outcomeOrdinals, waitSeconds, from, i, index);
          throw e;
        }
      }
      cells[index[ordinal * stride + Math.min(wait, clamp)]]++;
    }
    long sum;
    long squares;
    try {
      // Fail before the state changes if the exact sums would leave the range of a long.
      squares = Math.addExact(aboveCapWaitSumOfSquares, addedSquares);
      sum = Math.addExact(aboveCapWaitSum, addedSum);
    } catch (ArithmeticException e) {
      undo(outcomeOrdinals, waitSeconds, from, to, index);
      throw e;
    }
    aboveCapWaitSum = sum;
    aboveCapWaitSumOfSquares = squares;
    foldScratch(to - from);
  }

  /**
   * Adds columnar calls of many structures to a grouped accumulator, group by group: row {@code i}
   * is a call to {@code structures[structureIndices[i]]} arriving at {@code arrivals[i]} (epoch
   * seconds), with an outcome and a wait. The fast path for systems holding calls in arrays: the
   * rows are sorted by group a chunk at a time ({@link GroupedAccumulator#acceptColumns}) and each
   * group's run is counted at once by {@link #acceptAll(byte[], int[], int, int)}, so that each
   * state is touched once per chunk instead of once per call. The results equal feeding the calls
   * one by one through {@link GroupedAccumulator#stateFor(StructureCode, long)} and {@link
   * #acceptOrdinal(int, int)}.
   *
   * <p>Every column of the range is checked before anything is counted: if an element is invalid,
   * the exception names it and the grouped accumulator is observably unchanged.
   *
   * @param grouped the grouped accumulator ({@link #grouped(Grouping, CallPolicy)})
   * @param structures the structures, indexed by {@code structureIndices}
   * @param structureIndices per call, an index into {@code structures}
   * @param arrivals per call, the arrival in seconds since 1970-01-01T00:00:00Z
   * @param outcomeOrdinals per call, the outcome's ordinal, 0 to 7
   * @param waitSeconds per call, the queue wait, 0 to {@value CallRecord#MAX_WAIT_SECONDS} seconds
   * @param from first row, inclusive
   * @param to last row, exclusive
   * @throws IndexOutOfBoundsException if the range does not fit in every column
   * @throws InvalidInputException if an index, instant, ordinal or wait is out of range
   * @throws ArithmeticException if the exact sums of waits above the cap of a group would exceed
   *     {@link Long#MAX_VALUE} (some 10<sup>8</sup> waits of a full day; the groups fed before stay
   *     fed)
   */
  public static void acceptColumns(
      GroupedAccumulator<CallRecord, CallAccumulator> grouped,
      StructureCode[] structures,
      int[] structureIndices,
      long[] arrivals,
      byte[] outcomeOrdinals,
      int[] waitSeconds,
      int from,
      int to) {
    Objects.requireNonNull(grouped, "grouped");
    Objects.requireNonNull(outcomeOrdinals, "outcomeOrdinals");
    Objects.requireNonNull(waitSeconds, "waitSeconds");
    Objects.checkFromToIndex(from, to, outcomeOrdinals.length);
    Objects.checkFromToIndex(from, to, waitSeconds.length);
    for (int i = from; i < to; i++) {
      int ordinal = outcomeOrdinals[i];
      int wait = waitSeconds[i];
      if (ordinal < 0 || ordinal >= OUTCOMES.length) {
        throw invalidOrdinal("outcomeOrdinals[" + i + "]", ordinal);
      }
      if (wait < 0 || wait > CallRecord.MAX_WAIT_SECONDS) {
        throw invalidWait("waitSeconds[" + i + "]", wait);
      }
    }
    grouped.acceptColumns(
        structures,
        structureIndices,
        arrivals,
        from,
        to,
        new CallColumns(
            outcomeOrdinals, waitSeconds, Math.min(GroupedAccumulator.COLUMN_CHUNK, to - from)));
  }

  /** The call columns of {@link #acceptColumns}: one chunk's outcomes and waits, group by group. */
  private static final class CallColumns implements ColumnBatch<CallAccumulator> {
    private final byte[] outcomeOrdinals;
    private final int[] waitSeconds;
    private final byte[] slotOutcomes;
    private final int[] slotWaits;

    CallColumns(byte[] outcomeOrdinals, int[] waitSeconds, int slots) {
      this.outcomeOrdinals = outcomeOrdinals;
      this.waitSeconds = waitSeconds;
      this.slotOutcomes = new byte[slots];
      this.slotWaits = new int[slots];
    }

    @Override
    public void copy(int row, int slot) {
      slotOutcomes[slot] = outcomeOrdinals[row];
      slotWaits[slot] = waitSeconds[row];
    }

    @Override
    public void feed(CallAccumulator state, int from, int to) {
      state.acceptAll(slotOutcomes, slotWaits, from, to);
    }
  }

  /** Removes the calls {@code from..to} (exclusive) counted by the loop of {@link #acceptAll}. */
  private void undo(byte[] outcomeOrdinals, int[] waitSeconds, int from, int to, int[] index) {
    int clamp = cap + 1;
    int stride = cap + 2;
    for (int i = from; i < to; i++) {
      answeredWaits[index[outcomeOrdinals[i] * stride + Math.min(waitSeconds[i], clamp)]]--;
    }
  }

  /** Moves the scratch cells of a batch of {@code calls} calls into the state, and zeroes them. */
  private void foldScratch(long calls) {
    long[] cells = answeredWaits;
    int scratch = cap + 2;
    long notAnswered = 0;
    long shortOnes = cells[scratch];
    long abandons = shortOnes;
    cells[scratch] = 0;
    for (int bin = 0; bin < abandonBins.length; bin++) {
      long n = cells[scratch + 1 + bin];
      abandonBins[bin] += n;
      abandons += n;
      cells[scratch + 1 + bin] = 0;
    }
    int outcomes = scratch + 1 + abandonBins.length;
    for (int ordinal = 0; ordinal < OUTCOMES.length; ordinal++) {
      long n = cells[outcomes + ordinal];
      outcomeCounts[ordinal] += n;
      notAnswered += n;
      cells[outcomes + ordinal] = 0;
    }
    shortAbandons += shortOnes;
    outcomeCounts[ABANDONED] += abandons;
    outcomeCounts[ANSWERED] += calls - notAnswered - abandons;
  }

  /**
   * The cell of each (outcome, clamped wait) pair for {@link #acceptAll}: row {@code o}, column
   * {@code c = min(wait, cap + 1)}. Answered calls go to their histogram cell {@code c}; queue
   * abandons to the scratch cell of short abandons or of their service-level bin; the other
   * outcomes to one scratch cell each. Shared by every accumulator of an equal policy.
   */
  private int[] batchIndex() {
    int[] index = batchIndex;
    if (index == null) {
      index = BATCH_INDEXES.get(policy);
      if (index == null) {
        index = buildBatchIndex();
        if (BATCH_INDEXES.size() < MAX_CACHED_INDEXES) {
          int[] raced = BATCH_INDEXES.putIfAbsent(policy, index);
          index = raced == null ? index : raced;
        }
      }
      batchIndex = index;
    }
    return index;
  }

  private int[] buildBatchIndex() {
    int stride = cap + 2;
    int scratch = cap + 2;
    int outcomes = scratch + 1 + abandonBins.length;
    int[] index = new int[OUTCOMES.length * stride];
    for (int ordinal = 0; ordinal < OUTCOMES.length; ordinal++) {
      for (int c = 0; c < stride; c++) {
        int cell;
        if (ordinal == ANSWERED) {
          cell = c;
        } else if (ordinal == ABANDONED) {
          if (c < shortAbandonSeconds) {
            cell = scratch;
          } else {
            int bin = 0;
            while (bin < thresholds.length && c > thresholds[bin]) {
              bin++;
            }
            cell = scratch + 1 + bin;
          }
        } else {
          cell = outcomes + ordinal;
        }
        index[ordinal * stride + c] = cell;
      }
    }
    return index;
  }

  /**
   * Adds every call of two parallel columns of the same length.
   *
   * @param outcomeOrdinals the outcomes' ordinals
   * @param waitSeconds the queue waits, in seconds
   * @throws InvalidInputException if the lengths differ, or an ordinal or a wait is out of range
   *     (the accumulator is unchanged)
   */
  public void acceptAll(byte[] outcomeOrdinals, int[] waitSeconds) {
    Objects.requireNonNull(outcomeOrdinals, "outcomeOrdinals");
    Objects.requireNonNull(waitSeconds, "waitSeconds");
    if (outcomeOrdinals.length != waitSeconds.length) {
      throw new InvalidInputException(
          MESSAGES.message("calls.columns.length", outcomeOrdinals.length, waitSeconds.length));
    }
    acceptAll(outcomeOrdinals, waitSeconds, 0, outcomeOrdinals.length);
  }

  /** The hot path: valid input only; every exception is raised before the first write. */
  private void tally(int ordinal, int wait) {
    if (ordinal == ANSWERED) {
      if (wait <= cap) {
        answeredWaits[wait]++;
      } else {
        long squares = Math.addExact(aboveCapWaitSumOfSquares, (long) wait * wait);
        aboveCapWaitSum += wait;
        aboveCapWaitSumOfSquares = squares;
        answeredWaits[cap + 1]++;
      }
    } else if (ordinal == ABANDONED) {
      if (wait < shortAbandonSeconds) {
        shortAbandons++;
      } else {
        int bin = 0;
        while (bin < thresholds.length && wait > thresholds[bin]) {
          bin++;
        }
        abandonBins[bin]++;
      }
    }
    outcomeCounts[ordinal]++;
  }

  private static InvalidInputException invalidWait(String field, int wait) {
    return new InvalidInputException(
        MESSAGES.message("calls.wait.range", field, CallRecord.MAX_WAIT_SECONDS, (long) wait));
  }

  private static InvalidInputException invalidOrdinal(String field, int ordinal) {
    return new InvalidInputException(
        MESSAGES.message("calls.outcome.ordinal", field, OUTCOMES.length - 1, (long) ordinal));
  }

  // ---------------------------------------------------------------------------------------------
  // Accumulator

  /**
   * Adds another state into this one; {@code other} is unchanged.
   *
   * @param other a state with an equal policy
   * @return this accumulator
   * @throws InvalidInputException if the policies differ (this accumulator is unchanged)
   */
  @Override
  public CallAccumulator combine(CallAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (!policy.equals(other.policy)) {
      throw new InvalidInputException(MESSAGES.message("calls.policy.mismatch"));
    }
    long sum = Math.addExact(aboveCapWaitSum, other.aboveCapWaitSum);
    long squares = Math.addExact(aboveCapWaitSumOfSquares, other.aboveCapWaitSumOfSquares);
    aboveCapWaitSum = sum;
    aboveCapWaitSumOfSquares = squares;
    shortAbandons += other.shortAbandons;
    addInto(outcomeCounts, other.outcomeCounts);
    addInto(answeredWaits, other.answeredWaits);
    addInto(abandonBins, other.abandonBins);
    return this;
  }

  private static void addInto(long[] target, long[] source) {
    for (int i = 0; i < target.length; i++) {
      target[i] += source[i];
    }
  }

  @Override
  public CallAccumulator copy() {
    CallAccumulator copy = new CallAccumulator(policy);
    copy.combine(this);
    return copy;
  }

  /**
   * Returns the number of calls accepted, every outcome included.
   *
   * @return the number of calls
   */
  @Override
  public long count() {
    long total = 0;
    for (long c : outcomeCounts) {
      total += c;
    }
    return total;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading the state

  /**
   * Returns the number of calls with an outcome (short abandons included for {@link
   * CallOutcome#ABANDONED_QUEUE}).
   *
   * @param outcome the outcome
   * @return the count
   */
  public long countOf(CallOutcome outcome) {
    return outcomeCounts[Objects.requireNonNull(outcome, "outcome").ordinal()];
  }

  /**
   * Returns the number of short abandons: queue abandons whose wait is below {@link
   * CallPolicy#shortAbandonSeconds()}.
   *
   * @return the count; 0 when the policy disables short abandons
   */
  public long shortAbandons() {
    return shortAbandons;
  }

  /**
   * Returns the number of answered calls whose wait exceeds {@link
   * CallPolicy#histogramCapSeconds()} (the overflow cell).
   *
   * @return the count
   */
  public long answeredAboveCap() {
    return answeredWaits[cap + 1];
  }

  /**
   * Returns the number of answered calls whose wait is at most {@code seconds}.
   *
   * @param seconds 0 to {@link CallPolicy#histogramCapSeconds()}
   * @return the count
   * @throws InvalidInputException if {@code seconds} is outside 0..cap
   */
  public long answeredWithin(int seconds) {
    Checks.requireBetween(seconds, 0, cap, "seconds");
    long within = 0;
    for (int v = 0; v <= seconds; v++) {
      within += answeredWaits[v];
    }
    return within;
  }

  /**
   * Returns the exact sum of the waits of answered calls.
   *
   * @return the sum, in seconds
   * @throws ArithmeticException if it exceeds {@link Long#MAX_VALUE}
   */
  public long answeredWaitSumSeconds() {
    long[] cells = answeredWaits;
    if (outcomeCounts[ANSWERED] <= Long.MAX_VALUE / cap) {
      // Every product and the total are below answered × cap: plain arithmetic is exact.
      long sum = 0;
      for (int v = 1; v <= cap; v++) {
        sum += v * cells[v];
      }
      return Math.addExact(aboveCapWaitSum, sum);
    }
    long sum = aboveCapWaitSum;
    for (int v = 1; v <= cap; v++) {
      sum = Math.addExact(sum, Math.multiplyExact((long) v, cells[v]));
    }
    return sum;
  }

  private long answeredWaitSumOfSquares() {
    long[] cells = answeredWaits;
    if (outcomeCounts[ANSWERED] <= Long.MAX_VALUE / ((long) cap * cap)) {
      // Every product and the total are below answered × cap²: plain arithmetic is exact.
      long sum = 0;
      for (int v = 1; v <= cap; v++) {
        sum += (long) v * v * cells[v];
      }
      return Math.addExact(aboveCapWaitSumOfSquares, sum);
    }
    long sum = aboveCapWaitSumOfSquares;
    for (int v = 1; v <= cap; v++) {
      sum = Math.addExact(sum, Math.multiplyExact((long) v * v, cells[v]));
    }
    return sum;
  }

  /**
   * Returns a nearest-rank percentile of the waits of answered calls: the smallest wait {@code v}
   * such that at least {@code ⌈q·n⌉} answered waits are at most {@code v} (see {@link
   * WaitPercentile}). The product {@code q·n} is computed exactly on the shortest decimal form of
   * {@code q} ({@link BigDecimal#valueOf(double)}), so that {@code 0.07 × 100} is 7, not 7.000…1.
   *
   * @param quantile {@code q}, in (0, 1]
   * @return the percentile, undefined when nothing was answered, flagged when above the cap
   * @throws InvalidInputException if the quantile is outside (0, 1]
   */
  public WaitPercentile answeredWaitPercentile(double quantile) {
    WaitPercentile.requireQuantile(quantile);
    long n = outcomeCounts[ANSWERED];
    if (n == 0) {
      return new WaitPercentile(quantile, 0, 0, null, false);
    }
    long rank =
        BigDecimal.valueOf(quantile)
            .multiply(BigDecimal.valueOf(n))
            .setScale(0, RoundingMode.CEILING)
            .longValueExact();
    long cumulative = 0;
    for (int v = 0; v <= cap; v++) {
      cumulative += answeredWaits[v];
      if (cumulative >= rank) {
        return new WaitPercentile(quantile, n, rank, v, false);
      }
    }
    return new WaitPercentile(quantile, n, rank, null, true);
  }

  // ---------------------------------------------------------------------------------------------
  // State as counters (storage and transport)

  /**
   * Returns the whole state as counters, so that it can be stored or sent to another process and
   * rebuilt there by {@link #fromCounters(CallPolicy, long[])} (spsplus-spark encodes them as the
   * bytes of its aggregation buffers). With {@code C} = {@link CallPolicy#histogramCapSeconds()}
   * and {@code T} = the number of service-level thresholds, the layout is stable:
   *
   * <ul>
   *   <li>{@code [0, 8)}: the calls by outcome, indexed by {@link CallOutcome#ordinal()};
   *   <li>{@code [8]}: the short abandons; {@code [9]} and {@code [10]}: the sum and the sum of
   *       squares of the answered waits longer than {@code C}, in seconds and seconds²;
   *   <li>{@code [11, 13 + C)}: the answered calls by wait, one cell per second from 0 to {@code
   *       C}, then the overflow cell (waits longer than {@code C});
   *   <li>{@code [13 + C, 14 + C + T)}: the queue abandons that are not short, by service-level bin
   *       (bin {@code b}: waits above {@code b} thresholds and not above the next one).
   * </ul>
   *
   * <p>The policy is not part of the counters: keep it beside them.
   *
   * @return a new array of {@code 14 + C + T} non-negative counters ({@link
   *     CallPolicy#stateSizeBytes()} ÷ 8)
   */
  public long[] counters() {
    int histogram = cap + 2; // the cells after it are acceptAll's scratch, zero here
    long[] counters = new long[COUNTERS_FIXED + histogram + abandonBins.length];
    System.arraycopy(outcomeCounts, 0, counters, 0, outcomeCounts.length);
    counters[SHORT_ABANDONS_AT] = shortAbandons;
    counters[ABOVE_CAP_SUM_AT] = aboveCapWaitSum;
    counters[ABOVE_CAP_SQUARES_AT] = aboveCapWaitSumOfSquares;
    System.arraycopy(answeredWaits, 0, counters, COUNTERS_FIXED, histogram);
    System.arraycopy(abandonBins, 0, counters, COUNTERS_FIXED + histogram, abandonBins.length);
    return counters;
  }

  /**
   * Rebuilds an accumulator from the {@linkplain #counters() counters} of a state accumulated with
   * an equal policy: its measurements, counters and merges are those of the original state.
   *
   * <p>The counters are checked as a whole: the length, the signs, the totals (none beyond {@link
   * Long#MAX_VALUE}; answered calls by wait add up to the {@code ANSWERED_AGENT} count; short
   * abandons and abandon bins to the {@code ABANDONED_QUEUE} count), no short abandon when the
   * policy disables them, no abandon in a bin that lies entirely below the short-abandon threshold,
   * and above-cap sums that waits of {@code C + 1} to {@value CallRecord#MAX_WAIT_SECONDS} s can
   * produce.
   *
   * @param policy the policy the counters were accumulated with
   * @param counters the counters, in the layout of {@link #counters()}; not kept
   * @return a new accumulator
   * @throws InvalidInputException if the counters are inconsistent (the message names the rule)
   */
  public static CallAccumulator fromCounters(CallPolicy policy, long[] counters) {
    Objects.requireNonNull(counters, "counters");
    CallAccumulator state = new CallAccumulator(policy);
    int histogramAt = COUNTERS_FIXED;
    int binsAt = histogramAt + state.cap + 2;
    int length = binsAt + state.abandonBins.length;
    if (counters.length != length) {
      throw new InvalidInputException(
          MESSAGES.message("calls.counters.length", length, counters.length));
    }
    long total = 0;
    for (int i = 0; i < counters.length; i++) {
      if (counters[i] < 0) {
        Checks.requireNonNegative(counters[i], "counters[" + i + "]"); // throws, naming the cell
      }
      if (i < OUTCOMES.length) {
        total = addCounters(total, counters[i]);
      }
    }
    long answered = 0;
    for (int i = histogramAt; i < binsAt; i++) {
      answered = addCounters(answered, counters[i]);
    }
    long abandons = counters[SHORT_ABANDONS_AT];
    for (int i = binsAt; i < length; i++) {
      abandons = addCounters(abandons, counters[i]);
      int bin = i - binsAt;
      if (counters[i] > 0 && bin < state.thresholds.length) {
        requireCounters(state.thresholds[bin] >= state.shortAbandonSeconds, "abandons.bins");
      }
    }
    requireCounters(answered == counters[ANSWERED], "answered.total");
    requireCounters(abandons == counters[ABANDONED], "abandoned.total");
    requireCounters(
        state.shortAbandonSeconds > 0 || counters[SHORT_ABANDONS_AT] == 0, "short.abandons");
    long above = counters[binsAt - 1];
    long sum = counters[ABOVE_CAP_SUM_AT];
    long squares = counters[ABOVE_CAP_SQUARES_AT];
    BigInteger low = BigInteger.valueOf(state.cap + 1L);
    BigInteger high = BigInteger.valueOf(CallRecord.MAX_WAIT_SECONDS);
    BigInteger n = BigInteger.valueOf(above);
    BigInteger s1 = BigInteger.valueOf(sum);
    BigInteger s2 = BigInteger.valueOf(squares);
    // Every wait w of the overflow cell has cap < w <= MAX, hence these bounds; and n·Σw² ≥ (Σw)².
    requireCounters(
        s1.compareTo(low.multiply(n)) >= 0
            && s1.compareTo(high.multiply(n)) <= 0
            && s2.compareTo(low.multiply(s1)) >= 0
            && s2.compareTo(high.multiply(s1)) <= 0
            && n.multiply(s2).compareTo(s1.multiply(s1)) >= 0,
        "above.cap.sums");
    System.arraycopy(counters, 0, state.outcomeCounts, 0, OUTCOMES.length);
    state.shortAbandons = counters[SHORT_ABANDONS_AT];
    state.aboveCapWaitSum = sum;
    state.aboveCapWaitSumOfSquares = squares;
    System.arraycopy(counters, histogramAt, state.answeredWaits, 0, binsAt - histogramAt);
    System.arraycopy(counters, binsAt, state.abandonBins, 0, state.abandonBins.length);
    return state;
  }

  /** Adds two non-negative counters; a total beyond {@link Long#MAX_VALUE} is inconsistent. */
  private static long addCounters(long a, long b) {
    long sum = a + b;
    requireCounters(sum >= 0, "total.overflow");
    return sum;
  }

  private static void requireCounters(boolean rule, String ruleKey) {
    if (!rule) {
      throw new InvalidInputException(
          MESSAGES.message(
              "calls.counters.inconsistent", MESSAGES.message("calls.counters.rule." + ruleKey)));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Results

  /**
   * Computes every indicator with the {@linkplain Estimation#defaults() default estimation}.
   *
   * @param structure the structure measured, or {@code null} for an aggregate
   * @param period the period
   * @return the measurements
   */
  public CallMeasurements result(@Nullable StructureCode structure, ReportingPeriod period) {
    return result(structure, period, Estimation.defaults());
  }

  /**
   * Computes every indicator: the two pick-up rates, the abandon rate, one service level per
   * threshold of the policy, and the mean, median and 90th-percentile waits. Zero denominators give
   * undefined values (never 0); small samples are withheld according to the estimation's
   * publication thresholds.
   *
   * @param structure the structure measured, or {@code null} for an aggregate
   * @param period the period
   * @param estimation the intervals and publication thresholds
   * @return the measurements
   */
  public CallMeasurements result(
      @Nullable StructureCode structure, ReportingPeriod period, Estimation estimation) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(estimation, "estimation");
    Map<String, String> parameters = policy.parameters();
    // The exclusions and parameters of the three wait indicators are built once and shared.
    TreeMap<String, Long> waitExcluded = waitExclusions();
    TreeMap<String, String> waitParameters = waitParameters(parameters);
    return new CallMeasurements(
        pickUpRate(IndicatorCode.TAUX_DECROCHE_AGENT, structure, period, estimation, parameters),
        pickUpRate(IndicatorCode.TAUX_DECROCHE_GLOBAL, structure, period, estimation, parameters),
        abandonRate(structure, period, estimation, parameters),
        serviceLevels(structure, period, estimation, parameters),
        meanWait(structure, period, estimation, waitExcluded, waitParameters),
        percentileWait(
            IndicatorCode.ATTENTE_P50,
            MEDIAN,
            structure,
            period,
            estimation,
            waitExcluded,
            waitParameters),
        percentileWait(
            IndicatorCode.ATTENTE_P90,
            NINETIETH,
            structure,
            period,
            estimation,
            waitExcluded,
            waitParameters));
  }

  private long nonShortAbandons() {
    return outcomeCounts[ABANDONED] - shortAbandons;
  }

  private long outcome(CallOutcome outcome) {
    return outcomeCounts[outcome.ordinal()];
  }

  private Measurement pickUpRate(
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period,
      Estimation estimation,
      Map<String, String> parameters) {
    boolean global = indicator == IndicatorCode.TAUX_DECROCHE_GLOBAL;
    long answered = outcome(CallOutcome.ANSWERED_AGENT);
    long numerator = answered;
    long denominator = answered + nonShortAbandons();
    TreeMap<String, Long> excluded = new TreeMap<>();
    excluded.put(CallMeasurements.SHORT_ABANDON, shortAbandons);
    if (global) {
      long resolved = outcome(CallOutcome.RESOLVED_IVR);
      numerator += resolved;
      denominator += resolved + outcome(CallOutcome.ABANDONED_IVR);
    } else {
      excludeOutcome(excluded, CallOutcome.ABANDONED_IVR);
      excludeOutcome(excluded, CallOutcome.RESOLVED_IVR);
    }
    for (CallOutcome configurable : CONFIGURABLE) {
      long count = outcome(configurable);
      switch (policy.agentTreatment(configurable)) {
        case ANSWERED -> {
          numerator += count;
          denominator += count;
        }
        case UNANSWERED -> denominator += count;
        case EXCLUDED -> excluded.put(configurable.name(), count);
      }
    }
    return estimation.proportion(
        indicator, structure, period, numerator, denominator, excluded, parameters);
  }

  private Measurement abandonRate(
      @Nullable StructureCode structure,
      ReportingPeriod period,
      Estimation estimation,
      Map<String, String> parameters) {
    long abandons = nonShortAbandons();
    TreeMap<String, Long> excluded = shortAbandonsAndOtherOutcomes();
    return estimation.proportion(
        IndicatorCode.TAUX_ABANDON,
        structure,
        period,
        abandons,
        outcome(CallOutcome.ANSWERED_AGENT) + abandons,
        excluded,
        parameters);
  }

  private List<Measurement> serviceLevels(
      @Nullable StructureCode structure,
      ReportingPeriod period,
      Estimation estimation,
      Map<String, String> parameters) {
    List<Measurement> levels = new ArrayList<>(thresholds.length);
    long answered = outcome(CallOutcome.ANSWERED_AGENT);
    long allAbandons = nonShortAbandons();
    long answeredWithin = 0;
    long abandonsWithin = 0;
    int next = 0;
    TreeMap<String, Long> otherOutcomes = shortAbandonsAndOtherOutcomes();
    for (int j = 0; j < thresholds.length; j++) {
      int threshold = thresholds[j];
      for (; next <= threshold; next++) {
        answeredWithin += answeredWaits[next];
      }
      abandonsWithin += abandonBins[j];
      long abandonsAfter = allAbandons - abandonsWithin;
      TreeMap<String, Long> excluded = otherOutcomes;
      long numerator = answeredWithin;
      long denominator = answered + abandonsAfter;
      switch (policy.serviceLevelAbandons()) {
        case IGNORED -> {
          excluded = new TreeMap<>(otherOutcomes);
          excluded.put(CallMeasurements.ABANDONED_WITHIN_THRESHOLD, abandonsWithin);
        }
        case MISSED -> denominator += abandonsWithin;
        case MET -> {
          numerator += abandonsWithin;
          denominator += abandonsWithin;
        }
      }
      TreeMap<String, String> own = new TreeMap<>(parameters);
      own.put("threshold_seconds", Integer.toString(threshold));
      levels.add(
          estimation.proportion(
              IndicatorCode.NIVEAU_SERVICE,
              structure,
              period,
              numerator,
              denominator,
              excluded,
              own));
    }
    return levels;
  }

  /** The exclusions of the wait indicators: every call that was not answered by an agent. */
  private TreeMap<String, Long> waitExclusions() {
    TreeMap<String, Long> excluded = shortAbandonsAndOtherOutcomes();
    excluded.put(CallOutcome.ABANDONED_QUEUE.name(), nonShortAbandons());
    return excluded;
  }

  /**
   * The exclusions shared by the abandon rate, the service levels and the waits: the short abandons
   * and every outcome other than ANSWERED_AGENT and ABANDONED_QUEUE.
   */
  private TreeMap<String, Long> shortAbandonsAndOtherOutcomes() {
    TreeMap<String, Long> excluded = new TreeMap<>();
    excluded.put(CallMeasurements.SHORT_ABANDON, shortAbandons);
    for (CallOutcome other : OUTCOMES) {
      if (other != CallOutcome.ANSWERED_AGENT && other != CallOutcome.ABANDONED_QUEUE) {
        excludeOutcome(excluded, other);
      }
    }
    return excluded;
  }

  private TreeMap<String, String> waitParameters(Map<String, String> parameters) {
    TreeMap<String, String> own = new TreeMap<>(parameters);
    own.put("waits_above_cap", Long.toString(answeredAboveCap()));
    return own;
  }

  private Measurement meanWait(
      @Nullable StructureCode structure,
      ReportingPeriod period,
      Estimation estimation,
      Map<String, Long> waitExcluded,
      Map<String, String> waitParameters) {
    long n = outcome(CallOutcome.ANSWERED_AGENT);
    long sum = answeredWaitSumSeconds();
    SampleMoments moments = SampleMoments.fromSums(n, sum, answeredWaitSumOfSquares());
    Measurement mean =
        estimation.mean(
            IndicatorCode.ATTENTE_MOYENNE,
            structure,
            period,
            moments,
            waitExcluded,
            waitParameters);
    // The numerator is the exact sum of the waits, not mean × n rounded twice.
    return new Measurement(
        mean.indicator(),
        mean.structure(),
        mean.period(),
        mean.value(),
        sum,
        mean.denominator(),
        mean.n(),
        mean.status(),
        mean.interval(),
        mean.excluded(),
        mean.parameters());
  }

  private Measurement percentileWait(
      IndicatorCode indicator,
      double quantile,
      @Nullable StructureCode structure,
      ReportingPeriod period,
      Estimation estimation,
      Map<String, Long> waitExcluded,
      Map<String, String> waitParameters) {
    WaitPercentile percentile = answeredWaitPercentile(quantile);
    TreeMap<String, String> own = new TreeMap<>(waitParameters);
    own.put("quantile", Double.toString(quantile));
    own.put("percentile_method", "NEAREST_RANK");
    own.put("rank_above_cap", Boolean.toString(percentile.aboveCap()));
    Integer seconds = percentile.seconds();
    return estimation.exact(
        indicator,
        structure,
        period,
        seconds == null ? null : seconds.doubleValue(),
        percentile.n(),
        waitExcluded,
        own);
  }

  private void excludeOutcome(Map<String, Long> excluded, CallOutcome outcome) {
    excluded.put(outcome.name(), outcome(outcome));
  }

  /** Returns a summary of the counts, without any identifier. */
  @Override
  public String toString() {
    return "CallAccumulator[count="
        + count()
        + ", answered="
        + outcome(CallOutcome.ANSWERED_AGENT)
        + ", shortAbandons="
        + shortAbandons
        + ", answeredAboveCap="
        + answeredAboveCap()
        + "]";
  }
}
