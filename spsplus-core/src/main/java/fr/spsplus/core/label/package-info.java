/**
 * The label Services Publics+: its tiers, the rules that date a decision (validity, follow-up
 * audit), the decision itself and the lifecycle of a label from application to expiry.
 *
 * <p>Sources: arrêté of 31 August 2023 "portant création du label « Services Publics + »" (NOR
 * TFPT2322190A); DITP press release of 18 July 2024
 * (https://www.modernisation.gouv.fr/presse/qualite-et-efficacite-des-services-publics-creation-du-label-services-publics);
 * tiers and validity per
 * https://www.mutame.com/fonction-publique-territoriale/services-publics-plus-un-label-pour-reinventer-la-relation-usagers.
 * No numeric threshold of the label is public: the rule sets that decide a tier are data, kept
 * apart from this model.
 */
@NullMarked
package fr.spsplus.core.label;

import org.jspecify.annotations.NullMarked;
