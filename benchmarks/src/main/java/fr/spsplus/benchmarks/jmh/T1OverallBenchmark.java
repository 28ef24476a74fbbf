package fr.spsplus.benchmarks.jmh;

import fr.spsplus.benchmarks.contenders.CallFigures;
import fr.spsplus.benchmarks.contenders.FloorScan;
import fr.spsplus.benchmarks.contenders.SpsplusContender;
import fr.spsplus.benchmarks.contenders.StreamsContender;
import fr.spsplus.benchmarks.data.CallData;
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
 * T1: taux de décroché agent, niveaux de service (20 and 60 s) and the exact p90 wait over all the
 * calls of the quarter (10 million by default). Each method returns the figures, so nothing is
 * eliminated; the floors return their sums.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class T1OverallBenchmark {

  /**
   * spsplus, primitive path, one thread.
   *
   * @param data the data
   * @return the figures
   */
  @Benchmark
  public CallFigures spsplusPrimitive(DataStates.Data data) {
    return SpsplusContender.t1Primitive(data.data.calls());
  }

  /**
   * spsplus, primitive path, two threads (halves combined).
   *
   * @param data the data
   * @param worker the second thread
   * @return the figures
   */
  @Benchmark
  public CallFigures spsplusPrimitive2Threads(DataStates.Data data, DataStates.Worker worker) {
    return SpsplusContender.t1Primitive2(data.data.calls(), worker.executor);
  }

  /**
   * spsplus, object path ({@code accept(CallRecord)}), one thread.
   *
   * @param records the records
   * @return the figures
   */
  @Benchmark
  public CallFigures spsplusObjects(DataStates.Records records) {
    return SpsplusContender.t1Objects(records.calls);
  }

  /**
   * spsplus, object path, two threads.
   *
   * @param records the records
   * @param worker the second thread
   * @return the figures
   */
  @Benchmark
  public CallFigures spsplusObjects2Threads(DataStates.Records records, DataStates.Worker worker) {
    return SpsplusContender.t1Objects2(records.calls, worker.executor);
  }

  /**
   * DuckDB: one SQL query with {@code quantile_disc}.
   *
   * @param duck the loaded database
   * @return the figures
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public CallFigures duckdb(DataStates.Duck duck) throws SQLException {
    return duck.duck.t1();
  }

  /**
   * Plain Java streams over the records.
   *
   * @param records the records
   * @return the figures
   */
  @Benchmark
  public CallFigures streams(DataStates.Records records) {
    return StreamsContender.t1(records.calls);
  }

  /**
   * The floor: the sum of the outcome and wait columns, one thread.
   *
   * @param data the data
   * @return the sum
   */
  @Benchmark
  public long floor(DataStates.Data data) {
    CallData calls = data.data.calls();
    return FloorScan.scanT1(calls.outcomes(), calls.waits(), 0, calls.size());
  }

  /**
   * The floor on two threads.
   *
   * @param data the data
   * @param worker the second thread
   * @return the sum
   */
  @Benchmark
  public long floor2Threads(DataStates.Data data, DataStates.Worker worker) {
    CallData calls = data.data.calls();
    return FloorScan.inTwo(
        worker.executor,
        calls.size(),
        (from, to) -> FloorScan.scanT1(calls.outcomes(), calls.waits(), from, to));
  }
}
