package fr.spsplus.benchmarks.jmh;

import fr.spsplus.benchmarks.contenders.DelayFigures;
import fr.spsplus.benchmarks.contenders.SpsplusContender;
import fr.spsplus.benchmarks.contenders.StreamsContender;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * T5: respect du délai annoncé in working days over 1 million requests (the cohort closed in the
 * quarter), with the public holidays of each request's zone.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class T5DelayBenchmark {

  /**
   * spsplus: {@code DelayAccumulator.accept(ProcessedRequest)}, then {@code measure()}.
   *
   * @param data the data
   * @return the figures
   */
  @Benchmark
  public DelayFigures spsplus(DataStates.Data data) {
    return SpsplusContender.t5(data.data.requests().requests());
  }

  /**
   * DuckDB: the calendar table joined on both dates.
   *
   * @param duck the loaded database
   * @return the figures
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public DelayFigures duckdb(DataStates.Duck duck) throws SQLException {
    return duck.duck.t5();
  }

  /**
   * Plain Java: streams, working days counted day by day.
   *
   * @param data the data
   * @param holidays the holidays by zone
   * @return the figures
   */
  @Benchmark
  public DelayFigures streams(DataStates.Data data, DataStates.Holidays holidays) {
    return StreamsContender.t5(data.data.requests().requests(), holidays.byZone);
  }
}
