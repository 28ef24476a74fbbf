package fr.spsplus.spark;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.indicators.call.OutcomeTreatment;
import fr.spsplus.indicators.call.ServiceLevelAbandons;
import fr.spsplus.spark.internal.StateBytes;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The compact binary form of a {@link CallAccumulator}, with its {@link CallPolicy}: the bytes of
 * the Spark aggregation buffers of the call functions, and of the {@code spsplus_call_state} column
 * that a job can store (for example per structure × day in Parquet) and merge later into months,
 * networks or the whole country without reading the calls again.
 *
 * <h2>Format, version {@value #FORMAT_VERSION}</h2>
 *
 * <p>Integers are unsigned LEB128 varints (1 byte below 128, at most 9 bytes); "byte" is one
 * unsigned byte.
 *
 * <ol>
 *   <li>Header: magic {@code 0x53 0x50} ("SP"), kind {@code 0x43} ('C', calls), version {@code
 *       0x01}.
 *   <li>Policy: short-abandon threshold, histogram cap {@code C}, number of service-level
 *       thresholds {@code T}, the {@code T} thresholds in increasing order (seconds); then five
 *       bytes: the treatments of overflow, callbacks, transfers and out-of-hours calls ({@code 0}
 *       ANSWERED, {@code 1} UNANSWERED, {@code 2} EXCLUDED), and the service-level abandons ({@code
 *       0} IGNORED, {@code 1} MISSED, {@code 2} MET).
 *   <li>Counters ({@link CallAccumulator#counters()}): the 8 counts by outcome (in {@link
 *       CallOutcome} order), the short abandons, the sum and the sum of squares of the answered
 *       waits above the cap; then the answered-wait histogram of {@code C + 2} cells, sparse: the
 *       number {@code k} of non-zero cells, then {@code k} pairs (gap, count), where gap is the
 *       number of zero cells skipped since the previous non-zero cell; then the {@code T + 1}
 *       abandon bins.
 * </ol>
 *
 * <p>An empty state with the default policy takes 30 bytes; a busy site's month about 3 bytes per
 * second of the histogram actually used (some 11 KB when the whole hour is used), against 28.9 KB
 * in memory. Decoding checks everything: the header, every varint, the policy ({@link CallPolicy}'s
 * own checks), the counters' consistency ({@link CallAccumulator#fromCounters}) and that no byte is
 * left over. A change of layout will get a new version number; readers reject versions they do not
 * know.
 *
 * <p>Stateless and thread-safe.
 */
public final class CallStates {

  /** The version of the format written by {@link #toBytes(CallAccumulator)}: 1. */
  public static final int FORMAT_VERSION = 1;

  /** The kind byte of call states: {@code 'C'}. */
  static final byte KIND = 'C';

  private static final int FIXED_COUNTERS = CallOutcome.values().length + 3;

  private CallStates() {}

  /**
   * Encodes a state and its policy.
   *
   * @param state the state, not changed
   * @return the bytes, in format version {@value #FORMAT_VERSION}
   */
  public static byte[] toBytes(CallAccumulator state) {
    Objects.requireNonNull(state, "state");
    CallPolicy policy = state.policy();
    long[] counters = state.counters();
    StateBytes.Writer out = new StateBytes.Writer(KIND, FORMAT_VERSION, 64);
    writePolicy(out, policy);
    for (int i = 0; i < FIXED_COUNTERS; i++) {
      out.writeVarLong(counters[i]);
    }
    int cells = policy.histogramCapSeconds() + 2;
    int nonZero = 0;
    for (int i = FIXED_COUNTERS; i < FIXED_COUNTERS + cells; i++) {
      if (counters[i] != 0) {
        nonZero++;
      }
    }
    out.writeVarLong(nonZero);
    int previous = -1;
    for (int cell = 0; cell < cells; cell++) {
      long count = counters[FIXED_COUNTERS + cell];
      if (count != 0) {
        out.writeVarLong(cell - previous - 1L).writeVarLong(count);
        previous = cell;
      }
    }
    for (int i = FIXED_COUNTERS + cells; i < counters.length; i++) {
      out.writeVarLong(counters[i]);
    }
    return out.toByteArray();
  }

  /**
   * Decodes a state written by {@link #toBytes(CallAccumulator)}.
   *
   * @param bytes the bytes; not kept
   * @return a new accumulator with the encoded policy and counters
   * @throws InvalidInputException if the bytes are not a call state of a known version, are
   *     truncated or followed by extra bytes, or encode an invalid policy or inconsistent counters
   *     (the message names the byte offset or the rule)
   */
  public static CallAccumulator fromBytes(byte[] bytes) {
    StateBytes.Reader in = new StateBytes.Reader(bytes, KIND, "calls", FORMAT_VERSION);
    CallPolicy policy = readPolicy(in);
    int cells = policy.histogramCapSeconds() + 2;
    long[] counters =
        new long[FIXED_COUNTERS + cells + policy.serviceLevelThresholdsSeconds().size() + 1];
    for (int i = 0; i < FIXED_COUNTERS; i++) {
      counters[i] = in.readVarLong();
    }
    int nonZero = in.readVarInt(cells);
    int cell = -1;
    for (int k = 0; k < nonZero; k++) {
      int at = in.offset();
      long next = cell + 1 + in.readVarLong();
      if (next >= cells) {
        throw StateBytes.invalid("state.histogram", at, cells);
      }
      cell = (int) next;
      counters[FIXED_COUNTERS + cell] = in.readVarLong();
    }
    for (int i = FIXED_COUNTERS + cells; i < counters.length; i++) {
      counters[i] = in.readVarLong();
    }
    in.requireEnd();
    return CallAccumulator.fromCounters(policy, counters);
  }

  /**
   * Reads only the policy of an encoded state.
   *
   * @param bytes a call state
   * @return its policy
   * @throws InvalidInputException if the header or the policy is invalid
   */
  public static CallPolicy policyOf(byte[] bytes) {
    return readPolicy(new StateBytes.Reader(bytes, KIND, "calls", FORMAT_VERSION));
  }

  private static void writePolicy(StateBytes.Writer out, CallPolicy policy) {
    out.writeVarLong(policy.shortAbandonSeconds());
    out.writeVarLong(policy.histogramCapSeconds());
    out.writeVarLong(policy.serviceLevelThresholdsSeconds().size());
    for (int threshold : policy.serviceLevelThresholdsSeconds()) {
      out.writeVarLong(threshold);
    }
    out.writeByte(treatmentCode(policy.overflow()));
    out.writeByte(treatmentCode(policy.callbacks()));
    out.writeByte(treatmentCode(policy.transfers()));
    out.writeByte(treatmentCode(policy.outOfHours()));
    out.writeByte(
        switch (policy.serviceLevelAbandons()) {
          case IGNORED -> 0;
          case MISSED -> 1;
          case MET -> 2;
        });
  }

  private static CallPolicy readPolicy(StateBytes.Reader in) {
    int shortAbandon = in.readVarInt(CallRecord.MAX_WAIT_SECONDS);
    int cap = in.readVarInt(CallRecord.MAX_WAIT_SECONDS);
    int count = in.readVarInt(CallPolicy.MAX_SERVICE_LEVEL_THRESHOLDS);
    List<Integer> thresholds = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      thresholds.add(in.readVarInt(CallRecord.MAX_WAIT_SECONDS));
    }
    OutcomeTreatment overflow = treatment(in);
    OutcomeTreatment callbacks = treatment(in);
    OutcomeTreatment transfers = treatment(in);
    OutcomeTreatment outOfHours = treatment(in);
    int at = in.offset();
    ServiceLevelAbandons abandons =
        switch (in.readByte()) {
          case 0 -> ServiceLevelAbandons.IGNORED;
          case 1 -> ServiceLevelAbandons.MISSED;
          case 2 -> ServiceLevelAbandons.MET;
          default -> throw StateBytes.invalid("state.code", at);
        };
    return new CallPolicy(
        shortAbandon, thresholds, cap, overflow, callbacks, transfers, outOfHours, abandons);
  }

  private static int treatmentCode(OutcomeTreatment treatment) {
    return switch (treatment) {
      case ANSWERED -> 0;
      case UNANSWERED -> 1;
      case EXCLUDED -> 2;
    };
  }

  private static OutcomeTreatment treatment(StateBytes.Reader in) {
    int at = in.offset();
    return switch (in.readByte()) {
      case 0 -> OutcomeTreatment.ANSWERED;
      case 1 -> OutcomeTreatment.UNANSWERED;
      case 2 -> OutcomeTreatment.EXCLUDED;
      default -> throw StateBytes.invalid("state.code", at);
    };
  }
}
