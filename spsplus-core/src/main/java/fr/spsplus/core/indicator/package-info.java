/**
 * Indicators: definitions of the Services Publics+ dashboard indicators, their results, and the
 * statistical vocabulary every result carries (confidence intervals, publication status).
 */
@NullMarked
package fr.spsplus.core.indicator;

import org.jspecify.annotations.NullMarked;
