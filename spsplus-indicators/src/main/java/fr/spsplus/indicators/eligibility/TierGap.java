package fr.spsplus.indicators.eligibility;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.label.LabelTier;
import java.util.List;
import java.util.Objects;

/**
 * What separates an application from the tier above the one it reached: each failing criterion of
 * that tier, with by how much it falls short ({@link CriterionFinding#shortfall()}) or what
 * evidence is missing ({@link CriterionFinding#missingCriteria()}, or no observed value).
 *
 * @param tier the next tier: {@link LabelTier#BRONZE} when no tier is reached
 * @param failing the criteria of that tier that failed, in the order of its findings; at least one
 *     (copied)
 */
public record TierGap(LabelTier tier, List<CriterionFinding> failing) {

  /**
   * Checks and copies the components.
   *
   * @throws InvalidInputException if the list is empty or holds a finding that passed
   */
  public TierGap {
    Objects.requireNonNull(tier, "tier");
    failing = List.copyOf(Checks.requireNonEmpty(failing, "failing"));
    if (failing.stream().anyMatch(CriterionFinding::passed)) {
      throw new InvalidInputException(
          EligibilityMessages.BUNDLE.message("gap.passed", tier.name()));
    }
  }
}
