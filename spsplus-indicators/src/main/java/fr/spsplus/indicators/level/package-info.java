/**
 * Level tables and targets: map an indicator value to a level through ordered thresholds with
 * explicit bound inclusivity and polarity ({@link fr.spsplus.indicators.level.LevelTable}), and
 * tell whether a target is reached, by the value and by its confidence interval ({@link
 * fr.spsplus.indicators.level.Target}). Ready-made tables and targets, each with its source or
 * marked as a proposed default, are in {@link fr.spsplus.indicators.level.StandardLevels}.
 */
@NullMarked
package fr.spsplus.indicators.level;

import org.jspecify.annotations.NullMarked;
