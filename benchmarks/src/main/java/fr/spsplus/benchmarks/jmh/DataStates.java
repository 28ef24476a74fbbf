package fr.spsplus.benchmarks.jmh;

import fr.spsplus.benchmarks.contenders.DuckDbContender;
import fr.spsplus.benchmarks.contenders.SpsplusContender;
import fr.spsplus.benchmarks.contenders.StreamsContender;
import fr.spsplus.benchmarks.data.BenchmarkData;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.request.HolidayZone;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.call.CallAccumulator;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The JMH states shared by the task benchmarks. Each is set up once per trial (per fork), outside
 * any timing, and only when a benchmark asks for it: the columns always, the call records, DuckDB
 * and the roll-up inputs only for the benchmarks that use them. Every state reads {@link
 * BenchmarkData#shared()}, so a fork generates the data once.
 */
public final class DataStates {

  private DataStates() {}

  /** The generated data (columns; objects are built by the states that need them). */
  @State(Scope.Benchmark)
  public static class Data {
    /** The data of this fork. */
    public BenchmarkData data;

    /** Generates the data (or takes this JVM's copy). */
    @Setup(Level.Trial)
    public void setUp() {
      data = BenchmarkData.shared();
    }
  }

  /** The call records of the object path and the streams. */
  @State(Scope.Benchmark)
  public static class Records {
    /** The records, in arrival order. */
    public List<CallRecord> calls;

    /**
     * Builds the records.
     *
     * @param data the data
     */
    @Setup(Level.Trial)
    public void setUp(Data data) {
      calls = data.data.calls().records();
    }
  }

  /** The second thread of the two-thread variants: one worker, the caller being the first. */
  @State(Scope.Benchmark)
  public static class Worker {
    /** A single-thread executor. */
    public ExecutorService executor;

    /**
     * Starts the worker and makes sure its thread exists before timing.
     *
     * @throws InterruptedException if interrupted
     * @throws ExecutionException never in practice
     */
    @Setup(Level.Trial)
    public void setUp() throws InterruptedException, ExecutionException {
      executor = Executors.newSingleThreadExecutor();
      executor.submit(() -> 0).get();
    }

    /** Stops the worker. */
    @TearDown(Level.Trial)
    public void tearDown() {
      executor.shutdownNow();
    }
  }

  /**
   * An in-memory DuckDB with every table loaded (threads: {@code spsplus.bench.duckdb.threads}, 2).
   */
  @State(Scope.Benchmark)
  public static class Duck {
    /** The loaded database. */
    public DuckDbContender duck;

    /**
     * Loads the data.
     *
     * @param data the data
     * @throws SQLException if DuckDB fails
     */
    @Setup(Level.Trial)
    public void setUp(Data data) throws SQLException {
      BenchmarkData d = data.data;
      duck =
          DuckDbContender.load(
              d.calls(),
              d.surveys(),
              d.requests(),
              Integer.getInteger("spsplus.bench.duckdb.threads", 2));
    }

    /**
     * Closes the database.
     *
     * @throws SQLException if DuckDB fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      duck.close();
    }
  }

  /** The per-structure states that T3 merges, for spsplus and for the streams. */
  @State(Scope.Benchmark)
  public static class RollUpInput {
    /** spsplus: for each month, the state of each site. */
    public List<SortedMap<StructureCode, CallAccumulator>> states;

    /** Streams: the records grouped by site and month. */
    public Map<StreamsContender.SiteMonth, List<CallRecord>> groups;

    /**
     * Prepares both inputs.
     *
     * @param data the data
     * @param records the records
     */
    @Setup(Level.Trial)
    public void setUp(Data data, Records records) {
      states = SpsplusContender.t3Input(data.data.calls());
      groups = StreamsContender.group(records.calls);
    }
  }

  /** The holiday sets of the streams contender of T5. */
  @State(Scope.Benchmark)
  public static class Holidays {
    /** The holidays by zone. */
    public Map<HolidayZone, Set<LocalDate>> byZone;

    /** Loads the holidays. */
    @Setup(Level.Trial)
    public void setUp() {
      byZone = StreamsContender.holidays();
    }
  }
}
