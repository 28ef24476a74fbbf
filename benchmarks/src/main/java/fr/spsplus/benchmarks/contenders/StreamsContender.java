package fr.spsplus.benchmarks.contenders;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import fr.spsplus.benchmarks.data.CallData;
import fr.spsplus.benchmarks.data.RequestData;
import fr.spsplus.benchmarks.data.Structures;
import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.request.HolidayZone;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.indicators.calendar.Holiday;
import fr.spsplus.indicators.calendar.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The plain-Java contender: what a developer writes without spsplus, with streams and {@code
 * groupingBy} over the same records (counts per outcome, filtered counts, the answered waits
 * collected and sorted for the nearest-rank percentile, months from {@code atZone}). Readable,
 * correct, and not tuned: the baseline a library must beat to be worth a dependency.
 */
public final class StreamsContender {

  private static final ZoneId PARIS = ReportingPeriod.DEFAULT_ZONE;

  private StreamsContender() {}

  /**
   * T1 over the records.
   *
   * @param calls the records
   * @return the figures
   */
  public static CallFigures t1(List<CallRecord> calls) {
    return figures(calls);
  }

  /** The figures of one group of records, in a few stream passes. */
  static CallFigures figures(List<CallRecord> calls) {
    Map<CallOutcome, Long> byOutcome =
        calls.stream()
            .collect(
                groupingBy(
                    CallRecord::outcome, () -> new EnumMap<>(CallOutcome.class), counting()));
    long answered = byOutcome.getOrDefault(CallOutcome.ANSWERED_AGENT, 0L);
    long overflow = byOutcome.getOrDefault(CallOutcome.BLOCKED_OVERFLOW, 0L);
    int[] abandonWaits =
        calls.stream()
            .filter(c -> c.outcome() == CallOutcome.ABANDONED_QUEUE && c.waitSeconds() >= 5)
            .mapToInt(CallRecord::waitSeconds)
            .toArray();
    int[] answeredWaits =
        calls.stream()
            .filter(c -> c.outcome() == CallOutcome.ANSWERED_AGENT)
            .mapToInt(CallRecord::waitSeconds)
            .sorted()
            .toArray();
    long answered20 = Arrays.stream(answeredWaits).filter(w -> w <= 20).count();
    long answered60 = Arrays.stream(answeredWaits).filter(w -> w <= 60).count();
    long abandoned20 = Arrays.stream(abandonWaits).filter(w -> w > 20).count();
    long abandoned60 = Arrays.stream(abandonWaits).filter(w -> w > 60).count();
    return CallFigures.fromCounts(
        calls.size(),
        answered,
        abandonWaits.length,
        overflow,
        answered20,
        abandoned20,
        answered60,
        abandoned60,
        CallFigures.p90OfSorted(answeredWaits, answeredWaits.length));
  }

  /** A structure and a month: the key of T2's groups. */
  public record SiteMonth(StructureCode structure, YearMonth month) {}

  /**
   * Groups the records by structure and month ({@code groupingBy}), the first half of T2 and the
   * input of T3.
   *
   * @param calls the records
   * @return the records of each group
   */
  public static Map<SiteMonth, List<CallRecord>> group(List<CallRecord> calls) {
    return calls.stream()
        .collect(
            groupingBy(
                c -> new SiteMonth(c.structure(), YearMonth.from(c.arrivedAt().atZone(PARIS)))));
  }

  /**
   * T2 over the records: {@code groupingBy} structure and month, then each group's figures.
   *
   * @param calls the records
   * @return the figures by {@code structure/month}
   */
  public static SortedMap<String, CallFigures> t2(List<CallRecord> calls) {
    TreeMap<String, CallFigures> figures = new TreeMap<>();
    group(calls)
        .forEach(
            (key, group) ->
                figures.put(
                    SpsplusContender.key(
                        key.structure().value(), ReportingPeriod.ofMonth(key.month())),
                    figures(group)));
    return figures;
  }

  /**
   * T3 over the per-structure groups of records: regrouped by network and month, and by month for
   * the nation, then each group's figures (the records are the only state plain Java keeps).
   *
   * @param structures the structures
   * @param groups the records by structure and month ({@link #group})
   * @return the figures by {@code network/month} and {@code national/month}
   */
  public static SortedMap<String, CallFigures> t3(
      Structures structures, Map<SiteMonth, List<CallRecord>> groups) {
    Map<StructureCode, String> networkOf = new HashMap<>();
    for (int s = 0; s < structures.siteCount(); s++) {
      networkOf.put(structures.site(s), Structures.NETWORKS.get(structures.networkOf(s)));
    }
    Map<String, List<CallRecord>> merged =
        groups.entrySet().stream()
            .collect(
                groupingBy(
                    e ->
                        SpsplusContender.key(
                            networkOf.get(e.getKey().structure()),
                            ReportingPeriod.ofMonth(e.getKey().month())),
                    Collectors.flatMapping(e -> e.getValue().stream(), Collectors.toList())));
    Map<String, List<CallRecord>> national =
        groups.entrySet().stream()
            .collect(
                groupingBy(
                    e ->
                        SpsplusContender.key(
                            "national", ReportingPeriod.ofMonth(e.getKey().month())),
                    Collectors.flatMapping(e -> e.getValue().stream(), Collectors.toList())));
    TreeMap<String, CallFigures> figures = new TreeMap<>();
    merged.forEach((key, list) -> figures.put(key, figures(list)));
    national.forEach((key, list) -> figures.put(key, figures(list)));
    return figures;
  }

  /**
   * T4 over the answer objects: {@code groupingBy} question, the four sums per group, then Wilson.
   *
   * @param answers the answers
   * @return the figures by question
   */
  public static Map<SurveyQuestion, SurveyFigures> t4(List<SurveyAnswer> answers) {
    Map<SurveyQuestion, List<SurveyAnswer>> byQuestion =
        answers.stream()
            .collect(
                groupingBy(
                    SurveyAnswer::question,
                    () -> new EnumMap<>(SurveyQuestion.class),
                    Collectors.toList()));
    EnumMap<SurveyQuestion, SurveyFigures> figures = new EnumMap<>(SurveyQuestion.class);
    byQuestion.forEach(
        (question, list) -> {
          List<SurveyAnswer> valid = list.stream().filter(a -> !a.answer().noOpinion()).toList();
          double sw = valid.stream().mapToDouble(SurveyAnswer::effectiveWeight).sum();
          double sw2 =
              valid.stream().mapToDouble(a -> a.effectiveWeight() * a.effectiveWeight()).sum();
          double ss =
              valid.stream()
                  .filter(a -> a.answer().topBox())
                  .mapToDouble(SurveyAnswer::effectiveWeight)
                  .sum();
          figures.put(
              question,
              SurveyFigures.fromSums(valid.size(), list.size() - valid.size(), sw, sw2, ss));
        });
    return figures;
  }

  /**
   * The public holidays of the request zones, as sets of dates (the data a plain-Java developer
   * would load; the counting below is theirs).
   *
   * @return the holidays by zone
   */
  public static Map<HolidayZone, Set<LocalDate>> holidays() {
    Map<HolidayZone, Set<LocalDate>> holidays = new EnumMap<>(HolidayZone.class);
    for (HolidayZone zone : RequestData.ZONES) {
      Set<LocalDate> days = new HashSet<>();
      for (int year = 2025; year <= 2027; year++) {
        for (Holiday holiday : HolidayCalendar.of(zone).holidays(year)) {
          days.add(holiday.date());
        }
      }
      holidays.put(zone, days);
    }
    return holidays;
  }

  /**
   * T5 over the request objects: the cohort closed in the quarter, each request's working days
   * counted day by day (Monday to Friday, not a holiday of its zone), then {@code partitioningBy}
   * on time.
   *
   * @param requests the requests
   * @param holidays the holidays by zone ({@link #holidays()})
   * @return the figures
   */
  public static DelayFigures t5(
      List<ProcessedRequest> requests, Map<HolidayZone, Set<LocalDate>> holidays) {
    LocalDate first = CallData.QUARTER.start();
    LocalDate last = CallData.QUARTER.lastDay();
    Map<Boolean, Long> onTime =
        requests.stream()
            .filter(
                r ->
                    r.closedOn() != null
                        && !r.closedOn().isBefore(first)
                        && !r.closedOn().isAfter(last))
            .collect(
                Collectors.partitioningBy(
                    r ->
                        workingDays(r.receivedOn(), r.closedOn(), holidays.get(r.holidayZone()))
                            <= r.announcedDelay().amount(),
                    counting()));
    long closedBefore =
        requests.stream().filter(r -> r.closedOn() != null && r.closedOn().isBefore(first)).count();
    long open =
        requests.stream().filter(r -> r.closedOn() == null || r.closedOn().isAfter(last)).count();
    long closed = onTime.get(true) + onTime.get(false);
    return new DelayFigures(
        closed, onTime.get(true), CallFigures.ratio(onTime.get(true), closed), closedBefore, open);
  }

  private static long workingDays(LocalDate received, LocalDate closed, Set<LocalDate> holidays) {
    long count = 0;
    for (LocalDate day = received.plusDays(1); !day.isAfter(closed); day = day.plusDays(1)) {
      DayOfWeek weekday = day.getDayOfWeek();
      if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !holidays.contains(day)) {
        count++;
      }
    }
    return count;
  }
}
