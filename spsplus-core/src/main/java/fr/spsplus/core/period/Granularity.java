package fr.spsplus.core.period;

/**
 * The kind of a {@link ReportingPeriod}, which fixes how its dates are aligned and how its text
 * code is written.
 *
 * <p>The constant names are stable codes (JSON, CSV, CLI). The calendar granularities follow the
 * ISO 8601 calendar; {@link #ROLLING_12_MONTHS} is the sliding window proposed for the Services
 * Publics+ dashboard indicators (calendar month and rolling twelve months, a <strong>proposed
 * default</strong>: no official reporting period is published beyond "at least once a year",
 * https://www.plus.transformation.gouv.fr/engagement/6).
 */
public enum Granularity {
  /** One calendar day; code {@code 2026-03-02}. */
  DAY,
  /**
   * One ISO 8601 week, Monday to Sunday, numbered within its <em>week-based</em> year; code {@code
   * 2026-W10}. Week 1 is the week that contains the year's first Thursday, so {@code 2026-W01}
   * starts on Monday 29 December 2025 and some years have a week 53 ({@code 2020-W53}).
   */
  ISO_WEEK,
  /** One calendar month; code {@code 2026-03}. */
  MONTH,
  /** One calendar quarter (January, April, July or October, three months); code {@code 2026-Q1}. */
  QUARTER,
  /** One calendar year; code {@code 2026}. */
  YEAR,
  /**
   * Twelve whole calendar months ending with (and including) a given month; code {@code
   * R12-2026-03} for April 2025 to March 2026. Consecutive windows overlap: {@link
   * ReportingPeriod#next()} slides the window by one month.
   */
  ROLLING_12_MONTHS,
  /**
   * Any non-empty range of whole days; code {@code 2026-03-02/2026-04-15}, first and last day both
   * <em>included</em> (while {@link ReportingPeriod#end()} is the day after the last one).
   */
  CUSTOM
}
