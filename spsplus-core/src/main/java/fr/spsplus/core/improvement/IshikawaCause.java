package fr.spsplus.core.improvement;

import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * One cause on a 5M (Ishikawa) diagram.
 *
 * @param family the cause family
 * @param description the cause; non-blank, at most {@value fr.spsplus.core.TextRules#TEXT_MAX}
 *     characters
 * @param retained whether the analysis retained it as a cause to treat first
 */
public record IshikawaCause(
    @NotNull FiveM family,
    @NotBlank @Size(max = TextRules.TEXT_MAX) String description,
    boolean retained) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the description is blank or too long
   */
  public IshikawaCause {
    Objects.requireNonNull(family, "family");
    Texts.requireText(description, TextRules.TEXT_MAX, "description");
  }
}
