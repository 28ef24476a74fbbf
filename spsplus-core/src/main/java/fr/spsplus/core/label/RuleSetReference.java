package fr.spsplus.core.label;

import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Names the {@link LabelRuleSet} a decision was taken with, and says whether its thresholds are
 * illustrative: a decision quotes it so that nobody mistakes an illustrative result for an official
 * one.
 *
 * @param id the rule set's identifier; format {@value fr.spsplus.core.TextRules#ID_PATTERN}
 * @param version the rule set's version, from 1
 * @param title the rule set's title; non-blank, at most {@value
 *     fr.spsplus.core.TextRules#TITLE_MAX} characters
 * @param illustrative true when the thresholds are invented to illustrate the model (not official)
 */
public record RuleSetReference(
    @NotNull @Pattern(regexp = TextRules.ID_PATTERN) String id,
    @Positive int version,
    @NotBlank @Size(max = TextRules.TITLE_MAX) String title,
    boolean illustrative) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the identifier is malformed, the version below
   *     1 or the title blank or too long
   */
  public RuleSetReference {
    Texts.requireId(id, "id");
    Checks.requirePositive(version, "version");
    Texts.requireText(title, TextRules.TITLE_MAX, "title");
  }
}
