package fr.spsplus.indicators.eligibility;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.label.LabelTier;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The assessment of an application against one tier: every criterion's finding, and whether the
 * tier is reached — exactly when every finding passed.
 *
 * @param tier the tier
 * @param reached whether every finding passed
 * @param findings the findings, in a fixed order: user survey (size, score), agent survey (size,
 *     score), each engagement in number order, then (tier OR) the "Or" criteria (copied)
 */
public record TierAssessment(LabelTier tier, boolean reached, List<CriterionFinding> findings) {

  /**
   * Checks and copies the components.
   *
   * @throws InvalidInputException if there is no finding, or {@code reached} does not say whether
   *     every finding passed
   */
  public TierAssessment {
    Objects.requireNonNull(tier, "tier");
    findings = List.copyOf(Checks.requireNonEmpty(findings, "findings"));
    if (reached != findings.stream().allMatch(CriterionFinding::passed)) {
      throw new InvalidInputException(
          EligibilityMessages.BUNDLE.message("assessment.reached", tier.name()));
    }
  }

  /**
   * Returns the findings that did not pass, in order.
   *
   * @return the failing findings, empty when the tier is reached
   */
  public List<CriterionFinding> failing() {
    return findings.stream().filter(f -> !f.passed()).toList();
  }

  /**
   * Returns the finding of one criterion.
   *
   * @param id the criterion's identifier, for example {@code engagement.4}
   * @return the finding, or empty when the tier has no such criterion
   */
  public Optional<CriterionFinding> finding(String id) {
    Objects.requireNonNull(id, "id");
    return findings.stream().filter(f -> f.id().equals(id)).findFirst();
  }
}
