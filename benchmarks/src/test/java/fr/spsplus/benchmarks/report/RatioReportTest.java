package fr.spsplus.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ratio report on a small, hand-made JMH result file (jmh-results.json beside this test). */
class RatioReportTest {

  private static Map<String, RatioReport.Score> scores;
  private static String markdown;

  @BeforeAll
  static void readTheResults() throws IOException {
    try (InputStream in = RatioReportTest.class.getResourceAsStream("jmh-results.json")) {
      scores = RatioReport.parse(in);
    }
    Properties machine = new Properties();
    machine.setProperty("cpu", "Test CPU @ 2.0GHz");
    machine.setProperty("cores", "2");
    machine.setProperty("load.before", "0.10, 0.20, 0.30");
    machine.setProperty("mode", "full");
    machine.setProperty("calls", "10000000");
    markdown = RatioReport.markdown(scores, new RatioReport.Machine(machine));
  }

  @Test
  void readsScoresPercentilesAndAllocationsWithShortNames() {
    assertThat(scores).containsKey("T1OverallBenchmark.duckdb");
    RatioReport.Score client = scores.get("ClientBenchmark.spsplusClient");
    assertThat(client.mode()).isEqualTo("sample");
    assertThat(client.unit()).isEqualTo("us/op");
    assertThat(client.p99()).isEqualTo(120.0);
    assertThat(scores.get("AllocationBenchmark.objectPath").allocatedBytesPerOp()).isEqualTo(1.6e8);
    assertThat(scores.get("T1OverallBenchmark.duckdb").allocatedBytesPerOp()).isNaN();
  }

  @Test
  void writesEachRatioWithItsTargetAndVerdict() {
    assertThat(markdown)
        .contains(
            "| T1 spsplus ÷ DuckDB (2 threads each) | spsplusPrimitive2Threads ÷ duckdb | 0.110 (11.00 ÷ 100 ms/op) | ≤ 0.300 | **yes** |")
        .contains(
            "| T1 spsplus ÷ floor (1 thread) | spsplusPrimitive ÷ floor | 5.00 (20.00 ÷ 4.00 ms/op) | ≤ 10.00 | **yes** |")
        .contains(
            "| T1 speed-up, 2 threads vs 1 (primitive) | spsplusPrimitive ÷ spsplusPrimitive2Threads | 1.82")
        .contains(
            "| Client throughput ÷ raw OkHttp | rawOkHttp ÷ spsplusClient | 0.833 (50.00 ÷ 60.00 us/op) | ≥ 0.900 | **no** |")
        .contains(
            "| Bytes allocated per call, primitive path | gc.alloc.rate.norm(primitivePath) ÷ calls | 0 (0 B/op ÷ 10,000,000) | ≤ 0.001 | **yes** |")
        .contains(
            "| Bytes allocated per call, object path | gc.alloc.rate.norm(objectPath) ÷ calls | 16.00");
  }

  @Test
  void aBenchmarkMissingFromTheRunIsNotMeasured() {
    assertThat(markdown)
        .contains(
            "| T2 spsplus ÷ DuckDB (2 threads each) | spsplusPrimitive2Threads ÷ duckdb | — | ≤ 0.300 | not measured |");
  }

  @Test
  void describesTheMachineAndListsEveryRawScore() {
    assertThat(markdown)
        .contains("| CPU | Test CPU @ 2.0GHz |")
        .contains("| Load average before (1, 5, 15 min) | 0.10, 0.20, 0.30 |")
        .contains("| Memory | ? |")
        .contains("| ClientBenchmark.rawOkHttp | sample | 50.00 | 0.500 | us/op | 100 | — |");
  }

  @Test
  void formatsNumbersReadably() {
    assertThat(RatioReport.format(1234.5)).isEqualTo("1,235");
    assertThat(RatioReport.format(12.345)).isEqualTo("12.35");
    assertThat(RatioReport.format(0.1234)).isEqualTo("0.123");
    assertThat(RatioReport.format(0.00001234)).isEqualTo("1.23e-05");
    assertThat(RatioReport.format(Double.NaN)).isEqualTo("—");
  }
}
