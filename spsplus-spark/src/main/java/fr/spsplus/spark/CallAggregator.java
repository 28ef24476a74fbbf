package fr.spsplus.spark;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallMeasurements;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.spark.internal.CallAccumulatorType;
import fr.spsplus.spark.internal.CallColumns;
import fr.spsplus.spark.internal.EstimationForm;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.StructType;

/**
 * A typed Spark {@link Aggregator} of the telephone indicators: the aggregation buffer <em>is</em>
 * a {@link CallAccumulator}, so that Spark computes exactly what spsplus-indicators computes in one
 * JVM, whatever the partitioning.
 *
 * <table>
 *   <caption>Aggregator steps and accumulator operations</caption>
 *   <tr><th>Spark</th><th>spsplus</th></tr>
 *   <tr><td>{@link #zero()}</td><td>{@link CallAccumulator#of(CallPolicy)}</td></tr>
 *   <tr><td>{@link #reduce}</td><td>{@link CallAccumulator#accept(fr.spsplus.core.call.CallOutcome,
 *       int)} (or, on states, {@link CallStates#fromBytes} and {@link
 *       CallAccumulator#combine})</td></tr>
 *   <tr><td>{@link #merge}</td><td>{@link CallAccumulator#combine}</td></tr>
 *   <tr><td>{@link #finish}</td><td>{@link CallAccumulator#result(fr.spsplus.core.structure.StructureCode,
 *       ReportingPeriod, Estimation)}, one measurement or all of them</td></tr>
 *   <tr><td>{@link #bufferEncoder()}</td><td>{@link CallStates} bytes (BINARY)</td></tr>
 * </table>
 *
 * <p><strong>Input.</strong> A {@link Row} read by column name: by default {@code outcome} (a
 * {@link fr.spsplus.core.call.CallOutcome} code, STRING) and {@code wait_seconds} (INT or BIGINT, 0
 * to 86,400); other names with {@link #withColumns}. {@link #fromStates(String)} reads a BINARY
 * column of {@link CallStates} instead, for example the output of {@code spsplus_call_state} per
 * structure × day, and merges them: a NULL state is skipped, and the states' own policy is used
 * (states of different policies in one group are an error). A NULL outcome or wait ({@code
 * input.null}), an unknown outcome code ({@code unknown.code}), a wait out of range ({@code
 * input.wait.range}), a column of another type ({@code input.seconds}, {@code input.binary}) or a
 * missing column ({@code input.column}) fails the Spark job with an {@link InvalidInputException}
 * that names the column; so do merged states that lack the {@linkplain #serviceLevel service
 * level}'s threshold ({@code states.threshold}). As the SQL functions of {@link SpsplusFunctions},
 * whose input rows carry the function's parameters rather than the caller's columns, the messages
 * name the argument instead: {@code le deuxième argument de spsplus_pickup_rate (wait_seconds)}.
 *
 * <p><strong>Output.</strong> A row of {@link MeasurementRows#MEASUREMENT} (one indicator), or of
 * {@link MeasurementRows#CALL_INDICATORS} for {@link #indicators}. The structure and the period are
 * the keys of the grouping: they are not in the struct.
 *
 * <pre>{@code
 * Dataset<Row> calls = spark.read().parquet("calls");            // structure, month, outcome, wait_seconds
 * CallAggregator pickUp = CallAggregator.agentPickUpRate(CallPolicy.defaults(), Estimation.defaults());
 * Dataset<Tuple2<String, Row>> byStructure =
 *     calls.groupByKey((MapFunction<Row, String>) r -> r.getAs("structure"), Encoders.STRING())
 *         .agg(pickUp.toColumn());
 * }</pre>
 *
 * <p>Immutable; serialised to the executors as its policy (in the {@link CallStates} format), its
 * estimation and its settings.
 */
public final class CallAggregator extends Aggregator<Row, CallAccumulator, Row> {

  private static final long serialVersionUID = 1L;

  /** The period given to the calculators: never visible, the struct has no period. */
  static final ReportingPeriod ANY_PERIOD = ReportingPeriod.ofYear(2000);

  /** What the aggregator returns. */
  enum Output {
    AGENT_PICK_UP_RATE,
    GLOBAL_PICK_UP_RATE,
    ABANDON_RATE,
    SERVICE_LEVEL,
    MEAN_WAIT,
    MEDIAN_WAIT,
    P90_WAIT,
    ALL
  }

  private final transient CallPolicy policy;
  private final transient Estimation estimation;
  private final Output output;
  private final int thresholdSeconds;
  private final CallColumns columns;

  private CallAggregator(
      CallPolicy policy,
      Estimation estimation,
      Output output,
      int thresholdSeconds,
      CallColumns columns) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.estimation = Objects.requireNonNull(estimation, "estimation");
    this.output = output;
    this.thresholdSeconds = thresholdSeconds;
    this.columns = columns;
  }

  private static CallAggregator of(CallPolicy policy, Estimation estimation, Output output) {
    return new CallAggregator(policy, estimation, output, -1, CallColumns.DEFAULT);
  }

  /**
   * Returns the aggregator of the pick-up rate by an agent ({@link
   * IndicatorCode#TAUX_DECROCHE_AGENT}, dashboard indicator 6): the SQL function {@value
   * SpsplusFunctions#PICKUP_RATE}.
   *
   * @param policy the call policy
   * @param estimation the intervals and publication thresholds
   * @return the aggregator
   */
  public static CallAggregator agentPickUpRate(CallPolicy policy, Estimation estimation) {
    return of(policy, estimation, Output.AGENT_PICK_UP_RATE);
  }

  /**
   * Returns the aggregator of the global pick-up rate ({@link IndicatorCode#TAUX_DECROCHE_GLOBAL}):
   * the SQL function {@value SpsplusFunctions#GLOBAL_PICKUP_RATE}.
   *
   * @param policy the call policy
   * @param estimation the intervals and publication thresholds
   * @return the aggregator
   */
  public static CallAggregator globalPickUpRate(CallPolicy policy, Estimation estimation) {
    return of(policy, estimation, Output.GLOBAL_PICK_UP_RATE);
  }

  /**
   * Returns the aggregator of the abandon rate ({@link IndicatorCode#TAUX_ABANDON}): the SQL
   * function {@value SpsplusFunctions#ABANDON_RATE}.
   *
   * @param policy the call policy
   * @param estimation the intervals and publication thresholds
   * @return the aggregator
   */
  public static CallAggregator abandonRate(CallPolicy policy, Estimation estimation) {
    return of(policy, estimation, Output.ABANDON_RATE);
  }

  /**
   * Returns the aggregator of the service level at a threshold ({@link
   * IndicatorCode#NIVEAU_SERVICE}). The threshold is added to the policy's thresholds when it is
   * not one of them (so the measurement's parameters list them all).
   *
   * @param policy the call policy
   * @param estimation the intervals and publication thresholds
   * @param thresholdSeconds the threshold, 0 to the policy's histogram cap
   * @return the aggregator
   * @throws InvalidInputException if the threshold is out of range, or the policy already has
   *     {@value CallPolicy#MAX_SERVICE_LEVEL_THRESHOLDS} other thresholds
   */
  public static CallAggregator serviceLevel(
      CallPolicy policy, Estimation estimation, int thresholdSeconds) {
    List<Integer> thresholds = new ArrayList<>(policy.serviceLevelThresholdsSeconds());
    thresholds.add(thresholdSeconds);
    CallPolicy withThreshold = policy.toBuilder().serviceLevelThresholdsSeconds(thresholds).build();
    return new CallAggregator(
        withThreshold, estimation, Output.SERVICE_LEVEL, thresholdSeconds, CallColumns.DEFAULT);
  }

  /**
   * Returns the aggregator of the mean wait of answered calls ({@link
   * IndicatorCode#ATTENTE_MOYENNE}, seconds): the SQL function {@value SpsplusFunctions#MEAN_WAIT}.
   *
   * @param policy the call policy
   * @param estimation the intervals and publication thresholds
   * @return the aggregator
   */
  public static CallAggregator meanWait(CallPolicy policy, Estimation estimation) {
    return of(policy, estimation, Output.MEAN_WAIT);
  }

  /**
   * Returns the aggregator of the median wait of answered calls ({@link IndicatorCode#ATTENTE_P50},
   * nearest rank, seconds): the SQL function {@value SpsplusFunctions#MEDIAN_WAIT}.
   *
   * @param policy the call policy
   * @param estimation the intervals and publication thresholds
   * @return the aggregator
   */
  public static CallAggregator medianWait(CallPolicy policy, Estimation estimation) {
    return of(policy, estimation, Output.MEDIAN_WAIT);
  }

  /**
   * Returns the aggregator of the 90th-percentile wait of answered calls ({@link
   * IndicatorCode#ATTENTE_P90}, nearest rank, exact, seconds): the SQL function {@value
   * SpsplusFunctions#P90_WAIT}.
   *
   * @param policy the call policy
   * @param estimation the intervals and publication thresholds
   * @return the aggregator
   */
  public static CallAggregator p90Wait(CallPolicy policy, Estimation estimation) {
    return of(policy, estimation, Output.P90_WAIT);
  }

  /**
   * Returns the aggregator of every telephone indicator at once, from one state: a row of {@link
   * MeasurementRows#CALL_INDICATORS}; the SQL function {@value SpsplusFunctions#CALL_INDICATORS}.
   *
   * @param policy the call policy
   * @param estimation the intervals and publication thresholds
   * @return the aggregator
   */
  public static CallAggregator indicators(CallPolicy policy, Estimation estimation) {
    return of(policy, estimation, Output.ALL);
  }

  /**
   * Returns this aggregator reading calls from other columns.
   *
   * @param outcomeColumn the column of outcome codes
   * @param waitSecondsColumn the column of waits, in seconds
   * @return a new aggregator
   */
  public CallAggregator withColumns(String outcomeColumn, String waitSecondsColumn) {
    return new CallAggregator(
        policy,
        estimation,
        output,
        thresholdSeconds,
        CallColumns.calls(outcomeColumn, waitSecondsColumn));
  }

  /**
   * Returns this aggregator reading and merging encoded states ({@link CallStates}) from a BINARY
   * column instead of calls. The states' own policy is used; this aggregator's policy only serves
   * for a group without any state.
   *
   * @param stateColumn the column of states
   * @return a new aggregator
   */
  public CallAggregator fromStates(String stateColumn) {
    return new CallAggregator(
        policy, estimation, output, thresholdSeconds, CallColumns.states(stateColumn));
  }

  /**
   * Returns this aggregator as the SQL function {@code name}: its messages name the function's
   * arguments (by position and parameter), since the rows it reads have the function's parameters
   * as fields, whatever the caller's columns are called.
   *
   * @param name the function's name
   * @return a new aggregator
   */
  CallAggregator inFunction(String name) {
    return new CallAggregator(
        policy, estimation, output, thresholdSeconds, columns.inFunction(name));
  }

  /**
   * Returns the policy of an empty buffer.
   *
   * @return the policy
   */
  public CallPolicy policy() {
    return policy;
  }

  /**
   * Returns the estimation applied by {@link #finish}.
   *
   * @return the estimation
   */
  public Estimation estimation() {
    return estimation;
  }

  /**
   * Returns the schema of the input rows this aggregator expects as an SQL function: {@code
   * (outcome STRING, wait_seconds INT)} or {@code (state BINARY)}, with the configured names.
   *
   * @return the input schema
   */
  public StructType inputSchema() {
    return columns.schema();
  }

  /**
   * Returns the schema of the output: {@link MeasurementRows#MEASUREMENT} or {@link
   * MeasurementRows#CALL_INDICATORS}.
   *
   * @return the output schema
   */
  public StructType outputSchema() {
    return output == Output.ALL ? MeasurementRows.CALL_INDICATORS : MeasurementRows.MEASUREMENT;
  }

  /**
   * Returns an empty accumulator with the policy.
   *
   * @return a new accumulator
   */
  @Override
  public CallAccumulator zero() {
    return CallAccumulator.of(policy);
  }

  /**
   * Accepts one call (or merges one state).
   *
   * @param buffer the accumulator of the group
   * @param row the input row
   * @return the accumulator
   * @throws InvalidInputException if the row is invalid
   */
  @Override
  public CallAccumulator reduce(CallAccumulator buffer, Row row) {
    return columns.reduce(buffer, row);
  }

  /**
   * Combines two partial accumulators.
   *
   * @param a a partial accumulator, which receives {@code b}
   * @param b another partial accumulator
   * @return the combined accumulator
   */
  @Override
  public CallAccumulator merge(CallAccumulator a, CallAccumulator b) {
    return CallColumns.merge(a, b);
  }

  /**
   * Computes the measurement(s) of the group.
   *
   * @param buffer the accumulator of the group
   * @return a row of {@link #outputSchema()}
   * @throws InvalidInputException if states without the requested service-level threshold were
   *     merged
   */
  @Override
  public Row finish(CallAccumulator buffer) {
    CallMeasurements all = buffer.result(null, ANY_PERIOD, estimation);
    return switch (output) {
      case ALL -> MeasurementRows.toRow(all);
      case AGENT_PICK_UP_RATE -> MeasurementRows.toRow(all.agentPickUpRate());
      case GLOBAL_PICK_UP_RATE -> MeasurementRows.toRow(all.globalPickUpRate());
      case ABANDON_RATE -> MeasurementRows.toRow(all.abandonRate());
      case MEAN_WAIT -> MeasurementRows.toRow(all.meanWait());
      case MEDIAN_WAIT -> MeasurementRows.toRow(all.medianWait());
      case P90_WAIT -> MeasurementRows.toRow(all.p90Wait());
      case SERVICE_LEVEL -> MeasurementRows.toRow(serviceLevel(all));
    };
  }

  private Measurement serviceLevel(CallMeasurements all) {
    return all.serviceLevel(thresholdSeconds)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    SpsplusFunctions.MESSAGES.message("states.threshold", thresholdSeconds)));
  }

  /**
   * Returns the encoder of the buffers: BINARY, in the {@link CallStates} format.
   *
   * @return the encoder
   */
  @Override
  public Encoder<CallAccumulator> bufferEncoder() {
    return Encoders.udt(new CallAccumulatorType());
  }

  /**
   * Returns the encoder of the output rows.
   *
   * @return the encoder of {@link #outputSchema()}
   */
  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(outputSchema());
  }

  private Object writeReplace() {
    return new Form(
        CallStates.toBytes(CallAccumulator.of(policy)),
        EstimationForm.of(estimation),
        output.name(),
        thresholdSeconds,
        columns);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("CallAggregator is serialised through its form");
  }

  /** The serialised form: the policy as an empty state, and the settings. */
  private record Form(
      byte[] policy,
      EstimationForm estimation,
      String output,
      int thresholdSeconds,
      CallColumns columns)
      implements Serializable {

    private Object readResolve() {
      return new CallAggregator(
          CallStates.policyOf(policy),
          estimation.estimation(),
          Output.valueOf(output),
          thresholdSeconds,
          columns);
    }
  }
}
