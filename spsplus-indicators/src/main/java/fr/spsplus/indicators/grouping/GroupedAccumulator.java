package fr.spsplus.indicators.grouping;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Accumulator;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One accumulator per structure and period, built on any {@link Accumulator}: observations are
 * assigned to the period of the {@link Grouping}'s granularity that contains their local date in
 * their structure's time zone.
 *
 * <pre>{@code
 * GroupedAccumulator<CallRecord, CallAccumulator> byMonth =
 *     CallAccumulator.grouped(Grouping.by(Granularity.MONTH), CallPolicy.defaults());
 * calls.forEach(byMonth::accept);
 * List<CallMeasurements> table =
 *     byMonth.results((structure, period, state) -> state.result(structure, period));
 * }</pre>
 *
 * <h2>Hot path</h2>
 *
 * <p>Each structure keeps the instant bounds (epoch seconds) of the period it was last fed, so an
 * observation in the same structure and period as the previous one costs two comparisons; another
 * period of the same structure costs a binary search over its periods; another structure costs one
 * hash look-up (skipped when the same {@link StructureCode} instance comes again). Nothing is
 * allocated per observation once the groups exist: only creating a group computes its period and
 * allocates its state. Systems that receive observations one at a time as primitives feed {@link
 * #stateFor(StructureCode, long)} directly, for example {@code grouped.stateFor(site,
 * epochSecond).accept(outcome, wait)}. Systems that hold many structures' observations in arrays
 * use {@link #acceptColumns}: with hundreds of groups, feeding one row at a time jumps between
 * states too large to stay in the processor's caches, and sorting the rows by group a chunk at a
 * time is several times faster.
 *
 * <h2>Rolling twelve months</h2>
 *
 * <p>With {@link Granularity#ROLLING_12_MONTHS}, states are stored by calendar month; the state of
 * the window {@code R12-2026-03} is the merge of the twelve monthly states from April 2025 to March
 * 2026 (months without observations are identities). {@link #periods(StructureCode)} and {@link
 * #results(GroupFunction)} report, for every month from the structure's first month with an
 * observation to its last one, the window ending with it when it holds at least one observation (a
 * window over a gap of twelve months or more is skipped); later windows, which only slide the last
 * data out, are not reported but {@link #state(StructureCode, ReportingPeriod)} answers them.
 *
 * <h2>Order, merging, failures</h2>
 *
 * <p>Results come in a deterministic order: by structure code, then by period. Groups without
 * observations are never reported. Grouped accumulators merge exactly: splitting the observations
 * by time, by structure or at random and {@linkplain #combine combining} the parts gives the same
 * groups and states as accumulating everything at once. If the per-observation function throws, the
 * group it created for that observation (if any) is removed, so the accumulator is unchanged. Not
 * thread-safe.
 *
 * @param <T> the observation type
 * @param <A> the accumulator type of each group
 */
public final class GroupedAccumulator<T, A extends Accumulator<A>>
    implements Accumulator<GroupedAccumulator<T, A>> {

  private static final MessageBundle MESSAGES =
      MessageBundle.of(GroupedAccumulator.class, "messages");

  private final Grouping grouping;
  private final Granularity stored;
  private final Supplier<A> factory;
  private final Function<? super T, StructureCode> structureOf;
  private final Function<? super T, Instant> instantOf;
  private final BiConsumer<? super A, ? super T> feeder;
  private final HashMap<StructureCode, Periods<A>> byStructure = new HashMap<>();
  private @Nullable Periods<A> last;

  private GroupedAccumulator(
      Grouping grouping,
      Supplier<A> factory,
      Function<? super T, StructureCode> structureOf,
      Function<? super T, Instant> instantOf,
      BiConsumer<? super A, ? super T> feeder) {
    this.grouping = Objects.requireNonNull(grouping, "grouping");
    this.stored = grouping.storedGranularity();
    this.factory = Objects.requireNonNull(factory, "factory");
    this.structureOf = Objects.requireNonNull(structureOf, "structureOf");
    this.instantOf = Objects.requireNonNull(instantOf, "instantOf");
    this.feeder = Objects.requireNonNull(feeder, "feeder");
  }

  /**
   * Returns an empty grouped accumulator.
   *
   * @param <T> the observation type
   * @param <A> the accumulator type
   * @param grouping the granularity and time zones
   * @param factory creates the empty state of a new group; every state it returns must have the
   *     same policy
   * @param structureOf the structure of an observation
   * @param instantOf the instant of an observation (its period is the one that contains its local
   *     date in the structure's zone)
   * @param feeder adds an observation to a group's state (for example {@code
   *     CallAccumulator::accept})
   * @return the grouped accumulator
   */
  public static <T, A extends Accumulator<A>> GroupedAccumulator<T, A> of(
      Grouping grouping,
      Supplier<A> factory,
      Function<? super T, StructureCode> structureOf,
      Function<? super T, Instant> instantOf,
      BiConsumer<? super A, ? super T> feeder) {
    return new GroupedAccumulator<>(grouping, factory, structureOf, instantOf, feeder);
  }

  /**
   * Returns the grouping.
   *
   * @return the granularity and time zones
   */
  public Grouping grouping() {
    return grouping;
  }

  // ---------------------------------------------------------------------------------------------
  // Input

  /**
   * Adds one observation to the group of its structure and period.
   *
   * @param observation the observation
   * @throws InvalidInputException if its date lies outside the supported years (1 to 9999) or the
   *     per-observation function rejects it; the accumulator is then unchanged
   */
  public void accept(T observation) {
    Objects.requireNonNull(observation, "observation");
    StructureCode structure =
        Objects.requireNonNull(structureOf.apply(observation), "structure of the observation");
    Instant instant = Objects.requireNonNull(instantOf.apply(observation), "instant");
    Periods<A> periods = periodsOf(structure);
    int groupsBefore = periods.size;
    A state;
    try {
      state = periods.stateAt(instant.getEpochSecond(), stored, factory);
    } catch (RuntimeException e) {
      forgetIfEmpty(periods);
      throw e;
    }
    try {
      feeder.accept(state, observation);
    } catch (RuntimeException e) {
      if (periods.size > groupsBefore) {
        periods.removeCurrent();
      }
      forgetIfEmpty(periods);
      throw e;
    }
  }

  /**
   * Returns the live state of the group of a structure at an instant, creating it if needed, so
   * that a primitive path can feed it without allocating: {@code grouped.stateFor(site,
   * epochSecond).accept(outcome, wait)}. A group created and never fed is not reported.
   *
   * @param structure the structure
   * @param epochSecond the instant, in seconds since 1970-01-01T00:00:00Z
   * @return the group's state (owned by this accumulator: feed it, do not keep it across {@link
   *     #combine})
   * @throws InvalidInputException if the instant's date lies outside the years 1 to 9999
   */
  public A stateFor(StructureCode structure, long epochSecond) {
    Periods<A> periods = periodsOf(structure);
    try {
      return periods.stateAt(epochSecond, stored, factory);
    } catch (RuntimeException e) {
      forgetIfEmpty(periods);
      throw e;
    }
  }

  /**
   * The largest number of rows {@link #acceptColumns} groups at a time: 65,536 (so that a caller's
   * buffers of a chunk stay in the processor's caches).
   */
  public static final int COLUMN_CHUNK = 1 << 16;

  /**
   * Instants whose date is within the years 1 to 9999 in every time zone (offsets are at most 18
   * hours): from 0001-01-02T00:00:00Z to 9999-12-30T23:59:59Z. Others are checked one by one.
   */
  private static final long SAFE_FIRST_SECOND = -62_135_510_400L;

  private static final long SAFE_LAST_SECOND = 253_402_214_399L;

  /**
   * Feeds columnar observations group by group: row {@code i} belongs to the structure {@code
   * structures[structureIndices[i]]} at {@code epochSeconds[i]}. The rows {@code from} to {@code
   * to} (exclusive) are sorted by group a chunk of at most {@value #COLUMN_CHUNK} rows at a time (a
   * stable counting sort): {@code batch} copies each row into its slot, then feeds each group's run
   * of slots to the group's state at once, so that each state is touched once per chunk rather than
   * once per row among hundreds of groups, and stays in the processor's caches. The fast path for
   * systems that hold many structures' observations in arrays; {@link
   * fr.spsplus.indicators.call.CallAccumulator#acceptColumns} is its form for calls. The groups and
   * states equal those of feeding the rows one by one through {@link #stateFor(StructureCode,
   * long)}.
   *
   * <p>Every structure index and instant of the range is checked before any row is fed: if one is
   * invalid, nothing is fed (groups created by the call stay empty and are never reported), so the
   * accumulator is observably unchanged. {@code batch} must not fail on the rows it is given: check
   * the value columns before calling. Allocates a few arrays per call, none per row.
   *
   * @param structures the structures, indexed by {@code structureIndices}
   * @param structureIndices per row, an index into {@code structures}
   * @param epochSeconds per row, the instant in seconds since 1970-01-01T00:00:00Z
   * @param from first row, inclusive
   * @param to last row, exclusive
   * @param batch copies rows into slots and feeds runs of slots
   * @throws IndexOutOfBoundsException if the range does not fit in both columns
   * @throws InvalidInputException if a structure index is outside {@code structures}, or an
   *     instant's date lies outside the years 1 to 9999
   * @throws NullPointerException if an indexed structure is null
   */
  public void acceptColumns(
      StructureCode[] structures,
      int[] structureIndices,
      long[] epochSeconds,
      int from,
      int to,
      ColumnBatch<? super A> batch) {
    Objects.requireNonNull(structures, "structures");
    Objects.requireNonNull(structureIndices, "structureIndices");
    Objects.requireNonNull(epochSeconds, "epochSeconds");
    Objects.requireNonNull(batch, "batch");
    Objects.checkFromToIndex(from, to, structureIndices.length);
    Objects.checkFromToIndex(from, to, epochSeconds.length);
    if (from == to) {
      return;
    }
    ColumnGroups<A> groups = new ColumnGroups<>(this, structures);
    // Check every row before feeding any: a range check per row; the rare instant near the ends
    // of the calendar is resolved exactly (which creates its group, still empty).
    int count = structures.length;
    for (int i = from; i < to; i++) {
      int structure = structureIndices[i];
      long second = epochSeconds[i];
      if (structure < 0 || structure >= count) {
        groups.miss(structure, second, i);
      }
      if (second < SAFE_FIRST_SECOND || second > SAFE_LAST_SECOND) {
        groups.groupOf(structure, second, i);
      }
    }
    int chunk = Math.min(COLUMN_CHUNK, to - from);
    int[] groupOfRow = new int[chunk];
    int[] starts = new int[count * 4 + 1];
    int[] next = new int[starts.length];
    for (int first = from; first < to; first += chunk) {
      int end = Math.min(to, first + chunk);
      int n = end - first;
      for (int k = 0; k < n; k++) {
        groupOfRow[k] =
            groups.groupOf(structureIndices[first + k], epochSeconds[first + k], first + k);
      }
      int size = groups.size();
      if (size + 1 > starts.length) {
        starts = new int[Math.max(size + 1, starts.length * 2)];
        next = new int[starts.length];
      }
      Arrays.fill(starts, 0, size + 1, 0);
      for (int k = 0; k < n; k++) {
        starts[groupOfRow[k] + 1]++;
      }
      for (int g = 0; g < size; g++) {
        starts[g + 1] += starts[g];
      }
      System.arraycopy(starts, 0, next, 0, size + 1);
      for (int k = 0; k < n; k++) {
        batch.copy(first + k, next[groupOfRow[k]]++);
      }
      for (int g = 0; g < size; g++) {
        if (starts[g + 1] > starts[g]) {
          batch.feed(groups.state(g), starts[g], starts[g + 1]);
        }
      }
    }
  }

  /**
   * The groups met by one {@link #acceptColumns} call, numbered densely, with the period bounds
   * each structure was last seen in (two comparisons per row in the common case).
   */
  private static final class ColumnGroups<A extends Accumulator<A>> {
    private final GroupedAccumulator<?, A> owner;
    private final StructureCode[] structures;
    private final long[] starts;
    private final long[] ends;
    private final int[] current;
    private final List<A> states = new ArrayList<>();
    private final IdentityHashMap<A, Integer> numbers = new IdentityHashMap<>();

    ColumnGroups(GroupedAccumulator<?, A> owner, StructureCode[] structures) {
      this.owner = owner;
      this.structures = structures;
      this.starts = new long[structures.length];
      this.ends = new long[structures.length];
      this.current = new int[structures.length];
      Arrays.fill(starts, Long.MAX_VALUE);
      Arrays.fill(ends, Long.MIN_VALUE);
    }

    /** The group of a row: two comparisons when the structure's period is the last one seen. */
    int groupOf(int structure, long epochSecond, int row) {
      if (structure >= 0
          && structure < starts.length
          && epochSecond >= starts[structure]
          && epochSecond < ends[structure]) {
        return current[structure];
      }
      return miss(structure, epochSecond, row);
    }

    /** Another period or structure: find or create its group (kept out of the hot path). */
    int miss(int structure, long epochSecond, int row) {
      if (structure < 0 || structure >= structures.length) {
        throw new InvalidInputException(
            MESSAGES.message(
                "grouped.structure.index",
                "structureIndices[" + row + "]",
                structures.length - 1,
                (long) structure));
      }
      StructureCode code =
          Objects.requireNonNull(structures[structure], "structures[" + structure + "]");
      Periods<A> periods = owner.periodsOf(code);
      A state;
      try {
        state = periods.stateAt(epochSecond, owner.stored, owner.factory);
      } catch (RuntimeException e) {
        owner.forgetIfEmpty(periods);
        throw e;
      }
      Integer number = numbers.get(state);
      if (number == null) {
        number = states.size();
        states.add(state);
        numbers.put(state, number);
      }
      starts[structure] = periods.currentStart;
      ends[structure] = periods.currentEnd;
      current[structure] = number;
      return number;
    }

    int size() {
      return states.size();
    }

    A state(int group) {
      return states.get(group);
    }
  }

  /**
   * Returns the live state of the group of a structure at an instant, creating it if needed.
   *
   * @param structure the structure
   * @param instant the instant
   * @return the group's state
   * @throws InvalidInputException if the instant's date lies outside the years 1 to 9999
   */
  public A stateFor(StructureCode structure, Instant instant) {
    return stateFor(structure, Objects.requireNonNull(instant, "instant").getEpochSecond());
  }

  private Periods<A> periodsOf(StructureCode structure) {
    Periods<A> cached = last;
    if (cached != null && (cached.structure == structure || cached.structure.equals(structure))) {
      return cached;
    }
    Objects.requireNonNull(structure, "structure");
    Periods<A> periods = byStructure.get(structure);
    if (periods == null) {
      periods = new Periods<>(structure, grouping.zoneOf(structure));
      byStructure.put(structure, periods);
    }
    last = periods;
    return periods;
  }

  /** Drops a structure left without any group (created for an observation then rejected). */
  private void forgetIfEmpty(Periods<A> periods) {
    if (periods.size == 0) {
      byStructure.remove(periods.structure);
      last = null;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Accumulator

  /**
   * Adds every group of {@code other} into this accumulator; {@code other} is unchanged.
   *
   * @param other a grouped accumulator with an equal grouping and states of the same policy
   * @return this accumulator
   * @throws InvalidInputException if the groupings differ, or the states' policies differ (this
   *     accumulator is then unchanged)
   */
  @Override
  public GroupedAccumulator<T, A> combine(GroupedAccumulator<T, A> other) {
    Objects.requireNonNull(other, "other");
    if (!grouping.equals(other.grouping)) {
      throw new InvalidInputException(MESSAGES.message("grouped.grouping.mismatch"));
    }
    GroupedAccumulator<T, A> source = other == this ? other.copy() : other;
    // Check the states' compatibility once, on a probe, before changing anything.
    for (Periods<A> periods : source.byStructure.values()) {
      if (periods.size > 0) {
        factory.get().combine(periods.state(0));
        break;
      }
    }
    for (Periods<A> theirs : source.byStructure.values()) {
      Periods<A> mine = null;
      for (int i = 0; i < theirs.size; i++) {
        A state = theirs.state(i);
        if (state.count() == 0) {
          continue;
        }
        if (mine == null) {
          mine = periodsOf(theirs.structure);
        }
        mine.stateOf(theirs.periods[i], theirs.starts[i], theirs.ends[i], factory).combine(state);
      }
    }
    return this;
  }

  @Override
  public GroupedAccumulator<T, A> copy() {
    GroupedAccumulator<T, A> copy =
        new GroupedAccumulator<>(grouping, factory, structureOf, instantOf, feeder);
    for (Periods<A> periods : byStructure.values()) {
      Periods<A> target = copy.periodsOf(periods.structure);
      for (int i = 0; i < periods.size; i++) {
        target.insert(
            periods.periods[i], periods.starts[i], periods.ends[i], periods.state(i).copy());
      }
    }
    copy.last = null;
    return copy;
  }

  /**
   * Returns the number of observations accepted, all groups together.
   *
   * @return the sum of the groups' counts
   */
  @Override
  public long count() {
    long total = 0;
    for (Periods<A> periods : byStructure.values()) {
      for (int i = 0; i < periods.size; i++) {
        total += periods.state(i).count();
      }
    }
    return total;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * Returns the structures that have at least one observation.
   *
   * @return the codes, sorted
   */
  public List<StructureCode> structures() {
    List<StructureCode> structures = new ArrayList<>();
    for (Periods<A> periods : byStructure.values()) {
      if (periods.observed()) {
        structures.add(periods.structure);
      }
    }
    Collections.sort(structures);
    return List.copyOf(structures);
  }

  /**
   * Returns the reported periods of a structure: those of its groups with observations, or, for
   * rolling windows, the window ending with each month from its first to its last month with
   * observations, when that window holds at least one.
   *
   * @param structure the structure
   * @return the periods, sorted; empty when the structure has no observation
   */
  public List<ReportingPeriod> periods(StructureCode structure) {
    Periods<A> periods = byStructure.get(Objects.requireNonNull(structure, "structure"));
    if (periods == null || !periods.observed()) {
      return List.of();
    }
    List<ReportingPeriod> result = new ArrayList<>();
    if (grouping.granularity() == Granularity.ROLLING_12_MONTHS) {
      // Months with observations, in order; a window is reported when it holds one of them.
      List<YearMonth> observed = new ArrayList<>();
      for (int i = 0; i < periods.size; i++) {
        if (periods.state(i).count() > 0) {
          observed.add(YearMonth.from(periods.periods[i].start()));
        }
      }
      YearMonth lastObserved = observed.get(observed.size() - 1);
      int oldest = 0;
      for (YearMonth m = observed.get(0); !m.isAfter(lastObserved); m = m.plusMonths(1)) {
        while (observed.get(oldest).isBefore(m.minusMonths(11))) {
          oldest++;
        }
        if (!observed.get(oldest).isAfter(m)) {
          result.add(ReportingPeriod.rolling12Months(m));
        }
      }
    } else {
      for (int i = 0; i < periods.size; i++) {
        if (periods.state(i).count() > 0) {
          result.add(periods.periods[i]);
        }
      }
    }
    return List.copyOf(result);
  }

  /**
   * Returns the state of a structure over a period: the merge of its groups enclosed in the period.
   * The period may be a group's own, a rolling window, or any coarser period or date range made of
   * whole groups (a month of a grouping by day, a year of a grouping by month).
   *
   * @param structure the structure
   * @param period the period
   * @return a new state (changing it does not change this accumulator), or empty when no
   *     observation of the structure falls in the period
   * @throws InvalidInputException if the period cuts a group with observations (an ISO week that
   *     straddles the end of a requested month)
   */
  public Optional<A> state(StructureCode structure, ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    Periods<A> periods = byStructure.get(Objects.requireNonNull(structure, "structure"));
    if (periods == null) {
      return Optional.empty();
    }
    A merged = null;
    for (int i = 0; i < periods.size; i++) {
      ReportingPeriod group = periods.periods[i];
      A state = periods.state(i);
      if (state.count() == 0 || !group.overlaps(period)) {
        continue;
      }
      if (!period.encloses(group)) {
        throw new InvalidInputException(
            MESSAGES.message("grouped.period.cuts", period.code(), group.code()));
      }
      merged = merged == null ? state.copy() : merged.combine(state);
    }
    return Optional.ofNullable(merged);
  }

  /**
   * Returns the state of every structure over a period, for roll-ups (see {@link
   * #state(StructureCode, ReportingPeriod)}).
   *
   * @param period the period
   * @return new states by structure, sorted by code; structures without observations in the period
   *     are absent
   * @throws InvalidInputException if the period cuts a group with observations
   */
  public SortedMap<StructureCode, A> statesAt(ReportingPeriod period) {
    TreeMap<StructureCode, A> states = new TreeMap<>();
    for (StructureCode structure : structures()) {
      state(structure, period).ifPresent(state -> states.put(structure, state));
    }
    return Collections.unmodifiableSortedMap(states);
  }

  /**
   * Computes a result for every reported group, by structure code then period.
   *
   * @param <R> the result type
   * @param function the result of one group; it receives the group's own state (a merged one for
   *     rolling windows) and must not change it
   * @return the results, in order
   */
  public <R> List<R> results(GroupFunction<? super A, ? extends R> function) {
    Objects.requireNonNull(function, "function");
    List<R> results = new ArrayList<>();
    boolean rolling = grouping.granularity() == Granularity.ROLLING_12_MONTHS;
    for (StructureCode structure : structures()) {
      Periods<A> periods = byStructure.get(structure);
      if (rolling) {
        for (ReportingPeriod window : periods(structure)) {
          results.add(function.apply(structure, window, state(structure, window).orElseThrow()));
        }
      } else {
        for (int i = 0; i < periods.size; i++) {
          A state = periods.state(i);
          if (state.count() > 0) {
            results.add(function.apply(structure, periods.periods[i], state));
          }
        }
      }
    }
    return results;
  }

  /** Returns a summary: granularity, structures and observations. */
  @Override
  public String toString() {
    return "GroupedAccumulator[granularity="
        + grouping.granularity()
        + ", structures="
        + structures().size()
        + ", count="
        + count()
        + "]";
  }

  // ---------------------------------------------------------------------------------------------
  // The groups of one structure

  /**
   * The groups of one structure, sorted by start, in parallel arrays; the bounds are epoch seconds
   * of the periods' first and exclusive last instants in the structure's zone.
   */
  private static final class Periods<A extends Accumulator<A>> {
    private static final int INITIAL_CAPACITY = 4;

    final StructureCode structure;
    final ZoneId zone;
    long[] starts = new long[INITIAL_CAPACITY];
    long[] ends = new long[INITIAL_CAPACITY];
    ReportingPeriod[] periods = new ReportingPeriod[INITIAL_CAPACITY];
    Object[] states = new Object[INITIAL_CAPACITY];
    int size;

    // The group fed last: its bounds and state.
    long currentStart = Long.MAX_VALUE;
    long currentEnd = Long.MIN_VALUE;
    int currentIndex = -1;
    @Nullable A current;

    Periods(StructureCode structure, ZoneId zone) {
      this.structure = structure;
      this.zone = zone;
    }

    @SuppressWarnings("unchecked")
    A state(int index) {
      return (A) states[index];
    }

    boolean observed() {
      for (int i = 0; i < size; i++) {
        if (state(i).count() > 0) {
          return true;
        }
      }
      return false;
    }

    A stateAt(long epochSecond, Granularity granularity, Supplier<A> factory) {
      A cached = current;
      if (epochSecond >= currentStart && epochSecond < currentEnd && cached != null) {
        return cached;
      }
      int index = floor(epochSecond);
      if (index < 0 || epochSecond >= ends[index]) {
        ReportingPeriod period = periodAt(epochSecond, granularity);
        index =
            insert(
                period,
                period.startInstant(zone).getEpochSecond(),
                period.endInstant(zone).getEpochSecond(),
                factory.get());
      }
      select(index);
      return state(index);
    }

    private ReportingPeriod periodAt(long epochSecond, Granularity granularity) {
      Instant instant;
      try {
        instant = Instant.ofEpochSecond(epochSecond);
      } catch (DateTimeException e) {
        throw new InvalidInputException(MESSAGES.message("grouped.instant.range"), e);
      }
      return ReportingPeriod.containing(instant, zone, granularity);
    }

    /** Returns the state of a period, creating an empty one if absent (for merging). */
    A stateOf(ReportingPeriod period, long start, long end, Supplier<A> factory) {
      int index = floor(start);
      if (index >= 0 && starts[index] == start) {
        return state(index);
      }
      index = insert(period, start, end, factory.get());
      select(index);
      return state(index);
    }

    /** The index of the last group whose start is at most {@code epochSecond}, or -1. */
    private int floor(long epochSecond) {
      int index = Arrays.binarySearch(starts, 0, size, epochSecond);
      return index >= 0 ? index : -index - 2;
    }

    int insert(ReportingPeriod period, long start, long end, A state) {
      if (size == starts.length) {
        int capacity = size * 2;
        starts = Arrays.copyOf(starts, capacity);
        ends = Arrays.copyOf(ends, capacity);
        periods = Arrays.copyOf(periods, capacity);
        states = Arrays.copyOf(states, capacity);
      }
      int index = floor(start) + 1;
      int moved = size - index;
      System.arraycopy(starts, index, starts, index + 1, moved);
      System.arraycopy(ends, index, ends, index + 1, moved);
      System.arraycopy(periods, index, periods, index + 1, moved);
      System.arraycopy(states, index, states, index + 1, moved);
      starts[index] = start;
      ends[index] = end;
      periods[index] = period;
      states[index] = state;
      size++;
      forgetCurrent();
      return index;
    }

    private void select(int index) {
      currentIndex = index;
      currentStart = starts[index];
      currentEnd = ends[index];
      current = state(index);
    }

    /** Removes the group fed last (created for an observation that was then rejected). */
    void removeCurrent() {
      int index = currentIndex;
      int moved = size - index - 1;
      System.arraycopy(starts, index + 1, starts, index, moved);
      System.arraycopy(ends, index + 1, ends, index, moved);
      System.arraycopy(periods, index + 1, periods, index, moved);
      System.arraycopy(states, index + 1, states, index, moved);
      size--;
      periods[size] = null;
      states[size] = null;
      forgetCurrent();
    }

    private void forgetCurrent() {
      currentIndex = -1;
      currentStart = Long.MAX_VALUE;
      currentEnd = Long.MIN_VALUE;
      current = null;
    }
  }
}
