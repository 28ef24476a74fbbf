package fr.spsplus.examples.cli.demo;

import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.structure.StructureDirectory;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.examples.cli.input.OnlineProcedureAnswer;
import fr.spsplus.indicators.Accumulator;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallMeasurements;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.indicators.grouping.GroupedAccumulator;
import fr.spsplus.indicators.grouping.Grouping;
import fr.spsplus.indicators.level.StandardLevels;
import fr.spsplus.indicators.online.OnlineAccumulator;
import fr.spsplus.indicators.online.OnlinePolicy;
import fr.spsplus.indicators.request.DelayAccumulator;
import fr.spsplus.indicators.request.DelayPolicy;
import fr.spsplus.indicators.rollup.RollUp;
import fr.spsplus.indicators.rollup.TargetShare;
import fr.spsplus.indicators.survey.PerceptionAccumulator;
import fr.spsplus.indicators.survey.PerceptionPolicy;
import fr.spsplus.testkit.opendata.OpenDataFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Step 1 of the demonstration: the nine indicators of the 2025 common dashboard for each structure
 * over the quarter, and for their regional direction by roll-up, computed by the calculators of
 * {@code spsplus-indicators} under their default policies (the same as the indicator commands', so
 * that {@code spsplus pickup-rate calls.csv --by quarter} finds the same figures).
 *
 * <p>Calls, answers and online ratings are grouped by structure × quarter with {@link
 * GroupedAccumulator}; requests go to one {@link DelayAccumulator} per structure, whose cohort is
 * the requests closed in the quarter. The direction's figures come from {@link RollUp}: the states
 * of its structures are merged (counts added), never their rates averaged.
 *
 * @param structures the results of each structure, in the demonstration's order
 * @param network the results of the regional direction, over its four structures
 * @param pickUpTarget which structures reach the national pick-up target (85 % by an agent)
 */
record Dashboard(List<Results> structures, Results network, TargetShare pickUpTarget) {

  Dashboard {
    structures = List.copyOf(structures);
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(pickUpTarget, "pickUpTarget");
  }

  /**
   * The results of one structure (or of the direction) over the quarter.
   *
   * @param structure the structure
   * @param nine the nine dashboard indicators, in dashboard order (1 to 9)
   * @param calls the telephone indicators, the pick-up rate's companions included
   * @param callCount the number of calls received, out-of-hours ones included
   * @param answeredCalls the number of calls answered by an agent
   * @param postCallResponses the number of answers to the post-call survey
   */
  record Results(
      Structure structure,
      List<Measurement> nine,
      CallMeasurements calls,
      long callCount,
      long answeredCalls,
      long postCallResponses) {

    Results {
      Objects.requireNonNull(structure, "structure");
      nine = List.copyOf(nine);
      Objects.requireNonNull(calls, "calls");
    }

    /**
     * Returns the result of one dashboard indicator.
     *
     * @param indicator a dashboard indicator
     * @return its measurement
     */
    Measurement indicator(IndicatorCode indicator) {
      return nine.stream()
          .filter(m -> m.indicator() == indicator)
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException(indicator + " is not on the dashboard"));
    }
  }

  /**
   * Computes the dashboard of the demonstration's data.
   *
   * @param data the data
   * @return the dashboard
   */
  static Dashboard compute(DemoData data) {
    ReportingPeriod quarter = DemoData.QUARTER;
    Grouping grouping = Grouping.by(Granularity.QUARTER);
    CallPolicy callPolicy = CallPolicy.defaults();
    GroupedAccumulator<CallRecord, CallAccumulator> calls =
        CallAccumulator.grouped(grouping, callPolicy);
    data.calls().forEach(calls::accept);
    PerceptionPolicy perceptionPolicy = PerceptionPolicy.defaults();
    GroupedAccumulator<SurveyAnswer, PerceptionAccumulator> answers =
        GroupedAccumulator.of(
            grouping,
            () -> PerceptionAccumulator.of(perceptionPolicy),
            SurveyAnswer::structure,
            SurveyAnswer::answeredAt,
            PerceptionAccumulator::accept);
    data.answers().forEach(answers::accept);
    OnlinePolicy onlinePolicy = OnlinePolicy.defaults();
    GroupedAccumulator<OnlineProcedureAnswer, OnlineAccumulator> online =
        GroupedAccumulator.of(
            grouping,
            () -> OnlineAccumulator.of(onlinePolicy),
            OnlineProcedureAnswer::structure,
            OnlineProcedureAnswer::answeredAt,
            (state, answer) -> state.accept(answer.procedure(), answer.answer()));
    data.onlineAnswers().forEach(online::accept);
    DelayPolicy delayPolicy = DelayPolicy.defaults();
    TreeMap<StructureCode, DelayAccumulator> delays = new TreeMap<>();
    for (ProcessedRequest request : data.requests()) {
      delays
          .computeIfAbsent(request.structure(), code -> DelayAccumulator.of(quarter, delayPolicy))
          .accept(request);
    }

    States own =
        new States(
            calls.statesAt(quarter), answers.statesAt(quarter), delays, online.statesAt(quarter));
    List<Results> results = new ArrayList<>();
    for (Structure structure : data.structures()) {
      results.add(own.results(structure, quarter));
    }

    StructureDirectory directory = StructureDirectory.of(OpenDataFixtures.structures());
    RollUp<CallAccumulator> callTree =
        RollUp.of(directory, own.calls(), () -> CallAccumulator.of(callPolicy));
    StructureCode head = data.network().code();
    States network =
        new States(
            Map.of(
                head, subtree(directory, own.calls(), () -> CallAccumulator.of(callPolicy), head)),
            Map.of(
                head,
                subtree(
                    directory,
                    own.answers(),
                    () -> PerceptionAccumulator.of(perceptionPolicy),
                    head)),
            Map.of(
                head,
                subtree(directory, delays, () -> DelayAccumulator.of(quarter, delayPolicy), head)),
            Map.of(
                head,
                subtree(directory, own.online(), () -> OnlineAccumulator.of(onlinePolicy), head)));
    TargetShare share =
        callTree
            .shareReachingUnder(
                head,
                StandardLevels.pickUpRateTarget(),
                (code, state) -> state.result(code, quarter).agentPickUpRate())
            .orElseThrow();
    return new Dashboard(results, network.results(data.network(), quarter), share);
  }

  private static <A extends Accumulator<A>> A subtree(
      StructureDirectory directory,
      Map<StructureCode, A> states,
      Supplier<A> factory,
      StructureCode head) {
    return RollUp.of(directory, states, factory).subtree(head).orElseThrow();
  }

  /** The states of each structure: calls, answers, requests and online ratings. */
  private record States(
      Map<StructureCode, CallAccumulator> calls,
      Map<StructureCode, PerceptionAccumulator> answers,
      Map<StructureCode, DelayAccumulator> delays,
      Map<StructureCode, OnlineAccumulator> online) {

    Results results(Structure structure, ReportingPeriod quarter) {
      StructureCode code = structure.code();
      CallAccumulator call = required(calls, code);
      PerceptionAccumulator perception = required(answers, code);
      long answered = call.countOf(CallOutcome.ANSWERED_AGENT);
      CallMeasurements telephone = call.result(code, quarter);
      List<Measurement> nine = new ArrayList<>();
      for (IndicatorCode indicator : IndicatorCode.dashboard()) {
        nine.add(
            switch (indicator) {
              case TAUX_DECROCHE_AGENT -> telephone.agentPickUpRate();
              case SATISFACTION_TELEPHONE ->
                  perception.telephone(quarter, answered).satisfaction().forStructure(code);
              case RESPECT_DELAI -> required(delays, code).measure().forStructure(code);
              case QUALITE_DEMARCHES_EN_LIGNE -> required(online, code).measure(code, quarter);
              default -> perception.measure(question(indicator), quarter).forStructure(code);
            });
      }
      return new Results(
          structure,
          nine,
          telephone,
          call.count(),
          answered,
          perception.answers(SurveyQuestion.TELEPHONE).count());
    }

    private static <A> A required(Map<StructureCode, A> states, StructureCode code) {
      A state = states.get(code);
      if (state == null) {
        throw new IllegalStateException("no observation of " + code.value());
      }
      return state;
    }

    private static SurveyQuestion question(IndicatorCode indicator) {
      for (SurveyQuestion question : SurveyQuestion.values()) {
        if (question.indicator() == indicator) {
          return question;
        }
      }
      throw new IllegalArgumentException(indicator + " is not a survey indicator");
    }
  }
}
