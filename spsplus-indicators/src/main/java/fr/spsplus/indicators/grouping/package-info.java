/**
 * Results by structure × period for any {@link fr.spsplus.indicators.Accumulator}: days, ISO weeks,
 * months, quarters, years or rolling twelve months, computed in each structure's time zone ({@link
 * fr.spsplus.indicators.grouping.Grouping}, {@link
 * fr.spsplus.indicators.grouping.GroupedAccumulator}). Grouped states merge exactly, like the
 * states they hold.
 */
@NullMarked
package fr.spsplus.indicators.grouping;

import org.jspecify.annotations.NullMarked;
