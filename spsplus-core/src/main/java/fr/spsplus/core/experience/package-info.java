/**
 * Users' experiences on the Services Publics+ platform and what follows them: moderation before
 * publication, the structures' public answers and their usefulness votes, reports of complex
 * documents, and test panels.
 *
 * <p>Sources: the platform's moderation policy (<a
 * href="https://plus.transformation.gouv.fr/voxusagers/page/pol_moderation">pol_moderation</a>),
 * the open-data experiences dataset ({@code export-expa-c-riences}, formerly {@code
 * export-experiences}) on <a
 * href="https://opendata.plus.transformation.gouv.fr">opendata.plus.transformation.gouv.fr</a>, and
 * the data.gouv.fr entry "API Services Publics Plus – Expériences". The platform publishes no
 * workflow document: the lifecycle here is inferred from the published fields (status, rejection
 * reason, answers) and is stated on each type.
 */
@NullMarked
package fr.spsplus.core.experience;

import org.jspecify.annotations.NullMarked;
