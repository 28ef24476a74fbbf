package fr.spsplus.indicators.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.stats.PublicationPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the delay accumulator: its counts agree with the request clock one request at a time
 * (including the pruned search for the oldest due date), bounds, exact split invariance, merge
 * associativity, commutativity and identity, order independence, rejection without change.
 */
class DelayAccumulatorPropertiesTest {

  @Provide
  Arbitrary<DelayArbitraries.Batch> batches() {
    return DelayArbitraries.batches();
  }

  private static DelayPolicy policy(SuspensionRule rule) {
    return DelayPolicy.defaults()
        .withSuspensions(rule)
        .withEstimation(Estimation.defaults().withPublication(PublicationPolicy.of(1, 1)));
  }

  private static DelayAccumulator fed(
      ReportingPeriod period, SuspensionRule rule, List<ProcessedRequest> requests) {
    DelayAccumulator accumulator = DelayAccumulator.of(DelayArbitraries.SITE, period, policy(rule));
    requests.forEach(accumulator::accept);
    return accumulator;
  }

  /** Everything an accumulator reports. */
  private static List<Object> results(DelayAccumulator accumulator) {
    List<Object> all = new ArrayList<>();
    all.add(accumulator.count());
    all.add(accumulator.measure());
    all.add(accumulator.overdueBacklog());
    all.add(accumulator.excluded());
    all.add(accumulator.procedures());
    for (String procedure : accumulator.procedures()) {
      all.add(accumulator.measure(procedure));
    }
    return all;
  }

  @Property(tries = 300)
  void countsAgreeWithTheClockOfEachRequest(
      @ForAll("batches") DelayArbitraries.Batch batch, @ForAll SuspensionRule rule) {
    ReportingPeriod period = batch.period();
    LocalDate last = period.lastDay();
    long closed = 0;
    long onTime = 0;
    long open = 0;
    long overdue = 0;
    long before = 0;
    long after = 0;
    LocalDate oldest = null;
    for (ProcessedRequest r : batch.requests()) {
      LocalDate c = r.closedOn();
      if (c != null && c.isBefore(period.start())) {
        before++;
      } else if (r.receivedOn().isAfter(last)) {
        after++;
      } else if (c != null && !c.isAfter(last)) {
        closed++;
        onTime += RequestClock.onTime(r, rule) ? 1 : 0;
      } else {
        open++;
        if (RequestClock.elapsedDays(r, last, rule) > r.announcedDelay().amount()) {
          overdue++;
          LocalDate due = RequestClock.lastOnTimeDay(r, rule);
          oldest = oldest == null || due.isBefore(oldest) ? due : oldest;
        }
      }
    }
    DelayAccumulator accumulator = fed(period, rule, batch.requests());
    assertThat(accumulator.closedInPeriod()).isEqualTo(closed);
    assertThat(accumulator.closedOnTime()).isEqualTo(onTime);
    assertThat(accumulator.excluded())
        .containsEntry(RequestExclusion.CLOSED_BEFORE_PERIOD, before)
        .containsEntry(RequestExclusion.RECEIVED_AFTER_PERIOD, after)
        .containsEntry(RequestExclusion.OPEN_AT_PERIOD_END, open);
    OverdueBacklog backlog = accumulator.overdueBacklog();
    assertThat(backlog.open()).isEqualTo(open);
    assertThat(backlog.overdue()).isEqualTo(overdue);
    assertThat(backlog.oldestDueDate()).isEqualTo(oldest);
    assertThat(accumulator.count()).isEqualTo(batch.requests().size());
    assertThat(backlog.procedures().stream().mapToLong(ProcedureBacklog::open).sum())
        .isEqualTo(open);
    assertThat(backlog.procedures().stream().mapToLong(ProcedureBacklog::overdue).sum())
        .isEqualTo(overdue);
    if (oldest != null) {
      assertThat(oldest).isBefore(last);
    }
    Measurement m = accumulator.measure();
    if (closed == 0) {
      assertThat(m.value()).isNull();
    } else {
      assertThat(m.value()).isBetween(0.0, 1.0).isEqualTo((double) onTime / closed);
    }
  }

  @Property(tries = 300)
  void splittingAndMergingGivesEqualResults(
      @ForAll("batches") DelayArbitraries.Batch batch,
      @ForAll SuspensionRule rule,
      @ForAll @IntRange(min = 0, max = 40) int cut) {
    List<ProcessedRequest> requests = batch.requests();
    int at = Math.min(cut, requests.size());
    DelayAccumulator whole = fed(batch.period(), rule, requests);
    DelayAccumulator merged =
        fed(batch.period(), rule, requests.subList(at, requests.size()))
            .combine(fed(batch.period(), rule, requests.subList(0, at)));
    assertThat(results(merged)).isEqualTo(results(whole));
  }

  @Property(tries = 200)
  void mergeIsAssociativeAndCommutativeWithTheEmptyIdentity(
      @ForAll("batches") DelayArbitraries.Batch batch,
      @ForAll @IntRange(min = 0, max = 40) int i,
      @ForAll @IntRange(min = 0, max = 40) int j) {
    List<ProcessedRequest> requests = batch.requests();
    int a = Math.min(Math.min(i, j), requests.size());
    int b = Math.min(Math.max(i, j), requests.size());
    SuspensionRule rule = SuspensionRule.DEDUCTED;
    DelayAccumulator x = fed(batch.period(), rule, requests.subList(0, a));
    DelayAccumulator y = fed(batch.period(), rule, requests.subList(a, b));
    DelayAccumulator z = fed(batch.period(), rule, requests.subList(b, requests.size()));
    assertThat(results(x.copy().combine(y).combine(z)))
        .isEqualTo(results(x.copy().combine(y.copy().combine(z))));
    assertThat(results(x.copy().combine(y))).isEqualTo(results(y.copy().combine(x)));
    DelayAccumulator empty = fed(batch.period(), rule, List.of());
    assertThat(results(x.copy().combine(empty))).isEqualTo(results(x));
    assertThat(results(empty.copy().combine(x))).isEqualTo(results(x));
  }

  @Property(tries = 100)
  void orderDoesNotMatter(@ForAll("batches") DelayArbitraries.Batch batch, @ForAll long seed) {
    List<ProcessedRequest> shuffled = new ArrayList<>(batch.requests());
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(results(fed(batch.period(), SuspensionRule.NOT_DEDUCTED, shuffled)))
        .isEqualTo(results(fed(batch.period(), SuspensionRule.NOT_DEDUCTED, batch.requests())));
  }

  @Property(tries = 100)
  void aRejectedRequestLeavesTheStateUnchanged(@ForAll("batches") DelayArbitraries.Batch batch) {
    DelayAccumulator accumulator = fed(batch.period(), SuspensionRule.DEDUCTED, batch.requests());
    List<Object> before = results(accumulator);
    for (ProcessedRequest r : batch.requests()) {
      ProcessedRequest elsewhere = r.toBuilder().structure(StructureCode.of("Zz9yXw8vUt")).build();
      assertThatThrownBy(() -> accumulator.accept(elsewhere))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("request.structure");
    }
    assertThat(results(accumulator)).isEqualTo(before);
  }
}
