package fr.spsplus.benchmarks.contenders;

import fr.spsplus.benchmarks.data.CallData;
import fr.spsplus.benchmarks.data.Structures;
import fr.spsplus.benchmarks.data.SurveyData;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallMeasurements;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.indicators.grouping.GroupedAccumulator;
import fr.spsplus.indicators.grouping.Grouping;
import fr.spsplus.indicators.request.DelayAccumulator;
import fr.spsplus.indicators.request.DelayPolicy;
import fr.spsplus.indicators.request.RequestExclusion;
import fr.spsplus.indicators.rollup.RollUp;
import fr.spsplus.indicators.stats.PublicationPolicy;
import fr.spsplus.indicators.survey.PerceptionAccumulator;
import fr.spsplus.indicators.survey.PerceptionPolicy;
import fr.spsplus.indicators.survey.SurveyAccumulator;
import fr.spsplus.indicators.survey.SurveyPolicy;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The spsplus contender: the library's public API, used as its README shows. Every task returns the
 * figures read from the library's own {@link Measurement}s.
 *
 * <p>Two input paths: the <b>primitive path</b> feeds columns ({@link
 * CallAccumulator#acceptAll(byte[], int[], int, int)}, {@link CallAccumulator#acceptColumns} (and,
 * one call at a time, {@link GroupedAccumulator#stateFor(StructureCode, long)} with {@link
 * CallAccumulator#acceptOrdinal(int, int)}), {@link SurveyAccumulator#accept(int, double)}); the
 * <b>object path</b> feeds records ({@link CallAccumulator#accept(CallRecord)}, {@link
 * GroupedAccumulator#accept(Object)}, {@link PerceptionAccumulator#accept(SurveyAnswer)}). The
 * two-thread variants split the input in two halves, accumulate each on its own thread (the
 * caller's and one worker) and {@linkplain CallAccumulator#combine combine} the states: the
 * library's merge contract at work.
 */
public final class SpsplusContender {

  /** The policy of every call task: the library's defaults. */
  public static final CallPolicy POLICY = CallPolicy.defaults();

  /**
   * The estimation of every task: the library's defaults (Wilson 95 %), except that every value is
   * shown from one observation on, so that small groups of the test data compare too (the
   * publication thresholds change what is shown, not what is computed).
   */
  public static final Estimation ESTIMATION =
      Estimation.defaults().withPublication(PublicationPolicy.of(1, 1));

  /** The month grouping of T2 (Europe/Paris). */
  public static final Grouping MONTHS = Grouping.by(Granularity.MONTH);

  private SpsplusContender() {}

  // ----------------------------------------------------------------------------------------- T1

  /**
   * T1 on the primitive path, one thread: a columnar batch, then the indicators.
   *
   * @param data the calls
   * @return the figures
   */
  public static CallFigures t1Primitive(CallData data) {
    return figures(accumulatePrimitive(data, 0, data.size()), null, CallData.QUARTER);
  }

  /**
   * Accumulates a range of the columns (the hot loop measured by T1 and by the allocation
   * benchmark).
   *
   * @param data the calls
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the state
   */
  public static CallAccumulator accumulatePrimitive(CallData data, int from, int to) {
    CallAccumulator calls = CallAccumulator.of(POLICY);
    calls.acceptAll(data.outcomes(), data.waits(), from, to);
    return calls;
  }

  /**
   * T1 on the primitive path, two threads: each half on its own thread, states combined.
   *
   * @param data the calls
   * @param worker a single-thread executor (the second thread; the caller is the first)
   * @return the figures
   */
  public static CallFigures t1Primitive2(CallData data, ExecutorService worker) {
    int half = data.size() / 2;
    CallAccumulator merged =
        inTwo(
                worker,
                () -> accumulatePrimitive(data, 0, half),
                () -> accumulatePrimitive(data, half, data.size()))
            .combine();
    return figures(merged, null, CallData.QUARTER);
  }

  /**
   * T1 on the object path, one thread.
   *
   * @param calls the records
   * @return the figures
   */
  public static CallFigures t1Objects(List<CallRecord> calls) {
    return figures(accumulateObjects(calls, 0, calls.size()), null, CallData.QUARTER);
  }

  /**
   * T1 on the object path, two threads.
   *
   * @param calls the records
   * @param worker a single-thread executor
   * @return the figures
   */
  public static CallFigures t1Objects2(List<CallRecord> calls, ExecutorService worker) {
    int half = calls.size() / 2;
    CallAccumulator merged =
        inTwo(
                worker,
                () -> accumulateObjects(calls, 0, half),
                () -> accumulateObjects(calls, half, calls.size()))
            .combine();
    return figures(merged, null, CallData.QUARTER);
  }

  private static CallAccumulator accumulateObjects(List<CallRecord> calls, int from, int to) {
    CallAccumulator state = CallAccumulator.of(POLICY);
    for (int i = from; i < to; i++) {
      state.accept(calls.get(i));
    }
    return state;
  }

  // ----------------------------------------------------------------------------------------- T2

  /**
   * T2 on the primitive path, one thread: the columns through {@link
   * CallAccumulator#acceptColumns}, then every group's indicators.
   *
   * @param data the calls
   * @return the figures by {@code structure/month}
   */
  public static SortedMap<String, CallFigures> t2Primitive(CallData data) {
    return groupFigures(groupPrimitive(data, 0, data.size()));
  }

  /**
   * Groups a range of the columns by structure × month with the library's columnar path, {@link
   * CallAccumulator#acceptColumns}: rows sorted by group a chunk at a time, each group's run
   * counted at once.
   *
   * @param data the calls
   * @param from first index, inclusive
   * @param to last index, exclusive
   * @return the grouped states
   */
  public static GroupedAccumulator<CallRecord, CallAccumulator> groupPrimitive(
      CallData data, int from, int to) {
    GroupedAccumulator<CallRecord, CallAccumulator> grouped =
        CallAccumulator.grouped(MONTHS, POLICY);
    CallAccumulator.acceptColumns(
        grouped,
        data.structures().sites(),
        data.sites(),
        data.arrivals(),
        data.outcomes(),
        data.waits(),
        from,
        to);
    return grouped;
  }

  /**
   * T2 on the primitive path one call at a time: {@code stateFor(structure, epochSecond)} then
   * {@code acceptOrdinal} per call (the path of a system that receives calls one by one).
   *
   * @param data the calls
   * @return the figures by {@code structure/month}
   */
  public static SortedMap<String, CallFigures> t2StateFor(CallData data) {
    GroupedAccumulator<CallRecord, CallAccumulator> grouped =
        CallAccumulator.grouped(MONTHS, POLICY);
    StructureCode[] codes = data.structures().sites();
    byte[] outcomes = data.outcomes();
    int[] waits = data.waits();
    int[] sites = data.sites();
    long[] arrivals = data.arrivals();
    for (int i = 0; i < outcomes.length; i++) {
      grouped.stateFor(codes[sites[i]], arrivals[i]).acceptOrdinal(outcomes[i], waits[i]);
    }
    return groupFigures(grouped);
  }

  /**
   * T2 on the primitive path, two threads.
   *
   * @param data the calls
   * @param worker a single-thread executor
   * @return the figures by {@code structure/month}
   */
  public static SortedMap<String, CallFigures> t2Primitive2(CallData data, ExecutorService worker) {
    int half = data.size() / 2;
    return groupFigures(
        inTwo(
                worker,
                () -> groupPrimitive(data, 0, half),
                () -> groupPrimitive(data, half, data.size()))
            .combine());
  }

  /**
   * T2 on the object path, one thread: {@code grouped.accept(record)}.
   *
   * @param calls the records
   * @return the figures by {@code structure/month}
   */
  public static SortedMap<String, CallFigures> t2Objects(List<CallRecord> calls) {
    return groupFigures(groupObjects(calls, 0, calls.size()));
  }

  /**
   * T2 on the object path, two threads.
   *
   * @param calls the records
   * @param worker a single-thread executor
   * @return the figures by {@code structure/month}
   */
  public static SortedMap<String, CallFigures> t2Objects2(
      List<CallRecord> calls, ExecutorService worker) {
    int half = calls.size() / 2;
    return groupFigures(
        inTwo(
                worker,
                () -> groupObjects(calls, 0, half),
                () -> groupObjects(calls, half, calls.size()))
            .combine());
  }

  private static GroupedAccumulator<CallRecord, CallAccumulator> groupObjects(
      List<CallRecord> calls, int from, int to) {
    GroupedAccumulator<CallRecord, CallAccumulator> grouped =
        CallAccumulator.grouped(MONTHS, POLICY);
    for (int i = from; i < to; i++) {
      grouped.accept(calls.get(i));
    }
    return grouped;
  }

  private static SortedMap<String, CallFigures> groupFigures(
      GroupedAccumulator<CallRecord, CallAccumulator> grouped) {
    TreeMap<String, CallFigures> figures = new TreeMap<>();
    grouped.results(
        (structure, period, state) ->
            figures.put(key(structure.value(), period), figures(state, structure, period)));
    return figures;
  }

  // ----------------------------------------------------------------------------------------- T3

  /**
   * Prepares the input of T3 (not timed): the per-structure states of each month.
   *
   * @param data the calls
   * @return for each month of the quarter, the state of each site
   */
  public static List<SortedMap<StructureCode, CallAccumulator>> t3Input(CallData data) {
    GroupedAccumulator<CallRecord, CallAccumulator> grouped = groupPrimitive(data, 0, data.size());
    List<SortedMap<StructureCode, CallAccumulator>> months = new ArrayList<>();
    for (ReportingPeriod month : months()) {
      months.add(grouped.statesAt(month));
    }
    return months;
  }

  /**
   * T3: merges the per-structure states of each month up the structure tree ({@link RollUp}) and
   * computes the indicators of every network head and of the nation.
   *
   * @param structures the structures (directory and heads)
   * @param input for each month, the state of each site ({@link #t3Input})
   * @return the figures by {@code network/month} and {@code national/month}
   */
  public static SortedMap<String, CallFigures> t3(
      Structures structures, List<SortedMap<StructureCode, CallAccumulator>> input) {
    TreeMap<String, CallFigures> figures = new TreeMap<>();
    List<ReportingPeriod> months = months();
    for (int m = 0; m < months.size(); m++) {
      ReportingPeriod month = months.get(m);
      RollUp<CallAccumulator> rollUp =
          RollUp.of(structures.directory(), input.get(m), () -> CallAccumulator.of(POLICY));
      for (int n = 0; n < Structures.NETWORKS.size(); n++) {
        StructureCode head = structures.head(n);
        CallAccumulator network = rollUp.subtree(head).orElseThrow();
        figures.put(key(Structures.NETWORKS.get(n), month), figures(network, head, month));
      }
      figures.put(key("national", month), figures(rollUp.national(), null, month));
    }
    return figures;
  }

  /**
   * Returns the three months of the quarter.
   *
   * @return the months, in order
   */
  public static List<ReportingPeriod> months() {
    List<ReportingPeriod> months = new ArrayList<>();
    YearMonth first = YearMonth.from(CallData.QUARTER.start());
    for (int m = 0; m < 3; m++) {
      months.add(ReportingPeriod.ofMonth(first.plusMonths(m)));
    }
    return months;
  }

  /**
   * The key of a group in every contender's map.
   *
   * @param group the structure code, network name or {@code national}
   * @param month the month
   * @return {@code group/yyyy-MM}
   */
  public static String key(String group, ReportingPeriod month) {
    return group + "/" + month.code();
  }

  private static CallFigures figures(
      CallAccumulator state, @Nullable StructureCode structure, ReportingPeriod period) {
    CallMeasurements m = state.result(structure, period, ESTIMATION);
    Measurement agent = m.agentPickUpRate();
    Measurement sl20 = m.serviceLevel(20).orElseThrow();
    Measurement sl60 = m.serviceLevel(60).orElseThrow();
    Double p90 = m.p90Wait().value();
    return new CallFigures(
        state.count(),
        (long) agent.numerator(),
        (long) agent.denominator(),
        valueOf(agent),
        (long) sl20.numerator(),
        (long) sl20.denominator(),
        valueOf(sl20),
        (long) sl60.numerator(),
        (long) sl60.denominator(),
        valueOf(sl60),
        p90 == null ? -1 : p90.longValue());
  }

  private static double valueOf(Measurement measurement) {
    Double value = measurement.value();
    return value == null ? Double.NaN : value;
  }

  // ----------------------------------------------------------------------------------------- T4

  /** The policy of T4: the defaults, weighted, with {@link #ESTIMATION}. */
  public static final PerceptionPolicy PERCEPTION =
      PerceptionPolicy.defaults().withWeights(true).withEstimation(ESTIMATION);

  /**
   * T4 on the primitive path: one {@link SurveyAccumulator} per question fed with {@code
   * accept(point, weight)}, then the weighted top-box measurement of each.
   *
   * @param data the answers
   * @return the figures by question
   */
  public static Map<SurveyQuestion, SurveyFigures> t4Primitive(SurveyData data) {
    SurveyQuestion[] questions = SurveyQuestion.values();
    SurveyAccumulator[] accumulators = new SurveyAccumulator[questions.length];
    for (SurveyQuestion question : questions) {
      accumulators[question.ordinal()] =
          SurveyAccumulator.of(question, PERCEPTION.policy(question).scale());
    }
    byte[] q = data.questions();
    byte[] points = data.points();
    double[] weights = data.weights();
    for (int i = 0; i < q.length; i++) {
      accumulators[q[i]].accept(points[i], weights[i]);
    }
    EnumMap<SurveyQuestion, SurveyFigures> figures = new EnumMap<>(SurveyQuestion.class);
    for (SurveyQuestion question : SurveyData.QUESTIONS) {
      SurveyAccumulator answers = accumulators[question.ordinal()];
      SurveyPolicy policy = PERCEPTION.policy(question);
      figures.put(
          question,
          surveyFigures(
              answers, policy.topBox(answers, question.indicator(), null, CallData.QUARTER)));
    }
    return figures;
  }

  /**
   * T4 on the object path: a {@link PerceptionAccumulator} fed with the answers, then its
   * measurements.
   *
   * @param answers the answers
   * @return the figures by question
   */
  public static Map<SurveyQuestion, SurveyFigures> t4Objects(List<SurveyAnswer> answers) {
    PerceptionAccumulator perception = PerceptionAccumulator.of(PERCEPTION);
    for (int i = 0; i < answers.size(); i++) {
      perception.accept(answers.get(i));
    }
    EnumMap<SurveyQuestion, SurveyFigures> figures = new EnumMap<>(SurveyQuestion.class);
    for (SurveyQuestion question : SurveyData.QUESTIONS) {
      figures.put(
          question,
          surveyFigures(
              perception.answers(question), perception.measure(question, CallData.QUARTER)));
    }
    return figures;
  }

  private static SurveyFigures surveyFigures(SurveyAccumulator answers, Measurement measurement) {
    var interval = measurement.interval();
    Double value = measurement.value();
    return new SurveyFigures(
        answers.validCount(),
        answers.noOpinionCount(),
        measurement.denominator(),
        measurement.numerator(),
        measurement.n(),
        value == null ? Double.NaN : value,
        interval == null ? Double.NaN : interval.low(),
        interval == null ? Double.NaN : interval.high());
  }

  // ----------------------------------------------------------------------------------------- T5

  /**
   * T5: a {@link DelayAccumulator} over the quarter fed with the requests, then its measurement.
   *
   * @param requests the requests
   * @return the figures
   */
  public static DelayFigures t5(List<ProcessedRequest> requests) {
    DelayAccumulator delays =
        DelayAccumulator.of(CallData.QUARTER, DelayPolicy.defaults().withEstimation(ESTIMATION));
    for (int i = 0; i < requests.size(); i++) {
      delays.accept(requests.get(i));
    }
    Measurement respect = delays.measure();
    Map<RequestExclusion, Long> excluded = delays.excluded();
    Double value = respect.value();
    return new DelayFigures(
        delays.closedInPeriod(),
        delays.closedOnTime(),
        value == null ? Double.NaN : value,
        excluded.get(RequestExclusion.CLOSED_BEFORE_PERIOD),
        excluded.get(RequestExclusion.OPEN_AT_PERIOD_END));
  }

  // ------------------------------------------------------------------------------------ threads

  /** Two results computed in parallel, to be combined. */
  private record Pair<A extends fr.spsplus.indicators.Accumulator<A>>(A first, A second) {
    A combine() {
      return first.combine(second);
    }
  }

  private static <A extends fr.spsplus.indicators.Accumulator<A>> Pair<A> inTwo(
      ExecutorService worker,
      java.util.function.Supplier<A> first,
      java.util.function.Supplier<A> second) {
    Future<A> other = worker.submit(second::get);
    A mine = first.get();
    try {
      return new Pair<>(mine, other.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }
}
