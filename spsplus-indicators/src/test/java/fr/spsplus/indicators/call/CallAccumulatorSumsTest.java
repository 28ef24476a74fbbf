package fr.spsplus.indicators.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.period.ReportingPeriod;
import java.math.BigInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The exact sums of the answered waits behind the mean wait. Below {@code Long.MAX_VALUE ÷ cap} (÷
 * cap² for the squares) answered calls they are summed without overflow checks; above, with them.
 * Both regimes must give the exact sums, checked here against {@link BigInteger}.
 */
class CallAccumulatorSumsTest {

  private static final CallPolicy POLICY = CallPolicy.defaults();
  private static final int CAP = POLICY.histogramCapSeconds();
  private static final int HISTOGRAM_AT = 11; // see CallAccumulator#counters()
  private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

  /** A state of {@code count} answered calls, all with a wait of {@code wait} seconds (≤ cap). */
  private static CallAccumulator answered(long count, int wait) {
    long[] counters = CallAccumulator.of(POLICY).counters();
    counters[CallOutcome.ANSWERED_AGENT.ordinal()] = count;
    counters[HISTOGRAM_AT + wait] = count;
    return CallAccumulator.fromCounters(POLICY, counters);
  }

  @Property
  void theSumIsExactInBothRegimes(
      @ForAll @LongRange(min = 1, max = Long.MAX_VALUE / 3_600) long count,
      @ForAll @IntRange(min = 0, max = 3_600) int wait) {
    BigInteger exact = BigInteger.valueOf(count).multiply(BigInteger.valueOf(wait));
    CallAccumulator state = answered(count, wait);

    assertThat(BigInteger.valueOf(state.answeredWaitSumSeconds())).isEqualTo(exact);
  }

  @Test
  void theSumOfSquaresIsExactJustAboveTheUncheckedRegime() {
    // More answered calls than Long.MAX_VALUE / cap², with waits of 1 s: the squares still fit.
    long count = Long.MAX_VALUE / ((long) CAP * CAP) + 1;
    CallAccumulator state = answered(count, 1);
    CallAccumulator same = answered(count, 1);

    assertThat(state.answeredWaitSumSeconds()).isEqualTo(count);
    assertThat(state.result(null, MARCH)).isEqualTo(same.result(null, MARCH));
    assertThat(state.result(null, MARCH).meanWait().value()).isEqualTo(1.0);
  }

  @Test
  void aSumBeyondALongStillThrows() {
    CallAccumulator state = answered(Long.MAX_VALUE / CAP + 1, CAP);

    assertThatThrownBy(state::answeredWaitSumSeconds).isInstanceOf(ArithmeticException.class);
  }
}
