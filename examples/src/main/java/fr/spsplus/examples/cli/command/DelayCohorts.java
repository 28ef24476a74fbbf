package fr.spsplus.examples.cli.command;

import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.request.DelayAccumulator;
import fr.spsplus.indicators.request.DelayPolicy;
import fr.spsplus.indicators.request.RequestClock;
import fr.spsplus.indicators.request.RequestExclusion;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The indicator {@code RESPECT_DELAI} of every structure × period, where a request belongs to the
 * period of its <em>closing</em> day, and the overdue backlog at the end of every period, in one
 * pass over the requests.
 *
 * <p>{@link DelayAccumulator} measures one period and must see every request to count the requests
 * outside its cohort and its backlog. Here each request is counted once, and the figures of every
 * period are rebuilt at the end from counts by period, exactly as a {@link DelayAccumulator} of
 * that period fed with all the structure's requests would give them:
 *
 * <ul>
 *   <li>the cohort of a period (requests closed in it, on time or not) is measured by a {@link
 *       DelayAccumulator} of that period fed with these requests only;
 *   <li>its exclusions are counted from the periods of reception and closing: {@code
 *       CLOSED_BEFORE_PERIOD}, {@code OPEN_AT_PERIOD_END} (received by the last day and not closed
 *       on or before it) and {@code RECEIVED_AFTER_PERIOD};
 *   <li>a request open at the end of a period is overdue there when that day is after its {@link
 *       RequestClock#lastOnTimeDay last on-time day}: each request adds one to the overdue count of
 *       the periods from the one after its last on-time day to the one before its closing (to the
 *       last period, while it is open).
 * </ul>
 *
 * <p>Reported: for each structure, every period up to the period of the latest date of the input
 * (reception or closing, all structures together) in which at least one request was closed or at
 * whose end at least one request is open. Memory grows with structures × periods (and the démarches
 * of each cohort), not with the number of requests. Not thread-safe.
 */
final class DelayCohorts {

  private static final int RECEIVED = 0;
  private static final int CLOSED = 1;
  private static final int OVERDUE_FROM = 2;
  private static final int OVERDUE_UNTIL = 3;
  private static final Long MAX = Long.MAX_VALUE;

  /** The parameter of each result: the day on which the backlog is observed. */
  static final String BACKLOG_AS_OF = "backlog_as_of";

  /** The parameter of each result: the requests open at the end of the period. */
  static final String BACKLOG_OPEN = "backlog_open";

  /** The parameter of each result: the open requests already past their announced delay. */
  static final String BACKLOG_OVERDUE = "backlog_overdue";

  /** The parameter of each result, when some are overdue: their earliest last on-time day. */
  static final String BACKLOG_OLDEST_DUE = "backlog_oldest_due";

  private final Grouping grouping;
  private final DelayPolicy policy;
  private final HashMap<StructureCode, Tally> structures = new HashMap<>();
  private @Nullable LocalDate latest;

  /**
   * Creates an empty tally.
   *
   * @param grouping the granularity of the periods (their zone is not used: requests have days)
   * @param policy the treatment of suspensions and the estimation
   */
  DelayCohorts(Grouping grouping, DelayPolicy policy) {
    this.grouping = Objects.requireNonNull(grouping, "grouping");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Counts one request.
   *
   * @param request the request
   * @throws fr.spsplus.core.InvalidInputException if the calculators reject it (working days before
   *     1583); the tally is then unchanged
   */
  void accept(ProcessedRequest request) {
    Objects.requireNonNull(request, "request");
    LocalDate closedOn = request.closedOn();
    // The one check that can fail, before anything changes (DelayAccumulator makes the same one).
    LocalDate due = RequestClock.lastOnTimeDay(request, policy.suspensions());
    ReportingPeriod received = grouping.periodOf(request.receivedOn());
    ReportingPeriod closed = closedOn == null ? null : grouping.periodOf(closedOn);
    // The first period at whose end the request is overdue if still open; none past the last day.
    ReportingPeriod overdueFrom =
        due.isBefore(ReportingPeriod.MAX_DAY) ? grouping.periodOf(due.plusDays(1)) : null;
    if (overdueFrom != null && closed != null && overdueFrom.compareTo(closed) >= 0) {
      overdueFrom = null; // closed before the end of the period in which it became late
    }
    Tally tally = structures.computeIfAbsent(request.structure(), Tally::new);
    if (closed != null) {
      DelayAccumulator cohort =
          tally.cohorts.computeIfAbsent(
              closed, period -> DelayAccumulator.of(request.structure(), period, policy));
      cohort.accept(request);
      tally.events(closed)[CLOSED]++;
    }
    tally.events(received)[RECEIVED]++;
    tally.requests++;
    if (overdueFrom != null) {
      tally.events(overdueFrom)[OVERDUE_FROM]++;
      long dueDay = due.toEpochDay();
      if (closed == null) {
        tally.oldestDueOfOpen.merge(overdueFrom, dueDay, Math::min);
      } else {
        tally.events(closed)[OVERDUE_UNTIL]++;
        for (ReportingPeriod p = overdueFrom; p.compareTo(closed) < 0; p = p.next()) {
          tally.oldestDueOfLate.merge(p, dueDay, Math::min);
        }
      }
    }
    LocalDate last = closedOn == null ? request.receivedOn() : closedOn;
    if (latest == null || last.isAfter(latest)) {
      latest = last;
    }
  }

  /**
   * Returns the results: by structure code, then period.
   *
   * @return one row per structure × period with a closing or an open backlog at its end
   */
  List<Row> rows() {
    LocalDate end = latest;
    if (end == null) {
      return List.of();
    }
    ReportingPeriod last = grouping.periodOf(end);
    List<Row> rows = new ArrayList<>();
    for (Tally tally : new TreeMap<>(structures).values()) {
      long received = 0;
      long closedBefore = 0;
      long overdue = 0;
      long oldestOpenDue = Long.MAX_VALUE;
      ReportingPeriod period = tally.events.firstKey();
      while (period != null && period.compareTo(last) <= 0) {
        long closedHere = 0;
        long[] events = tally.events.get(period);
        if (events != null) {
          received += events[RECEIVED];
          closedHere = events[CLOSED];
          overdue += events[OVERDUE_FROM] - events[OVERDUE_UNTIL];
        }
        oldestOpenDue = Math.min(oldestOpenDue, tally.oldestDueOfOpen.getOrDefault(period, MAX));
        long open = received - closedBefore - closedHere;
        if (closedHere > 0 || open > 0) {
          long oldestDue = Math.min(oldestOpenDue, tally.oldestDueOfLate.getOrDefault(period, MAX));
          Backlog backlog =
              new Backlog(
                  period.lastDay(),
                  open,
                  overdue,
                  oldestDue == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(oldestDue));
          rows.add(
              new Row(
                  measure(tally, period, closedBefore, open, tally.requests - received, backlog),
                  backlog));
        }
        closedBefore += closedHere;
        if (period.equals(last)) {
          break;
        }
        // While nothing is open, nothing changes until the next period with an event.
        period = open > 0 ? period.next() : tally.events.higherKey(period);
      }
    }
    return rows;
  }

  private Measurement measure(
      Tally tally,
      ReportingPeriod period,
      long closedBefore,
      long open,
      long receivedAfter,
      Backlog backlog) {
    DelayAccumulator cohort = tally.cohorts.get(period);
    Measurement base =
        (cohort == null ? DelayAccumulator.of(tally.structure, period, policy) : cohort).measure();
    Map<String, Long> excluded = new TreeMap<>();
    excluded.put(RequestExclusion.CLOSED_BEFORE_PERIOD.name(), closedBefore);
    excluded.put(RequestExclusion.OPEN_AT_PERIOD_END.name(), open);
    excluded.put(RequestExclusion.RECEIVED_AFTER_PERIOD.name(), receivedAfter);
    Map<String, String> parameters = new TreeMap<>(base.parameters());
    parameters.put(BACKLOG_AS_OF, backlog.asOf().toString());
    parameters.put(BACKLOG_OPEN, Long.toString(backlog.open()));
    parameters.put(BACKLOG_OVERDUE, Long.toString(backlog.overdue()));
    if (backlog.oldestDue() != null) {
      parameters.put(BACKLOG_OLDEST_DUE, backlog.oldestDue().toString());
    }
    return new Measurement(
        base.indicator(),
        base.structure(),
        base.period(),
        base.value(),
        base.numerator(),
        base.denominator(),
        base.n(),
        base.status(),
        base.interval(),
        excluded,
        parameters);
  }

  /**
   * One structure × period: the indicator and the backlog at the end of the period.
   *
   * @param measurement {@code RESPECT_DELAI}, with the backlog as parameters
   * @param backlog the backlog at the end of the period
   */
  record Row(Measurement measurement, Backlog backlog) {}

  /**
   * The requests open at the end of a period, and those already past their announced delay.
   *
   * @param asOf the period's last day
   * @param open the requests received by that day and not closed on or before it
   * @param overdue those whose last on-time day is before that day
   * @param oldestDue the earliest last on-time day of the overdue ones, or null when none
   */
  record Backlog(LocalDate asOf, long open, long overdue, @Nullable LocalDate oldestDue) {

    /**
     * Returns how long the oldest overdue request has been late.
     *
     * @return {@code asOf − oldestDue} in calendar days, or -1 when none is overdue
     */
    long oldestDaysOverdue() {
      return oldestDue == null ? -1 : asOf.toEpochDay() - oldestDue.toEpochDay();
    }
  }

  /** The counts of one structure, by period. */
  private static final class Tally {
    final StructureCode structure;
    final TreeMap<ReportingPeriod, DelayAccumulator> cohorts = new TreeMap<>();

    /** By period: received, closed, becoming overdue, closed while overdue. */
    final TreeMap<ReportingPeriod, long[]> events = new TreeMap<>();

    /** By period: the earliest last on-time day of the requests closed later and overdue then. */
    final TreeMap<ReportingPeriod, Long> oldestDueOfLate = new TreeMap<>();

    /** By first overdue period: the earliest last on-time day of the requests still open. */
    final TreeMap<ReportingPeriod, Long> oldestDueOfOpen = new TreeMap<>();

    long requests;

    Tally(StructureCode structure) {
      this.structure = structure;
    }

    long[] events(ReportingPeriod period) {
      return events.computeIfAbsent(period, p -> new long[4]);
    }
  }
}
