package fr.spsplus.spark;

import static fr.spsplus.spark.CallData.key;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallMeasurements;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.spark.CallData.Call;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * States on Spark: stored per structure × day and merged into months, they give the monthly
 * measurements and the very counters of the calls accumulated at once; and the Column API, empty
 * groups and invalid input.
 */
class CallStatesSparkTest {

  private static SparkSession spark;
  private static List<Call> calls;
  private static Dataset<Row> frame;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
    calls = CallData.generate(7L, 8_000);
    frame = CallData.dataFrame(spark, calls).repartition(5).cache();
    SpsplusFunctions.register(spark, CallData.CUSTOM_POLICY, CallData.CUSTOM_ESTIMATION);
    spark
        .range(0)
        .select(lit("x").as("outcome"), lit(0).as("wait_seconds"))
        .createOrReplaceTempView("calls_view_empty");
  }

  @Test
  void dailyStatesMergeIntoTheMonthlyStateAndMeasurements() {
    Dataset<Row> daily =
        frame
            .groupBy("structure", "month", "day")
            .agg(
                SpsplusFunctions.of(CallData.CUSTOM_POLICY, CallData.CUSTOM_ESTIMATION)
                    .callState(col("outcome"), col("wait_seconds"))
                    .as("state"))
            // A NULL state (for example from an outer join) is skipped.
            .unionByName(
                spark
                    .range(1)
                    .select(
                        lit("caf").as("structure"),
                        lit("2026-01").as("month"),
                        lit("2026-01-31").as("day"),
                        lit(null).cast(DataTypes.BinaryType).as("state")))
            .repartition(3);
    daily.createOrReplaceTempView("daily");

    List<Row> rows =
        spark
            .sql(
                "SELECT structure, month, spsplus_merge_call_states(state) AS state,"
                    + " spsplus_call_indicators_of_states(state) AS every"
                    + " FROM daily GROUP BY structure, month")
            .collectAsList();

    Map<String, CallAccumulator> monthly =
        CallData.statesBy(calls, CallData.CUSTOM_POLICY, c -> key(c.structure(), c.month()));
    Map<String, long[]> expectedCounters = new TreeMap<>();
    Map<String, CallMeasurements> expected = new TreeMap<>();
    monthly.forEach(
        (key, state) -> {
          expectedCounters.put(key, state.counters());
          String[] parts = key.split("\\|");
          expected.put(
              key,
              state.result(
                  StructureCode.of(parts[0]),
                  ReportingPeriod.parse(parts[1]),
                  CallData.CUSTOM_ESTIMATION));
        });
    Map<String, long[]> actualCounters = new TreeMap<>();
    Map<String, CallMeasurements> actual = new TreeMap<>();
    for (Row row : rows) {
      String key = key(row.getAs("structure"), row.getAs("month"));
      CallAccumulator merged = CallStates.fromBytes(row.getAs("state"));
      assertThat(merged.policy()).isEqualTo(CallData.CUSTOM_POLICY);
      actualCounters.put(key, merged.counters());
      actual.put(
          key,
          MeasurementRows.toCallMeasurements(
              row.getAs("every"),
              StructureCode.of(row.getAs("structure")),
              ReportingPeriod.parse(row.<String>getAs("month"))));
    }

    assertThat(actualCounters).containsOnlyKeys(expectedCounters.keySet());
    expectedCounters.forEach(
        (key, counters) -> assertThat(actualCounters.get(key)).isEqualTo(counters));
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void columnApiGivesTheSqlResults() {
    SpsplusFunctions sp = SpsplusFunctions.of(CallPolicy.defaults(), Estimation.defaults());

    List<Row> rows =
        frame
            .groupBy("structure")
            .agg(
                sp.agentPickUpRate(col("outcome"), col("wait_seconds")).as("agent"),
                sp.serviceLevel(col("outcome"), col("wait_seconds"), 20).as("level"),
                sp.p90Wait(col("outcome"), col("wait_seconds")).as("p90"))
            .collectAsList();

    Map<String, CallAccumulator> states =
        CallData.statesBy(calls, CallPolicy.defaults(), Call::structure);
    // The SQL service level measures with the policy's thresholds replaced by its argument.
    Map<String, CallMeasurements> expectedLevels = new TreeMap<>();
    CallData.statesBy(
            calls,
            CallPolicy.defaults().toBuilder().serviceLevelThresholdsSeconds(20).build(),
            Call::structure)
        .forEach(
            (code, state) ->
                expectedLevels.put(
                    code, state.result(StructureCode.of(code), CallAggregator.ANY_PERIOD)));
    assertThat(rows).hasSize(states.size());
    for (Row row : rows) {
      StructureCode structure = StructureCode.of(row.getAs("structure"));
      ReportingPeriod any = CallAggregator.ANY_PERIOD;
      CallMeasurements expected = states.get(structure.value()).result(structure, any);
      assertThat(MeasurementRows.toMeasurement(row.getAs("agent"), structure, any))
          .isEqualTo(expected.agentPickUpRate());
      assertThat(MeasurementRows.toMeasurement(row.getAs("level"), structure, any))
          .isEqualTo(expectedLevels.get(structure.value()).serviceLevels().get(0));
      assertThat(MeasurementRows.toMeasurement(row.getAs("p90"), structure, any))
          .isEqualTo(expected.p90Wait());
    }
  }

  @Test
  void widerIntegerColumnsAreCastToTheInputTypes() {
    frame.createOrReplaceTempView("calls_states_test");

    Row row =
        spark
            .sql(
                "SELECT spsplus_p90_wait(outcome, CAST(wait_seconds AS BIGINT)) AS wide,"
                    + " spsplus_p90_wait(outcome, CAST(wait_seconds AS SMALLINT)) AS narrow,"
                    + " spsplus_p90_wait(outcome, wait_seconds) AS exact"
                    + " FROM calls_states_test")
            .first();

    assertThat(row.<Row>getAs("wide")).isEqualTo(row.<Row>getAs("exact"));
    assertThat(row.<Row>getAs("narrow")).isEqualTo(row.<Row>getAs("exact"));
    assertThat(row.<Row>getAs("exact").<Double>getAs("value"))
        .isEqualTo(
            CallData.statesBy(calls, CallData.CUSTOM_POLICY, c -> "all")
                .get("all")
                .result(null, CallAggregator.ANY_PERIOD, CallData.CUSTOM_ESTIMATION)
                .p90Wait()
                .value());
  }

  @Test
  void aGroupWithoutCallsIsUndefinedNotAnError() {
    List<Row> rows =
        spark
            .sql(
                "SELECT spsplus_pickup_rate(outcome, wait_seconds) AS agent,"
                    + " spsplus_service_level(outcome, wait_seconds, 20) AS level,"
                    + " spsplus_call_state(outcome, wait_seconds) AS state"
                    + " FROM calls_view_empty")
            .collectAsList();

    Measurement agent =
        MeasurementRows.toMeasurement(rows.get(0).getAs("agent"), null, CallAggregator.ANY_PERIOD);
    Measurement level =
        MeasurementRows.toMeasurement(rows.get(0).getAs("level"), null, CallAggregator.ANY_PERIOD);
    assertThat(agent)
        .isEqualTo(
            CallAccumulator.of(CallData.CUSTOM_POLICY)
                .result(null, CallAggregator.ANY_PERIOD, CallData.CUSTOM_ESTIMATION)
                .agentPickUpRate());
    assertThat(level.value()).isNull();
    assertThat(level.n()).isZero();
    assertThat(level.parameters()).doesNotContainKey("threshold_seconds");
    assertThat(CallStates.fromBytes(rows.get(0).getAs("state")).count()).isZero();
  }

  @Test
  void invalidCallsFailTheJobWithAMessageNamingTheColumn() {
    assertInvalid(
        () -> aggregate("SELECT CAST(NULL AS STRING) AS outcome, 3 AS wait_seconds"),
        "input.null",
        "La colonne « outcome » est NULL");
    assertInvalid(
        () -> aggregate("SELECT 'ANSWERED_AGENT' AS outcome, CAST(NULL AS INT) AS wait_seconds"),
        "input.null",
        "La colonne « wait_seconds » est NULL");
    assertInvalid(
        () -> aggregate("SELECT 'ANSWERED' AS outcome, 3 AS wait_seconds"),
        "unknown.code",
        "« outcome »");
    assertInvalid(
        () -> aggregate("SELECT 'ANSWERED_AGENT' AS outcome, 86401 AS wait_seconds"),
        "input.wait.range",
        "« wait_seconds » doit être compris entre 0 et 86400 secondes");
    assertInvalid(
        () ->
            spark
                .sql(
                    "SELECT spsplus_service_level(outcome, wait_seconds, t) FROM VALUES"
                        + " ('ANSWERED_AGENT', 3, 20), ('ANSWERED_AGENT', 4, 60)"
                        + " AS v(outcome, wait_seconds, t)")
                .collectAsList(),
        "input.threshold.varies",
        "La colonne « threshold_seconds » doit être constante dans un groupe");
  }

  private static List<Row> aggregate(String input) {
    return spark
        .sql("SELECT spsplus_pickup_rate(outcome, wait_seconds) FROM (" + input + ")")
        .collectAsList();
  }

  /**
   * A task's exception reaches the driver serialised: the job's message carries the French text
   * rendered on the executor, and the deserialised {@link InvalidInputException} keeps its message
   * key and its rendered French text.
   */
  private static void assertInvalid(ThrowingCallable job, String key, String french) {
    assertThatThrownBy(job)
        .hasMessageContaining("InvalidInputException: ")
        .hasMessageContaining(french)
        .satisfies(
            failure -> {
              Throwable cause = failure;
              while (cause != null && !(cause instanceof InvalidInputException)) {
                cause = cause.getCause();
              }
              assertThat(cause).as("an InvalidInputException in the causes").isNotNull();
              assertThat(((InvalidInputException) cause).key()).isEqualTo(key);
              assertThat(cause.getMessage()).contains(french);
            });
  }
}
