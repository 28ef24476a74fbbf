package fr.spsplus.core.audit;

import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The auditor's rating of one criterion of the grid, with its evidence.
 *
 * <p>Whether the rating lies on the grid's scale is checked against the grid by {@link
 * AuditGrid#requireApplicable(Audit)}: a rating does not know its grid.
 *
 * @param criterionId the identifier of the rated {@link AuditCriterion}
 * @param rating the rating, on the grid's {@link RatingScale}
 * @param evidence the evidence supporting the rating, possibly none (copied)
 * @param comment the auditor's comment, or null; at most {@value
 *     fr.spsplus.core.TextRules#TEXT_MAX} characters
 */
public record CriterionRating(
    @NotNull @Pattern(regexp = TextRules.ID_PATTERN) String criterionId,
    int rating,
    List<@Valid @NotNull Evidence> evidence,
    @Nullable @Size(min = 1, max = TextRules.TEXT_MAX) String comment) {

  /**
   * Checks and copies the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the identifier is malformed or the comment
   *     present but blank or too long
   */
  public CriterionRating {
    Texts.requireId(criterionId, "criterionId");
    evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    Texts.requireOptionalText(comment, TextRules.TEXT_MAX, "comment");
  }

  /**
   * Returns a rating without evidence nor comment.
   *
   * @param criterionId the criterion's identifier
   * @param rating the rating
   * @return the rating
   */
  public static CriterionRating of(String criterionId, int rating) {
    return new CriterionRating(criterionId, rating, List.of(), null);
  }
}
