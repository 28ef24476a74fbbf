package fr.spsplus.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.call.CallOutcome;
import org.junit.jupiter.api.Test;

/** The generator: fixed seed, the documented mix, time order. */
class BenchmarkDataTest {

  private static final BenchmarkData.Sizes SIZES =
      new BenchmarkData.Sizes(100_000, 1_000, 1_000, 20, 11L);

  @Test
  void theSameSeedGivesTheSameData() {
    BenchmarkData a = BenchmarkData.generate(SIZES);
    BenchmarkData b = BenchmarkData.generate(SIZES);
    assertThat(a.calls().outcomes()).isEqualTo(b.calls().outcomes());
    assertThat(a.calls().waits()).isEqualTo(b.calls().waits());
    assertThat(a.calls().arrivals()).isEqualTo(b.calls().arrivals());
    assertThat(a.surveys().weights()).isEqualTo(b.surveys().weights());
    assertThat(a.requests().closed()).isEqualTo(b.requests().closed());
    assertThat(a.structures().sites()).isEqualTo(b.structures().sites());
  }

  @Test
  void callsFollowTheDocumentedMixInArrivalOrderWithinTheQuarter() {
    CallData calls = BenchmarkData.generate(SIZES).calls();
    long[] counts = new long[CallOutcome.values().length];
    for (byte outcome : calls.outcomes()) {
      counts[outcome]++;
    }
    double n = calls.size();
    assertThat(counts[CallOutcome.ANSWERED_AGENT.ordinal()] / n).isBetween(0.74, 0.76);
    assertThat(counts[CallOutcome.ABANDONED_QUEUE.ordinal()] / n).isBetween(0.13, 0.15);
    assertThat(counts[CallOutcome.BLOCKED_OVERFLOW.ordinal()] / n).isBetween(0.025, 0.035);
    long[] arrivals = calls.arrivals();
    long start =
        CallData.QUARTER.startInstant(java.time.ZoneId.of("Europe/Paris")).getEpochSecond();
    long end = CallData.QUARTER.endInstant(java.time.ZoneId.of("Europe/Paris")).getEpochSecond();
    for (int i = 0; i < arrivals.length; i++) {
      assertThat(arrivals[i]).isBetween(start, end - 1);
      if (i > 0) {
        assertThat(arrivals[i]).isGreaterThanOrEqualTo(arrivals[i - 1]);
      }
    }
    assertThat(java.util.Arrays.stream(calls.waits()).min().orElseThrow()).isNotNegative();
    assertThat(java.util.Arrays.stream(calls.waits()).max().orElseThrow())
        .isLessThanOrEqualTo(CallData.MAX_WAIT_SECONDS);
    assertThat(calls.records()).hasSize(calls.size());
  }
}
