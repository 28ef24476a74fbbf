package fr.spsplus.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.indicators.call.OutcomeTreatment;
import fr.spsplus.indicators.call.ServiceLevelAbandons;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The binary form of call states: round trips, the documented layout, and strict decoding. */
class CallStatesTest {

  private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

  /** A call as two primitives. */
  record Call(CallOutcome outcome, int waitSeconds) {}

  @Provide
  Arbitrary<List<Call>> calls() {
    Arbitrary<Integer> waits =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.integers().between(0, 200)),
            Tuple.of(1, Arbitraries.integers().between(0, 86_400)));
    return Combinators.combine(Arbitraries.of(CallOutcome.class), waits)
        .as(Call::new)
        .list()
        .ofMaxSize(300);
  }

  @Provide
  Arbitrary<CallPolicy> policies() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 10),
            Arbitraries.of(0, 5, 20, 45, 60).list().ofMaxSize(4),
            Arbitraries.of(60, 600, 3_600, 86_400),
            Arbitraries.of(OutcomeTreatment.UNANSWERED, OutcomeTreatment.EXCLUDED),
            Arbitraries.of(OutcomeTreatment.class),
            Arbitraries.of(OutcomeTreatment.class),
            Arbitraries.of(OutcomeTreatment.EXCLUDED, OutcomeTreatment.UNANSWERED),
            Arbitraries.of(ServiceLevelAbandons.class))
        .as(CallPolicy::new);
  }

  private static CallAccumulator accumulate(CallPolicy policy, List<Call> calls) {
    CallAccumulator state = CallAccumulator.of(policy);
    calls.forEach(call -> state.accept(call.outcome(), call.waitSeconds()));
    return state;
  }

  @Property
  void decodingGivesBackThePolicyTheCountersAndTheMeasurements(
      @ForAll("policies") CallPolicy policy, @ForAll("calls") List<Call> calls) {
    CallAccumulator state = accumulate(policy, calls);

    CallAccumulator decoded = CallStates.fromBytes(CallStates.toBytes(state));

    assertThat(decoded.policy()).isEqualTo(policy);
    assertThat(decoded.counters()).isEqualTo(state.counters());
    assertThat(decoded.result(null, MARCH)).isEqualTo(state.result(null, MARCH));
    assertThat(CallStates.policyOf(CallStates.toBytes(state))).isEqualTo(policy);
  }

  @Property
  void everyTruncationIsRejected(
      @ForAll("policies") CallPolicy policy, @ForAll("calls") List<Call> calls) {
    byte[] bytes = CallStates.toBytes(accumulate(policy, calls));
    for (int length = 0; length < bytes.length; length++) {
      byte[] prefix = java.util.Arrays.copyOf(bytes, length);
      assertThatThrownBy(() -> CallStates.fromBytes(prefix))
          .isInstanceOf(InvalidInputException.class);
    }
  }

  @Property
  void anyCorruptionIsDecodedOrRejectedWithAnInvalidInput(
      @ForAll("calls") List<Call> calls,
      @ForAll @IntRange(min = 1, max = 5) int changes,
      @ForAll long seed) {
    byte[] bytes = CallStates.toBytes(accumulate(CallPolicy.defaults(), calls));
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < changes; i++) {
      bytes[4 + random.nextInt(bytes.length - 4)] = (byte) random.nextInt(256);
    }
    try {
      CallAccumulator decoded = CallStates.fromBytes(bytes);
      // Whatever was decoded is a consistent state: encoding it again is stable.
      assertThat(CallStates.fromBytes(CallStates.toBytes(decoded)).counters())
          .isEqualTo(decoded.counters());
    } catch (InvalidInputException expected) {
      assertThat(expected.getMessage(Locale.ENGLISH)).isNotBlank();
    }
  }

  @Test
  void layoutOfVersionOneIsStable() {
    CallPolicy policy =
        CallPolicy.builder()
            .histogramCapSeconds(10)
            .shortAbandonSeconds(2)
            .serviceLevelThresholdsSeconds(5)
            .build();
    CallAccumulator state = CallAccumulator.of(policy);
    state.accept(CallOutcome.ANSWERED_AGENT, 3);
    state.accept(CallOutcome.ANSWERED_AGENT, 3);
    state.accept(CallOutcome.ANSWERED_AGENT, 200);
    state.accept(CallOutcome.ABANDONED_QUEUE, 1);
    state.accept(CallOutcome.ABANDONED_QUEUE, 9);
    state.accept(CallOutcome.OUT_OF_HOURS, 0);

    String hex = HexFormat.of().formatHex(CallStates.toBytes(state));

    assertThat(hex)
        .isEqualTo(
            "53504301" // "SP", 'C', version 1
                + "02" // short abandons below 2 s
                + "0a" // cap 10 s
                + "0105" // one threshold: 5 s
                + "0102020200" // UNANSWERED, EXCLUDED, EXCLUDED, EXCLUDED; IGNORED
                + "0302000000010000" // outcomes: 3 answered, 2 abandoned, 1 out of hours
                + "01" // one short abandon
                + "c801" // above-cap sum: 200 (varint)
                + "c0b802" // above-cap squares: 40,000 (varint)
                + "02" // two non-zero histogram cells
                + "0302" // skip 3 cells: wait 3 s, 2 calls
                + "0701" // skip 7 cells: overflow cell (12th), 1 call
                + "0001"); // abandon bins: none up to 5 s, one above
  }

  @Test
  void anEmptyDefaultStateTakesThirtyBytes() {
    assertThat(CallStates.toBytes(CallAccumulator.of())).hasSize(30);
  }

  @Test
  void aBusyMonthTakesAboutThreeBytesPerUsedSecond() {
    CallAccumulator state = CallAccumulator.of();
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 1_000_000; i++) {
      state.accept(
          CallOutcome.ANSWERED_AGENT,
          (int) Math.min(86_400, -Math.log(1 - random.nextDouble()) * 600));
    }

    int used = 0;
    long[] counters = state.counters();
    for (int i = 11; i < 11 + 3_602; i++) {
      used += counters[i] == 0 ? 0 : 1;
    }

    assertThat(used).isGreaterThan(3_500);
    assertThat(CallStates.toBytes(state).length)
        .isLessThan(3 * used + 64)
        .isLessThan((int) (CallPolicy.defaults().stateSizeBytes() / 2));
  }

  @Test
  void rejectsBytesThatAreNotACallStateOfThisVersion() {
    byte[] valid = CallStates.toBytes(CallAccumulator.of());

    assertRejected(new byte[] {1, 2, 3, 4, 5}, "not an spsplus state");
    assertRejected(with(valid, 2, 'S'), "of kind \"calls\" is expected");
    assertRejected(with(valid, 3, 2), "Unsupported state format version 2");
    assertRejected(with(valid, 11, 7), "unknown code at byte 11");
    byte[] longer = java.util.Arrays.copyOf(valid, valid.length + 1);
    assertRejected(longer, "1 extra byte(s)");
  }

  @Test
  void rejectsMalformedNumbers() {
    byte[] overlong = HexFormat.of().parseHex("53504301ffffffffffffffffff7f");
    byte[] capTooLarge = HexFormat.of().parseHex("5350430100ffffff7f");
    byte[] beyondHistogram =
        HexFormat.of()
            .parseHex(
                "53504301" // header
                    + "000a000102020200" // policy: cap 10 s, so 12 cells
                    + "0100000000000000000000" // one answered call
                    + "01" // one non-zero cell...
                    + "0c01"); // ...12 cells further: beyond the overflow cell

    assertRejected(overlong, "exceeds 63 bits");
    assertRejected(capTooLarge, "exceeds 86400");
    assertRejected(beyondHistogram, "beyond the 12 cells");
  }

  @Test
  void rejectsInconsistentCounters() {
    CallAccumulator state = CallAccumulator.of();
    state.accept(CallOutcome.ANSWERED_AGENT, 3);
    byte[] bytes = CallStates.toBytes(state);
    // Header (4 bytes) and default policy (11 bytes): the ANSWERED_AGENT count is byte 15.
    assertThat(bytes[15]).isEqualTo((byte) 1);

    assertRejected(with(bytes, 15, 2), "do not add up to the ANSWERED_AGENT calls");
  }

  @Test
  void messagesAreFrenchByDefault() {
    assertThatThrownBy(() -> CallStates.fromBytes(new byte[0]))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("Ces octets ne sont pas un état spsplus (en-tête « SP » absent).");
  }

  private static byte[] with(byte[] bytes, int index, int value) {
    byte[] copy = bytes.clone();
    copy[index] = (byte) value;
    return copy;
  }

  private static void assertRejected(byte[] bytes, String english) {
    assertThatThrownBy(() -> CallStates.fromBytes(bytes))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                    .contains(english));
  }
}
