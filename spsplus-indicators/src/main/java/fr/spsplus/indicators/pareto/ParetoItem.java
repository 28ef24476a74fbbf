package fr.spsplus.indicators.pareto;

import fr.spsplus.core.internal.Checks;
import java.util.Objects;

/**
 * One line of a Pareto analysis.
 *
 * @param <K> the type of the keys
 * @param rank the position, from 1, in decreasing order of count
 * @param key the key (label, category…)
 * @param count its count, not negative
 * @param cumulativeCount the sum of the counts of this item and of every item before it
 * @param share {@code count / total}, in [0, 1] (0 when the total is 0)
 * @param cumulativeShare {@code cumulativeCount / total}, in [0, 1]; exactly 1 for the last item
 *     with a non-zero count (0 when the total is 0)
 */
public record ParetoItem<K>(
    int rank, K key, long count, long cumulativeCount, double share, double cumulativeShare) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if a number is out of its bounds
   */
  public ParetoItem {
    Checks.requirePositive(rank, "rank");
    Objects.requireNonNull(key, "key");
    Checks.requireNonNegative(count, "count");
    Checks.requireBetween(cumulativeCount, count, Long.MAX_VALUE, "cumulativeCount");
    Checks.requireBetween(share, 0, 1, "share");
    Checks.requireBetween(cumulativeShare, share, 1, "cumulativeShare");
  }
}
