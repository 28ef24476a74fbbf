package fr.spsplus.indicators.request;

/**
 * Why a request is outside the cohort of a period (the requests closed in it). The constant names
 * are the stable reason codes of {@link fr.spsplus.indicators.Measurement#excluded()}.
 */
public enum RequestExclusion {
  /** Closed before the first day of the period: it belongs to an earlier cohort. */
  CLOSED_BEFORE_PERIOD,
  /**
   * Received on or before the last day of the period and still open on that day (not closed, or
   * closed after the period): it feeds the overdue backlog, and a later cohort.
   */
  OPEN_AT_PERIOD_END,
  /** Received after the last day of the period: it did not exist yet. */
  RECEIVED_AFTER_PERIOD
}
