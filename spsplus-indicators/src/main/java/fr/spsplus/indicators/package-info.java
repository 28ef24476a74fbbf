/**
 * Calculators for the Services Publics+ quality indicators.
 *
 * <p>Every calculator is pure: given the same inputs and policy it returns the same result, and its
 * streaming accumulators merge exactly (split and merged equals all at once).
 */
@NullMarked
package fr.spsplus.indicators;

import org.jspecify.annotations.NullMarked;
