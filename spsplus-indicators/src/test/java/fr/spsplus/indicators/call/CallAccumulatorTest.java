package fr.spsplus.indicators.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Measurement;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class CallAccumulatorTest {

  private static final StructureCode SITE = StructureCode.of("3Tn8gzTdcz");
  private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

  private static CallAccumulator sample() {
    CallAccumulator calls = CallAccumulator.of();
    calls.accept(CallOutcome.ANSWERED_AGENT, 12);
    calls.accept(CallOutcome.ANSWERED_AGENT, 4_000);
    calls.accept(CallOutcome.ABANDONED_QUEUE, 3);
    calls.accept(CallOutcome.ABANDONED_QUEUE, 30);
    calls.accept(CallOutcome.OUT_OF_HOURS, 0);
    return calls;
  }

  private static List<Measurement> results(CallAccumulator calls) {
    return calls.result(SITE, MARCH, CallAccumulatorGoldenTest.SHOW_ALL).all();
  }

  @Test
  void readsTheStateItCounts() {
    CallAccumulator calls = sample();
    assertThat(calls.count()).isEqualTo(5);
    assertThat(calls.countOf(CallOutcome.ANSWERED_AGENT)).isEqualTo(2);
    assertThat(calls.countOf(CallOutcome.ABANDONED_QUEUE)).isEqualTo(2);
    assertThat(calls.shortAbandons()).isEqualTo(1);
    assertThat(calls.answeredAboveCap()).isEqualTo(1);
    assertThat(calls.answeredWithin(11)).isZero();
    assertThat(calls.answeredWithin(12)).isEqualTo(1);
    assertThat(calls.answeredWithin(3_600)).isEqualTo(1);
    assertThat(calls.answeredWaitSumSeconds()).isEqualTo(4_012);
    assertThat(calls.policy()).isEqualTo(CallPolicy.defaults());
    assertThat(calls.toString()).contains("count=5", "answeredAboveCap=1");
    assertThatThrownBy(() -> calls.answeredWithin(3_601))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("seconds");
  }

  @Test
  void theThreeInputPathsAgree() {
    CallRecord record =
        CallRecord.of(
            "call-1",
            SITE,
            Instant.parse("2026-03-02T09:00:00Z"),
            CallOutcome.ABANDONED_QUEUE,
            7,
            0);
    CallAccumulator byRecord = CallAccumulator.of();
    byRecord.accept(record);
    CallAccumulator byOrdinal = CallAccumulator.of();
    byOrdinal.acceptOrdinal(CallOutcome.ABANDONED_QUEUE.ordinal(), 7);
    CallAccumulator byColumns = CallAccumulator.of();
    byColumns.acceptAll(new byte[] {(byte) CallOutcome.ABANDONED_QUEUE.ordinal()}, new int[] {7});
    assertThat(results(byOrdinal)).isEqualTo(results(byRecord)).isEqualTo(results(byColumns));
  }

  @Test
  void invalidObservationsAreRejectedAndLeaveTheStateUnchanged() {
    CallAccumulator calls = sample();
    List<Measurement> before = results(calls);
    assertThatThrownBy(() -> calls.accept(CallOutcome.ANSWERED_AGENT, -1))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.getMessage()).contains("« waitSeconds »", "86400", "-1");
              assertThat(e.getMessage(Locale.ENGLISH)).contains("\"waitSeconds\"", "86400");
            });
    assertThatThrownBy(() -> calls.accept(CallOutcome.ABANDONED_QUEUE, 86_401))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("86401");
    assertThatThrownBy(() -> calls.accept(null, 3))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("outcome");
    assertThatThrownBy(() -> calls.acceptOrdinal(8, 3))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outcomeOrdinal")
        .hasMessageContaining("7");
    assertThatThrownBy(() -> calls.acceptOrdinal(-1, 3)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> calls.acceptOrdinal(0, -3)).isInstanceOf(InvalidInputException.class);
    byte answered = (byte) CallOutcome.ANSWERED_AGENT.ordinal();
    assertThatThrownBy(
            () ->
                calls.acceptAll(
                    new byte[] {answered, answered, answered, answered},
                    new int[] {1, 2, 3, -4},
                    0,
                    4))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("waitSeconds[3]");
    assertThatThrownBy(() -> calls.acceptAll(new byte[] {answered, 9}, new int[] {1, 2}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outcomeOrdinals[1]");
    assertThatThrownBy(() -> calls.acceptAll(new byte[] {answered}, new int[] {1, 2}))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("outcomeOrdinals");
    assertThatThrownBy(() -> calls.acceptAll(new byte[] {answered}, new int[] {1}, 0, 2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(
            () ->
                calls.combine(
                    CallAccumulator.of(CallPolicy.builder().shortAbandonSeconds(0).build())))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("different policies"));
    assertThat(results(calls)).isEqualTo(before);
    assertThat(calls.count()).isEqualTo(5);
  }

  @Test
  void aRangeOfColumnsCountsOnlyThatRange() {
    byte[] outcomes = new byte[] {0, 0, 1, 4, 0};
    int[] waits = new int[] {1, 2, 30, 0, 5};
    CallAccumulator range = CallAccumulator.of();
    range.acceptAll(outcomes, waits, 1, 4);
    assertThat(range.count()).isEqualTo(3);
    assertThat(range.countOf(CallOutcome.ANSWERED_AGENT)).isEqualTo(1);
    assertThat(range.countOf(CallOutcome.BLOCKED_OVERFLOW)).isEqualTo(1);
    assertThat(range.answeredWaitSumSeconds()).isEqualTo(2);
  }

  @Test
  void copiesAreIndependentAndSelfCombiningDoubles() {
    CallAccumulator calls = sample();
    CallAccumulator copy = calls.copy();
    copy.accept(CallOutcome.ANSWERED_AGENT, 1);
    assertThat(calls.count()).isEqualTo(5);
    assertThat(copy.count()).isEqualTo(6);
    CallAccumulator twice = sample().combine(sample());
    assertThat(sample().combine(sample().copy()).count()).isEqualTo(10);
    CallAccumulator self = sample();
    self.combine(self);
    assertThat(results(self)).isEqualTo(results(twice));
  }

  @Test
  void nearestRankPercentilesForSmallSamples() {
    CallAccumulator calls = CallAccumulator.of();
    for (int wait : new int[] {3, 9, 12, 12, 40, 41, 300}) {
      calls.accept(CallOutcome.ANSWERED_AGENT, wait);
    }
    // n = 7, q = 0.9: rank ⌈6.3⌉ = 7, the largest wait (an interpolating index ⌊0.9·6⌋ = 5 gives
    // 41).
    WaitPercentile p90 = calls.answeredWaitPercentile(0.9);
    assertThat(p90.rank()).isEqualTo(7);
    assertThat(p90.seconds()).isEqualTo(300);
    assertThat(calls.answeredWaitPercentile(0.5).seconds()).isEqualTo(12);
    assertThat(calls.answeredWaitPercentile(1.0 / 7).seconds()).isEqualTo(3);
    assertThat(calls.answeredWaitPercentile(0.15).seconds()).isEqualTo(9);
    assertThat(calls.answeredWaitPercentile(1).seconds()).isEqualTo(300);
    assertThat(calls.answeredWaitPercentile(1e-9).rank()).isEqualTo(1);
    assertThatThrownBy(() -> calls.answeredWaitPercentile(0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("quantile");
    assertThatThrownBy(() -> calls.answeredWaitPercentile(1.01))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> calls.answeredWaitPercentile(Double.NaN))
        .isInstanceOf(InvalidInputException.class);
    assertThat(CallAccumulator.of().answeredWaitPercentile(0.5))
        .isEqualTo(new WaitPercentile(0.5, 0, 0, null, false));
  }

  @Test
  void theRankIsComputedExactlyOnTheDecimalQuantile() {
    CallAccumulator calls = CallAccumulator.of();
    for (int wait = 1; wait <= 100; wait++) {
      calls.accept(CallOutcome.ANSWERED_AGENT, wait);
    }
    // 0.07 × 100 is 7.000000000000001 in binary floating point; the rank must be 7, not 8.
    assertThat(0.07 * 100).isGreaterThan(7.0);
    assertThat(calls.answeredWaitPercentile(0.07).rank()).isEqualTo(7);
    assertThat(calls.answeredWaitPercentile(0.07).seconds()).isEqualTo(7);
  }

  @Test
  void aRankAboveTheCapIsFlaggedNeverInvented() {
    CallPolicy smallCap =
        CallPolicy.builder().histogramCapSeconds(60).serviceLevelThresholdsSeconds(20).build();
    CallAccumulator calls = CallAccumulator.of(smallCap);
    calls.accept(CallOutcome.ANSWERED_AGENT, 10);
    calls.accept(CallOutcome.ANSWERED_AGENT, 61);
    calls.accept(CallOutcome.ANSWERED_AGENT, 3_000);
    WaitPercentile median = calls.answeredWaitPercentile(0.5);
    assertThat(median.aboveCap()).isTrue();
    assertThat(median.seconds()).isNull();
    assertThat(median.optionalSeconds()).isEmpty();
    assertThat(calls.answeredWaitPercentile(0.3).optionalSeconds()).hasValue(10);
    CallMeasurements m = calls.result(SITE, MARCH, CallAccumulatorGoldenTest.SHOW_ALL);
    assertThat(m.medianWait().value()).isNull();
    assertThat(m.medianWait().status()).isEqualTo(PublicationStatus.PUBLISHABLE);
    assertThat(m.medianWait().parameters())
        .containsEntry("rank_above_cap", "true")
        .containsEntry("waits_above_cap", "2")
        .containsEntry("histogram_cap_seconds", "60");
    // The mean stays exact: the waits above the cap keep their exact sums.
    assertThat(m.meanWait().value()).isEqualTo(3_071.0 / 3);
    assertThat(m.meanWait().numerator()).isEqualTo(3_071.0);
  }

  @Test
  void smallSamplesAreWithheldWithTheDefaultEstimation() {
    CallMeasurements m = sample().result(SITE, MARCH);
    for (Measurement each : m.all()) {
      assertThat(each.status()).isEqualTo(PublicationStatus.INSUFFICIENT_SAMPLE);
      assertThat(each.value()).isNull();
    }
    assertThat(m.agentPickUpRate().numerator()).isEqualTo(2);
    assertThat(m.agentPickUpRate().denominator()).isEqualTo(3);
  }

  @Test
  void measurementsAreGatheredInAFixedOrder() {
    CallMeasurements m = sample().result(null, MARCH, CallAccumulatorGoldenTest.SHOW_ALL);
    assertThat(m.all())
        .extracting(Measurement::indicator)
        .containsExactly(
            IndicatorCode.TAUX_DECROCHE_AGENT,
            IndicatorCode.TAUX_DECROCHE_GLOBAL,
            IndicatorCode.TAUX_ABANDON,
            IndicatorCode.NIVEAU_SERVICE,
            IndicatorCode.NIVEAU_SERVICE,
            IndicatorCode.ATTENTE_MOYENNE,
            IndicatorCode.ATTENTE_P50,
            IndicatorCode.ATTENTE_P90);
    assertThat(m.all()).allSatisfy(each -> assertThat(each.structure()).isNull());
    assertThat(m.serviceLevel(60))
        .get()
        .extracting(x -> x.parameters().get("threshold_seconds"))
        .isEqualTo("60");
    assertThat(m.serviceLevel(30)).isEmpty();
    assertThatThrownBy(
            () ->
                new CallMeasurements(
                    m.globalPickUpRate(),
                    m.globalPickUpRate(),
                    m.abandonRate(),
                    m.serviceLevels(),
                    m.meanWait(),
                    m.medianWait(),
                    m.p90Wait()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("agentPickUpRate");
    CallPolicy cap10 = CallAccumulatorGoldenTest.POLICIES.get("CAP10");
    assertThat(CallAccumulator.of(cap10).result(SITE, MARCH).agentPickUpRate().parameters())
        .containsEntry("service_level_thresholds_seconds", "5,10");
  }

  @Test
  void waitPercentileChecksItsInvariants() {
    assertThatThrownBy(() -> new WaitPercentile(0.5, 3, 2, null, false))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new WaitPercentile(0.5, 3, 2, 10, true))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new WaitPercentile(0.5, 0, 0, null, true))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new WaitPercentile(0.5, 3, 4, 10, false))
        .isInstanceOf(InvalidInputException.class);
    assertThat(new WaitPercentile(0.5, 3, 2, null, true).optionalSeconds()).isEmpty();
  }

  @Test
  void thePrimitivePathAllocatesNothing() throws Exception {
    // Read through reflection: the test is compiled inside the module, which must not require
    // java.management. HotSpot's per-thread allocation counter (com.sun.management.ThreadMXBean).
    Object threads =
        Class.forName("java.lang.management.ManagementFactory")
            .getMethod("getThreadMXBean")
            .invoke(null);
    Class<?> hotspot;
    try {
      hotspot = Class.forName("com.sun.management.ThreadMXBean");
    } catch (ClassNotFoundException e) {
      hotspot = null;
    }
    Assumptions.assumeTrue(hotspot != null && hotspot.isInstance(threads));
    Method allocated = hotspot.getMethod("getThreadAllocatedBytes", long.class);
    Assumptions.assumeTrue(
        (Boolean) hotspot.getMethod("isThreadAllocatedMemoryEnabled").invoke(threads));
    CallAccumulator calls = CallAccumulator.of();
    CallOutcome[] outcomes = CallOutcome.values();
    long thread = Thread.currentThread().getId();
    feed(calls, outcomes, 200_000); // run the path before measuring
    long before = (Long) allocated.invoke(threads, thread);
    feed(calls, outcomes, 1_000_000);
    long after = (Long) allocated.invoke(threads, thread);
    // A million calls: a single allocation per call would be at least 16 MB.
    assertThat(after - before).isLessThan(64 * 1024);
    assertThat(calls.count()).isEqualTo(1_200_000);
  }

  private static void feed(CallAccumulator calls, CallOutcome[] outcomes, int n) {
    for (int i = 0; i < n; i++) {
      calls.accept(outcomes[i & 7], (i * 37) % 5_000);
    }
  }
}
