package fr.spsplus.indicators.call;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Measurement;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README example, kept compiling and true: a call centre computing its pick-up rate live. */
class LivePickUpRateExampleTest {

  @Test
  void aCallCentreComputesItsPickUpRateLive() {
    StructureCode platform = StructureCode.of("3Tn8gzTdcz");
    ReportingPeriod today = ReportingPeriod.ofDay(LocalDate.of(2026, 3, 2));

    // --- README snippet ---
    CallAccumulator calls = CallAccumulator.of(CallPolicy.defaults());

    // In the telephony event handler, once per finished call: no allocation.
    calls.accept(CallOutcome.ANSWERED_AGENT, 42); // waited 42 s, answered
    calls.accept(CallOutcome.ABANDONED_QUEUE, 3); // short abandon (< 5 s): left out
    calls.accept(CallOutcome.ABANDONED_QUEUE, 95); // hung up after 95 s
    calls.accept(CallOutcome.BLOCKED_OVERFLOW, 0); // saturation message

    // When the wallboard refreshes:
    Measurement pickUp = calls.result(platform, today).agentPickUpRate();
    String line =
        String.format(
            "%.0f/%.0f answered by an agent, %s", // 1/3 answered by an agent, INSUFFICIENT_SAMPLE
            pickUp.numerator(), pickUp.denominator(), pickUp.status());
    // --- end of snippet ---

    assertThat(line).isEqualTo("1/3 answered by an agent, INSUFFICIENT_SAMPLE");
    assertThat(pickUp.excluded()).containsEntry("SHORT_ABANDON", 1L);
    assertThat(pickUp.value()).isNull(); // 3 calls: withheld until 30
  }
}
