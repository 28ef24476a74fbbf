package fr.spsplus.indicators.level;

/** Which direction of an indicator is better. */
public enum Polarity {
  /** A higher value is better (satisfaction, pick-up rate, share of requests on time). */
  HIGHER_IS_BETTER,
  /** A lower value is better (waiting time, abandon rate, effort). */
  LOWER_IS_BETTER
}
