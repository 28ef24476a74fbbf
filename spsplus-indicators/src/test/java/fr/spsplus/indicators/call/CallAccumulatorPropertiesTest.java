package fr.spsplus.indicators.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.arbitraries.CallArbitraries;
import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Measurement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

class CallAccumulatorPropertiesTest {

  private static final StructureCode SITE = StructureCode.of("site-1");
  private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

  /** A call as a system holding calls in arrays sees it. */
  record Call(CallOutcome outcome, int waitSeconds) {}

  @Provide
  static Arbitrary<Call> calls() {
    Arbitrary<CallOutcome> outcomes =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.just(CallOutcome.ANSWERED_AGENT)),
            Tuple.of(3, Arbitraries.just(CallOutcome.ABANDONED_QUEUE)),
            Tuple.of(3, CallArbitraries.outcomes()));
    Arbitrary<Integer> waits =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.integers().between(0, 70)),
            Tuple.of(2, CallArbitraries.waitSeconds()));
    return Combinators.combine(outcomes, waits).as(Call::new);
  }

  @Provide
  static Arbitrary<List<Call>> callLists() {
    return calls().list().ofMaxSize(150);
  }

  @Provide
  static Arbitrary<CallPolicy> policies() {
    Arbitrary<List<Integer>> thresholds = Arbitraries.of(0, 5, 10, 20, 30, 60).list().ofMaxSize(4);
    return Combinators.combine(
            Arbitraries.integers().between(0, 10),
            thresholds,
            Arbitraries.of(60, 600, 3_600),
            Arbitraries.of(OutcomeTreatment.UNANSWERED, OutcomeTreatment.EXCLUDED),
            Arbitraries.of(OutcomeTreatment.class),
            Arbitraries.of(OutcomeTreatment.class),
            Arbitraries.of(OutcomeTreatment.EXCLUDED, OutcomeTreatment.UNANSWERED),
            Arbitraries.of(ServiceLevelAbandons.class))
        .as(CallPolicy::new);
  }

  static CallAccumulator accumulate(CallPolicy policy, List<Call> calls) {
    CallAccumulator accumulator = CallAccumulator.of(policy);
    calls.forEach(call -> accumulator.accept(call.outcome(), call.waitSeconds()));
    return accumulator;
  }

  static List<Measurement> results(CallAccumulator calls) {
    return calls.result(SITE, MARCH, CallAccumulatorGoldenTest.SHOW_ALL).all();
  }

  @Property
  void everyRateLiesInTheUnitIntervalAndExclusionsReconcile(
      @ForAll("policies") CallPolicy policy, @ForAll("callLists") List<Call> calls) {
    CallAccumulator accumulator = accumulate(policy, calls);
    for (Measurement m : results(accumulator)) {
      boolean wait =
          m.indicator() == IndicatorCode.ATTENTE_MOYENNE
              || m.indicator() == IndicatorCode.ATTENTE_P50
              || m.indicator() == IndicatorCode.ATTENTE_P90;
      if (wait) {
        assertThat(m.n() + m.excludedTotal()).isEqualTo(calls.size());
      } else {
        assertThat((long) m.denominator() + m.excludedTotal()).isEqualTo(calls.size());
        assertThat(m.numerator()).isBetween(0.0, m.denominator());
        if (m.value() != null) {
          assertThat(m.value()).isBetween(0.0, 1.0);
        } else {
          assertThat(m.denominator()).isZero();
        }
      }
    }
  }

  @Property
  void ratesMatchADirectCountOfTheCalls(
      @ForAll("policies") CallPolicy policy, @ForAll("callLists") List<Call> calls) {
    long agentNum = 0;
    long agentDen = 0;
    long globalNum = 0;
    long globalDen = 0;
    long answered = 0;
    long abandons = 0;
    for (Call call : calls) {
      boolean shortAbandon =
          call.outcome() == CallOutcome.ABANDONED_QUEUE
              && call.waitSeconds() < policy.shortAbandonSeconds();
      if (shortAbandon) {
        continue;
      }
      OutcomeTreatment treatment =
          switch (call.outcome()) {
            case ANSWERED_AGENT -> OutcomeTreatment.ANSWERED;
            case ABANDONED_QUEUE -> OutcomeTreatment.UNANSWERED;
            case ABANDONED_IVR, RESOLVED_IVR -> OutcomeTreatment.EXCLUDED;
            case BLOCKED_OVERFLOW -> policy.overflow();
            case OUT_OF_HOURS -> policy.outOfHours();
            case CALLBACK_SCHEDULED -> policy.callbacks();
            case TRANSFERRED_OUT -> policy.transfers();
          };
      agentNum += treatment == OutcomeTreatment.ANSWERED ? 1 : 0;
      agentDen += treatment == OutcomeTreatment.EXCLUDED ? 0 : 1;
      boolean resolved = call.outcome() == CallOutcome.RESOLVED_IVR;
      boolean ivr = resolved || call.outcome() == CallOutcome.ABANDONED_IVR;
      globalNum += treatment == OutcomeTreatment.ANSWERED || resolved ? 1 : 0;
      globalDen += treatment != OutcomeTreatment.EXCLUDED || ivr ? 1 : 0;
      answered += call.outcome() == CallOutcome.ANSWERED_AGENT ? 1 : 0;
      abandons += call.outcome() == CallOutcome.ABANDONED_QUEUE ? 1 : 0;
    }
    CallMeasurements m =
        accumulate(policy, calls).result(SITE, MARCH, CallAccumulatorGoldenTest.SHOW_ALL);
    assertThat(m.agentPickUpRate().numerator()).isEqualTo(agentNum);
    assertThat(m.agentPickUpRate().denominator()).isEqualTo(agentDen);
    assertThat(m.globalPickUpRate().numerator()).isEqualTo(globalNum);
    assertThat(m.globalPickUpRate().denominator()).isEqualTo(globalDen);
    assertThat(m.abandonRate().numerator()).isEqualTo(abandons);
    assertThat(m.abandonRate().denominator()).isEqualTo(answered + abandons);
    for (int threshold : policy.serviceLevelThresholdsSeconds()) {
      long answeredWithin = 0;
      long abandonsWithin = 0;
      for (Call call : calls) {
        boolean within = call.waitSeconds() <= threshold;
        if (call.outcome() == CallOutcome.ANSWERED_AGENT && within) {
          answeredWithin++;
        }
        if (call.outcome() == CallOutcome.ABANDONED_QUEUE
            && call.waitSeconds() >= policy.shortAbandonSeconds()
            && within) {
          abandonsWithin++;
        }
      }
      long numerator =
          answeredWithin
              + (policy.serviceLevelAbandons() == ServiceLevelAbandons.MET ? abandonsWithin : 0);
      long denominator =
          answered
              + abandons
              - (policy.serviceLevelAbandons() == ServiceLevelAbandons.IGNORED
                  ? abandonsWithin
                  : 0);
      Measurement level = m.serviceLevel(threshold).orElseThrow();
      assertThat(level.numerator()).as("SL %d numerator", threshold).isEqualTo(numerator);
      assertThat(level.denominator()).as("SL %d denominator", threshold).isEqualTo(denominator);
    }
  }

  @Property
  void oneMoreAnsweredCallNeverLowersTheAgentPickUpRate(
      @ForAll("policies") CallPolicy policy,
      @ForAll("callLists") List<Call> calls,
      @ForAll @IntRange(min = 0, max = 5_000) int wait) {
    CallAccumulator accumulator = accumulate(policy, calls);
    Double before =
        accumulator
            .result(SITE, MARCH, CallAccumulatorGoldenTest.SHOW_ALL)
            .agentPickUpRate()
            .value();
    accumulator.accept(CallOutcome.ANSWERED_AGENT, wait);
    Double after =
        accumulator
            .result(SITE, MARCH, CallAccumulatorGoldenTest.SHOW_ALL)
            .agentPickUpRate()
            .value();
    assertThat(after).isNotNull();
    if (before != null) {
      assertThat(after).isGreaterThanOrEqualTo(before);
    }
  }

  @Property
  void splittingAnywhereAndCombiningEqualsAllAtOnce(
      @ForAll("policies") CallPolicy policy,
      @ForAll("callLists") List<Call> calls,
      @ForAll @IntRange(min = 0, max = 150) int cut) {
    int k = Math.min(cut, calls.size());
    CallAccumulator left = accumulate(policy, calls.subList(0, k));
    CallAccumulator right = accumulate(policy, calls.subList(k, calls.size()));
    assertThat(results(left.combine(right))).isEqualTo(results(accumulate(policy, calls)));
  }

  @Property
  void combiningIsAssociativeCommutativeWithTheEmptyStateAsIdentity(
      @ForAll("policies") CallPolicy policy,
      @ForAll("callLists") List<Call> a,
      @ForAll("callLists") List<Call> b,
      @ForAll("callLists") List<Call> c) {
    List<Measurement> leftFirst =
        results(
            accumulate(policy, a).combine(accumulate(policy, b)).combine(accumulate(policy, c)));
    List<Measurement> rightFirst =
        results(
            accumulate(policy, a).combine(accumulate(policy, b).combine(accumulate(policy, c))));
    assertThat(leftFirst).isEqualTo(rightFirst);
    assertThat(results(accumulate(policy, a).combine(accumulate(policy, b))))
        .isEqualTo(results(accumulate(policy, b).combine(accumulate(policy, a))));
    List<Measurement> alone = results(accumulate(policy, a));
    assertThat(results(accumulate(policy, a).combine(CallAccumulator.of(policy)))).isEqualTo(alone);
    assertThat(results(CallAccumulator.of(policy).combine(accumulate(policy, a)))).isEqualTo(alone);
    assertThat(results(accumulate(policy, a).copy())).isEqualTo(alone);
  }

  @Property
  void everyInputPathGivesTheSameResults(
      @ForAll("policies") CallPolicy policy, @ForAll("callLists") List<Call> calls) {
    CallAccumulator primitive = accumulate(policy, calls);
    CallAccumulator records = CallAccumulator.of(policy);
    CallAccumulator ordinals = CallAccumulator.of(policy);
    byte[] outcomeColumn = new byte[calls.size()];
    int[] waitColumn = new int[calls.size()];
    Instant at = Instant.parse("2026-03-02T09:00:00Z");
    for (int i = 0; i < calls.size(); i++) {
      Call call = calls.get(i);
      records.accept(CallRecord.of("c" + i, SITE, at, call.outcome(), call.waitSeconds(), 0));
      ordinals.acceptOrdinal(call.outcome().ordinal(), call.waitSeconds());
      outcomeColumn[i] = (byte) call.outcome().ordinal();
      waitColumn[i] = call.waitSeconds();
    }
    CallAccumulator columns = CallAccumulator.of(policy);
    columns.acceptAll(outcomeColumn, waitColumn);
    List<Measurement> expected = results(primitive);
    assertThat(results(records)).isEqualTo(expected);
    assertThat(results(ordinals)).isEqualTo(expected);
    assertThat(results(columns)).isEqualTo(expected);
    assertThat(results(accumulate(policy, calls))).as("determinism").isEqualTo(expected);
  }

  @Property
  void aRejectedObservationLeavesTheStateUnchanged(
      @ForAll("policies") CallPolicy policy,
      @ForAll("callLists") List<Call> calls,
      @ForAll("badWaits") int badWait,
      @ForAll @IntRange(min = 0, max = 7) int ordinal) {
    CallAccumulator accumulator = accumulate(policy, calls);
    List<Measurement> before = results(accumulator);
    assertThatThrownBy(() -> accumulator.accept(CallOutcome.values()[ordinal], badWait))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> accumulator.acceptOrdinal(ordinal + 8, 1))
        .isInstanceOf(InvalidInputException.class);
    byte[] outcomes = new byte[calls.size() + 1];
    int[] waits = new int[calls.size() + 1];
    for (int i = 0; i < calls.size(); i++) {
      outcomes[i] = (byte) calls.get(i).outcome().ordinal();
      waits[i] = calls.get(i).waitSeconds();
    }
    waits[calls.size()] = badWait; // the last one is invalid: nothing of the batch is counted
    assertThatThrownBy(() -> accumulator.acceptAll(outcomes, waits))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("waitSeconds[" + calls.size() + "]");
    assertThat(results(accumulator)).isEqualTo(before);
  }

  @Property
  void aBatchRejectedMidwayUndoesItsCallsAndTheNextBatchCountsNormally(
      @ForAll("policies") CallPolicy policy,
      @ForAll("callLists") List<Call> before,
      @ForAll("callLists") List<Call> batch,
      @ForAll("badWaits") int badWait,
      @ForAll @IntRange(min = 0, max = 150) int position) {
    int bad = Math.min(position, batch.size());
    byte[] outcomes = new byte[batch.size() + 1];
    int[] waits = new int[batch.size() + 1];
    for (int i = 0, j = 0; i < outcomes.length; i++) {
      if (i == bad) {
        outcomes[i] = (byte) CallOutcome.ANSWERED_AGENT.ordinal();
        waits[i] = badWait;
      } else {
        outcomes[i] = (byte) batch.get(j).outcome().ordinal();
        waits[i] = batch.get(j).waitSeconds();
        j++;
      }
    }
    CallAccumulator accumulator = accumulate(policy, before);
    List<Measurement> unchanged = results(accumulator);
    assertThatThrownBy(() -> accumulator.acceptAll(outcomes, waits))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("waitSeconds[" + bad + "]");
    assertThat(results(accumulator)).isEqualTo(unchanged);
    assertThat(accumulator.count()).isEqualTo(before.size());

    // The batch without its bad element, through the batch path, equals one call at a time.
    byte[] goodOutcomes = new byte[batch.size()];
    int[] goodWaits = new int[batch.size()];
    for (int i = 0; i < batch.size(); i++) {
      goodOutcomes[i] = (byte) batch.get(i).outcome().ordinal();
      goodWaits[i] = batch.get(i).waitSeconds();
    }
    accumulator.acceptAll(goodOutcomes, goodWaits);
    List<Call> all = new ArrayList<>(before);
    all.addAll(batch);
    assertThat(results(accumulator)).isEqualTo(results(accumulate(policy, all)));
    assertThat(accumulator.count()).isEqualTo(all.size());
  }

  @Provide
  static Arbitrary<Integer> badWaits() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(Integer.MIN_VALUE, -1),
        Arbitraries.integers().between(CallRecord.MAX_WAIT_SECONDS + 1, Integer.MAX_VALUE));
  }

  @Property
  void percentilesAndMeanMatchABruteForceOracle(
      @ForAll("callLists") List<Call> calls,
      @ForAll("smallCaps") int cap,
      @ForAll @IntRange(min = 1, max = 100) int percent) {
    CallPolicy policy =
        CallPolicy.builder()
            .histogramCapSeconds(cap)
            .shortAbandonSeconds(0)
            .serviceLevelThresholdsSeconds()
            .build();
    CallAccumulator accumulator = accumulate(policy, calls);
    List<Integer> answered = new ArrayList<>();
    for (Call call : calls) {
      if (call.outcome() == CallOutcome.ANSWERED_AGENT) {
        answered.add(call.waitSeconds());
      }
    }
    answered.sort(null);
    int n = answered.size();
    WaitPercentile percentile = accumulator.answeredWaitPercentile(percent / 100.0);
    if (n == 0) {
      assertThat(percentile.seconds()).isNull();
      assertThat(percentile.aboveCap()).isFalse();
      return;
    }
    long rank = ((long) percent * n + 99) / 100; // ⌈percent·n/100⌉ in integers
    int expected = answered.get((int) rank - 1);
    assertThat(percentile.rank()).isEqualTo(rank);
    if (expected > cap) {
      assertThat(percentile.aboveCap()).isTrue();
      assertThat(percentile.seconds()).isNull();
    } else {
      assertThat(percentile.aboveCap()).isFalse();
      assertThat(percentile.seconds()).isEqualTo(expected);
    }
    long sum = answered.stream().mapToLong(Integer::longValue).sum();
    assertThat(accumulator.answeredWaitSumSeconds()).isEqualTo(sum);
    Measurement mean =
        accumulator.result(SITE, MARCH, CallAccumulatorGoldenTest.SHOW_ALL).meanWait();
    assertThat(mean.value()).isEqualTo((double) sum / n);
    assertThat(mean.numerator()).isEqualTo((double) sum);
  }

  @Provide
  static Arbitrary<Integer> smallCaps() {
    return Arbitraries.of(1, 10, 45, 3_600, CallRecord.MAX_WAIT_SECONDS);
  }
}
