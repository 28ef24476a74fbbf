/**
 * Roll-ups along the structure tree and national aggregates, by merging states ({@link
 * fr.spsplus.indicators.rollup.RollUp}), never by averaging rates; the labelled exception for
 * networks whose official method averages rates ({@link fr.spsplus.indicators.rollup.MeanOfRates});
 * and the share of structures that reach a target ({@link
 * fr.spsplus.indicators.rollup.TargetShare}).
 */
@NullMarked
package fr.spsplus.indicators.rollup;

import org.jspecify.annotations.NullMarked;
