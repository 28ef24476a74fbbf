package fr.spsplus.indicators.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.GoldenTables;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.stats.PublicationPolicy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every formula against the hand-computed tables {@code call-datasets.csv} and {@code
 * call-results.csv}.
 */
class CallAccumulatorGoldenTest {

  private static final StructureCode SITE = StructureCode.of("3Tn8gzTdcz");
  private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

  /**
   * Publication thresholds of 1: every defined value is shown, so that small tables test values.
   */
  static final Estimation SHOW_ALL =
      Estimation.defaults().withPublication(PublicationPolicy.of(1, 1));

  static final Map<String, CallPolicy> POLICIES =
      Map.of(
          "DEFAULT", CallPolicy.defaults(),
          "SHORT_OFF", CallPolicy.builder().shortAbandonSeconds(0).build(),
          "MISSED", CallPolicy.builder().serviceLevelAbandons(ServiceLevelAbandons.MISSED).build(),
          "MET", CallPolicy.builder().serviceLevelAbandons(ServiceLevelAbandons.MET).build(),
          "ALTERNATIVES",
              CallPolicy.builder()
                  .callbacks(OutcomeTreatment.ANSWERED)
                  .transfers(OutcomeTreatment.UNANSWERED)
                  .outOfHours(OutcomeTreatment.UNANSWERED)
                  .overflow(OutcomeTreatment.EXCLUDED)
                  .build(),
          "CAP10",
              CallPolicy.builder()
                  .histogramCapSeconds(10)
                  .shortAbandonSeconds(2)
                  .serviceLevelThresholdsSeconds(10, 5)
                  .build());

  /** Datasets by name: the calls as (outcome, wait) pairs, repeats expanded. */
  static Map<String, List<int[]>> datasets() {
    Map<String, List<int[]>> datasets = new HashMap<>();
    for (String[] row :
        GoldenTables.read(
            CallAccumulatorGoldenTest.class,
            "call-datasets.csv",
            "dataset,outcome,wait_seconds,repeat")) {
      List<int[]> calls = datasets.computeIfAbsent(row[0], k -> new java.util.ArrayList<>());
      int outcome = CallOutcome.parse(row[1]).ordinal();
      int wait = Integer.parseInt(row[2]);
      for (int i = 0; i < Integer.parseInt(row[3]); i++) {
        calls.add(new int[] {outcome, wait});
      }
    }
    return datasets;
  }

  static Stream<Arguments> rows() {
    return GoldenTables.read(
            CallAccumulatorGoldenTest.class,
            "call-results.csv",
            "dataset,policy,indicator,threshold_seconds,numerator,denominator,n,value,excluded,parameters")
        .stream()
        .map(row -> Arguments.of(row[0] + "/" + row[1] + "/" + row[2] + row[3], row));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void matchesTheHandComputedTable(String name, String[] row) {
    CallPolicy policy = POLICIES.get(row[1]);
    assertThat(policy).as("policy " + row[1]).isNotNull();
    CallAccumulator calls = CallAccumulator.of(policy);
    // A dataset absent from call-datasets.csv is empty.
    for (int[] call : datasets().getOrDefault(row[0], List.of())) {
      calls.acceptOrdinal(call[0], call[1]);
    }
    CallMeasurements all = calls.result(SITE, MARCH, SHOW_ALL);
    IndicatorCode indicator = IndicatorCode.parse(row[2]);
    Measurement m =
        indicator == IndicatorCode.NIVEAU_SERVICE
            ? all.serviceLevel(Integer.parseInt(row[3])).orElseThrow()
            : all.all().stream().filter(x -> x.indicator() == indicator).findFirst().orElseThrow();

    assertThat(m.numerator()).as("numerator").isEqualTo(Double.parseDouble(row[4]));
    assertThat(m.denominator()).as("denominator").isEqualTo(Double.parseDouble(row[5]));
    assertThat(m.n()).as("n").isEqualTo(Long.parseLong(row[6]));
    if (row[7].equals("NA")) {
      assertThat(m.value()).as("value").isNull();
    } else {
      assertThat(m.value()).as("value").isNotNull();
      assertThat(m.value()).as("value").isCloseTo(Double.parseDouble(row[7]), within(1e-12));
      if (m.denominator() > 0 && indicator != IndicatorCode.ATTENTE_MOYENNE) {
        assertThat(m.value()).as("value is num ÷ den").isEqualTo(m.numerator() / m.denominator());
      }
    }
    Map<String, Long> nonZero = new TreeMap<>();
    m.excluded()
        .forEach(
            (reason, count) -> {
              if (count > 0) {
                nonZero.put(reason, count);
              }
            });
    assertThat(nonZero).as("excluded").isEqualTo(pairs(row[8], Long::parseLong));
    assertThat(m.parameters()).as("parameters").containsAllEntriesOf(pairs(row[9], s -> s));
    assertThat(m.parameters()).containsAllEntriesOf(policy.parameters());
    assertThat(m.structure()).isEqualTo(SITE);
    assertThat(m.period()).isEqualTo(MARCH);
  }

  private static <V> Map<String, V> pairs(
      String cell, java.util.function.Function<String, V> parse) {
    Map<String, V> map = new LinkedHashMap<>();
    if (cell.isEmpty()) {
      return map;
    }
    for (String pair : cell.split(";")) {
      int eq = pair.indexOf('=');
      map.put(pair.substring(0, eq), parse.apply(pair.substring(eq + 1)));
    }
    return map;
  }
}
