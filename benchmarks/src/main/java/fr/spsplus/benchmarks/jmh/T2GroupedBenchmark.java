package fr.spsplus.benchmarks.jmh;

import fr.spsplus.benchmarks.contenders.CallFigures;
import fr.spsplus.benchmarks.contenders.FloorScan;
import fr.spsplus.benchmarks.contenders.SpsplusContender;
import fr.spsplus.benchmarks.contenders.StreamsContender;
import fr.spsplus.benchmarks.data.CallData;
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
 * T2: the figures of T1 for every structure × month of the quarter (200 sites × 3 months). The
 * spsplus primitive path feeds {@code stateFor(structure, epochSecond)}; the object path feeds
 * records; DuckDB groups by site and {@code date_trunc(month)}; the streams {@code groupingBy}
 * structure and month.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class T2GroupedBenchmark {

  /**
   * spsplus, primitive path, one thread.
   *
   * @param data the data
   * @return the figures
   */
  @Benchmark
  public SortedMap<String, CallFigures> spsplusPrimitive(DataStates.Data data) {
    return SpsplusContender.t2Primitive(data.data.calls());
  }

  /**
   * spsplus, primitive path one call at a time: {@code stateFor(structure, epochSecond)} and {@code
   * acceptOrdinal} per call.
   *
   * @param data the data
   * @return the figures
   */
  @Benchmark
  public SortedMap<String, CallFigures> spsplusStateFor(DataStates.Data data) {
    return SpsplusContender.t2StateFor(data.data.calls());
  }

  /**
   * spsplus, primitive path, two threads (halves combined).
   *
   * @param data the data
   * @param worker the second thread
   * @return the figures
   */
  @Benchmark
  public SortedMap<String, CallFigures> spsplusPrimitive2Threads(
      DataStates.Data data, DataStates.Worker worker) {
    return SpsplusContender.t2Primitive2(data.data.calls(), worker.executor);
  }

  /**
   * spsplus, object path ({@code accept(CallRecord)}), one thread.
   *
   * @param records the records
   * @return the figures
   */
  @Benchmark
  public SortedMap<String, CallFigures> spsplusObjects(DataStates.Records records) {
    return SpsplusContender.t2Objects(records.calls);
  }

  /**
   * spsplus, object path, two threads.
   *
   * @param records the records
   * @param worker the second thread
   * @return the figures
   */
  @Benchmark
  public SortedMap<String, CallFigures> spsplusObjects2Threads(
      DataStates.Records records, DataStates.Worker worker) {
    return SpsplusContender.t2Objects2(records.calls, worker.executor);
  }

  /**
   * DuckDB: one SQL query with {@code quantile_disc}.
   *
   * @param duck the loaded database
   * @return the figures
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public SortedMap<String, CallFigures> duckdb(DataStates.Duck duck) throws SQLException {
    return duck.duck.t2();
  }

  /**
   * Plain Java streams over the records.
   *
   * @param records the records
   * @return the figures
   */
  @Benchmark
  public SortedMap<String, CallFigures> streams(DataStates.Records records) {
    return StreamsContender.t2(records.calls);
  }

  /**
   * The floor: the sum of the outcome, wait, site and arrival columns, one thread.
   *
   * @param data the data
   * @return the sum
   */
  @Benchmark
  public long floor(DataStates.Data data) {
    CallData calls = data.data.calls();
    return FloorScan.scanT2(
        calls.outcomes(), calls.waits(), calls.sites(), calls.arrivals(), 0, calls.size());
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
        (from, to) ->
            FloorScan.scanT2(
                calls.outcomes(), calls.waits(), calls.sites(), calls.arrivals(), from, to));
  }
}
