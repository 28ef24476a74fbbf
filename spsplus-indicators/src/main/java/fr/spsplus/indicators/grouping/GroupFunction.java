package fr.spsplus.indicators.grouping;

import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;

/**
 * Turns the state of one group (a structure over a period) into a result, for example {@code
 * (structure, period, calls) -> calls.result(structure, period)}.
 *
 * @param <A> the accumulator type
 * @param <R> the result type
 */
@FunctionalInterface
public interface GroupFunction<A, R> {

  /**
   * Computes the result of one group.
   *
   * @param structure the group's structure
   * @param period the group's period
   * @param state the group's state: read it, do not change it
   * @return the result
   */
  R apply(StructureCode structure, ReportingPeriod period, A state);
}
