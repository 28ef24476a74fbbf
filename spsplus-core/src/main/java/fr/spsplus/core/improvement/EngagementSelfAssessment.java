package fr.spsplus.core.improvement;

import fr.spsplus.core.TextRules;
import fr.spsplus.core.engagement.Engagement;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The level a team gives itself on one engagement, with its comments.
 *
 * @param engagement the engagement's number in the assessment's referential
 * @param level the level, on the assessment's maturity scale
 * @param comment what supports the level, what is missing; or null; at most {@value
 *     fr.spsplus.core.TextRules#TEXT_MAX} characters
 */
public record EngagementSelfAssessment(
    @Positive @Max(Engagement.MAX_NUMBER) int engagement,
    int level,
    @Nullable @Size(min = 1, max = TextRules.TEXT_MAX) String comment) {

  /**
   * Checks the components. Whether the level is on the scale is checked by {@link SelfAssessment}.
   *
   * @throws fr.spsplus.core.InvalidInputException if the engagement number is out of range or the
   *     comment present but blank or too long
   */
  public EngagementSelfAssessment {
    Checks.requireBetween(engagement, 1, Engagement.MAX_NUMBER, "engagement");
    Texts.requireOptionalText(comment, TextRules.TEXT_MAX, "comment");
  }
}
