package fr.spsplus.spark;

import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.indicators.survey.SurveyPolicy;
import fr.spsplus.indicators.survey.SurveyStatistic;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * The spsplus indicators as Spark SQL aggregate functions, registered in one call, and as {@link
 * Column}s for the DataFrame API.
 *
 * <pre>{@code
 * SpsplusFunctions.register(spark);                      // proposed-default policies
 * spark.sql("""
 *     SELECT structure, month,
 *            spsplus_pickup_rate(outcome, wait_seconds)          AS pick_up,
 *            spsplus_service_level(outcome, wait_seconds, 20)    AS within_20s,
 *            spsplus_p90_wait(outcome, wait_seconds).value       AS p90_seconds
 *     FROM calls GROUP BY structure, month""");
 * }</pre>
 *
 * <table>
 *   <caption>Functions ({@code outcome}: STRING call-outcome code; {@code wait_seconds}: INT
 *       seconds; {@code state}: BINARY, see {@link CallStates})</caption>
 *   <tr><th>Function</th><th>Returns</th></tr>
 *   <tr><td>{@value #PICKUP_RATE}{@code (outcome, wait_seconds)}</td><td>taux de décroché par un
 *       agent, {@link MeasurementRows#MEASUREMENT}</td></tr>
 *   <tr><td>{@value #GLOBAL_PICKUP_RATE}{@code (outcome, wait_seconds)}</td><td>global pick-up
 *       rate</td></tr>
 *   <tr><td>{@value #ABANDON_RATE}{@code (outcome, wait_seconds)}</td><td>abandon rate</td></tr>
 *   <tr><td>{@value #SERVICE_LEVEL}{@code (outcome, wait_seconds, threshold_seconds)}</td>
 *       <td>share answered within the threshold (constant within a group)</td></tr>
 *   <tr><td>{@value #MEAN_WAIT}, {@value #MEDIAN_WAIT}, {@value #P90_WAIT}{@code (outcome,
 *       wait_seconds)}</td><td>waits of answered calls, seconds (exact nearest-rank
 *       percentiles)</td></tr>
 *   <tr><td>{@value #CALL_INDICATORS}{@code (outcome, wait_seconds)}</td><td>all of them, {@link
 *       MeasurementRows#CALL_INDICATORS}</td></tr>
 *   <tr><td>{@value #CALL_STATE}{@code (outcome, wait_seconds)}</td><td>the mergeable state,
 *       BINARY</td></tr>
 *   <tr><td>{@value #MERGE_CALL_STATES}{@code (state)}</td><td>the merged state, BINARY</td></tr>
 *   <tr><td>{@value #CALL_INDICATORS_OF_STATES}{@code (state)}</td><td>all indicators of the
 *       merged states, {@link MeasurementRows#CALL_INDICATORS}</td></tr>
 *   <tr><td>{@value #SATISFACTION_RATE}{@code (answer)}</td><td>top-box rate (top 2 of 4) of
 *       four-point satisfaction answers ({@code TRES_SATISFAIT}…, {@code NSP} excluded),
 *       unweighted, reported as {@code SATISFACTION_GLOBALE}; NULL answers are skipped</td></tr>
 * </table>
 *
 * <p>Other survey statistics, scales or weighting: {@link #registerSurvey(SparkSession, String,
 * SurveyAggregator)} registers any {@link SurveyAggregator} under a name of your choice.
 *
 * <p>Every function computes exactly what {@link fr.spsplus.indicators.call.CallAccumulator}
 * computes in one JVM on the same calls: same counts, rates, percentiles and intervals, whatever
 * the partitioning (see {@link CallAggregator}). The policy and the estimation are fixed at
 * registration; register again (same names) to change them.
 *
 * <p><strong>Bad input.</strong> A NULL outcome or wait ({@code input.null}), an unknown outcome
 * code ({@code unknown.code}), a wait outside 0 to 86,400 s ({@code input.wait.range}), a threshold
 * that varies within a group ({@code input.threshold.varies}), an unknown survey answer ({@code
 * scale.answer.unknown}) or a NULL weight ({@code input.weight.null}) fails the job with an {@link
 * fr.spsplus.core.InvalidInputException}; its {@code key()} and its French and English texts reach
 * the driver. Spark hands a function's aggregator rows of the function's own parameters, not the
 * names of the caller's columns or expressions, so the messages name the argument by position and
 * parameter: {@code Valeur NULL dans le deuxième argument de spsplus_pickup_rate (wait_seconds)}.
 * Spark casts an argument of another type to the parameter's type (INT, STRING, BINARY, DOUBLE), or
 * fails with its own error when it cannot.
 *
 * <p>Instances are immutable and thread-safe. Registering replaces the session's functions of the
 * same names.
 */
public final class SpsplusFunctions {

  /** {@code spsplus_pickup_rate}: the pick-up rate by an agent. */
  public static final String PICKUP_RATE = "spsplus_pickup_rate";

  /** {@code spsplus_global_pickup_rate}: the global pick-up rate. */
  public static final String GLOBAL_PICKUP_RATE = "spsplus_global_pickup_rate";

  /** {@code spsplus_abandon_rate}: the abandon rate. */
  public static final String ABANDON_RATE = "spsplus_abandon_rate";

  /** {@code spsplus_service_level}: the service level at a threshold (third argument). */
  public static final String SERVICE_LEVEL = "spsplus_service_level";

  /** {@code spsplus_mean_wait}: the mean wait of answered calls. */
  public static final String MEAN_WAIT = "spsplus_mean_wait";

  /** {@code spsplus_median_wait}: the median wait of answered calls. */
  public static final String MEDIAN_WAIT = "spsplus_median_wait";

  /** {@code spsplus_p90_wait}: the 90th-percentile wait of answered calls. */
  public static final String P90_WAIT = "spsplus_p90_wait";

  /** {@code spsplus_call_indicators}: every telephone indicator. */
  public static final String CALL_INDICATORS = "spsplus_call_indicators";

  /** {@code spsplus_call_state}: the encoded state of the calls. */
  public static final String CALL_STATE = "spsplus_call_state";

  /** {@code spsplus_merge_call_states}: the merge of encoded states. */
  public static final String MERGE_CALL_STATES = "spsplus_merge_call_states";

  /** {@code spsplus_call_indicators_of_states}: every telephone indicator of merged states. */
  public static final String CALL_INDICATORS_OF_STATES = "spsplus_call_indicators_of_states";

  /**
   * {@code spsplus_satisfaction_rate}: the top-box rate of answers on the four-point satisfaction
   * scale, reported as {@link IndicatorCode#SATISFACTION_GLOBALE}.
   */
  public static final String SATISFACTION_RATE = "spsplus_satisfaction_rate";

  static final MessageBundle MESSAGES = MessageBundle.of(SpsplusFunctions.class, "messages");

  private static final String STATE_COLUMN = "state";

  private final CallPolicy policy;
  private final Estimation estimation;

  private SpsplusFunctions(CallPolicy policy, Estimation estimation) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.estimation = Objects.requireNonNull(estimation, "estimation");
  }

  /**
   * Returns the functions with a policy and an estimation, without registering them (for the {@link
   * Column} API).
   *
   * @param policy the call policy
   * @param estimation the intervals and publication thresholds
   * @return the functions
   */
  public static SpsplusFunctions of(CallPolicy policy, Estimation estimation) {
    return new SpsplusFunctions(policy, estimation);
  }

  /**
   * Registers every function with the proposed-default policies ({@link CallPolicy#defaults()},
   * {@link Estimation#defaults()}).
   *
   * @param spark the session
   * @return the registered functions, for the {@link Column} API
   */
  public static SpsplusFunctions register(SparkSession spark) {
    return register(spark, CallPolicy.defaults(), Estimation.defaults());
  }

  /**
   * Registers every function with a call policy and the default estimation.
   *
   * @param spark the session
   * @param policy the call policy
   * @return the registered functions
   */
  public static SpsplusFunctions register(SparkSession spark, CallPolicy policy) {
    return register(spark, policy, Estimation.defaults());
  }

  /**
   * Registers every function with a call policy and an estimation, replacing functions of the same
   * names.
   *
   * @param spark the session
   * @param policy the call policy
   * @param estimation the intervals and publication thresholds
   * @return the registered functions
   */
  public static SpsplusFunctions register(
      SparkSession spark, CallPolicy policy, Estimation estimation) {
    Objects.requireNonNull(spark, "spark");
    SpsplusFunctions registered = of(policy, estimation);
    for (String name : names()) {
      spark.udf().register(name, registered.function(name));
    }
    return registered;
  }

  /**
   * Returns the names of the functions that {@link #register(SparkSession)} registers.
   *
   * @return the names, in the order of the class description
   */
  public static List<String> names() {
    return List.of(
        PICKUP_RATE,
        GLOBAL_PICKUP_RATE,
        ABANDON_RATE,
        SERVICE_LEVEL,
        MEAN_WAIT,
        MEDIAN_WAIT,
        P90_WAIT,
        CALL_INDICATORS,
        CALL_STATE,
        MERGE_CALL_STATES,
        CALL_INDICATORS_OF_STATES,
        SATISFACTION_RATE);
  }

  /**
   * Registers a survey aggregator as an SQL function of its {@linkplain
   * SurveyAggregator#inputSchema() input columns}, for example a weighted NPS:
   *
   * <pre>{@code
   * SurveyPolicy nps = SurveyPolicy.defaults(SurveyScale.NPS_0_10).withWeights(true);
   * SpsplusFunctions.registerSurvey(spark, "nps",
   *     SurveyAggregator.of(SurveyStatistic.NPS, IndicatorCode.QUALITE_RELATION, nps));
   * // SELECT structure, nps(answer, weight) FROM answers GROUP BY structure
   * }</pre>
   *
   * @param spark the session
   * @param name the function's name
   * @param aggregator the aggregator
   * @return the registered function
   */
  public static UserDefinedFunction registerSurvey(
      SparkSession spark, String name, SurveyAggregator aggregator) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(name, "name");
    UserDefinedFunction function =
        functions
            .udaf(aggregator.inFunction(name), Encoders.row(aggregator.inputSchema()))
            .withName(name);
    spark.udf().register(name, function);
    return function;
  }

  private SurveyAggregator satisfaction() {
    return SurveyAggregator.of(
        SurveyStatistic.TOP_BOX,
        IndicatorCode.SATISFACTION_GLOBALE,
        SurveyPolicy.defaults(SurveyScale.FOUR_POINT).withEstimation(estimation));
  }

  /**
   * Returns the call policy of the functions.
   *
   * @return the policy
   */
  public CallPolicy policy() {
    return policy;
  }

  /**
   * Returns the estimation of the functions.
   *
   * @return the estimation
   */
  public Estimation estimation() {
    return estimation;
  }

  /**
   * Returns one function as a Spark user-defined function, named.
   *
   * @param name one of {@link #names()}
   * @return the function
   * @throws IllegalArgumentException if the name is not one of them
   */
  public UserDefinedFunction function(String name) {
    Objects.requireNonNull(name, "name");
    UserDefinedFunction udaf =
        switch (name) {
          case PICKUP_RATE -> udaf(name, CallAggregator.agentPickUpRate(policy, estimation));
          case GLOBAL_PICKUP_RATE ->
              udaf(name, CallAggregator.globalPickUpRate(policy, estimation));
          case ABANDON_RATE -> udaf(name, CallAggregator.abandonRate(policy, estimation));
          case SERVICE_LEVEL -> {
            ServiceLevelAggregator levels = new ServiceLevelAggregator(policy, estimation);
            yield functions.udaf(levels, Encoders.row(levels.inputSchema()));
          }
          case MEAN_WAIT -> udaf(name, CallAggregator.meanWait(policy, estimation));
          case MEDIAN_WAIT -> udaf(name, CallAggregator.medianWait(policy, estimation));
          case P90_WAIT -> udaf(name, CallAggregator.p90Wait(policy, estimation));
          case CALL_INDICATORS -> udaf(name, CallAggregator.indicators(policy, estimation));
          case CALL_STATE ->
              udaf(CallStateAggregator.ofCalls(policy).inFunction(name), callSchema());
          case MERGE_CALL_STATES -> {
            CallStateAggregator merge = CallStateAggregator.ofStates(policy, STATE_COLUMN);
            yield udaf(merge.inFunction(name), merge.inputSchema());
          }
          case CALL_INDICATORS_OF_STATES ->
              udaf(name, CallAggregator.indicators(policy, estimation).fromStates(STATE_COLUMN));
          case SATISFACTION_RATE ->
              udaf(satisfaction().inFunction(name), satisfaction().inputSchema());
          default -> throw new IllegalArgumentException("not an spsplus function: " + name);
        };
    return udaf.withName(name);
  }

  private static StructType callSchema() {
    return CallStateAggregator.ofCalls(CallPolicy.defaults()).inputSchema();
  }

  private static UserDefinedFunction udaf(String name, CallAggregator aggregator) {
    return functions.udaf(aggregator.inFunction(name), Encoders.row(aggregator.inputSchema()));
  }

  private static <B, O> UserDefinedFunction udaf(
      Aggregator<org.apache.spark.sql.Row, B, O> aggregator, StructType input) {
    return functions.udaf(aggregator, Encoders.row(input));
  }

  // ---------------------------------------------------------------------------------------------
  // Column API

  /**
   * Returns the column of {@value #PICKUP_RATE}.
   *
   * @param outcome the outcome codes
   * @param waitSeconds the waits, in seconds
   * @return the aggregate column, a {@link MeasurementRows#MEASUREMENT} struct
   */
  public Column agentPickUpRate(Column outcome, Column waitSeconds) {
    return function(PICKUP_RATE).apply(outcome, waitSeconds);
  }

  /**
   * Returns the column of {@value #GLOBAL_PICKUP_RATE}.
   *
   * @param outcome the outcome codes
   * @param waitSeconds the waits, in seconds
   * @return the aggregate column
   */
  public Column globalPickUpRate(Column outcome, Column waitSeconds) {
    return function(GLOBAL_PICKUP_RATE).apply(outcome, waitSeconds);
  }

  /**
   * Returns the column of {@value #ABANDON_RATE}.
   *
   * @param outcome the outcome codes
   * @param waitSeconds the waits, in seconds
   * @return the aggregate column
   */
  public Column abandonRate(Column outcome, Column waitSeconds) {
    return function(ABANDON_RATE).apply(outcome, waitSeconds);
  }

  /**
   * Returns the column of {@value #SERVICE_LEVEL} at a threshold.
   *
   * @param outcome the outcome codes
   * @param waitSeconds the waits, in seconds
   * @param thresholdSeconds the threshold, in seconds
   * @return the aggregate column
   */
  public Column serviceLevel(Column outcome, Column waitSeconds, int thresholdSeconds) {
    return function(SERVICE_LEVEL).apply(outcome, waitSeconds, functions.lit(thresholdSeconds));
  }

  /**
   * Returns the column of {@value #MEAN_WAIT}.
   *
   * @param outcome the outcome codes
   * @param waitSeconds the waits, in seconds
   * @return the aggregate column
   */
  public Column meanWait(Column outcome, Column waitSeconds) {
    return function(MEAN_WAIT).apply(outcome, waitSeconds);
  }

  /**
   * Returns the column of {@value #MEDIAN_WAIT}.
   *
   * @param outcome the outcome codes
   * @param waitSeconds the waits, in seconds
   * @return the aggregate column
   */
  public Column medianWait(Column outcome, Column waitSeconds) {
    return function(MEDIAN_WAIT).apply(outcome, waitSeconds);
  }

  /**
   * Returns the column of {@value #P90_WAIT}.
   *
   * @param outcome the outcome codes
   * @param waitSeconds the waits, in seconds
   * @return the aggregate column
   */
  public Column p90Wait(Column outcome, Column waitSeconds) {
    return function(P90_WAIT).apply(outcome, waitSeconds);
  }

  /**
   * Returns the column of {@value #CALL_INDICATORS}.
   *
   * @param outcome the outcome codes
   * @param waitSeconds the waits, in seconds
   * @return the aggregate column, a {@link MeasurementRows#CALL_INDICATORS} struct
   */
  public Column callIndicators(Column outcome, Column waitSeconds) {
    return function(CALL_INDICATORS).apply(outcome, waitSeconds);
  }

  /**
   * Returns the column of {@value #CALL_STATE}.
   *
   * @param outcome the outcome codes
   * @param waitSeconds the waits, in seconds
   * @return the aggregate column, BINARY ({@link CallStates})
   */
  public Column callState(Column outcome, Column waitSeconds) {
    return function(CALL_STATE).apply(outcome, waitSeconds);
  }

  /**
   * Returns the column of {@value #MERGE_CALL_STATES}.
   *
   * @param states encoded states
   * @return the aggregate column, BINARY
   */
  public Column mergeCallStates(Column states) {
    return function(MERGE_CALL_STATES).apply(states);
  }

  /**
   * Returns the column of {@value #SATISFACTION_RATE}.
   *
   * @param answer the four-point satisfaction answers
   * @return the aggregate column, a {@link MeasurementRows#MEASUREMENT} struct
   */
  public Column satisfactionRate(Column answer) {
    return function(SATISFACTION_RATE).apply(answer);
  }

  /**
   * Returns the column of {@value #CALL_INDICATORS_OF_STATES}.
   *
   * @param states encoded states
   * @return the aggregate column, a {@link MeasurementRows#CALL_INDICATORS} struct
   */
  public Column callIndicatorsOfStates(Column states) {
    return function(CALL_INDICATORS_OF_STATES).apply(states);
  }
}
