package fr.spsplus.benchmarks.jmh;

import fr.spsplus.benchmarks.contenders.SpsplusContender;
import fr.spsplus.benchmarks.data.CallData;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.indicators.call.CallAccumulator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Allocation per call record of the accumulation loops, read from JMH's GC profiler ({@code -prof
 * gc}: {@code gc.alloc.rate.norm}, bytes per operation) and divided by the number of calls. The
 * accumulator is created once per trial and fed every call at each operation, so the figure is the
 * per-record allocation of the hot path alone (target: 0), without the fixed cost of a new state or
 * of the results.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class AllocationBenchmark {

  /** One accumulator per trial. */
  @State(Scope.Benchmark)
  public static class Accumulators {
    /** The state fed by the primitive path. */
    public CallAccumulator primitive;

    /** The state fed by the object path. */
    public CallAccumulator objects;

    /** Creates the states. */
    @Setup(Level.Trial)
    public void setUp() {
      primitive = CallAccumulator.of(SpsplusContender.POLICY);
      objects = CallAccumulator.of(SpsplusContender.POLICY);
    }
  }

  /**
   * The primitive path's loop ({@code acceptAll} over the columns).
   *
   * @param data the data
   * @param state the accumulator
   * @return the number of calls accumulated so far
   */
  @Benchmark
  public long primitivePath(DataStates.Data data, Accumulators state) {
    CallData calls = data.data.calls();
    state.primitive.acceptAll(calls.outcomes(), calls.waits(), 0, calls.size());
    return state.primitive.count();
  }

  /**
   * The object path's loop ({@code accept(CallRecord)} per record).
   *
   * @param records the records
   * @param state the accumulator
   * @return the number of calls accumulated so far
   */
  @Benchmark
  public long objectPath(DataStates.Records records, Accumulators state) {
    List<CallRecord> calls = records.calls;
    CallAccumulator accumulator = state.objects;
    for (int i = 0; i < calls.size(); i++) {
      accumulator.accept(calls.get(i));
    }
    return accumulator.count();
  }
}
