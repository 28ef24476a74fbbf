package fr.spsplus.indicators.grouping;

import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Accumulator;
import java.time.Instant;

/** A minimal accumulator for the grouping tests: count and sum of non-negative values. */
final class Tally implements Accumulator<Tally> {

  /** An observation: a value for a structure at an instant. */
  record Observation(StructureCode structure, Instant at, int value) {}

  private final int policy;
  long count;
  long sum;

  Tally(int policy) {
    this.policy = policy;
  }

  Tally() {
    this(0);
  }

  void add(Observation observation) {
    if (observation.value() < 0) {
      throw new IllegalArgumentException("value must not be negative");
    }
    count++;
    sum += observation.value();
  }

  @Override
  public Tally combine(Tally other) {
    if (other.policy != policy) {
      throw new IllegalArgumentException("policies differ");
    }
    count += other.count;
    sum += other.sum;
    return this;
  }

  @Override
  public Tally copy() {
    Tally copy = new Tally(policy);
    copy.count = count;
    copy.sum = sum;
    return copy;
  }

  @Override
  public long count() {
    return count;
  }

  static GroupedAccumulator<Observation, Tally> grouped(Grouping grouping) {
    return GroupedAccumulator.of(
        grouping, Tally::new, Observation::structure, Observation::at, Tally::add);
  }
}
