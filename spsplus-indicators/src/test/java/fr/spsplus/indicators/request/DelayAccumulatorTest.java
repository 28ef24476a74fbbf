package fr.spsplus.indicators.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.request.AnnouncedDelay;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.stats.PublicationPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DelayAccumulatorTest {

  private static final StructureCode SITE = StructureCode.of("3Tn8gzTdcz");
  private static final StructureCode OTHER = StructureCode.of("Zz9yXw8vUt");
  private static final ReportingPeriod APRIL = ReportingPeriod.parse("2024-04");
  private static final DelayPolicy SHOWN =
      DelayPolicy.defaults()
          .withEstimation(Estimation.defaults().withPublication(PublicationPolicy.of(1, 1)));

  private static ProcessedRequest closed(
      String id, String procedure, String received, String closed, int calendarDays) {
    return ProcessedRequest.builder(
            id,
            SITE,
            procedure,
            LocalDate.parse(received),
            AnnouncedDelay.calendarDays(calendarDays))
        .closedOn(LocalDate.parse(closed))
        .build();
  }

  @Test
  void measuresEachDemarcheAndReportsAnUnknownOneAsUndefined() {
    DelayAccumulator accumulator = DelayAccumulator.of(SITE, APRIL, SHOWN);
    accumulator.accept(closed("a", "RSA", "2024-04-01", "2024-04-05", 10));
    accumulator.accept(closed("b", "RSA", "2024-04-01", "2024-04-25", 10));
    accumulator.accept(closed("c", "CARTE_GRISE", "2024-04-01", "2024-04-05", 10));
    assertThat(accumulator.procedures()).containsExactly("CARTE_GRISE", "RSA");
    Measurement rsa = accumulator.measure("RSA");
    assertThat(rsa.value()).isEqualTo(0.5);
    assertThat(rsa.parameters()).containsEntry("procedure", "RSA");
    assertThat(accumulator.measure().value()).isEqualTo(2.0 / 3);
    Measurement unknown = accumulator.measure("PASSEPORT");
    assertThat(unknown.value()).isNull();
    assertThat(unknown.denominator()).isZero();
    assertThat(accumulator.procedures()).doesNotContain("PASSEPORT");
  }

  @Test
  void smallCohortsAreWithheldByDefaultButCounted() {
    DelayAccumulator accumulator = DelayAccumulator.of(SITE, APRIL, DelayPolicy.defaults());
    accumulator.accept(closed("a", "RSA", "2024-04-01", "2024-04-05", 10));
    Measurement m = accumulator.measure();
    assertThat(m.status()).isEqualTo(PublicationStatus.INSUFFICIENT_SAMPLE);
    assertThat(m.value()).isNull();
    assertThat(m.numerator()).isEqualTo(1);
    assertThat(m.denominator()).isEqualTo(1);
    assertThat(m.parameters()).containsEntry("suspensions", "NOT_DEDUCTED");
  }

  @Test
  void anEmptyAccumulatorIsUndefinedNotAnException() {
    DelayAccumulator empty = DelayAccumulator.of(APRIL, SHOWN);
    assertThat(empty.measure().value()).isNull();
    assertThat(empty.measure().structure()).isNull();
    OverdueBacklog backlog = empty.overdueBacklog();
    assertThat(backlog.open()).isZero();
    assertThat(backlog.oldestDue()).isEmpty();
    assertThat(backlog.overdueShare()).isEmpty();
    assertThat(backlog.oldestCalendarDaysOverdue()).isEmpty();
    assertThat(backlog.procedures()).isEmpty();
  }

  @Test
  void theBacklogSaysHowLongTheOldestRequestIsOverdue() {
    DelayAccumulator accumulator = DelayAccumulator.of(SITE, APRIL, SHOWN);
    accumulator.accept(
        ProcessedRequest.builder(
                "a", SITE, "RSA", LocalDate.parse("2024-04-01"), AnnouncedDelay.calendarDays(5))
            .build());
    accumulator.accept(
        ProcessedRequest.builder(
                "b", SITE, "RSA", LocalDate.parse("2024-04-20"), AnnouncedDelay.calendarDays(30))
            .build());
    OverdueBacklog backlog = accumulator.overdueBacklog();
    assertThat(backlog.oldestDue()).contains(LocalDate.parse("2024-04-06"));
    assertThat(backlog.oldestCalendarDaysOverdue()).hasValue(24);
    assertThat(backlog.overdueShare()).hasValue(0.5);
    assertThat(backlog.procedures())
        .containsExactly(new ProcedureBacklog("RSA", 2, 1, LocalDate.parse("2024-04-06")));
  }

  @Test
  void aRequestOfAnotherStructureIsRejectedNamingTheField() {
    DelayAccumulator accumulator = DelayAccumulator.of(SITE, APRIL, SHOWN);
    ProcessedRequest elsewhere =
        closed("a", "RSA", "2024-04-01", "2024-04-05", 10).toBuilder().structure(OTHER).build();
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> accumulator.accept(elsewhere));
    assertThat(e.getMessage()).contains("request.structure", "autre structure");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("request.structure", "another structure");
    assertThat(accumulator.count()).isZero();
    assertThat(accumulator.procedures()).isEmpty();
    DelayAccumulator aggregate = DelayAccumulator.of(APRIL, SHOWN);
    aggregate.accept(elsewhere);
    assertThat(aggregate.count()).isEqualTo(1);
  }

  @Test
  void workingDaysBeforeTheGregorianHolidayCalendarAreRejectedNamingTheField() {
    ReportingPeriod year = ReportingPeriod.ofYear(1500);
    ProcessedRequest old =
        ProcessedRequest.builder(
                "a", SITE, "RSA", LocalDate.of(1500, 3, 1), AnnouncedDelay.workingDays(5))
            .closedOn(LocalDate.of(1500, 3, 20))
            .build();
    DelayAccumulator accumulator = DelayAccumulator.of(SITE, year, SHOWN);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> accumulator.accept(old));
    assertThat(e.getMessage()).contains("receivedOn", "1583");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("receivedOn", "1583");
    assertThat(accumulator.count()).isZero();
    assertThat(accumulator.procedures()).isEmpty();
    // Calendar days have no such limit.
    accumulator.accept(old.toBuilder().announcedDelay(AnnouncedDelay.calendarDays(30)).build());
    assertThat(accumulator.closedOnTime()).isEqualTo(1);
  }

  @Test
  void combineRequiresTheSamePeriodPolicyAndStructure() {
    DelayAccumulator accumulator = DelayAccumulator.of(SITE, APRIL, SHOWN);
    accumulator.accept(closed("a", "RSA", "2024-04-01", "2024-04-05", 10));
    for (DelayAccumulator other :
        List.of(
            DelayAccumulator.of(SITE, ReportingPeriod.parse("2024-05"), SHOWN),
            DelayAccumulator.of(SITE, APRIL, SHOWN.withSuspensions(SuspensionRule.DEDUCTED)),
            DelayAccumulator.of(APRIL, SHOWN),
            DelayAccumulator.of(OTHER, APRIL, SHOWN))) {
      InvalidInputException e =
          catchThrowableOfType(InvalidInputException.class, () -> accumulator.combine(other));
      assertThat(e.getMessage(Locale.ENGLISH)).contains("Cannot combine");
    }
    assertThat(accumulator.count()).isEqualTo(1);
    assertThat(accumulator.closedOnTime()).isEqualTo(1);
  }

  @Test
  void theClockRejectsDaysOutsideTheRequestsLife() {
    ProcessedRequest request = closed("a", "RSA", "2024-04-01", "2024-04-05", 10);
    assertThatThrownBy(
            () ->
                RequestClock.elapsedDays(
                    request, LocalDate.parse("2024-03-31"), SuspensionRule.NOT_DEDUCTED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("asOf")
        .hasMessageContaining("receivedOn");
    assertThatThrownBy(
            () ->
                RequestClock.elapsedDays(
                    request, LocalDate.parse("2024-04-06"), SuspensionRule.NOT_DEDUCTED))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("closedOn");
    ProcessedRequest open =
        ProcessedRequest.builder(
                "b", SITE, "RSA", LocalDate.parse("2024-04-01"), AnnouncedDelay.calendarDays(5))
            .build();
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> RequestClock.onTime(open, SuspensionRule.NOT_DEDUCTED));
    assertThat(e.getMessage()).contains("closedOn", "ouverte");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("still open");
  }

  @Test
  void backlogsCheckTheirCounts() {
    assertThatThrownBy(() -> new ProcedureBacklog("RSA", 2, 1, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("oldestDueDate");
    assertThatThrownBy(() -> new ProcedureBacklog("RSA", 1, 2, LocalDate.EPOCH))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("overdue");
    assertThatThrownBy(() -> new OverdueBacklog(LocalDate.EPOCH, 1, 0, LocalDate.EPOCH, List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("oldestDueDate");
  }

  /** The README snippet of the package, kept compiling and true. */
  @Test
  void readmeExample() {
    StructureCode site = SITE;
    List<ProcessedRequest> requests =
        List.of(
            ProcessedRequest.builder(
                    "R-1",
                    site,
                    "TITRE_SEJOUR",
                    LocalDate.of(2024, 3, 28),
                    AnnouncedDelay.workingDays(5))
                .closedOn(LocalDate.of(2024, 4, 5)) // 5 working days: Easter Monday does not count
                .build(),
            ProcessedRequest.builder(
                    "R-2",
                    site,
                    "TITRE_SEJOUR",
                    LocalDate.of(2024, 4, 2),
                    AnnouncedDelay.workingDays(10))
                .build()); // still open on 30 April, 20 working days later

    DelayAccumulator delays =
        DelayAccumulator.of(site, ReportingPeriod.parse("2024-04"), DelayPolicy.defaults());
    requests.forEach(delays::accept);
    Measurement respect = delays.measure(); // RESPECT_DELAI: on time ÷ closed in April
    OverdueBacklog backlog = delays.overdueBacklog(); // open on 30 April and already late

    assertThat(respect.numerator()).isEqualTo(1);
    assertThat(respect.denominator()).isEqualTo(1);
    assertThat(backlog.overdue()).isEqualTo(1);
    assertThat(backlog.oldestDue()).contains(LocalDate.of(2024, 4, 16));
  }
}
