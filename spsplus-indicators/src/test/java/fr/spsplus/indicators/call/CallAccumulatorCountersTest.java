package fr.spsplus.indicators.call;

import static fr.spsplus.indicators.call.CallAccumulatorPropertiesTest.accumulate;
import static fr.spsplus.indicators.call.CallAccumulatorPropertiesTest.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.indicators.call.CallAccumulatorPropertiesTest.Call;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The state as counters: the layout, the round trip and the consistency checks. */
class CallAccumulatorCountersTest {

  @Provide
  Arbitrary<List<Call>> callLists() {
    return CallAccumulatorPropertiesTest.callLists();
  }

  @Provide
  Arbitrary<CallPolicy> policies() {
    return CallAccumulatorPropertiesTest.policies();
  }

  @Property
  void countersRebuildAStateWithTheSameResultsCountersAndMerges(
      @ForAll("policies") CallPolicy policy,
      @ForAll("callLists") List<Call> first,
      @ForAll("callLists") List<Call> second) {
    CallAccumulator original = accumulate(policy, first);
    long[] counters = original.counters();

    CallAccumulator rebuilt = CallAccumulator.fromCounters(policy, counters);

    assertThat(counters).hasSize((int) (policy.stateSizeBytes() / 8));
    assertThat(rebuilt.counters()).isEqualTo(counters);
    assertThat(results(rebuilt)).isEqualTo(results(original));
    CallAccumulator other = accumulate(policy, second);
    assertThat(results(rebuilt.combine(other)))
        .isEqualTo(results(accumulate(policy, concat(first, second))));
  }

  @Property
  void countersAreACopy(@ForAll("callLists") List<Call> calls) {
    CallAccumulator state = accumulate(CallPolicy.defaults(), calls);
    long[] counters = state.counters();
    long[] again = counters.clone();

    CallAccumulator rebuilt = CallAccumulator.fromCounters(CallPolicy.defaults(), counters);
    counters[0]++;
    rebuilt.accept(CallOutcome.ANSWERED_AGENT, 1);

    assertThat(state.counters()).isEqualTo(again);
  }

  @Test
  void layoutIsTheDocumentedOne() {
    CallPolicy policy =
        CallPolicy.builder()
            .histogramCapSeconds(10)
            .shortAbandonSeconds(2)
            .serviceLevelThresholdsSeconds(5)
            .build();
    CallAccumulator calls = CallAccumulator.of(policy);
    calls.accept(CallOutcome.ANSWERED_AGENT, 3);
    calls.accept(CallOutcome.ANSWERED_AGENT, 12);
    calls.accept(CallOutcome.ABANDONED_QUEUE, 1);
    calls.accept(CallOutcome.ABANDONED_QUEUE, 4);
    calls.accept(CallOutcome.ABANDONED_QUEUE, 9);
    calls.accept(CallOutcome.OUT_OF_HOURS, 0);

    long[] counters = calls.counters();

    // 8 outcomes, short abandons, above-cap sum and squares, 12 histogram cells, 2 abandon bins.
    assertThat(counters)
        .containsExactly(
            1 + 1, 3, 0, 0, 0, 1, 0, 0, //
            1, 12, 144, //
            0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, //
            1, 1);
  }

  @Test
  void rejectsAWrongLength() {
    assertThatThrownBy(() -> CallAccumulator.fromCounters(CallPolicy.defaults(), new long[3]))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("3616 compteurs")
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                    .contains("\"counters\" must hold 3616 counters"));
  }

  @Test
  void rejectsANegativeCounter() {
    long[] counters = CallAccumulator.of().counters();
    counters[5] = -1;

    assertThatThrownBy(() -> CallAccumulator.fromCounters(CallPolicy.defaults(), counters))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("counters[5]");
  }

  @Test
  void rejectsTotalsThatDoNotAddUp() {
    long[] answered = CallAccumulator.of().counters();
    answered[CallOutcome.ANSWERED_AGENT.ordinal()] = 1;
    long[] abandoned = CallAccumulator.of().counters();
    abandoned[CallOutcome.ABANDONED_QUEUE.ordinal()] = 2;
    abandoned[8] = 1;

    assertThatThrownBy(() -> CallAccumulator.fromCounters(CallPolicy.defaults(), answered))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(english(e)).contains("do not add up to the ANSWERED_AGENT"));
    assertThatThrownBy(() -> CallAccumulator.fromCounters(CallPolicy.defaults(), abandoned))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(english(e)).contains("do not add up to the ABANDONED_QUEUE"));
  }

  @Test
  void rejectsTotalsBeyondTheRangeOfALong() {
    long[] counters = CallAccumulator.of().counters();
    counters[CallOutcome.OUT_OF_HOURS.ordinal()] = Long.MAX_VALUE;
    counters[CallOutcome.RESOLVED_IVR.ordinal()] = 1;

    assertThatThrownBy(() -> CallAccumulator.fromCounters(CallPolicy.defaults(), counters))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(english(e)).contains("exceeds the range of a long"));
  }

  @Test
  void rejectsAbandonsThePolicyCannotProduce() {
    CallPolicy noShort = CallPolicy.builder().shortAbandonSeconds(0).build();
    long[] shortOnes = CallAccumulator.of(noShort).counters();
    shortOnes[CallOutcome.ABANDONED_QUEUE.ordinal()] = 1;
    shortOnes[8] = 1;
    CallPolicy lowThreshold =
        CallPolicy.builder().shortAbandonSeconds(10).serviceLevelThresholdsSeconds(5).build();
    long[] belowShort = CallAccumulator.of(lowThreshold).counters();
    belowShort[CallOutcome.ABANDONED_QUEUE.ordinal()] = 1;
    belowShort[belowShort.length - 2] = 1; // bin 0: waits of at most 5 s, all short

    assertThatThrownBy(() -> CallAccumulator.fromCounters(noShort, shortOnes))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(english(e)).contains("the policy disables them"));
    assertThatThrownBy(() -> CallAccumulator.fromCounters(lowThreshold, belowShort))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(english(e)).contains("entirely below the short-abandon"));
  }

  @Test
  void rejectsAboveCapSumsNoWaitsCanProduce() {
    CallPolicy policy =
        CallPolicy.builder().histogramCapSeconds(10).serviceLevelThresholdsSeconds(5).build();
    CallAccumulator two = CallAccumulator.of(policy);
    two.accept(CallOutcome.ANSWERED_AGENT, 11);
    two.accept(CallOutcome.ANSWERED_AGENT, 20);
    long[] valid = two.counters();
    assertThat(valid[9]).isEqualTo(31);
    assertThat(valid[10]).isEqualTo(521);

    assertThatThrownBy(() -> CallAccumulator.fromCounters(policy, withSums(valid, 21, 521)))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(english(e)).contains("sums of the waits above the cap"));
    // Σw² = 480 lies between 11·31 and 86,400·31, but two waits summing to 31 have Σw² ≥ 31²/2:
    // 2·480 < 961 fails the Cauchy–Schwarz bound; 481 (waits 15 and 16) passes.
    assertThatThrownBy(() -> CallAccumulator.fromCounters(policy, withSums(valid, 31, 480)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(CallAccumulator.fromCounters(policy, withSums(valid, 31, 481)).count()).isEqualTo(2);
  }

  private static long[] withSums(long[] counters, long sum, long squares) {
    long[] copy = counters.clone();
    copy[9] = sum;
    copy[10] = squares;
    return copy;
  }

  private static String english(Throwable e) {
    return ((InvalidInputException) e).getMessage(Locale.ENGLISH);
  }

  private static List<Call> concat(List<Call> a, List<Call> b) {
    return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
  }
}
