package fr.spsplus.core.audit;

import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The auditor's rating of one additional criterion of the "Or" tier, with its evidence.
 *
 * @param criterion the rated criterion
 * @param rating the rating, on the scale of the enclosing {@link OrCriteriaRatings}
 * @param evidence the evidence supporting the rating, possibly none (copied)
 * @param comment the auditor's comment, or null; at most {@value
 *     fr.spsplus.core.TextRules#TEXT_MAX} characters
 */
public record OrCriterionRating(
    @NotNull OrCriterion criterion,
    int rating,
    List<@Valid @NotNull Evidence> evidence,
    @Nullable @Size(min = 1, max = TextRules.TEXT_MAX) String comment) {

  /**
   * Checks and copies the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the comment is present but blank or too long
   */
  public OrCriterionRating {
    Objects.requireNonNull(criterion, "criterion");
    evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
    Texts.requireOptionalText(comment, TextRules.TEXT_MAX, "comment");
  }

  /**
   * Returns a rating without evidence nor comment.
   *
   * @param criterion the criterion
   * @param rating the rating
   * @return the rating
   */
  public static OrCriterionRating of(OrCriterion criterion, int rating) {
    return new OrCriterionRating(criterion, rating, List.of(), null);
  }
}
