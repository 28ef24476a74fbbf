/**
 * The continuous-improvement loop of Services Publics+: irritants and their root-cause analyses (5
 * pourquoi, QQOQCCP, 5M/Ishikawa), improvement proposals that always get a reasoned answer, action
 * plans whose actions each carry an ad-hoc indicator, self-assessments against the engagements, and
 * the comité local de l'amélioration continue.
 *
 * <p>Sources: DITP page "Amélioration continue"
 * (https://www.modernisation.gouv.fr/ameliorer-lexperience-usagers/amelioration-continue, {@code
 * seeds/000_…}); DITP document on the "Or" tier criteria ({@code seeds/001_…}: A6 one indicator per
 * action, B1–B2 every proposal answered against communicated criteria, C1 Pareto, 5 pourquoi,
 * QQOQCCP, 5M); https://www.plus.transformation.gouv.fr/lamelioration-continue-des-services-publics
 * (comités locaux). The self-assessment grid and its maturity levels are not public: the scale is
 * data.
 */
@NullMarked
package fr.spsplus.core.improvement;

import org.jspecify.annotations.NullMarked;
