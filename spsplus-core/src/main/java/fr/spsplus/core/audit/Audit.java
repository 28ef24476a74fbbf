package fr.spsplus.core.audit;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Texts;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One audit of a structure for the label Services Publics+: when, by whom, against which grid, and
 * the ratings given.
 *
 * <p>The label is awarded after an external audit by an independent certification body (DITP press
 * release of 18 July 2024,
 * https://www.modernisation.gouv.fr/presse/qualite-et-efficacite-des-services-publics-creation-du-label-services-publics).
 * Check the ratings against their grid with {@link AuditGrid#requireApplicable(Audit)}.
 *
 * @param id the audit's identifier; format {@value fr.spsplus.core.TextRules#ID_PATTERN}
 * @param structure the audited structure
 * @param type why the audit took place
 * @param date the day of the audit (the last day, for a visit over several days)
 * @param auditor who audited
 * @param grid the grid version the ratings refer to
 * @param ratings the ratings of the grid's criteria, at most one per criterion, possibly fewer than
 *     the grid's criteria (copied)
 * @param orCriteria the ratings of the additional "Or" criteria, or null when the "Or" tier was not
 *     assessed
 */
public record Audit(
    @NotNull @Pattern(regexp = TextRules.ID_PATTERN) String id,
    @NotNull StructureCode structure,
    @NotNull AuditType type,
    @NotNull LocalDate date,
    @NotNull @Valid Auditor auditor,
    @NotNull @Valid AuditGridReference grid,
    List<@Valid @NotNull CriterionRating> ratings,
    @Nullable @Valid OrCriteriaRatings orCriteria) {

  /**
   * Checks and copies the components.
   *
   * @throws InvalidInputException if the identifier is malformed or a criterion is rated twice
   */
  public Audit {
    Texts.requireId(id, "id");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(auditor, "auditor");
    Objects.requireNonNull(grid, "grid");
    ratings = List.copyOf(Objects.requireNonNull(ratings, "ratings"));
    Set<String> seen = new HashSet<>();
    for (CriterionRating rating : ratings) {
      if (!seen.add(rating.criterionId())) {
        throw new InvalidInputException(
            AuditMessages.BUNDLE.message("audit.duplicate", rating.criterionId()));
      }
    }
  }

  /**
   * Returns the rating of a criterion, if it was rated.
   *
   * @param criterionId the criterion's identifier
   * @return the rating, or empty
   */
  public Optional<CriterionRating> rating(String criterionId) {
    Objects.requireNonNull(criterionId, "criterionId");
    return ratings.stream().filter(r -> r.criterionId().equals(criterionId)).findFirst();
  }
}
