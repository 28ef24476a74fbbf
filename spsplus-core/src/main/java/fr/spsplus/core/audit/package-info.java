/**
 * Audits of the label Services Publics+: versioned audit grids with their rating scales, audits
 * (type, date, auditor, ratings with evidence), per-engagement results, and the additional criteria
 * of the "Or" tier.
 *
 * <p>The official audit grid and its scale are not public: grids and scales are data. The bundled
 * grid ({@link fr.spsplus.core.audit.AuditGrid#illustrativeSpPlus2023()}) is
 * <strong>illustrative</strong>, derived from the public descriptions of the engagements, not the
 * certification bodies' grid. The "Or" criteria are paraphrased from the DITP document on the "Or"
 * tier ({@code seeds/001_…}); see {@link fr.spsplus.core.audit.OrCriterion}.
 */
@NullMarked
package fr.spsplus.core.audit;

import org.jspecify.annotations.NullMarked;
