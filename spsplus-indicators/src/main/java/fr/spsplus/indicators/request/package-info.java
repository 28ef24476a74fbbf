/**
 * The indicator "respect du délai de traitement annoncé" (dashboard indicator 8): the clock of a
 * request in calendar or working days with the public holidays of its zone ({@link
 * fr.spsplus.indicators.request.RequestClock}), the accumulator of a period's cohort of closed
 * requests ({@link fr.spsplus.indicators.request.DelayAccumulator}) and the overdue backlog at the
 * period's end ({@link fr.spsplus.indicators.request.OverdueBacklog}), under a {@link
 * fr.spsplus.indicators.request.DelayPolicy}.
 */
@NullMarked
package fr.spsplus.indicators.request;

import org.jspecify.annotations.NullMarked;
