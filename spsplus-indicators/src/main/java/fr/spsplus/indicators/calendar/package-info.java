/**
 * French public holidays by {@link fr.spsplus.core.request.HolidayZone} and working-day arithmetic
 * for the indicator "respect du délai de traitement annoncé": {@link
 * fr.spsplus.indicators.calendar.HolidayCalendar} (counts and due dates), {@link
 * fr.spsplus.indicators.calendar.PublicHoliday} (the legal holidays and their rules), {@link
 * fr.spsplus.indicators.calendar.Holiday} (one holiday on one date) and {@link
 * fr.spsplus.indicators.calendar.Easter} (the Gregorian computus).
 *
 * <p>Legal sources: Code du travail, article L3133-1 (the eleven national holidays,
 * https://www.legifrance.gouv.fr/codes/id/LEGISCTA000033008129/); article L3134-13 (Alsace-Moselle,
 * https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006072050/LEGISCTA000006178008/); loi
 * n° 83-550 of 30 June 1983 (https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000692257/) and
 * décret n° 83-1003 of 23 November 1983 as amended by décret n° 2012-553 of 23 April 2012 (the
 * abolition-of-slavery days of the overseas départements).
 */
@NullMarked
package fr.spsplus.indicators.calendar;

import org.jspecify.annotations.NullMarked;
