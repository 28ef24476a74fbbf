package fr.spsplus.examples.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.request.AnnouncedDelay;
import fr.spsplus.core.request.DelayUnit;
import fr.spsplus.core.request.HolidayZone;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.request.Suspension;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.request.DelayAccumulator;
import fr.spsplus.indicators.request.DelayPolicy;
import fr.spsplus.indicators.request.OverdueBacklog;
import fr.spsplus.indicators.request.SuspensionRule;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * {@link DelayCohorts} counts each request once, yet gives for every period exactly what a {@link
 * DelayAccumulator} of that period fed with all the structure's requests gives: the measurement,
 * its exclusions, and the overdue backlog; and it reports exactly the periods with a closing or an
 * open request at their end.
 */
class DelayCohortsPropertiesTest {

  private static final LocalDate FIRST = LocalDate.of(2025, 12, 1);

  @Provide
  Arbitrary<ProcessedRequest> requests() {
    Arbitrary<Integer> received = Arbitraries.integers().between(0, 150);
    Arbitrary<Integer> life = Arbitraries.integers().between(-1, 120); // -1: still open
    Arbitrary<AnnouncedDelay> delays =
        Combinators.combine(Arbitraries.integers().between(0, 40), Arbitraries.of(DelayUnit.class))
            .as(AnnouncedDelay::new);
    Arbitrary<List<Integer>> cuts = Arbitraries.integers().between(0, 120).list().ofMaxSize(4);
    return Combinators.combine(
            Arbitraries.of("A", "B", "C"),
            Arbitraries.of("Titre de séjour", "RSA"),
            received,
            life,
            delays,
            Arbitraries.of(HolidayZone.class),
            cuts)
        .as(
            (structure, procedure, day, days, delay, zone, offsets) -> {
              LocalDate on = FIRST.plusDays(day);
              int span = days < 0 ? 120 : days;
              // Distinct sorted points within the request's life, paired: disjoint suspensions.
              List<Integer> points = new ArrayList<>(new TreeSet<>(offsets));
              points.removeIf(point -> point > span);
              List<Suspension> suspensions = new ArrayList<>();
              for (int i = 0; i + 1 < points.size(); i += 2) {
                suspensions.add(
                    Suspension.of(on.plusDays(points.get(i)), on.plusDays(points.get(i + 1)), "P"));
              }
              return ProcessedRequest.builder(
                      "R-" + structure + day + "-" + days,
                      StructureCode.of("SYNTH0000" + structure),
                      procedure,
                      on,
                      delay)
                  .closedOn(days < 0 ? null : on.plusDays(days))
                  .holidayZone(zone)
                  .suspensions(suspensions)
                  .build();
            });
  }

  @Provide
  Arbitrary<Granularity> granularities() {
    return Arbitraries.of(
        Granularity.DAY, Granularity.ISO_WEEK, Granularity.MONTH, Granularity.QUARTER);
  }

  @Property(tries = 150)
  void everyPeriodIsWhatAFullDelayAccumulatorOfThatPeriodGives(
      @ForAll @Size(max = 40) List<@From("requests") ProcessedRequest> requests,
      @ForAll("granularities") Granularity granularity,
      @ForAll SuspensionRule suspensions) {
    DelayPolicy policy = DelayPolicy.defaults().withSuspensions(suspensions);
    Grouping grouping = new Grouping(granularity, ZoneId.of("UTC"));
    DelayCohorts cohorts = new DelayCohorts(grouping, policy);
    requests.forEach(cohorts::accept);
    List<DelayCohorts.Row> rows = cohorts.rows();
    if (requests.isEmpty()) {
      assertThat(rows).isEmpty();
      return;
    }
    LocalDate latest =
        requests.stream()
            .map(r -> r.closedOn() == null ? r.receivedOn() : r.closedOn())
            .max(LocalDate::compareTo)
            .orElseThrow();
    ReportingPeriod last = grouping.periodOf(latest);
    Map<String, DelayCohorts.Row> reported = new HashMap<>();
    for (DelayCohorts.Row row : rows) {
      Measurement m = row.measurement();
      reported.put(m.structure().value() + " " + m.period().code(), row);
    }
    Map<StructureCode, List<ProcessedRequest>> byStructure = new HashMap<>();
    requests.forEach(
        r -> byStructure.computeIfAbsent(r.structure(), s -> new ArrayList<>()).add(r));
    int expectedRows = 0;
    for (Map.Entry<StructureCode, List<ProcessedRequest>> entry : byStructure.entrySet()) {
      LocalDate first =
          entry.getValue().stream()
              .map(ProcessedRequest::receivedOn)
              .min(LocalDate::compareTo)
              .orElseThrow();
      for (ReportingPeriod period = grouping.periodOf(first);
          period.compareTo(last) <= 0;
          period = period.next()) {
        DelayAccumulator full = DelayAccumulator.of(entry.getKey(), period, policy);
        entry.getValue().forEach(full::accept);
        OverdueBacklog backlog = full.overdueBacklog();
        DelayCohorts.Row row = reported.get(entry.getKey().value() + " " + period.code());
        if (full.closedInPeriod() == 0 && backlog.open() == 0) {
          assertThat(row).as(period.code()).isNull();
          continue;
        }
        expectedRows++;
        assertThat(row).as(period.code()).isNotNull();
        Measurement expected = full.measure();
        Measurement got = row.measurement();
        assertThat(got.value()).isEqualTo(expected.value());
        assertThat(got.numerator()).isEqualTo(expected.numerator());
        assertThat(got.denominator()).isEqualTo(expected.denominator());
        assertThat(got.n()).isEqualTo(expected.n());
        assertThat(got.status()).isEqualTo(expected.status());
        assertThat(got.interval()).isEqualTo(expected.interval());
        assertThat(got.excluded()).isEqualTo(expected.excluded());
        assertThat(got.parameters()).containsAllEntriesOf(expected.parameters());
        assertThat(row.backlog().asOf()).isEqualTo(backlog.asOf());
        assertThat(row.backlog().open()).isEqualTo(backlog.open());
        assertThat(row.backlog().overdue()).isEqualTo(backlog.overdue());
        assertThat(row.backlog().oldestDue()).isEqualTo(backlog.oldestDueDate());
        assertThat(got.parameters())
            .containsEntry(DelayCohorts.BACKLOG_OPEN, Long.toString(backlog.open()))
            .containsEntry(DelayCohorts.BACKLOG_OVERDUE, Long.toString(backlog.overdue()));
      }
    }
    assertThat(rows).hasSize(expectedRows);
  }
}
