package fr.spsplus.core.improvement;

import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The reasoned answer that closes an irritant.
 *
 * @param outcome what was decided
 * @param reasons why, in words the reporter can read; non-blank, at most {@value
 *     fr.spsplus.core.TextRules#TEXT_MAX} characters
 */
public record IrritantAnswer(
    @NotNull IrritantOutcome outcome, @NotBlank @Size(max = TextRules.TEXT_MAX) String reasons) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the reasons are blank or too long
   */
  public IrritantAnswer {
    Objects.requireNonNull(outcome, "outcome");
    Texts.requireText(reasons, TextRules.TEXT_MAX, "reasons");
  }
}
