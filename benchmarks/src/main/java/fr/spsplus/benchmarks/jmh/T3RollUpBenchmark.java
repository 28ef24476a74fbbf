package fr.spsplus.benchmarks.jmh;

import fr.spsplus.benchmarks.contenders.CallFigures;
import fr.spsplus.benchmarks.contenders.SpsplusContender;
import fr.spsplus.benchmarks.contenders.StreamsContender;
import java.sql.SQLException;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * T3: the per-structure states of each month (600) merged into the 8 networks and the nation, with
 * every indicator at each level (27 results). spsplus merges its states up the structure tree
 * ({@code RollUp}); DuckDB merges the per-structure histograms table ({@code GROUPING SETS} and a
 * cumulative window for the exact p90); plain Java regroups the per-structure lists of records.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class T3RollUpBenchmark {

  /**
   * spsplus: {@code RollUp} per month, then the results of every network head and the nation.
   *
   * @param data the data
   * @param input the per-structure states
   * @return the figures
   */
  @Benchmark
  public SortedMap<String, CallFigures> spsplus(
      DataStates.Data data, DataStates.RollUpInput input) {
    return SpsplusContender.t3(data.data.structures(), input.states);
  }

  /**
   * DuckDB: one query over the per-structure state table.
   *
   * @param duck the loaded database
   * @return the figures
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public SortedMap<String, CallFigures> duckdb(DataStates.Duck duck) throws SQLException {
    return duck.duck.t3();
  }

  /**
   * Plain Java: regroup the per-structure record lists by network and month.
   *
   * @param data the data
   * @param input the per-structure groups
   * @return the figures
   */
  @Benchmark
  public SortedMap<String, CallFigures> streams(
      DataStates.Data data, DataStates.RollUpInput input) {
    return StreamsContender.t3(data.data.structures(), input.groups);
  }
}
