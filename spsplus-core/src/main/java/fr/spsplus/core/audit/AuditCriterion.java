package fr.spsplus.core.audit;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.engagement.Engagement;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One criterion of an {@link AuditGrid}: what the auditor checks for an engagement, and its weight.
 *
 * @param id the criterion's identifier, unique in its grid (for example {@code E4.2}); format
 *     {@value fr.spsplus.core.TextRules#ID_PATTERN}
 * @param engagement the number of the engagement the criterion belongs to, in the grid's
 *     referential
 * @param text what is checked, in French; non-blank, at most {@value
 *     fr.spsplus.core.TextRules#TEXT_MAX} characters
 * @param weight the criterion's weight within its engagement, strictly positive (relative: only
 *     ratios between weights matter)
 */
public record AuditCriterion(
    @NotNull @Pattern(regexp = TextRules.ID_PATTERN) String id,
    @Positive @Max(Engagement.MAX_NUMBER) int engagement,
    @NotBlank @Size(max = TextRules.TEXT_MAX) String text,
    @NotNull @DecimalMin(value = "0", inclusive = false) BigDecimal weight) {

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the identifier is malformed, the engagement number out of
   *     range, the text blank or too long, or the weight not strictly positive
   */
  public AuditCriterion {
    Texts.requireId(id, "id");
    Checks.requireBetween(engagement, 1, Engagement.MAX_NUMBER, "engagement");
    Texts.requireText(text, TextRules.TEXT_MAX, "text");
    Objects.requireNonNull(weight, "weight");
    if (weight.signum() <= 0) {
      throw new InvalidInputException(AuditMessages.BUNDLE.message("criterion.weight"));
    }
  }
}
