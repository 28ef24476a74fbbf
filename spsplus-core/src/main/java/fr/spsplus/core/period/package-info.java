/**
 * Reporting periods: the days, ISO weeks, months, quarters, years, rolling twelve-month windows and
 * custom date ranges over which indicators are computed and published ({@link
 * fr.spsplus.core.period.ReportingPeriod}).
 *
 * <p>Periods are made of <em>local dates</em> in the time zone of the structure that is measured,
 * not of instants. The zone is applied once, by whoever turns an event's {@link java.time.Instant}
 * into a {@link java.time.LocalDate} (for example {@code instant.atZone(zone).toLocalDate()}, or
 * {@link fr.spsplus.core.period.ReportingPeriod#containing(java.time.Instant, java.time.ZoneId,
 * fr.spsplus.core.period.Granularity)}); a period never guesses it. Metropolitan structures use
 * {@link fr.spsplus.core.period.ReportingPeriod#DEFAULT_ZONE} (Europe/Paris); overseas structures
 * have their own zones (America/Guadeloupe, Indian/Reunion, Indian/Mayotte…).
 */
@NullMarked
package fr.spsplus.core.period;

import org.jspecify.annotations.NullMarked;
