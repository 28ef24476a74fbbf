/**
 * Survey calculators: the exact histogram of the answers to one question ({@link
 * fr.spsplus.indicators.survey.SurveyAccumulator}), the rates and scores computed from it for any
 * scale (top box, taux net, NPS, CES, JDMA score /10, yes rate; weighted or not: {@link
 * fr.spsplus.indicators.survey.SurveyPolicy}), and the perception indicators of the SP+ dashboard
 * with the post-call satisfaction and its response rate ({@link
 * fr.spsplus.indicators.survey.PerceptionAccumulator}).
 *
 * <p>No-opinion answers ({@code NSP}) are counted and reported as exclusions, never in a
 * denominator; rates are proportions in [0, 1], net rates and NPS in [−1, 1], scores in the unit of
 * their marks (0–10 for JDMA).
 */
@NullMarked
package fr.spsplus.indicators.survey;

import org.jspecify.annotations.NullMarked;
