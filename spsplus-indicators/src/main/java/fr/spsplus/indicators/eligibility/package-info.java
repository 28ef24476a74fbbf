/**
 * Eligibility to the label Services Publics+: scoring an audit ({@link
 * fr.spsplus.indicators.eligibility.AuditScoring}), deciding the tier an application reaches under
 * a rule set ({@link fr.spsplus.indicators.eligibility.LabelEligibility}), and rendering the
 * decision for people ({@link fr.spsplus.indicators.eligibility.DecisionReport}).
 *
 * <p>The model — a tier is reached when the user survey, the agent survey and the audit of every
 * engagement (plus, for OR, the additional "Or" criteria) all reach their minimums — follows the
 * DITP document on the "Or" tier ({@code seeds/001_…} of the project's references). The thresholds
 * are data ({@link fr.spsplus.core.label.LabelRuleSet}); none is public, and the bundled rule set
 * is illustrative. The scoring formula, the survey intervals and the minimum survey sizes are
 * <strong>proposed defaults</strong>. Everything here is pure: no I/O, no clock.
 */
@NullMarked
package fr.spsplus.indicators.eligibility;

import org.jspecify.annotations.NullMarked;
