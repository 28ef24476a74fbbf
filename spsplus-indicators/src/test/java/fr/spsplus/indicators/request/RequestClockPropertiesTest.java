package fr.spsplus.indicators.request;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.request.ProcessedRequest;
import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The clock of a request against a brute-force oracle that walks the days one by one, with the
 * holidays listed by the calendar (not its precomputed tables) and the suspended days of each
 * suspension: elapsed days, the on-time decision, the last on-time day, and the overdue decision.
 */
class RequestClockPropertiesTest {

  @Provide
  Arbitrary<ProcessedRequest> requests() {
    return DelayArbitraries.months().flatMap(DelayArbitraries::around);
  }

  @Property(tries = 400)
  void elapsedDaysAndTheOnTimeDecisionAgreeWithTheDayByDayOracle(
      @ForAll("requests") ProcessedRequest request, @ForAll SuspensionRule rule) {
    LocalDate closedOn = request.closedOn();
    if (closedOn == null) {
      return;
    }
    long elapsed = DelayArbitraries.oracleElapsed(request, closedOn, rule);
    assertThat(RequestClock.elapsedDays(request, closedOn, rule)).isEqualTo(elapsed);
    assertThat(RequestClock.onTime(request, rule))
        .isEqualTo(elapsed <= request.announcedDelay().amount());
  }

  @Property(tries = 400)
  void theOverdueDecisionAgreesWithTheOracleOnAnyDay(
      @ForAll("requests") ProcessedRequest request,
      @ForAll SuspensionRule rule,
      @ForAll @IntRange(min = 0, max = 200) int daysAfterReception) {
    LocalDate asOf = request.receivedOn().plusDays(daysAfterReception);
    if (request.closedOn() != null && asOf.isAfter(request.closedOn())) {
      asOf = request.closedOn();
    }
    long elapsed = DelayArbitraries.oracleElapsed(request, asOf, rule);
    assertThat(RequestClock.elapsedDays(request, asOf, rule)).isEqualTo(elapsed);
    assertThat(RequestClock.suspendedDays(request, asOf))
        .isEqualTo(
            DelayArbitraries.oracleElapsed(request, asOf, SuspensionRule.NOT_DEDUCTED)
                - DelayArbitraries.oracleElapsed(request, asOf, SuspensionRule.DEDUCTED));
    boolean overdue = elapsed > request.announcedDelay().amount();
    assertThat(asOf.isAfter(RequestClock.lastOnTimeDay(request, rule))).isEqualTo(overdue);
  }

  @Property(tries = 400)
  void theLastOnTimeDayIsTheOraclesLastDayWithinTheDelay(
      @ForAll("requests") ProcessedRequest request, @ForAll SuspensionRule rule) {
    LocalDate last = RequestClock.lastOnTimeDay(request, rule);
    assertThat(last).isEqualTo(DelayArbitraries.oracleLastOnTimeDay(request, rule));
    assertThat(last)
        .isAfterOrEqualTo(request.receivedOn().plusDays(request.announcedDelay().amount()));
  }

  @Property(tries = 100)
  void aRequestClosedInAMonthIsFiledAsTheClockSays(
      @ForAll("requests") ProcessedRequest request, @ForAll SuspensionRule rule) {
    LocalDate closedOn = request.closedOn();
    if (closedOn == null) {
      return;
    }
    ReportingPeriod month = ReportingPeriod.ofMonth(closedOn.getYear(), closedOn.getMonthValue());
    DelayAccumulator accumulator =
        DelayAccumulator.of(month, DelayPolicy.defaults().withSuspensions(rule));
    accumulator.accept(request);
    assertThat(accumulator.closedInPeriod()).isEqualTo(1);
    assertThat(accumulator.closedOnTime() == 1).isEqualTo(RequestClock.onTime(request, rule));
  }
}
