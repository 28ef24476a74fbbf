package fr.spsplus.benchmarks.jmh;

import fr.spsplus.benchmarks.contenders.SpsplusContender;
import fr.spsplus.benchmarks.contenders.StreamsContender;
import fr.spsplus.benchmarks.contenders.SurveyFigures;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.SurveyQuestion;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
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
 * T4: the five perception indicators (satisfaction globale, délais, accessibilité, effort,
 * relation) over 1 million weighted answers: weighted top-box share with its Wilson 95 % interval
 * at the Kish effective size.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(
    value = 2,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch"})
public class T4SurveyBenchmark {

  /** The answers as objects. */
  @State(Scope.Benchmark)
  public static class Answers {
    /** The answers. */
    public List<SurveyAnswer> answers;

    /**
     * Builds the objects.
     *
     * @param data the data
     */
    @Setup(Level.Trial)
    public void setUp(DataStates.Data data) {
      answers = data.data.surveys().answers();
    }
  }

  /**
   * spsplus, primitive path: {@code SurveyAccumulator.accept(point, weight)} per answer.
   *
   * @param data the data
   * @return the figures
   */
  @Benchmark
  public Map<SurveyQuestion, SurveyFigures> spsplusPrimitive(DataStates.Data data) {
    return SpsplusContender.t4Primitive(data.data.surveys());
  }

  /**
   * spsplus, object path: {@code PerceptionAccumulator.accept(SurveyAnswer)}.
   *
   * @param answers the answers
   * @return the figures
   */
  @Benchmark
  public Map<SurveyQuestion, SurveyFigures> spsplusObjects(Answers answers) {
    return SpsplusContender.t4Objects(answers.answers);
  }

  /**
   * DuckDB: one grouped query for the sums, Wilson from them.
   *
   * @param duck the loaded database
   * @return the figures
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public Map<SurveyQuestion, SurveyFigures> duckdb(DataStates.Duck duck) throws SQLException {
    return duck.duck.t4();
  }

  /**
   * Plain Java streams over the answer objects.
   *
   * @param answers the answers
   * @return the figures
   */
  @Benchmark
  public Map<SurveyQuestion, SurveyFigures> streams(Answers answers) {
    return StreamsContender.t4(answers.answers);
  }
}
