package fr.spsplus.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallPolicy;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

/** The code of the module's README, run as written. */
class ReadmeExamplesTest {

  private static SparkSession spark;
  private static Dataset<Row> calls;
  private static Map<String, CallAccumulator> byStructureAndMonth;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
    List<CallData.Call> generated = CallData.generate(11L, 3_000);
    calls = CallData.dataFrame(spark, generated);
    byStructureAndMonth =
        CallData.statesBy(
            generated, CallPolicy.defaults(), c -> CallData.key(c.structure(), c.month()));
  }

  @Test
  void sqlExample() {
    SpsplusFunctions.register(spark); // proposed-default CallPolicy and Estimation
    calls.createOrReplaceTempView("calls");
    List<Row> rows =
        spark
            .sql(
                """
                SELECT structure, month,
                       spsplus_pickup_rate(outcome, wait_seconds)        AS pick_up,
                       spsplus_service_level(outcome, wait_seconds, 20)  AS within_20_s,
                       spsplus_p90_wait(outcome, wait_seconds).value     AS p90_seconds
                FROM calls GROUP BY structure, month""")
            .collectAsList();

    assertThat(rows).hasSize(byStructureAndMonth.size());
    for (Row row : rows) {
      CallAccumulator state =
          byStructureAndMonth.get(CallData.key(row.getAs("structure"), row.getAs("month")));
      var expected =
          state.result(StructureCode.of(row.getAs("structure")), CallAggregator.ANY_PERIOD);
      assertThat(row.<Row>getAs("pick_up").<Double>getAs("value"))
          .isEqualTo(expected.agentPickUpRate().value());
      assertThat(row.<Double>getAs("p90_seconds")).isEqualTo(expected.p90Wait().value());
      assertThat(row.<Row>getAs("within_20_s").<String>getAs("indicator"))
          .isEqualTo("NIVEAU_SERVICE");
    }
  }

  @Test
  void dataFrameAndTypedExamples() {
    SpsplusFunctions sp = SpsplusFunctions.of(CallPolicy.defaults(), Estimation.defaults());
    Dataset<Row> frame =
        calls
            .groupBy("structure", "month")
            .agg(
                sp.agentPickUpRate(col("outcome"), col("wait_seconds")).as("pick_up"),
                sp.serviceLevel(col("outcome"), col("wait_seconds"), 20).as("within_20_s"));

    // Typed: the buffer is a CallAccumulator; other column names with withColumns(…).
    CallAggregator all = CallAggregator.indicators(CallPolicy.defaults(), Estimation.defaults());
    Dataset<Tuple2<String, Row>> typed =
        calls
            .groupByKey((MapFunction<Row, String>) r -> r.getAs("structure"), Encoders.STRING())
            .agg(all.toColumn());

    assertThat(frame.count()).isEqualTo(byStructureAndMonth.size());
    assertThat(typed.count()).isEqualTo(CallData.STRUCTURES.size());
    assertThat(frame.schema().apply("pick_up").dataType()).isEqualTo(MeasurementRows.MEASUREMENT);
  }
}
