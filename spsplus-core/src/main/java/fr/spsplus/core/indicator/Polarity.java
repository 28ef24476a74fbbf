package fr.spsplus.core.indicator;

/** Which direction of an indicator's value is an improvement. */
public enum Polarity {
  /** A higher value is better (rates of satisfaction, pick-up, on-time processing). */
  HIGHER_IS_BETTER,
  /** A lower value is better (abandon rate, waits). */
  LOWER_IS_BETTER
}
