package fr.spsplus.indicators.request;

import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.request.AnnouncedDelay;
import fr.spsplus.core.request.DelayUnit;
import fr.spsplus.core.request.HolidayZone;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.request.Suspension;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.calendar.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Requests around a period, and a day-by-day oracle of their clock. */
final class DelayArbitraries {

  static final StructureCode SITE = StructureCode.of("3Tn8gzTdcz");

  private DelayArbitraries() {}

  /** Months from 1999 to 2031 (crossing leap years and many Easter dates). */
  static Arbitrary<ReportingPeriod> months() {
    return Combinators.combine(
            Arbitraries.integers().between(1999, 2031), Arbitraries.integers().between(1, 12))
        .as(ReportingPeriod::ofMonth);
  }

  /**
   * Requests received from 150 days before the period to 20 days after its end, open or closed up
   * to 200 days later, announced 0 to 60 days in either unit, in any zone, with 0 to 3 suspensions
   * inside their life (for an open request, up to 200 days after reception).
   */
  static Arbitrary<ProcessedRequest> around(ReportingPeriod period) {
    LocalDate first = period.start().minusDays(150);
    int span = (int) (period.lengthInDays() + 170);
    Arbitrary<String> procedures = Arbitraries.of("TITRE_SEJOUR", "CARTE_GRISE", "RSA");
    Arbitrary<AnnouncedDelay> delays =
        Combinators.combine(Arbitraries.integers().between(0, 60), Arbitraries.of(DelayUnit.class))
            .as(AnnouncedDelay::new);
    Arbitrary<List<Integer>> cuts = Arbitraries.integers().between(0, 200).list().ofMaxSize(6);
    return Combinators.combine(
            Arbitraries.integers().between(0, span),
            Arbitraries.integers().between(0, 200),
            Arbitraries.of(true, false),
            procedures,
            delays,
            Arbitraries.of(HolidayZone.class),
            cuts,
            Arbitraries.integers().between(0, 9_999))
        .as(
            (offset, life, closed, procedure, delay, zone, offsets, id) -> {
              LocalDate received = first.plusDays(offset);
              List<Suspension> suspensions = new ArrayList<>();
              TreeSet<Integer> points = new TreeSet<>();
              for (int cut : offsets) {
                points.add(Math.min(cut, life));
              }
              List<Integer> sorted = new ArrayList<>(points);
              for (int i = 0; i + 1 < sorted.size(); i += 2) {
                suspensions.add(
                    Suspension.of(
                        received.plusDays(sorted.get(i)),
                        received.plusDays(sorted.get(i + 1)),
                        "PIECE_MANQUANTE"));
              }
              return ProcessedRequest.builder("R" + id, SITE, procedure, received, delay)
                  .closedOn(closed ? received.plusDays(life) : null)
                  .holidayZone(zone)
                  .suspensions(suspensions)
                  .build();
            });
  }

  /** Requests around a random month, with the month. */
  record Batch(ReportingPeriod period, List<ProcessedRequest> requests) {}

  static Arbitrary<Batch> batches() {
    return months()
        .flatMap(
            period -> around(period).list().ofMaxSize(40).map(list -> new Batch(period, list)));
  }

  // ---------------------------------------------------------------------------------------------
  // Oracle: walks day by day; holidays from the lists of HolidayCalendar.holidays(year).

  static boolean counted(ProcessedRequest request, LocalDate day, Set<LocalDate> holidays) {
    if (request.announcedDelay().unit() == DelayUnit.CALENDAR_DAYS) {
      return true;
    }
    return day.getDayOfWeek() != DayOfWeek.SATURDAY
        && day.getDayOfWeek() != DayOfWeek.SUNDAY
        && !holidays.contains(day);
  }

  static boolean suspended(ProcessedRequest request, LocalDate day) {
    for (Suspension s : request.suspensions()) {
      if (day.isAfter(s.from()) && !day.isAfter(s.to())) {
        return true;
      }
    }
    return false;
  }

  static Set<LocalDate> holidays(ProcessedRequest request, int fromYear, int toYear) {
    Set<LocalDate> days = new HashSet<>();
    for (int year = fromYear; year <= toYear; year++) {
      HolidayCalendar.of(request.holidayZone()).holidays(year).forEach(h -> days.add(h.date()));
    }
    return days;
  }

  /** Elapsed days from reception to {@code asOf}, counted one by one. */
  static long oracleElapsed(ProcessedRequest request, LocalDate asOf, SuspensionRule rule) {
    Set<LocalDate> holidays = holidays(request, request.receivedOn().getYear(), asOf.getYear());
    long count = 0;
    for (LocalDate d = request.receivedOn().plusDays(1); !d.isAfter(asOf); d = d.plusDays(1)) {
      if (counted(request, d, holidays)
          && !(rule == SuspensionRule.DEDUCTED && suspended(request, d))) {
        count++;
      }
    }
    return count;
  }

  /** The last day whose elapsed count is at most the announced delay, walking day by day. */
  static LocalDate oracleLastOnTimeDay(ProcessedRequest request, SuspensionRule rule) {
    Set<LocalDate> holidays =
        holidays(request, request.receivedOn().getYear(), request.receivedOn().getYear() + 12);
    long announced = request.announcedDelay().amount();
    long count = 0;
    LocalDate day = request.receivedOn();
    while (true) {
      LocalDate next = day.plusDays(1);
      if (counted(request, next, holidays)
          && !(rule == SuspensionRule.DEDUCTED && suspended(request, next))) {
        count++;
      }
      if (count > announced) {
        return day;
      }
      day = next;
    }
  }
}
