package fr.spsplus.spark;

import static fr.spsplus.spark.CallData.key;
import static fr.spsplus.spark.InvalidInputs.assertInvalid;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

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
  void invalidCallsFailTheJobWithAMessageNamingTheArgument() {
    assertInvalid(
        () -> aggregate("SELECT CAST(NULL AS STRING) AS outcome, 3 AS wait_seconds"),
        "input.null",
        "Valeur NULL dans le premier argument de spsplus_pickup_rate (outcome) :",
        "NULL value in the first argument of spsplus_pickup_rate (outcome):");
    assertInvalid(
        () -> aggregate("SELECT 'ANSWERED_AGENT' AS outcome, CAST(NULL AS INT) AS wait_seconds"),
        "input.null",
        "Valeur NULL dans le deuxième argument de spsplus_pickup_rate (wait_seconds) :");
    assertInvalid(
        () -> aggregate("SELECT 'ANSWERED' AS outcome, 3 AS wait_seconds"),
        "unknown.code",
        "Code de résultat d’appel inconnu dans le premier argument de spsplus_pickup_rate"
            + " (outcome) ; codes acceptés : ANSWERED_AGENT, ",
        "Unknown call outcome code in the first argument of spsplus_pickup_rate (outcome);");
    assertInvalid(
        () -> aggregate("SELECT 'ANSWERED_AGENT' AS outcome, 86401 AS wait_seconds"),
        "input.wait.range",
        "Attente hors bornes dans le deuxième argument de spsplus_pickup_rate (wait_seconds) :"
            + " de 0 à 86400 secondes (reçu : 86401)");
  }

  @Test
  void theMessagesNameTheParameterWhateverTheCallerCallsTheColumns() {
    // Spark hands the function rows of its own parameters: "resultat" and "t" are not known.
    assertInvalid(
        () ->
            spark
                .sql(
                    "SELECT spsplus_call_state(resultat, attente) FROM VALUES"
                        + " ('ANSWERED_AGENT', -1) AS v(resultat, attente)")
                .collectAsList(),
        "input.wait.range",
        "Attente hors bornes dans le deuxième argument de spsplus_call_state (wait_seconds)");
    assertInvalid(
        () ->
            spark
                .sql(
                    "SELECT spsplus_service_level(outcome, wait_seconds, t) FROM VALUES"
                        + " ('ANSWERED_AGENT', 3, 20), ('ANSWERED_AGENT', 4, 60)"
                        + " AS v(outcome, wait_seconds, t)")
                .collectAsList(),
        "input.threshold.varies",
        "Seuil variable dans le troisième argument de spsplus_service_level (threshold_seconds) :"
            + " il doit être constant dans un groupe",
        "Varying threshold in the third argument of spsplus_service_level (threshold_seconds):");
    assertInvalid(
        () ->
            spark
                .sql(
                    "SELECT spsplus_service_level(outcome, wait_seconds, t) FROM VALUES"
                        + " ('ANSWERED_AGENT', 3, CAST(NULL AS INT)) AS v(outcome, wait_seconds, t)")
                .collectAsList(),
        "input.null",
        "Valeur NULL dans le troisième argument de spsplus_service_level (threshold_seconds)");
    // Constant within each partition, so that the partial buffers only differ when merged.
    frame.createOrReplaceTempView("calls_by_partition");
    assertInvalid(
        () ->
            spark
                .sql(
                    "SELECT spsplus_service_level(outcome, wait_seconds, 20 + p) FROM"
                        + " (SELECT outcome, wait_seconds, spark_partition_id() AS p"
                        + " FROM calls_by_partition)")
                .collectAsList(),
        "input.threshold.varies",
        "Seuil variable dans le troisième argument de spsplus_service_level (threshold_seconds)");
  }

  @Test
  void typedAggregatorsNameTheColumnsTheyRead() {
    Dataset<Row> renamed =
        frame.withColumnRenamed("outcome", "resultat").withColumnRenamed("wait_seconds", "attente");
    CallAggregator p90 = CallAggregator.p90Wait(CallPolicy.defaults(), Estimation.defaults());

    // A wait column of a non-integer type, or a BIGINT beyond the range of an INT.
    assertInvalid(
        () ->
            renamed
                .withColumn("attente", col("attente").cast(DataTypes.DoubleType))
                .select(p90.withColumns("resultat", "attente").toColumn())
                .collectAsList(),
        "input.seconds",
        "Nombre entier de secondes attendu dans la colonne « attente » (INT ou BIGINT)",
        "Whole number of seconds expected in column \"attente\" (INT or BIGINT)");
    assertInvalid(
        () ->
            frame
                .withColumn("wait_seconds", lit(3_000_000_000L))
                .select(p90.toColumn())
                .collectAsList(),
        "input.seconds",
        "Nombre entier de secondes attendu dans la colonne « wait_seconds »");
    // Columns that the rows do not have.
    assertInvalid(
        () -> renamed.select(p90.toColumn()).collectAsList(),
        "input.column",
        "La ligne d’entrée n’a pas de colonne « outcome »",
        "The input row has no column \"outcome\"");
    // A NULL wait, named by its column.
    assertInvalid(
        () ->
            renamed
                .withColumn("attente", lit(null).cast(DataTypes.IntegerType))
                .select(p90.withColumns("resultat", "attente").toColumn())
                .collectAsList(),
        "input.null",
        "Valeur NULL dans la colonne « attente » :",
        "NULL value in column \"attente\":");
  }

  @Test
  void statesThatAreNotBinaryOrLackTheThresholdFailTheJob() {
    SpsplusFunctions sp = SpsplusFunctions.of(CallData.CUSTOM_POLICY, CallData.CUSTOM_ESTIMATION);
    Dataset<Row> daily =
        frame
            .groupBy("structure", "day")
            .agg(sp.callState(col("outcome"), col("wait_seconds")).as("state"));

    // Text where states are expected: the typed aggregators do not cast.
    assertInvalid(
        () ->
            daily
                .withColumn("state", col("structure"))
                .select(
                    CallAggregator.indicators(CallData.CUSTOM_POLICY, CallData.CUSTOM_ESTIMATION)
                        .fromStates("state")
                        .toColumn())
                .collectAsList(),
        "input.binary",
        "États spsplus attendus dans la colonne « state » (BINARY)",
        "spsplus states expected in column \"state\" (BINARY)");
    assertInvalid(
        () ->
            daily
                .withColumn("etat", lit(3))
                .select(CallStateAggregator.ofStates(CallData.CUSTOM_POLICY, "etat").toColumn())
                .collectAsList(),
        "input.binary",
        "États spsplus attendus dans la colonne « etat »");
    // The states carry the custom policy (thresholds 0, 30 and 120 s): no service level at 45 s.
    assertInvalid(
        () ->
            daily
                .select(
                    CallAggregator.serviceLevel(
                            CallData.CUSTOM_POLICY, CallData.CUSTOM_ESTIMATION, 45)
                        .fromStates("state")
                        .toColumn())
                .collectAsList(),
        "states.threshold",
        "Les états fusionnés n’ont pas de niveau de service à 45 s",
        "The merged states have no service level at 45 s");
    // A threshold of the states' policy is found.
    Row level =
        daily
            .select(
                CallAggregator.serviceLevel(CallData.CUSTOM_POLICY, CallData.CUSTOM_ESTIMATION, 30)
                    .fromStates("state")
                    .toColumn())
            .first();
    assertThat(level.<String>getAs("indicator")).isEqualTo("NIVEAU_SERVICE");
    assertThat(level.<Long>getAs("n")).isPositive();
  }

  private static List<Row> aggregate(String input) {
    return spark
        .sql("SELECT spsplus_pickup_rate(outcome, wait_seconds) FROM (" + input + ")")
        .collectAsList();
  }
}
