package fr.spsplus.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallMeasurements;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.indicators.grouping.GroupedAccumulator;
import fr.spsplus.indicators.grouping.Grouping;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's spsplus-indicators samples, run. */
class IndicatorsSamplesTest {

  private static final StructureCode PLATFORM = StructureCode.of("3Tn8gzTdcz");

  @Test
  void aCallCentreComputesItsPickUpRateLive() {
    StructureCode platform = PLATFORM;
    ReportingPeriod today = ReportingPeriod.ofDay(LocalDate.of(2026, 3, 2));
    List<String> wallboard = new ArrayList<>();
    // tag::calls-live[]
    CallAccumulator calls = CallAccumulator.of(CallPolicy.defaults()); // short abandon < 5 s…

    // In the telephony event handler, once per finished call (no allocation):
    for (int i = 0; i < 120; i++) {
      calls.accept(CallOutcome.ANSWERED_AGENT, 10 + i % 50); // answered after 10–59 s
    }
    calls.accept(CallOutcome.ABANDONED_QUEUE, 3); // short abandon: excluded, counted
    for (int i = 0; i < 20; i++) {
      calls.accept(CallOutcome.ABANDONED_QUEUE, 95); // hung up after 95 s
    }

    // When the wallboard refreshes:
    CallMeasurements now = calls.result(platform, today);
    Measurement pickUp = now.agentPickUpRate(); // 120 / 140, Wilson 95 % interval, n, status
    wallboard.add(
        String.format(
            java.util.Locale.ROOT,
            "%.1f %% [%.1f ; %.1f] n=%d %s, p90 %.0f s",
            100 * pickUp.value(),
            100 * pickUp.interval().low(),
            100 * pickUp.interval().high(),
            pickUp.n(),
            pickUp.status(),
            now.p90Wait().value()));
    // 85.7 % [79.0 ; 90.6] n=140 PUBLISHABLE, p90 53 s
    // end::calls-live[]
    assertThat(wallboard).containsExactly("85.7 % [79.0 ; 90.6] n=140 PUBLISHABLE, p90 53 s");
    assertThat(pickUp.excluded()).containsEntry("SHORT_ABANDON", 1L);
    assertThat(pickUp.status()).isEqualTo(PublicationStatus.PUBLISHABLE);
  }

  @Test
  void callRecordsGroupedByStructureAndMonth() {
    List<CallRecord> records =
        List.of(
            new CallRecord(
                "c1",
                PLATFORM,
                Instant.parse("2026-02-28T23:30:00Z"),
                CallOutcome.ANSWERED_AGENT,
                12,
                300,
                null),
            new CallRecord(
                "c2",
                PLATFORM,
                Instant.parse("2026-03-03T09:00:00Z"),
                CallOutcome.ABANDONED_QUEUE,
                40,
                0,
                null));
    // tag::calls-grouped[]
    // By structure × month, each structure in its own time zone (Europe/Paris by default):
    GroupedAccumulator<CallRecord, CallAccumulator> byMonth =
        CallAccumulator.grouped(Grouping.by(Granularity.MONTH), CallPolicy.defaults());
    records.forEach(byMonth::accept);
    List<CallMeasurements> results =
        byMonth.results((structure, month, state) -> state.result(structure, month));
    // 2026-02-28T23:30Z is 1 March in Paris: both calls fall in 2026-03.
    // end::calls-grouped[]
    assertThat(results).isNotEmpty();
    assertThat(byMonth.periods(PLATFORM)).containsExactly(ReportingPeriod.parse("2026-03"));
  }
}
