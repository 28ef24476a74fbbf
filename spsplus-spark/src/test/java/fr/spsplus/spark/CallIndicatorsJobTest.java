package fr.spsplus.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallMeasurements;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.indicators.rollup.RollUp;
import fr.spsplus.spark.CallData.Call;
import fr.spsplus.spark.example.CallIndicatorsJob;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example job, end to end: calls written as CSV and as Parquet, read back, aggregated per
 * structure × month, rolled up the tree and to the country, written as Parquet; every figure read
 * back equals the in-process one ({@link CallAccumulator} per group, {@link RollUp} for the tree).
 */
class CallIndicatorsJobTest {

  private static final Estimation ESTIMATION = Estimation.defaults();

  private static SparkSession spark;
  private static List<Call> calls;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
    calls = CallData.generate(2_026L, 12_000);
  }

  @Test
  void csvInParquetOutGivesTheInProcessFiguresAtEveryLevel(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("calls.csv");
    writeCsv(csv);
    // The session's time zone must not matter: months are computed in Europe/Paris.
    spark.conf().set("spark.sql.session.timeZone", "America/Cayenne");
    try {
      CallIndicatorsJob.run(
              spark,
              CallIndicatorsJob.readCalls(spark, csv.toString()),
              CallData.DIRECTORY,
              CallData.PARIS,
              CallPolicy.defaults(),
              ESTIMATION)
          .writeParquet(dir.resolve("out").toString());
    } finally {
      spark.conf().set("spark.sql.session.timeZone", "UTC");
    }

    assertFiguresEqualInProcess(dir.resolve("out"));
  }

  @Test
  void parquetInputWorksToo(@TempDir Path dir) {
    String input = dir.resolve("calls.parquet").toString();
    CallData.dataFrame(spark, calls).repartition(4).write().parquet(input);

    CallIndicatorsJob.Results results =
        CallIndicatorsJob.run(
            spark,
            CallIndicatorsJob.readCalls(spark, input),
            CallData.DIRECTORY,
            CallData.PARIS,
            CallPolicy.defaults(),
            ESTIMATION);
    results.writeParquet(dir.resolve("out").toString());

    assertFiguresEqualInProcess(dir.resolve("out"));
    assertThat(results.byStructure().columns())
        .containsExactly("structure", "month", "state", "indicators");
  }

  private static void writeCsv(Path csv) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add("call_id,structure,arrived_at,outcome,wait_seconds");
    DateTimeFormatter iso = DateTimeFormatter.ISO_INSTANT;
    for (Call call : calls) {
      lines.add(
          String.join(
              ",",
              call.id(),
              call.structure(),
              iso.format(call.arrivedAt()),
              call.outcome().name(),
              Integer.toString(call.waitSeconds())));
    }
    Files.write(csv, lines);
  }

  private static void assertFiguresEqualInProcess(Path out) {
    // By structure × month.
    Map<String, CallAccumulator> own =
        CallData.statesBy(
            calls, CallPolicy.defaults(), c -> CallData.key(c.structure(), c.month()));
    Map<String, CallMeasurements> expected = new TreeMap<>();
    own.forEach((key, state) -> expected.put(key, measure(state, key)));
    assertThat(read(out.resolve("by_structure"), true)).isEqualTo(expected);

    // By subtree × month, and nationally: RollUp over each month's own states.
    Map<String, CallMeasurements> expectedSubtrees = new TreeMap<>();
    Map<String, CallMeasurements> expectedNational = new TreeMap<>();
    for (String month : new TreeSet<>(calls.stream().map(Call::month).toList())) {
      Map<StructureCode, CallAccumulator> states = new TreeMap<>();
      own.forEach(
          (key, state) -> {
            String[] parts = key.split("\\|");
            if (parts[1].equals(month)) {
              states.put(StructureCode.of(parts[0]), state);
            }
          });
      RollUp<CallAccumulator> tree =
          RollUp.of(CallData.DIRECTORY, states, () -> CallAccumulator.of(CallPolicy.defaults()));
      for (StructureCode code : tree.structures()) {
        String key = CallData.key(code.value(), month);
        expectedSubtrees.put(key, measure(tree.subtree(code).orElseThrow(), key));
      }
      expectedNational.put(
          CallData.key("", month),
          tree.national().result(null, ReportingPeriod.parse(month), ESTIMATION));
      assertThat(tree.unknownStructures()).containsExactly(StructureCode.of("ghost"));
      assertThat(tree.orphanTops()).containsExactly(StructureCode.of("orphan-head"));
    }
    assertThat(read(out.resolve("by_subtree"), true)).isEqualTo(expectedSubtrees);
    assertThat(read(out.resolve("national"), false)).isEqualTo(expectedNational);
    assertThat(expectedNational).hasSize(3);
  }

  private static CallMeasurements measure(CallAccumulator state, String key) {
    String[] parts = key.split("\\|");
    return state.result(StructureCode.of(parts[0]), ReportingPeriod.parse(parts[1]), ESTIMATION);
  }

  private static Map<String, CallMeasurements> read(Path parquet, boolean byStructure) {
    Dataset<Row> frame = spark.read().parquet(parquet.toString());
    Map<String, CallMeasurements> figures = new TreeMap<>();
    Dataset<Row> keyed = byStructure ? frame : frame.withColumn("structure", lit(""));
    for (Row row :
        keyed.select(col("structure"), col("month"), col("indicators")).collectAsList()) {
      String structure = row.getString(0);
      String month = row.getString(1);
      figures.put(
          CallData.key(structure, month),
          MeasurementRows.toCallMeasurements(
              row.getAs("indicators"),
              structure.isEmpty() ? null : StructureCode.of(structure),
              ReportingPeriod.parse(month)));
    }
    return figures;
  }
}
