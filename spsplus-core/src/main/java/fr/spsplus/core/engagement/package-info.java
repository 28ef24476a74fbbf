/**
 * The engagements of the public-service quality referentials, kept as versioned data: Services
 * Publics+ 2023 (current, 8 engagements), Services Publics+ 2021 (9) and the historical référentiel
 * Marianne of 2008 (19).
 *
 * <p>{@link fr.spsplus.core.engagement.Referentials} is the entry point. The referentials are
 * bundled text resources (see {@link fr.spsplus.core.engagement.Referentials#parse(java.io.Reader,
 * String)} for the format), not code: a new version is a new file. Every engagement says whether
 * its wording is confirmed by a public source; unconfirmed ones carry a descriptive title.
 *
 * <p>Sources: https://www.plus.transformation.gouv.fr/agent/engagements, the arrêté of 31 August
 * 2023 creating the label Services Publics+, and the pages cited in each data file.
 */
@NullMarked
package fr.spsplus.core.engagement;

import org.jspecify.annotations.NullMarked;
