package fr.spsplus.core.improvement;

import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An improvement action as ranked by a local committee.
 *
 * @param rank the rank, 1 = highest priority
 * @param title the action; non-blank, at most {@value fr.spsplus.core.TextRules#TITLE_MAX}
 *     characters
 * @param actionId the identifier of the matching {@link Action} of the plan, or null when the
 *     action is not in a plan yet
 */
public record PrioritisedAction(
    @Positive int rank,
    @NotBlank @Size(max = TextRules.TITLE_MAX) String title,
    @Nullable @Pattern(regexp = TextRules.ID_PATTERN) String actionId) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the rank is below 1, the title blank or too
   *     long, or the identifier malformed
   */
  public PrioritisedAction {
    Checks.requirePositive(rank, "rank");
    Texts.requireText(title, TextRules.TITLE_MAX, "title");
    if (actionId != null) {
      Texts.requireId(actionId, "actionId");
    }
  }
}
