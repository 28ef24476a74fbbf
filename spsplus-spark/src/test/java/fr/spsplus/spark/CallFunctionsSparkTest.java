package fr.spsplus.spark;

import static fr.spsplus.spark.CallData.key;
import static org.apache.spark.sql.functions.col;
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
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import scala.Tuple3;

/**
 * The SQL functions, the typed aggregators and the Column API in Spark local mode give exactly the
 * in-process measurements of the same calls (counts, rates, exact percentiles, intervals,
 * exclusions and parameters), whatever the partitioning of the input, the number of shuffle
 * partitions, and whether buffers stay in memory or go through their binary form.
 */
class CallFunctionsSparkTest {

  private static final int CALLS = 20_000;

  private static SparkSession spark;
  private static List<Call> calls;
  private static Dataset<Row> frame;

  /** How the input is laid out and aggregated. */
  record Layout(
      String name,
      UnaryOperator<Dataset<Row>> partitioning,
      int shufflePartitions,
      boolean sortBasedFallback,
      boolean adaptive) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A policy and an estimation. */
  record Config(String name, CallPolicy policy, Estimation estimation) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
    calls = CallData.generate(20_260_301L, CALLS);
    frame = CallData.dataFrame(spark, calls).cache();
  }

  @AfterEach
  void resetOptions() {
    spark.conf().set("spark.sql.shuffle.partitions", "4");
    spark.conf().set("spark.sql.adaptive.enabled", "false");
    spark.conf().unset("spark.sql.objectHashAggregate.sortBased.fallbackThreshold");
  }

  static Stream<Layout> layouts() {
    return Stream.of(
        new Layout("one partition", df -> df.repartition(1), 1, false, false),
        new Layout("seven round-robin partitions", df -> df.repartition(7), 3, false, false),
        new Layout(
            "partitioned by outcome", df -> df.repartition(5, col("outcome")), 4, false, false),
        new Layout(
            "range-partitioned by wait, sort-based aggregation",
            df -> df.repartitionByRange(6, col("wait_seconds")),
            8,
            true,
            false),
        new Layout("adaptive execution", df -> df.repartition(3), 5, false, true));
  }

  static Stream<Config> configs() {
    return Stream.of(
        new Config("defaults", CallPolicy.defaults(), Estimation.defaults()),
        new Config("custom", CallData.CUSTOM_POLICY, CallData.CUSTOM_ESTIMATION));
  }

  static Stream<Arguments> layoutsAndConfigs() {
    return layouts().flatMap(layout -> configs().map(config -> Arguments.of(layout, config)));
  }

  private static void apply(Layout layout) {
    spark.conf().set("spark.sql.shuffle.partitions", Integer.toString(layout.shufflePartitions()));
    spark.conf().set("spark.sql.adaptive.enabled", Boolean.toString(layout.adaptive()));
    if (layout.sortBasedFallback()) {
      // One group per partition in the hash map, then sort-based aggregation of serialised buffers.
      spark.conf().set("spark.sql.objectHashAggregate.sortBased.fallbackThreshold", "1");
    }
    layout.partitioning().apply(frame).createOrReplaceTempView("calls");
  }

  private static CallMeasurements expected(
      CallAccumulator state, String key, Estimation estimation) {
    String[] parts = key.split("\\|");
    return state.result(StructureCode.of(parts[0]), ReportingPeriod.parse(parts[1]), estimation);
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("layoutsAndConfigs")
  void sqlFunctionsEqualTheInProcessMeasurements(Layout layout, Config config) {
    SpsplusFunctions.register(spark, config.policy(), config.estimation());
    apply(layout);
    int threshold = config.policy().serviceLevelThresholdsSeconds().get(1);

    List<Row> rows =
        spark
            .sql(
                "SELECT structure, month,"
                    + " spsplus_call_indicators(outcome, wait_seconds) AS every,"
                    + " spsplus_pickup_rate(outcome, wait_seconds) AS agent,"
                    + " spsplus_global_pickup_rate(outcome, wait_seconds) AS global,"
                    + " spsplus_abandon_rate(outcome, wait_seconds) AS abandon,"
                    + " spsplus_service_level(outcome, wait_seconds, "
                    + threshold
                    + ") AS level,"
                    + " spsplus_mean_wait(outcome, wait_seconds) AS mean,"
                    + " spsplus_median_wait(outcome, wait_seconds) AS median,"
                    + " spsplus_p90_wait(outcome, wait_seconds) AS p90"
                    + " FROM calls GROUP BY structure, month")
            .collectAsList();

    Map<String, CallAccumulator> states =
        CallData.statesBy(calls, config.policy(), c -> key(c.structure(), c.month()));
    CallPolicy single =
        config.policy().toBuilder().serviceLevelThresholdsSeconds(threshold).build();
    Map<String, CallAccumulator> singleThreshold =
        CallData.statesBy(calls, single, c -> key(c.structure(), c.month()));
    Map<String, CallMeasurements> expected = new TreeMap<>();
    Map<String, CallMeasurements> actual = new TreeMap<>();
    Map<String, List<Measurement>> expectedSingles = new TreeMap<>();
    Map<String, List<Measurement>> actualSingles = new TreeMap<>();
    states.forEach(
        (key, state) -> {
          CallMeasurements all = expected(state, key, config.estimation());
          expected.put(key, all);
          Measurement level =
              expected(singleThreshold.get(key), key, config.estimation()).serviceLevels().get(0);
          expectedSingles.put(
              key,
              List.of(
                  all.agentPickUpRate(),
                  all.globalPickUpRate(),
                  all.abandonRate(),
                  level,
                  all.meanWait(),
                  all.medianWait(),
                  all.p90Wait()));
        });
    for (Row row : rows) {
      String key = key(row.getAs("structure"), row.getAs("month"));
      StructureCode structure = StructureCode.of(row.getAs("structure"));
      ReportingPeriod period = ReportingPeriod.parse(row.<String>getAs("month"));
      actual.put(key, MeasurementRows.toCallMeasurements(row.getAs("every"), structure, period));
      actualSingles.put(
          key,
          Stream.of("agent", "global", "abandon", "level", "mean", "median", "p90")
              .map(name -> MeasurementRows.toMeasurement(row.getAs(name), structure, period))
              .toList());
    }

    assertThat(rows).hasSize(expected.size());
    assertThat(actual).isEqualTo(expected);
    assertThat(actualSingles).isEqualTo(expectedSingles);
    // The data exercise what they should: overflow above the cap, every exclusion, several groups.
    assertThat(expected).hasSizeGreaterThan(25);
    assertThat(states.values().stream().mapToLong(CallAccumulator::answeredAboveCap).sum())
        .isPositive();
  }

  @Test
  void typedAggregatorsEqualTheInProcessMeasurements() {
    Dataset<Row> renamed =
        frame
            .withColumnRenamed("outcome", "resultat")
            .withColumnRenamed("wait_seconds", "attente")
            .repartition(6);
    CallAggregator all =
        CallAggregator.indicators(CallData.CUSTOM_POLICY, CallData.CUSTOM_ESTIMATION)
            .withColumns("resultat", "attente");
    CallAggregator level =
        CallAggregator.serviceLevel(CallData.CUSTOM_POLICY, CallData.CUSTOM_ESTIMATION, 45)
            .withColumns("resultat", "attente");

    List<Tuple3<String, Row, Row>> rows =
        renamed
            .groupByKey(
                (MapFunction<Row, String>) r -> key(r.getAs("structure"), r.getAs("month")),
                Encoders.STRING())
            .agg(all.toColumn(), level.toColumn())
            .collectAsList();

    CallPolicy with45 =
        CallData.CUSTOM_POLICY.toBuilder().serviceLevelThresholdsSeconds(0, 30, 45, 120).build();
    Map<String, CallMeasurements> expected = new TreeMap<>();
    Map<String, Measurement> expectedLevels = new TreeMap<>();
    CallData.statesBy(calls, CallData.CUSTOM_POLICY, c -> key(c.structure(), c.month()))
        .forEach((key, state) -> expected.put(key, expected(state, key, all.estimation())));
    CallData.statesBy(calls, with45, c -> key(c.structure(), c.month()))
        .forEach(
            (key, state) ->
                expectedLevels.put(
                    key, expected(state, key, all.estimation()).serviceLevel(45).orElseThrow()));
    Map<String, CallMeasurements> actual = new TreeMap<>();
    Map<String, Measurement> actualLevels = new TreeMap<>();
    for (Tuple3<String, Row, Row> row : rows) {
      String[] parts = row._1().split("\\|");
      StructureCode structure = StructureCode.of(parts[0]);
      ReportingPeriod period = ReportingPeriod.parse(parts[1]);
      actual.put(row._1(), MeasurementRows.toCallMeasurements(row._2(), structure, period));
      actualLevels.put(row._1(), MeasurementRows.toMeasurement(row._3(), structure, period));
    }

    assertThat(actual).isEqualTo(expected);
    assertThat(actualLevels).isEqualTo(expectedLevels);
    assertThat(level.policy()).isEqualTo(with45);
  }
}
