package fr.spsplus.benchmarks.gate;

import fr.spsplus.benchmarks.contenders.CallFigures;
import fr.spsplus.benchmarks.contenders.DelayFigures;
import fr.spsplus.benchmarks.contenders.DuckDbContender;
import fr.spsplus.benchmarks.contenders.SpsplusContender;
import fr.spsplus.benchmarks.contenders.StreamsContender;
import fr.spsplus.benchmarks.contenders.SurveyFigures;
import fr.spsplus.benchmarks.data.BenchmarkData;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.survey.SurveyQuestion;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The correctness gate, run before any timing: every contender answers every task on the benchmark
 * data, and each answer is compared with the reference (spsplus, primitive path, one thread).
 * Counts, numerators, denominators and percentiles must be equal; rates equal within 10⁻¹²;
 * weighted sums and Wilson bounds, summed in another order by each contender, within 10⁻⁹ (relative
 * for the sums). A benchmark whose contenders disagree measures nothing, so {@link #main} exits
 * with status 1 on the first disagreement and {@code run.sh} stops there.
 */
public final class CorrectnessGate {

  private static final double RATE_TOLERANCE = 1e-12;
  private static final double WEIGHT_TOLERANCE = 1e-9;

  private CorrectnessGate() {}

  /**
   * One comparison of a contender's answer with the reference.
   *
   * @param task the task, {@code T1} to {@code T5}
   * @param contender the contender's name
   * @param groups the number of groups compared
   * @param mismatch the first difference found, or {@code null} if the answers agree
   */
  public record Check(
      String task,
      String contender,
      int groups,
      @org.jspecify.annotations.Nullable String mismatch) {

    /**
     * Tells whether the answers agree.
     *
     * @return true if they do
     */
    public boolean passed() {
      return mismatch == null;
    }

    @Override
    public String toString() {
      return String.format(
          "%-3s %-28s %5d group(s)  %s",
          task, contender, groups, passed() ? "OK" : "FAILED: " + mismatch);
    }
  }

  /**
   * Runs every contender on every task and compares.
   *
   * @param data the data
   * @param duckDbThreads DuckDB's threads
   * @return the checks, in order
   * @throws SQLException if DuckDB fails
   */
  public static List<Check> run(BenchmarkData data, int duckDbThreads) throws SQLException {
    List<Check> checks = new ArrayList<>();
    List<CallRecord> records = data.calls().records();
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try (DuckDbContender duck =
        DuckDbContender.load(data.calls(), data.surveys(), data.requests(), duckDbThreads)) {
      CallFigures t1 = SpsplusContender.t1Primitive(data.calls());
      checks.add(compare("T1", "spsplus objects", t1, SpsplusContender.t1Objects(records)));
      checks.add(
          compare(
              "T1",
              "spsplus primitive 2 threads",
              t1,
              SpsplusContender.t1Primitive2(data.calls(), worker)));
      checks.add(
          compare(
              "T1", "spsplus objects 2 threads", t1, SpsplusContender.t1Objects2(records, worker)));
      checks.add(compare("T1", "duckdb", t1, duck.t1()));
      checks.add(compare("T1", "streams", t1, StreamsContender.t1(records)));

      SortedMap<String, CallFigures> t2 = SpsplusContender.t2Primitive(data.calls());
      checks.add(
          compareMaps(
              "T2", "spsplus stateFor per call", t2, SpsplusContender.t2StateFor(data.calls())));
      checks.add(compareMaps("T2", "spsplus objects", t2, SpsplusContender.t2Objects(records)));
      checks.add(
          compareMaps(
              "T2",
              "spsplus primitive 2 threads",
              t2,
              SpsplusContender.t2Primitive2(data.calls(), worker)));
      checks.add(
          compareMaps(
              "T2", "spsplus objects 2 threads", t2, SpsplusContender.t2Objects2(records, worker)));
      checks.add(compareMaps("T2", "duckdb", t2, duck.t2()));
      checks.add(compareMaps("T2", "streams", t2, StreamsContender.t2(records)));

      SortedMap<String, CallFigures> t3 =
          SpsplusContender.t3(data.structures(), SpsplusContender.t3Input(data.calls()));
      checks.add(compareMaps("T3", "duckdb", t3, duck.t3()));
      checks.add(
          compareMaps(
              "T3",
              "streams",
              t3,
              StreamsContender.t3(data.structures(), StreamsContender.group(records))));

      Map<SurveyQuestion, SurveyFigures> t4 = SpsplusContender.t4Primitive(data.surveys());
      checks.add(
          compareSurveys(
              "spsplus objects", t4, SpsplusContender.t4Objects(data.surveys().answers())));
      checks.add(compareSurveys("duckdb", t4, duck.t4()));
      checks.add(compareSurveys("streams", t4, StreamsContender.t4(data.surveys().answers())));

      DelayFigures t5 = SpsplusContender.t5(data.requests().requests());
      checks.add(compareDelays("duckdb", t5, duck.t5()));
      checks.add(
          compareDelays(
              "streams",
              t5,
              StreamsContender.t5(data.requests().requests(), StreamsContender.holidays())));
    } finally {
      worker.shutdownNow();
    }
    return checks;
  }

  /**
   * Compares two call figures.
   *
   * @param task the task
   * @param contender the contender
   * @param expected the reference
   * @param actual the contender's
   * @return the check
   */
  public static Check compare(
      String task, String contender, CallFigures expected, CallFigures actual) {
    return new Check(task, contender, 1, callMismatch("", expected, actual));
  }

  /**
   * Compares two maps of call figures: same groups, same figures.
   *
   * @param task the task
   * @param contender the contender
   * @param expected the reference
   * @param actual the contender's
   * @return the check
   */
  public static Check compareMaps(
      String task,
      String contender,
      SortedMap<String, CallFigures> expected,
      SortedMap<String, CallFigures> actual) {
    if (!expected.keySet().equals(actual.keySet())) {
      TreeSet<String> missing = new TreeSet<>(expected.keySet());
      missing.removeAll(actual.keySet());
      TreeSet<String> extra = new TreeSet<>(actual.keySet());
      extra.removeAll(expected.keySet());
      return new Check(
          task,
          contender,
          expected.size(),
          "groups differ: "
              + missing.size()
              + " missing, "
              + extra.size()
              + " unexpected"
              + (missing.isEmpty() ? "" : " (first missing " + missing.first() + ")")
              + (extra.isEmpty() ? "" : " (first unexpected " + extra.first() + ")"));
    }
    for (Map.Entry<String, CallFigures> entry : expected.entrySet()) {
      String mismatch =
          callMismatch(entry.getKey() + ": ", entry.getValue(), actual.get(entry.getKey()));
      if (mismatch != null) {
        return new Check(task, contender, expected.size(), mismatch);
      }
    }
    return new Check(task, contender, expected.size(), null);
  }

  private static @org.jspecify.annotations.Nullable String callMismatch(
      String where, CallFigures e, CallFigures a) {
    String m =
        firstOf(
            exact("calls", e.calls(), a.calls()),
            exact("agent numerator", e.agentNumerator(), a.agentNumerator()),
            exact("agent denominator", e.agentDenominator(), a.agentDenominator()),
            exact("SL20 numerator", e.sl20Numerator(), a.sl20Numerator()),
            exact("SL20 denominator", e.sl20Denominator(), a.sl20Denominator()),
            exact("SL60 numerator", e.sl60Numerator(), a.sl60Numerator()),
            exact("SL60 denominator", e.sl60Denominator(), a.sl60Denominator()),
            exact("p90 seconds", e.p90Seconds(), a.p90Seconds()),
            close("agent rate", e.agentRate(), a.agentRate(), RATE_TOLERANCE),
            close("SL20 rate", e.sl20Rate(), a.sl20Rate(), RATE_TOLERANCE),
            close("SL60 rate", e.sl60Rate(), a.sl60Rate(), RATE_TOLERANCE));
    return m == null ? null : where + m;
  }

  /**
   * Compares the survey figures of every question.
   *
   * @param contender the contender
   * @param expected the reference
   * @param actual the contender's
   * @return the check
   */
  public static Check compareSurveys(
      String contender,
      Map<SurveyQuestion, SurveyFigures> expected,
      Map<SurveyQuestion, SurveyFigures> actual) {
    if (!expected.keySet().equals(actual.keySet())) {
      return new Check("T4", contender, expected.size(), "questions differ: " + actual.keySet());
    }
    for (Map.Entry<SurveyQuestion, SurveyFigures> entry : expected.entrySet()) {
      SurveyFigures e = entry.getValue();
      SurveyFigures a = actual.get(entry.getKey());
      String m =
          firstOf(
              exact("valid", e.valid(), a.valid()),
              exact("no opinion", e.noOpinion(), a.noOpinion()),
              exact("effective n", e.effectiveN(), a.effectiveN()),
              relative("Σw", e.sumOfWeights(), a.sumOfWeights()),
              relative("Σw satisfied", e.sumOfSuccessWeights(), a.sumOfSuccessWeights()),
              close("rate", e.rate(), a.rate(), WEIGHT_TOLERANCE),
              close("Wilson low", e.low(), a.low(), WEIGHT_TOLERANCE),
              close("Wilson high", e.high(), a.high(), WEIGHT_TOLERANCE));
      if (m != null) {
        return new Check("T4", contender, expected.size(), entry.getKey() + ": " + m);
      }
    }
    return new Check("T4", contender, expected.size(), null);
  }

  /**
   * Compares the delay figures.
   *
   * @param contender the contender
   * @param e the reference
   * @param a the contender's
   * @return the check
   */
  public static Check compareDelays(String contender, DelayFigures e, DelayFigures a) {
    return new Check(
        "T5",
        contender,
        1,
        firstOf(
            exact("closed", e.closed(), a.closed()),
            exact("on time", e.onTime(), a.onTime()),
            exact("closed before", e.closedBefore(), a.closedBefore()),
            exact("open at end", e.openAtEnd(), a.openAtEnd()),
            close("rate", e.rate(), a.rate(), RATE_TOLERANCE)));
  }

  private static @org.jspecify.annotations.Nullable String exact(String what, long e, long a) {
    return e == a ? null : what + " " + a + " instead of " + e;
  }

  private static @org.jspecify.annotations.Nullable String close(
      String what, double e, double a, double tolerance) {
    if (Double.isNaN(e) && Double.isNaN(a)) {
      return null;
    }
    return Math.abs(e - a) <= tolerance ? null : what + " " + a + " instead of " + e;
  }

  private static @org.jspecify.annotations.Nullable String relative(
      String what, double e, double a) {
    return Math.abs(e - a) <= WEIGHT_TOLERANCE * Math.max(1, Math.abs(e))
        ? null
        : what + " " + a + " instead of " + e;
  }

  @SafeVarargs
  private static <T> @org.jspecify.annotations.Nullable T firstOf(
      @org.jspecify.annotations.Nullable T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /**
   * Runs the gate on the data of the system properties ({@link BenchmarkData.Sizes}) and prints one
   * line per check.
   *
   * @param args optional: DuckDB's threads (default 2)
   * @throws SQLException if DuckDB fails
   */
  public static void main(String[] args) throws SQLException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int threads = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    long start = System.nanoTime();
    BenchmarkData data = BenchmarkData.shared();
    out.printf(
        "Correctness gate: %,d calls, %,d answers, %,d requests, %d sites, seed %d%n",
        data.sizes().calls(),
        data.sizes().answers(),
        data.sizes().requests(),
        data.sizes().sites(),
        data.sizes().seed());
    List<Check> checks = run(data, threads);
    checks.forEach(out::println);
    long failed = checks.stream().filter(c -> !c.passed()).count();
    out.printf(
        "Gate: %d checks agree, %d disagree (%.1f s)%n",
        checks.size() - failed, failed, (System.nanoTime() - start) / 1e9);
    Objects.requireNonNull(out).flush();
    if (failed > 0) {
      System.exit(1);
    }
  }
}
