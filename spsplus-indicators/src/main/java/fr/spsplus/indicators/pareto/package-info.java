/**
 * Pareto analysis of labelled counts (irritants, call reasons, complaint causes): {@link
 * fr.spsplus.indicators.pareto.ParetoAnalysis} sorts the contributions, accumulates their shares
 * and selects the "vital few" at a cut; {@link fr.spsplus.indicators.pareto.ParetoItem} is one line
 * of the result.
 *
 * <p>The programme asks front-line agents to prioritise irritants with Pareto charts (criterion C1
 * of the label's additional OR criteria, {@code seeds/001_…} of the project's references).
 */
@NullMarked
package fr.spsplus.indicators.pareto;

import org.jspecify.annotations.NullMarked;
