package fr.spsplus.indicators.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.grouping.GroupedAccumulator;
import fr.spsplus.indicators.grouping.Grouping;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The grouped columnar path, {@code CallAccumulator.acceptColumns}. */
class CallColumnsTest {

  private static final StructureCode[] SITES = {
    StructureCode.of("site-a"), StructureCode.of("site-b"), StructureCode.of("site-c")
  };
  private static final Grouping MONTHS =
      Grouping.by(Granularity.MONTH).withZones(Map.of(SITES[2], ZoneId.of("America/Cayenne")));
  private static final long START = Instant.parse("2025-12-15T00:00:00Z").getEpochSecond();

  /** Random columns: outcomes, waits (a few above a small cap), sites, instants over 3 months. */
  private record Columns(byte[] outcomes, int[] waits, int[] sites, long[] arrivals) {
    static Columns random(int size, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      Columns c = new Columns(new byte[size], new int[size], new int[size], new long[size]);
      for (int i = 0; i < size; i++) {
        c.outcomes[i] = (byte) random.nextInt(CallOutcome.values().length);
        c.waits[i] = random.nextInt(10) == 0 ? random.nextInt(5_000) : random.nextInt(120);
        c.sites[i] = random.nextInt(SITES.length);
        c.arrivals[i] = START + random.nextLong(100L * 86_400);
      }
      return c;
    }
  }

  private static List<CallMeasurements> results(
      GroupedAccumulator<CallRecord, CallAccumulator> grouped) {
    return grouped.results(
        (structure, period, state) ->
            state.result(structure, period, CallAccumulatorGoldenTest.SHOW_ALL));
  }

  private static GroupedAccumulator<CallRecord, CallAccumulator> oneByOne(
      CallPolicy policy, Columns c) {
    GroupedAccumulator<CallRecord, CallAccumulator> grouped =
        CallAccumulator.grouped(MONTHS, policy);
    for (int i = 0; i < c.outcomes.length; i++) {
      grouped.stateFor(SITES[c.sites[i]], c.arrivals[i]).acceptOrdinal(c.outcomes[i], c.waits[i]);
    }
    return grouped;
  }

  @Property(tries = 50)
  void groupedColumnsEqualOneCallAtATime(
      @ForAll @IntRange(min = 0, max = 400) int size,
      @ForAll @LongRange(min = 0, max = 1_000) long seed,
      @ForAll @IntRange(min = 0, max = 40) int from) {
    CallPolicy policy = CallPolicy.builder().histogramCapSeconds(600).build();
    Columns c = Columns.random(size, seed);
    int first = Math.min(from, size);
    GroupedAccumulator<CallRecord, CallAccumulator> grouped =
        CallAccumulator.grouped(MONTHS, policy);
    CallAccumulator.acceptColumns(
        grouped, SITES, c.sites, c.arrivals, c.outcomes, c.waits, first, size);
    Columns tail =
        new Columns(
            java.util.Arrays.copyOfRange(c.outcomes, first, size),
            java.util.Arrays.copyOfRange(c.waits, first, size),
            java.util.Arrays.copyOfRange(c.sites, first, size),
            java.util.Arrays.copyOfRange(c.arrivals, first, size));
    assertThat(results(grouped)).isEqualTo(results(oneByOne(policy, tail)));
    assertThat(grouped.count()).isEqualTo(size - first);
  }

  @Test
  void severalChunksOfRowsGiveTheSameGroups() {
    Columns c = Columns.random(150_000, 42);
    GroupedAccumulator<CallRecord, CallAccumulator> grouped =
        CallAccumulator.grouped(MONTHS, CallPolicy.defaults());
    CallAccumulator.acceptColumns(
        grouped, SITES, c.sites, c.arrivals, c.outcomes, c.waits, 0, c.outcomes.length);
    assertThat(results(grouped)).isEqualTo(results(oneByOne(CallPolicy.defaults(), c)));
    assertThat(grouped.structures()).hasSize(3);
  }

  @Test
  void anInvalidRowFeedsNothing() {
    Columns c = Columns.random(1_000, 7);
    GroupedAccumulator<CallRecord, CallAccumulator> grouped =
        CallAccumulator.grouped(MONTHS, CallPolicy.defaults());
    c.waits[999] = -1;
    assertThatThrownBy(
            () ->
                CallAccumulator.acceptColumns(
                    grouped, SITES, c.sites, c.arrivals, c.outcomes, c.waits, 0, 1_000))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("waitSeconds[999]");
    c.waits[999] = 1;
    c.sites[998] = 3;
    assertThatThrownBy(
            () ->
                CallAccumulator.acceptColumns(
                    grouped, SITES, c.sites, c.arrivals, c.outcomes, c.waits, 0, 1_000))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getMessage(java.util.Locale.ENGLISH))
                    .contains("structureIndices[998]")
                    .contains("between 0 and 2; got 3"));
    c.sites[998] = 0;
    c.arrivals[997] = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();
    assertThatThrownBy(
            () ->
                CallAccumulator.acceptColumns(
                    grouped, SITES, c.sites, c.arrivals, c.outcomes, c.waits, 0, 1_000))
        .isInstanceOf(InvalidInputException.class);
    assertThat(grouped.count()).isZero();
    assertThat(grouped.structures()).isEmpty();
    assertThat(results(grouped)).isEmpty();
  }
}
