package fr.spsplus.benchmarks.gate;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.benchmarks.contenders.CallFigures;
import fr.spsplus.benchmarks.contenders.DelayFigures;
import fr.spsplus.benchmarks.data.BenchmarkData;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The gate on tiny data: every contender agrees, and a disagreement is caught. */
class CorrectnessGateTest {

  private static List<CorrectnessGate.Check> checks;

  @BeforeAll
  static void runTheGateOnTinyData() throws Exception {
    BenchmarkData data =
        BenchmarkData.generate(new BenchmarkData.Sizes(30_000, 6_000, 6_000, 12, 7L));
    checks = CorrectnessGate.run(data, 1);
  }

  @Test
  void everyContenderOfEveryTaskAgreesWithSpsplus() {
    assertThat(checks)
        .allSatisfy(check -> assertThat(check.passed()).as(check.toString()).isTrue());
    assertThat(checks)
        .extracting(CorrectnessGate.Check::task)
        .containsOnly("T1", "T2", "T3", "T4", "T5");
    assertThat(checks).extracting(CorrectnessGate.Check::contender).contains("duckdb", "streams");
  }

  @Test
  void groupsAreTheStructureMonthsAndTheNetworkMonths() {
    // 12 sites × 3 months in T2; 8 networks and the nation × 3 months in T3.
    assertThat(checks)
        .filteredOn(c -> c.task().equals("T2"))
        .extracting(CorrectnessGate.Check::groups)
        .containsOnly(36);
    assertThat(checks)
        .filteredOn(c -> c.task().equals("T3"))
        .extracting(CorrectnessGate.Check::groups)
        .containsOnly(27);
  }

  private static final CallFigures REFERENCE =
      CallFigures.fromCounts(100, 80, 10, 5, 60, 4, 75, 2, 42);

  @Test
  void aDifferentCountOrPercentileFailsTheCheck() {
    assertThat(CorrectnessGate.compare("T1", "same", REFERENCE, REFERENCE).passed()).isTrue();
    CorrectnessGate.Check p90 =
        CorrectnessGate.compare(
            "T1", "peer", REFERENCE, CallFigures.fromCounts(100, 80, 10, 5, 60, 4, 75, 2, 43));
    assertThat(p90.passed()).isFalse();
    assertThat(p90.mismatch()).isEqualTo("p90 seconds 43 instead of 42");
    CorrectnessGate.Check count =
        CorrectnessGate.compare(
            "T1", "peer", REFERENCE, CallFigures.fromCounts(100, 80, 11, 5, 60, 4, 75, 2, 42));
    assertThat(count.mismatch()).startsWith("agent denominator 96 instead of 95");
  }

  @Test
  void aMissingGroupFailsTheCheck() {
    SortedMap<String, CallFigures> expected = new TreeMap<>();
    expected.put("a/2026-01", REFERENCE);
    expected.put("b/2026-01", REFERENCE);
    SortedMap<String, CallFigures> actual = new TreeMap<>();
    actual.put("a/2026-01", REFERENCE);
    CorrectnessGate.Check check = CorrectnessGate.compareMaps("T2", "peer", expected, actual);
    assertThat(check.passed()).isFalse();
    assertThat(check.mismatch()).contains("1 missing").contains("b/2026-01");
  }

  @Test
  void delaysCompareExactly() {
    DelayFigures reference = new DelayFigures(10, 7, 0.7, 1, 2);
    assertThat(CorrectnessGate.compareDelays("peer", reference, reference).passed()).isTrue();
    assertThat(
            CorrectnessGate.compareDelays("peer", reference, new DelayFigures(10, 6, 0.6, 1, 2))
                .mismatch())
        .isEqualTo("on time 6 instead of 7");
  }
}
