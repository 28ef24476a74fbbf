package fr.spsplus.indicators.eligibility;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.label.LabelDecision;
import fr.spsplus.core.label.LabelTier;
import fr.spsplus.core.label.RuleSetReference;
import fr.spsplus.core.structure.StructureCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The eligibility of a label application under a rule set: the highest tier reached, the assessment
 * of every tier, the gap to the next tier, and the dates the label would carry.
 *
 * <p>A record tree of plain values (no behaviour hidden in the data), written to JSON by {@code
 * SpsplusJson} and read back equal; render it for people with {@link DecisionReport}. It always
 * quotes its rule set, whose {@link RuleSetReference#illustrative()} flag says whether the
 * thresholds were invented: a decision taken with the bundled illustrative rule set is not an
 * official one.
 *
 * @param ruleSet the rule set the decision was taken with
 * @param structure the applying structure
 * @param decidedOn the day of the decision, from which the dates are counted
 * @param tier the highest tier whose criteria all hold, or null when none does (not eligible)
 * @param tiers the assessment of each tier, BRONZE, ARGENT, OR in this order (copied)
 * @param nextTierGap the failing criteria of the tier above {@code tier} (of BRONZE when none is
 *     reached), or null when OR is reached
 * @param validUntil the day the label would expire ({@code decidedOn} + validity, 3 years by
 *     default), or null when not eligible
 * @param followUpAuditDue the day the follow-up audit would be due ({@code decidedOn} + follow-up
 *     delay, 18 months by default, a proposed default), or null when not eligible
 */
public record EligibilityDecision(
    RuleSetReference ruleSet,
    StructureCode structure,
    LocalDate decidedOn,
    @Nullable LabelTier tier,
    List<TierAssessment> tiers,
    @Nullable TierGap nextTierGap,
    @Nullable LocalDate validUntil,
    @Nullable LocalDate followUpAuditDue) {

  /**
   * Checks the consistency of the decision and copies the assessments.
   *
   * @throws InvalidInputException if the assessments are not BRONZE, ARGENT, OR in order, if {@code
   *     tier} is not the highest tier reached, if the gap is not the failing criteria of the next
   *     tier, or if the dates are absent for an eligible application, present for another, or out
   *     of order
   */
  public EligibilityDecision {
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(decidedOn, "decidedOn");
    tiers = List.copyOf(Objects.requireNonNull(tiers, "tiers"));
    LabelTier[] all = LabelTier.values();
    boolean ordered = tiers.size() == all.length;
    LabelTier highest = null;
    for (int i = 0; ordered && i < all.length; i++) {
      ordered = tiers.get(i).tier() == all[i];
      if (ordered && tiers.get(i).reached()) {
        highest = all[i];
      }
    }
    if (!ordered || highest != tier) {
      throw new InvalidInputException(EligibilityMessages.BUNDLE.message("decision.tiers"));
    }
    LabelTier next = next(tier);
    boolean gapConsistent =
        next == null
            ? nextTierGap == null
            : nextTierGap != null
                && nextTierGap.tier() == next
                && nextTierGap.failing().equals(tiers.get(next.ordinal()).failing());
    if (!gapConsistent) {
      throw new InvalidInputException(EligibilityMessages.BUNDLE.message("decision.gap"));
    }
    boolean dated =
        tier == null
            ? validUntil == null && followUpAuditDue == null
            : validUntil != null
                && followUpAuditDue != null
                && decidedOn.isBefore(followUpAuditDue)
                && followUpAuditDue.isBefore(validUntil);
    if (!dated) {
      throw new InvalidInputException(EligibilityMessages.BUNDLE.message("decision.dates"));
    }
  }

  /**
   * Tells whether the application reaches a tier.
   *
   * @return true when {@link #tier()} is not null
   */
  public boolean eligible() {
    return tier != null;
  }

  /**
   * Returns the assessment of one tier.
   *
   * @param tier the tier
   * @return its assessment
   */
  public TierAssessment assessment(LabelTier tier) {
    return tiers.get(Objects.requireNonNull(tier, "tier").ordinal());
  }

  /**
   * Returns the label decision a certification body would issue from this eligibility, dated by it.
   *
   * @param certificationBody the certification body's name
   * @return the decision, or empty when the application reaches no tier
   * @throws InvalidInputException if the body's name is blank or too long
   */
  public Optional<LabelDecision> toLabelDecision(String certificationBody) {
    if (tier == null || validUntil == null || followUpAuditDue == null) {
      return Optional.empty();
    }
    return Optional.of(
        new LabelDecision(
            structure, tier, certificationBody, decidedOn, validUntil, followUpAuditDue));
  }

  /**
   * Returns the tier above another.
   *
   * @param tier a tier, or null for none
   * @return the next tier (BRONZE after none), or null after OR
   */
  static @Nullable LabelTier next(@Nullable LabelTier tier) {
    if (tier == null) {
      return LabelTier.BRONZE;
    }
    LabelTier[] all = LabelTier.values();
    return tier.ordinal() + 1 < all.length ? all[tier.ordinal() + 1] : null;
  }
}
