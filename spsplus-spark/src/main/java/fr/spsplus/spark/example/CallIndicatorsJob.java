package fr.spsplus.spark.example;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;

import fr.spsplus.core.structure.StructureDirectory;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.spark.SparkRollUp;
import fr.spsplus.spark.SpsplusFunctions;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Example job: the telephone indicators per structure × month, rolled up the structure tree
 * (network heads and every level between) and to the whole country, from a file of calls.
 *
 * <pre>
 * spark-submit --class fr.spsplus.spark.example.CallIndicatorsJob \
 *   --jars spsplus-core.jar,spsplus-indicators.jar,commons-statistics-distribution.jar,… \
 *   spsplus-spark.jar calls.parquet export-structures.csv out/ [Europe/Paris]
 * </pre>
 *
 * <p><strong>Input.</strong> Calls as CSV (with a header; the name ends in {@code .csv}) or Parquet
 * (anything else), with the columns of {@link #CALLS}: {@code structure} (SP+ code), {@code
 * arrived_at} (timestamp), {@code outcome} (a {@link fr.spsplus.core.call.CallOutcome} code) and
 * {@code wait_seconds}; other columns are ignored. The structures are the open-data {@code
 * export-structures} CSV ({@link StructureDirectory#read(Path)}).
 *
 * <p><strong>Steps.</strong> (1) the month of each call in the given time zone (Europe/Paris by
 * default), whatever the session's time zone; (2) one mergeable state per structure × month
 * ({@value SpsplusFunctions#CALL_STATE}), the only pass over the calls; (3) the indicators of each
 * state ({@value SpsplusFunctions#CALL_INDICATORS_OF_STATES}); (4) the states merged along the tree
 * ({@link SparkRollUp#subtrees}) and nationally ({@link SparkRollUp#national}).
 *
 * <p><strong>Output</strong> (Parquet, overwritten): {@code by_structure} (structure, month, state,
 * indicators), {@code by_subtree} (structure, month, indicators: the structure and everything below
 * it) and {@code national} (month, indicators); {@code indicators} is a {@link
 * fr.spsplus.spark.MeasurementRows#CALL_INDICATORS} struct. {@link #main} prints a sample of the
 * network heads' figures: aggregates only, no call.
 */
public final class CallIndicatorsJob {

  /** The columns the job reads from the calls. */
  public static final StructType CALLS =
      new StructType()
          .add("structure", DataTypes.StringType)
          .add("arrived_at", DataTypes.TimestampType)
          .add("outcome", DataTypes.StringType)
          .add("wait_seconds", DataTypes.IntegerType);

  private CallIndicatorsJob() {}

  /**
   * The three results of the job, not yet computed (Spark is lazy).
   *
   * @param byStructure structure, month, state, indicators
   * @param bySubtree structure (top of the subtree), month, indicators
   * @param national month, indicators
   */
  public record Results(Dataset<Row> byStructure, Dataset<Row> bySubtree, Dataset<Row> national) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if one is null
     */
    public Results {
      Objects.requireNonNull(byStructure, "byStructure");
      Objects.requireNonNull(bySubtree, "bySubtree");
      Objects.requireNonNull(national, "national");
    }

    /**
     * Writes the three results as Parquet under a directory, replacing earlier ones.
     *
     * @param directory the output directory (any Hadoop file system URI)
     */
    public void writeParquet(String directory) {
      byStructure.write().mode(SaveMode.Overwrite).parquet(directory + "/by_structure");
      bySubtree.write().mode(SaveMode.Overwrite).parquet(directory + "/by_subtree");
      national.write().mode(SaveMode.Overwrite).parquet(directory + "/national");
    }
  }

  /**
   * Reads calls from CSV (a path ending in {@code .csv}, with a header; timestamps in ISO-8601, for
   * example {@code 2026-03-02T08:15:00Z}) or Parquet, selecting the columns of {@link #CALLS} by
   * name.
   *
   * @param spark the session
   * @param path the file or directory
   * @return the calls, with at least the columns of {@link #CALLS}
   */
  public static Dataset<Row> readCalls(SparkSession spark, String path) {
    Dataset<Row> raw =
        path.toLowerCase(Locale.ROOT).endsWith(".csv")
            ? spark.read().option("header", true).csv(path)
            : spark.read().parquet(path);
    // By name, whatever the order of the columns; CSV text is cast (ANSI: a bad value fails).
    return raw.select(
        col("structure").cast(DataTypes.StringType),
        col("arrived_at").cast(DataTypes.TimestampType),
        col("outcome").cast(DataTypes.StringType),
        col("wait_seconds").cast(DataTypes.IntegerType));
  }

  /**
   * Builds the job's results. The spsplus functions are registered in the session with the given
   * policy and estimation; the states per structure × month are cached, as the three results read
   * them.
   *
   * @param spark the session
   * @param calls the calls ({@link #CALLS})
   * @param directory the structures and their hierarchy
   * @param zone the time zone of the months
   * @param policy the call policy
   * @param estimation the intervals and publication thresholds
   * @return the results, lazy
   */
  public static Results run(
      SparkSession spark,
      Dataset<Row> calls,
      StructureDirectory directory,
      ZoneId zone,
      CallPolicy policy,
      Estimation estimation) {
    SpsplusFunctions sp = SpsplusFunctions.register(spark, policy, estimation);
    // The local month of the arrival in `zone`, whatever spark.sql.session.timeZone is.
    String month =
        "date_format(convert_timezone(current_timezone(), '"
            + zone.getId()
            + "', CAST(arrived_at AS TIMESTAMP_NTZ)), 'yyyy-MM')";
    Dataset<Row> states =
        calls
            .withColumn("month", expr(month))
            .groupBy("structure", "month")
            .agg(sp.callState(col("outcome"), col("wait_seconds")).as("state"))
            .cache();
    Dataset<Row> byStructure =
        states
            .groupBy("structure", "month")
            .agg(
                expr("first(state)").as("state"),
                sp.callIndicatorsOfStates(col("state")).as("indicators"));
    Dataset<Row> membership = SparkRollUp.membership(spark, directory);
    Dataset<Row> bySubtree =
        SparkRollUp.subtrees(states, membership, "month")
            .groupBy("structure", "month")
            .agg(sp.callIndicatorsOfStates(col("state")).as("indicators"));
    Dataset<Row> national =
        SparkRollUp.national(states, membership, "month")
            .groupBy("month")
            .agg(sp.callIndicatorsOfStates(col("state")).as("indicators"));
    return new Results(byStructure, bySubtree, national);
  }

  /**
   * Runs the job: {@code <calls.csv|calls.parquet> <export-structures.csv> <output-dir> [zone]}.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    if (args.length < 3 || args.length > 4) {
      System.err.println(
          "usage: CallIndicatorsJob <calls.csv|calls.parquet> <export-structures.csv>"
              + " <output-dir> [time zone, default Europe/Paris]");
      System.exit(2);
    }
    ZoneId zone = ZoneId.of(args.length == 4 ? args[3] : "Europe/Paris");
    StructureDirectory directory = StructureDirectory.read(Path.of(args[1]));
    SparkSession spark = SparkSession.builder().appName("spsplus call indicators").getOrCreate();
    try {
      Results results =
          run(
              spark,
              readCalls(spark, args[0]),
              directory,
              zone,
              CallPolicy.defaults(),
              Estimation.defaults());
      results.writeParquet(args[2]);
      Dataset<Row> heads = SparkRollUp.membership(spark, directory).where(col("network_head"));
      results
          .bySubtree()
          .join(heads.select(col("subtree").as("structure")).distinct(), "structure")
          .select(
              col("structure"),
              col("month"),
              col("indicators.agent_pick_up_rate.value").as("pick_up_rate"),
              col("indicators.agent_pick_up_rate.n").as("n"),
              col("indicators.agent_pick_up_rate.status").as("status"),
              col("indicators.p90_wait.value").as("p90_wait_seconds"))
          .orderBy("structure", "month")
          .show(20, false);
    } finally {
      spark.stop();
    }
  }
}
