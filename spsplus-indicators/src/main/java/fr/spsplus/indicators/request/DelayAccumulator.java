package fr.spsplus.indicators.request;

import static fr.spsplus.indicators.request.RequestClock.MESSAGES;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Accumulator;
import fr.spsplus.indicators.Measurement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The indicator "respect du délai de traitement annoncé" ({@link IndicatorCode#RESPECT_DELAI},
 * dashboard indicator 8) of one period, and the overdue backlog at its end, from a stream of {@link
 * ProcessedRequest}s.
 *
 * <p><strong>Formula.</strong> Requests processed within the announced delay ÷ requests processed
 * (official wording, https://www.plus.transformation.gouv.fr/engagement/6). The cohort is the
 * requests <em>closed</em> in the period ({@code closedOn} within it, local dates); each is on time
 * when its elapsed days ({@link RequestClock}: calendar days, or working days without the public
 * holidays of its own zone; suspensions deducted or not per the {@link DelayPolicy}) do not exceed
 * its announced delay. The {@link Measurement} is a proportion in [0, 1] with numerator = on time,
 * denominator = {@code n} = closed in the period, and a binomial interval (Wilson 95 % by default).
 *
 * <p><strong>Outside the cohort</strong>, every request is counted by {@link RequestExclusion}:
 * closed before the period, received after it, or open at its end. The last ones form the {@link
 * #overdueBacklog() overdue backlog} (open requests already past their delay on the period's last
 * day), broken down by démarche. {@link #measure(String)} gives the indicator for one démarche (the
 * SP+ indicator applies to at least one flagship démarche).
 *
 * <p><strong>Speed.</strong> {@link #accept(ProcessedRequest)} is O(1 + number of suspensions):
 * epoch-day comparisons, working days counted by the O(1) tables of {@link
 * fr.spsplus.indicators.calendar.HolidayCalendar}, one hash look-up of the démarche; it allocates
 * nothing once the démarche is known, except to compute the due date of an overdue request that
 * could be the oldest of its démarche.
 *
 * <p><strong>Merging</strong> is exact (counts and minimum dates): split the requests in any way,
 * accumulate the parts and combine them in any order, and every result is equal. Duplicate requests
 * (the same {@code requestId} twice) are not detected: each is counted. An invalid request is
 * rejected with an {@link InvalidInputException} before any field changes. Mutable, not
 * thread-safe.
 */
public final class DelayAccumulator implements Accumulator<DelayAccumulator> {

  private final ReportingPeriod period;
  private final DelayPolicy policy;
  private final @Nullable StructureCode structure;
  private final long firstDay;
  private final LocalDate lastDay;
  private final long lastEpochDay;
  private final HashMap<String, Tally> byProcedure = new HashMap<>();
  private long count;

  private DelayAccumulator(
      ReportingPeriod period, DelayPolicy policy, @Nullable StructureCode structure) {
    this.period = period;
    this.policy = policy;
    this.structure = structure;
    this.firstDay = period.startEpochDay();
    this.lastDay = period.lastDay();
    this.lastEpochDay = lastDay.toEpochDay();
  }

  /**
   * Returns an empty accumulator for an aggregate: requests of any structure, measurements with no
   * structure.
   *
   * @param period the period whose cohort is measured
   * @param policy the policy
   * @return a new accumulator
   */
  public static DelayAccumulator of(ReportingPeriod period, DelayPolicy policy) {
    return new DelayAccumulator(
        Objects.requireNonNull(period, "period"), Objects.requireNonNull(policy, "policy"), null);
  }

  /**
   * Returns an empty accumulator for one structure.
   *
   * @param structure the structure; requests of another are rejected
   * @param period the period whose cohort is measured
   * @param policy the policy
   * @return a new accumulator
   */
  public static DelayAccumulator of(
      StructureCode structure, ReportingPeriod period, DelayPolicy policy) {
    return new DelayAccumulator(
        Objects.requireNonNull(period, "period"),
        Objects.requireNonNull(policy, "policy"),
        Objects.requireNonNull(structure, "structure"));
  }

  /**
   * Returns the period.
   *
   * @return the period whose cohort is measured
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public DelayPolicy policy() {
    return policy;
  }

  /**
   * Returns the structure measured.
   *
   * @return the structure, or empty for an aggregate
   */
  public Optional<StructureCode> structure() {
    return Optional.ofNullable(structure);
  }

  /**
   * Counts one request: in the cohort (on time or late), or outside it by reason, and in the
   * overdue backlog when it is open at the end of the period.
   *
   * @param request the request
   * @throws InvalidInputException if the request belongs to another structure than the
   *     accumulator's, or is in working days and received before 1583 (the state is unchanged)
   */
  public void accept(ProcessedRequest request) {
    Objects.requireNonNull(request, "request");
    if (structure != null && !structure.equals(request.structure())) {
      throw new InvalidInputException(
          MESSAGES.message("delay.structure.mismatch", "request.structure"));
    }
    LocalDate closedOn = request.closedOn();
    long closed = closedOn == null ? Long.MAX_VALUE : closedOn.toEpochDay();
    long announced = request.announcedDelay().amount();
    SuspensionRule rule = policy.suspensions();
    if (closed < firstDay) {
      tally(request).closedBefore++;
    } else if (request.receivedOn().toEpochDay() > lastEpochDay) {
      tally(request).receivedAfter++;
    } else if (closed <= lastEpochDay) {
      RequestClock.requireSupported(request);
      boolean onTime = RequestClock.elapsed(request, closedOn, rule) <= announced;
      Tally tally = tally(request);
      tally.closed++;
      if (onTime) {
        tally.onTime++;
      }
    } else {
      RequestClock.requireSupported(request);
      boolean overdue = RequestClock.elapsed(request, lastDay, rule) > announced;
      long due = Long.MAX_VALUE;
      Tally known = byProcedure.get(request.procedure());
      long oldest = known == null ? Long.MAX_VALUE : known.oldestDue;
      // The last on-time day is at least receivedOn + announced (in calendar days): skip the
      // computation when it cannot beat the oldest due date already known.
      if (overdue && request.receivedOn().toEpochDay() + announced < oldest) {
        due = RequestClock.lastOnTimeDay(request, rule).toEpochDay();
      }
      Tally tally = known == null ? tally(request) : known;
      tally.open++;
      if (overdue) {
        tally.overdue++;
        tally.oldestDue = Math.min(tally.oldestDue, due);
      }
    }
    count++;
  }

  private Tally tally(ProcessedRequest request) {
    return byProcedure.computeIfAbsent(request.procedure(), procedure -> new Tally());
  }

  /**
   * Adds the requests counted by {@code other}, which is not changed.
   *
   * @param other an accumulator of the same period, policy and structure
   * @return this accumulator
   * @throws InvalidInputException if the periods, policies or structures differ, or a count would
   *     overflow (the state is unchanged)
   */
  @Override
  public DelayAccumulator combine(DelayAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (!period.equals(other.period)
        || !policy.equals(other.policy)
        || !Objects.equals(structure, other.structure)) {
      throw new InvalidInputException(MESSAGES.message("delay.combine.mismatch"));
    }
    HashMap<String, Tally> merged = new HashMap<>();
    byProcedure.forEach((procedure, tally) -> merged.put(procedure, tally.copy()));
    other.byProcedure.forEach(
        (procedure, tally) -> merged.merge(procedure, tally.copy(), Tally::plus));
    long total = Math.addExact(count, other.count);
    byProcedure.clear();
    byProcedure.putAll(merged);
    count = total;
    return this;
  }

  @Override
  public DelayAccumulator copy() {
    DelayAccumulator copy = new DelayAccumulator(period, policy, structure);
    byProcedure.forEach((procedure, tally) -> copy.byProcedure.put(procedure, tally.copy()));
    copy.count = count;
    return copy;
  }

  /**
   * Returns the number of requests accepted, inside and outside the cohort.
   *
   * @return the number of requests
   */
  @Override
  public long count() {
    return count;
  }

  /**
   * Returns the démarches seen.
   *
   * @return the démarches of every request accepted, sorted
   */
  public SortedSet<String> procedures() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(byProcedure.keySet()));
  }

  /**
   * Returns the number of requests closed in the period: the denominator of the indicator.
   *
   * @return the cohort size
   */
  public long closedInPeriod() {
    return total().closed;
  }

  /**
   * Returns the number of requests closed in the period within their announced delay.
   *
   * @return the numerator of the indicator
   */
  public long closedOnTime() {
    return total().onTime;
  }

  /**
   * Returns the requests outside the cohort, by reason.
   *
   * @return the three counts, every reason present
   */
  public Map<RequestExclusion, Long> excluded() {
    return exclusions(total());
  }

  /**
   * Measures the indicator over every démarche.
   *
   * @return the {@link IndicatorCode#RESPECT_DELAI} measurement: a proportion in [0, 1], undefined
   *     when no request was closed in the period; exclusions by {@link RequestExclusion} code
   */
  public Measurement measure() {
    return measure(total(), Map.of());
  }

  /**
   * Measures the indicator for one démarche (an unknown démarche has an empty cohort and an
   * undefined value).
   *
   * @param procedure the démarche, exactly as the requests name it
   * @return the measurement, with the parameter {@code procedure}
   */
  public Measurement measure(String procedure) {
    Objects.requireNonNull(procedure, "procedure");
    Tally tally = byProcedure.getOrDefault(procedure, new Tally());
    return measure(tally, Map.of("procedure", procedure));
  }

  private Measurement measure(Tally tally, Map<String, String> extra) {
    Map<String, String> parameters = new TreeMap<>(policy.parameters());
    parameters.putAll(extra);
    Map<String, Long> excluded = new TreeMap<>();
    exclusions(tally).forEach((reason, n) -> excluded.put(reason.name(), n));
    return policy
        .estimation()
        .proportion(
            IndicatorCode.RESPECT_DELAI,
            structure,
            period,
            tally.onTime,
            tally.closed,
            excluded,
            parameters);
  }

  /**
   * Returns the overdue backlog on the period's last day.
   *
   * @return the open requests, the overdue ones, the oldest due date, by démarche
   */
  public OverdueBacklog overdueBacklog() {
    List<ProcedureBacklog> procedures = new ArrayList<>();
    byProcedure.forEach(
        (procedure, tally) -> {
          if (tally.open > 0) {
            procedures.add(
                new ProcedureBacklog(procedure, tally.open, tally.overdue, date(tally.oldestDue)));
          }
        });
    procedures.sort(
        Comparator.comparingLong(ProcedureBacklog::overdue)
            .reversed()
            .thenComparing(ProcedureBacklog::procedure));
    Tally total = total();
    return new OverdueBacklog(
        lastDay, total.open, total.overdue, date(total.oldestDue), procedures);
  }

  private static @Nullable LocalDate date(long epochDay) {
    return epochDay == Long.MAX_VALUE ? null : LocalDate.ofEpochDay(epochDay);
  }

  private Tally total() {
    Tally total = new Tally();
    for (Tally tally : byProcedure.values()) {
      total.plus(tally);
    }
    return total;
  }

  private static Map<RequestExclusion, Long> exclusions(Tally tally) {
    EnumMap<RequestExclusion, Long> map = new EnumMap<>(RequestExclusion.class);
    map.put(RequestExclusion.CLOSED_BEFORE_PERIOD, tally.closedBefore);
    map.put(RequestExclusion.OPEN_AT_PERIOD_END, tally.open);
    map.put(RequestExclusion.RECEIVED_AFTER_PERIOD, tally.receivedAfter);
    return Collections.unmodifiableMap(map);
  }

  @Override
  public String toString() {
    return "DelayAccumulator["
        + period.code()
        + ", "
        + (structure == null ? "aggregate" : structure)
        + ", count="
        + count
        + "]";
  }

  /** The counts of one démarche. */
  private static final class Tally {
    long closed;
    long onTime;
    long open;
    long overdue;
    long closedBefore;
    long receivedAfter;
    long oldestDue = Long.MAX_VALUE;

    Tally copy() {
      return new Tally().plus(this);
    }

    Tally plus(Tally other) {
      closed = Math.addExact(closed, other.closed);
      onTime = Math.addExact(onTime, other.onTime);
      open = Math.addExact(open, other.open);
      overdue = Math.addExact(overdue, other.overdue);
      closedBefore = Math.addExact(closedBefore, other.closedBefore);
      receivedAfter = Math.addExact(receivedAfter, other.receivedAfter);
      oldestDue = Math.min(oldestDue, other.oldestDue);
      return this;
    }
  }
}
