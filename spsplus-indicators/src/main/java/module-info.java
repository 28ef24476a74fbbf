/**
 * Pure calculators for the Services Publics+ indicators, their statistics and label eligibility.
 *
 * <p>No I/O, no HTTP, no JSON, no logging and no clock reads: time zones and policies are inputs.
 * The build enforces the dependency direction: this module requires {@code fr.spsplus.core} and a
 * pure math library (Apache Commons Statistics, for Beta and normal quantiles) only.
 */
module fr.spsplus.indicators {
  requires static transitive org.jspecify;
  requires transitive fr.spsplus.core;
  requires org.apache.commons.statistics.distribution;

  exports fr.spsplus.indicators.calendar;
  exports fr.spsplus.indicators.call;
  exports fr.spsplus.indicators.eligibility;
  exports fr.spsplus.indicators.grouping;
  exports fr.spsplus.indicators.level;
  exports fr.spsplus.indicators.online;
  exports fr.spsplus.indicators.pareto;
  exports fr.spsplus.indicators.request;
  exports fr.spsplus.indicators.rollup;
  exports fr.spsplus.indicators.staffing;
  exports fr.spsplus.indicators.stats;
  exports fr.spsplus.indicators.survey;
  exports fr.spsplus.indicators;
}
