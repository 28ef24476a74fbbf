package fr.spsplus.indicators.grouping;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.arbitraries.CallArbitraries;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallMeasurements;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.indicators.stats.PublicationPolicy;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Grouped call accumulators: exact merge laws, and every group checked against a brute force. */
class GroupedAccumulatorPropertiesTest {

  private static final List<StructureCode> SITES =
      List.of(
          StructureCode.of("paris"),
          StructureCode.of("pointe-a-pitre"),
          StructureCode.of("saint-denis"));
  private static final Map<StructureCode, ZoneId> ZONES =
      Map.of(
          SITES.get(1), ZoneId.of("America/Guadeloupe"),
          SITES.get(2), ZoneId.of("Indian/Reunion"));
  // 1 October 2024 to 30 April 2026: DST changes, year ends, ISO weeks 53 and 1, 19 months.
  private static final long FIRST = Instant.parse("2024-10-01T00:00:00Z").getEpochSecond();
  private static final long LAST = Instant.parse("2026-04-30T23:59:59Z").getEpochSecond();
  private static final Estimation SHOW_ALL =
      Estimation.defaults().withPublication(PublicationPolicy.of(1, 1));
  private static final CallPolicy POLICY = CallPolicy.defaults();

  @Provide
  Arbitrary<List<CallRecord>> calls() {
    Arbitrary<Instant> instants =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(
                3, Arbitraries.longs().between(FIRST, LAST).map(Instant::ofEpochSecond)),
            // Around midnights (local and UTC) and the DST changes of 2025.
            net.jqwik.api.Tuple.of(
                1,
                Combinators.combine(
                        Arbitraries.of(
                            "2024-12-31T23:00:00Z",
                            "2025-03-30T01:00:00Z",
                            "2025-10-26T01:00:00Z",
                            "2025-12-31T20:00:00Z",
                            "2026-01-01T04:00:00Z"),
                        Arbitraries.integers().between(-2, 2))
                    .as((base, offset) -> Instant.parse(base).plusSeconds(offset))));
    Arbitrary<CallRecord> records =
        Combinators.combine(
                Arbitraries.of(SITES),
                instants,
                CallArbitraries.outcomes(),
                Arbitraries.integers().between(0, 200))
            .as((site, at, outcome, wait) -> CallRecord.of("c", site, at, outcome, wait, 0));
    return records.list().ofMaxSize(60);
  }

  @Provide
  Arbitrary<Granularity> granularities() {
    return Arbitraries.of(Granularity.class).filter(g -> g != Granularity.CUSTOM);
  }

  private static GroupedAccumulator<CallRecord, CallAccumulator> grouped(
      Granularity granularity, List<CallRecord> calls) {
    GroupedAccumulator<CallRecord, CallAccumulator> grouped =
        CallAccumulator.grouped(Grouping.by(granularity).withZones(ZONES), POLICY);
    calls.forEach(grouped::accept);
    return grouped;
  }

  private static List<CallMeasurements> results(
      GroupedAccumulator<CallRecord, CallAccumulator> grouped) {
    return grouped.results((structure, period, state) -> state.result(structure, period, SHOW_ALL));
  }

  @Property
  void everyGroupEqualsABruteForceOverItsStructureAndPeriod(
      @ForAll("granularities") Granularity granularity, @ForAll("calls") List<CallRecord> calls) {
    GroupedAccumulator<CallRecord, CallAccumulator> grouped = grouped(granularity, calls);
    assertThat(grouped.count()).isEqualTo(calls.size());
    long reported = 0;
    for (StructureCode site : grouped.structures()) {
      ZoneId zone = ZONES.getOrDefault(site, ReportingPeriod.DEFAULT_ZONE);
      for (ReportingPeriod period : grouped.periods(site)) {
        assertThat(period.granularity()).isEqualTo(granularity);
        CallAccumulator brute = CallAccumulator.of(POLICY);
        calls.stream()
            .filter(c -> c.structure().equals(site) && period.contains(c.arrivedAt(), zone))
            .forEach(brute::accept);
        assertThat(grouped.state(site, period).map(s -> s.result(site, period, SHOW_ALL)))
            .hasValue(brute.result(site, period, SHOW_ALL));
        if (granularity != Granularity.ROLLING_12_MONTHS) {
          reported += brute.count();
        }
      }
    }
    if (granularity != Granularity.ROLLING_12_MONTHS) {
      assertThat(reported).as("every call in exactly one reported group").isEqualTo(calls.size());
    }
  }

  @Property
  void splittingByTimeByStructureOrAtRandomAndCombiningEqualsAllAtOnce(
      @ForAll("granularities") Granularity granularity,
      @ForAll("calls") List<CallRecord> calls,
      @ForAll @IntRange(min = 0, max = 60) int cut) {
    List<CallMeasurements> expected = results(grouped(granularity, calls));
    int k = Math.min(cut, calls.size());
    // At random (the generated order).
    assertThat(
            results(
                grouped(granularity, calls.subList(0, k))
                    .combine(grouped(granularity, calls.subList(k, calls.size())))))
        .isEqualTo(expected);
    // By time: the earlier calls, then the later ones, merged later-into-earlier.
    List<CallRecord> byTime = new ArrayList<>(calls);
    byTime.sort(Comparator.comparing(CallRecord::arrivedAt));
    assertThat(
            results(
                grouped(granularity, byTime.subList(k, byTime.size()))
                    .combine(grouped(granularity, byTime.subList(0, k)))))
        .isEqualTo(expected);
    // By structure.
    GroupedAccumulator<CallRecord, CallAccumulator> merged =
        CallAccumulator.grouped(Grouping.by(granularity).withZones(ZONES), POLICY);
    for (StructureCode site : SITES) {
      merged.combine(
          grouped(granularity, calls.stream().filter(c -> c.structure().equals(site)).toList()));
    }
    assertThat(results(merged)).isEqualTo(expected);
  }

  @Property
  void groupedCombiningIsAssociativeCommutativeWithTheEmptyStateAsIdentity(
      @ForAll("granularities") Granularity granularity,
      @ForAll("calls") List<CallRecord> a,
      @ForAll("calls") List<CallRecord> b,
      @ForAll("calls") List<CallRecord> c) {
    assertThat(
            results(
                grouped(granularity, a)
                    .combine(grouped(granularity, b))
                    .combine(grouped(granularity, c))))
        .isEqualTo(
            results(
                grouped(granularity, a)
                    .combine(grouped(granularity, b).combine(grouped(granularity, c)))));
    assertThat(results(grouped(granularity, a).combine(grouped(granularity, b))))
        .isEqualTo(results(grouped(granularity, b).combine(grouped(granularity, a))));
    List<CallMeasurements> alone = results(grouped(granularity, a));
    assertThat(results(grouped(granularity, a).combine(grouped(granularity, List.of()))))
        .isEqualTo(alone);
    assertThat(results(grouped(granularity, List.of()).combine(grouped(granularity, a))))
        .isEqualTo(alone);
    assertThat(results(grouped(granularity, a).copy())).isEqualTo(alone);
    assertThat(results(grouped(granularity, a))).as("determinism").isEqualTo(alone);
  }
}
