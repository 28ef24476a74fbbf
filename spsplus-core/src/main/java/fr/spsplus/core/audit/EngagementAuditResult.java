package fr.spsplus.core.audit;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.engagement.Engagement;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * The audit result of one engagement: a score out of 100 and the criteria the audit did not rate.
 *
 * <p>How the score is computed from the ratings and weights is not public for Services Publics+;
 * this record only carries a result, whatever computed it.
 *
 * @param engagement the engagement's number
 * @param score the score, from 0 to 100 inclusive
 * @param missingCriteria identifiers of the engagement's criteria that were not rated, without
 *     duplicates (copied)
 */
public record EngagementAuditResult(
    @Positive @Max(Engagement.MAX_NUMBER) int engagement,
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal score,
    List<@NotNull @Pattern(regexp = TextRules.ID_PATTERN) String> missingCriteria) {

  /** The highest score, 100. */
  public static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

  /**
   * Checks and copies the components.
   *
   * @throws InvalidInputException if the engagement number is out of range, the score outside
   *     0–100, or a missing criterion malformed or duplicated
   */
  public EngagementAuditResult {
    Checks.requireBetween(engagement, 1, Engagement.MAX_NUMBER, "engagement");
    Objects.requireNonNull(score, "score");
    if (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0) {
      throw new InvalidInputException(AuditMessages.BUNDLE.message("result.score"));
    }
    missingCriteria = List.copyOf(Objects.requireNonNull(missingCriteria, "missingCriteria"));
    for (String id : missingCriteria) {
      Texts.requireId(id, "missingCriteria");
    }
    if (new HashSet<>(missingCriteria).size() != missingCriteria.size()) {
      throw new InvalidInputException(AuditMessages.BUNDLE.message("result.missing.duplicate"));
    }
  }

  /**
   * Tells whether every criterion of the engagement was rated.
   *
   * @return true if {@link #missingCriteria()} is empty
   */
  public boolean complete() {
    return missingCriteria.isEmpty();
  }
}
