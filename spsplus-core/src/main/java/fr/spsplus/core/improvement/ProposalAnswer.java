package fr.spsplus.core.improvement;

import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The reasoned answer to an improvement proposal, given against stated criteria ("Or" criterion B2,
 * {@code seeds/001_…}).
 *
 * @param decision what was decided
 * @param answeredOn the day of the answer
 * @param criteria the stated criteria the decision rests on (see {@link ProposalCriteria}), at
 *     least one; each non-blank, at most {@value fr.spsplus.core.TextRules#TITLE_MAX} characters
 *     (copied)
 * @param reasons the reasons, in words the author can read; non-blank, at most {@value
 *     fr.spsplus.core.TextRules#TEXT_MAX} characters
 */
public record ProposalAnswer(
    @NotNull ProposalDecision decision,
    @NotNull LocalDate answeredOn,
    @NotEmpty List<@NotBlank @Size(max = TextRules.TITLE_MAX) String> criteria,
    @NotBlank @Size(max = TextRules.TEXT_MAX) String reasons) {

  /**
   * Checks and copies the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if no criterion is given, a criterion is blank or
   *     too long, or the reasons are blank or too long
   */
  public ProposalAnswer {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(answeredOn, "answeredOn");
    criteria = List.copyOf(Checks.requireNonEmpty(criteria, "criteria"));
    for (String criterion : criteria) {
      Texts.requireText(criterion, TextRules.TITLE_MAX, "criteria");
    }
    Texts.requireText(reasons, TextRules.TEXT_MAX, "reasons");
  }
}
