/**
 * The telephone indicators: taux de décroché par un agent (dashboard indicator 6, with its 85 %
 * Plan téléphone target) and global, abandon rate, service levels, mean and percentile waits of
 * answered calls.
 *
 * <p>{@link fr.spsplus.indicators.call.CallAccumulator} is the exact, mergeable state (counts and
 * counting histograms, an allocation-free primitive path for systems that hold calls in arrays);
 * {@link fr.spsplus.indicators.call.CallPolicy} holds the rules (short abandons, thresholds,
 * treatment of overflow, callbacks, transfers and out-of-hours calls), every one of them a
 * <strong>proposed default</strong> except the definition of the agent rate itself
 * (https://www.plus.transformation.gouv.fr/engagement/6); {@link
 * fr.spsplus.indicators.call.CallMeasurements} gathers the results.
 */
@NullMarked
package fr.spsplus.indicators.call;

import org.jspecify.annotations.NullMarked;
