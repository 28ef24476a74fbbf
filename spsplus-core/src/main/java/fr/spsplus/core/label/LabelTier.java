package fr.spsplus.core.label;

import java.util.Objects;

/**
 * The three tiers of the label Services Publics+, in increasing order of demand: {@link #BRONZE}
 * &lt; {@link #ARGENT} &lt; {@link #OR}.
 *
 * <p>The declaration order is the tier order: {@link #compareTo} compares tiers. A tier is reached
 * when the user survey, the agent survey and the audit of each engagement reach the tier's minimum
 * scores, plus, for {@link #OR}, the additional criteria on managing continuous improvement
 * (source: DITP document on the "Or" tier, {@code seeds/001_…}; numeric minimums not public). Tiers
 * and their names:
 * https://www.mutame.com/fonction-publique-territoriale/services-publics-plus-un-label-pour-reinventer-la-relation-usagers.
 */
public enum LabelTier {
  /** Bronze, the first tier. */
  BRONZE,
  /** Argent (silver), the middle tier. */
  ARGENT,
  /** Or (gold), the highest tier; also requires the additional "Or" criteria. */
  OR;

  /**
   * Tells whether this tier is at least as demanding as another.
   *
   * @param other the tier to compare with
   * @return true if {@code this >= other}
   */
  public boolean isAtLeast(LabelTier other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) >= 0;
  }

  /**
   * Tells whether this tier is strictly more demanding than another.
   *
   * @param other the tier to compare with
   * @return true if {@code this > other}
   */
  public boolean isAbove(LabelTier other) {
    Objects.requireNonNull(other, "other");
    return compareTo(other) > 0;
  }
}
