/**
 * Statistics that every Services Publics+ result carries: confidence intervals of proportions
 * ({@link fr.spsplus.indicators.stats.BinomialInterval}), weighted proportions with the Kish
 * effective sample size ({@link fr.spsplus.indicators.stats.WeightedProportion}), intervals of
 * means ({@link fr.spsplus.indicators.stats.MeanInterval}, {@link
 * fr.spsplus.indicators.stats.SampleMoments}) and the publication status decided from the sample
 * size ({@link fr.spsplus.indicators.stats.PublicationPolicy}).
 *
 * <p>Reference: Brown, Cai and DasGupta, <i>Interval Estimation for a Binomial Proportion</i>,
 * Statistical Science 16(2), 2001, pp. 101–133
 * (https://studylib.net/doc/7960401/interval-estimation-for-a-binomial-proportion). Every type is
 * immutable and thread-safe.
 */
@NullMarked
package fr.spsplus.indicators.stats;

import org.jspecify.annotations.NullMarked;
