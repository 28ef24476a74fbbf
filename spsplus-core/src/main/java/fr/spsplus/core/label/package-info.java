/**
 * The label Services Publics+: its tiers, the rules that date a decision (validity, follow-up
 * audit), the decision itself and the lifecycle of a label from application to expiry; the evidence
 * of an application ({@link fr.spsplus.core.label.LabelApplication}) and the rule sets that decide
 * a tier ({@link fr.spsplus.core.label.LabelRuleSet}, {@link
 * fr.spsplus.core.label.TierRequirements}, {@link fr.spsplus.core.label.SurveyThreshold}).
 *
 * <p>Sources: arrêté of 31 August 2023 "portant création du label « Services Publics + »" (NOR
 * TFPT2322190A); DITP press release of 18 July 2024
 * (https://www.modernisation.gouv.fr/presse/qualite-et-efficacite-des-services-publics-creation-du-label-services-publics);
 * tiers and validity per
 * https://www.mutame.com/fonction-publique-territoriale/services-publics-plus-un-label-pour-reinventer-la-relation-usagers;
 * the cumulative conditions of a tier per the DITP document on the "Or" tier ({@code seeds/001_…}
 * of the project's references). No numeric threshold of the label is public: rule sets are data,
 * loaded from JSON and validated; the bundled one ({@link
 * fr.spsplus.core.label.LabelRuleSet#illustrativeSpPlus2023()}) is <strong>illustrative</strong>,
 * its numbers invented. The evaluation of an application against a rule set lives in {@code
 * fr.spsplus.indicators.eligibility}.
 */
@NullMarked
package fr.spsplus.core.label;

import org.jspecify.annotations.NullMarked;
