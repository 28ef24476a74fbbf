package fr.spsplus.indicators.request;

/**
 * Whether the days a request's clock was stopped ({@link fr.spsplus.core.request.Suspension}: for
 * example while waiting for a missing document) are deducted from its elapsed time. The constant
 * names are stable codes (parameter {@code suspensions} of the measurements).
 *
 * <p>No official rule is public: the SP+ indicator compares the processing time with the announced
 * delay (https://www.plus.transformation.gouv.fr/engagement/6) without saying how suspensions
 * count. {@link #NOT_DEDUCTED} is the <strong>proposed default</strong> (the user waits the whole
 * time, and the ratio then matches what the user lived); {@link #DEDUCTED} is the alternative for
 * the commitments that announce a delay "from a complete file".
 */
public enum SuspensionRule {
  /** Suspended days count like any other: elapsed = days from reception to closing. */
  NOT_DEDUCTED,
  /**
   * Suspended days are deducted: elapsed = days from reception to closing minus the days {@code d}
   * with {@code from < d ≤ to} of each suspension, counted in the unit of the announced delay.
   */
  DEDUCTED
}
