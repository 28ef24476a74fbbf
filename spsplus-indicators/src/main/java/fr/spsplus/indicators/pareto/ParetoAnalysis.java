package fr.spsplus.indicators.pareto;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A Pareto analysis of labelled counts: the items sorted by decreasing count, their shares and
 * cumulative shares, and the "vital few" that make up a given part of the total.
 *
 * <ul>
 *   <li><b>Order</b>: decreasing count; equal counts are ordered by key (natural order, or the
 *       comparator given), so the result never depends on the iteration order of the map.
 *   <li><b>Arithmetic</b>: counts and cumulative counts are exact {@code long}s; each share is
 *       computed from the total ({@code count / total}, {@code cumulativeCount / total}), never by
 *       summing rounded shares, so the last cumulative share is exactly 1.
 *   <li><b>Vital few at a cut {@code c}</b>: the items, in order, up to and <em>including</em> the
 *       first one whose cumulative count reaches at least {@code c × total}. The comparison is
 *       exact, with {@code c} taken as the decimal it is written as ({@link
 *       BigDecimal#valueOf(double)}): at 80 % of a total of 10, the vital few stop at the item that
 *       brings the cumulative count to 8 or more. Items after the crossing one are excluded even if
 *       their count equals its count.
 * </ul>
 *
 * <p>The default cut, 80 %, is the conventional "80/20" reading of the Pareto principle, a
 * convention rather than a rule; pass another cut to {@link #vitalFew(double)}.
 *
 * <p>Immutable and thread-safe if the keys are.
 *
 * @param <K> the type of the keys
 */
public final class ParetoAnalysis<K> {

  /** The default cut of {@link #vitalFew()}: 80 % of the total. */
  public static final double DEFAULT_CUT = 0.8;

  private static final MessageBundle MESSAGES = MessageBundle.of(ParetoAnalysis.class, "messages");

  private final List<ParetoItem<K>> items;
  private final long total;

  private ParetoAnalysis(List<ParetoItem<K>> items, long total) {
    this.items = items;
    this.total = total;
  }

  /**
   * Analyses counts whose keys have a natural order (used to break ties).
   *
   * @param <K> the type of the keys
   * @param counts the count of each key, not negative; may be empty
   * @return the analysis
   * @throws InvalidInputException if a count is negative or the total exceeds {@link
   *     Long#MAX_VALUE}
   */
  public static <K extends Comparable<? super K>> ParetoAnalysis<K> of(Map<K, Long> counts) {
    return of(counts, Comparator.naturalOrder());
  }

  /**
   * Analyses counts, breaking ties between equal counts with a key order.
   *
   * @param <K> the type of the keys
   * @param counts the count of each key, not negative; may be empty
   * @param keyOrder a total order of the keys (two different keys must not compare equal)
   * @return the analysis
   * @throws InvalidInputException if a count is negative, the total exceeds {@link Long#MAX_VALUE},
   *     or the key order finds two keys with the same count equal
   */
  public static <K> ParetoAnalysis<K> of(Map<K, Long> counts, Comparator<? super K> keyOrder) {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(keyOrder, "keyOrder");
    List<Map.Entry<K, Long>> entries = new ArrayList<>(counts.size());
    long total = 0;
    for (Map.Entry<K, Long> entry : counts.entrySet()) {
      K key = Objects.requireNonNull(entry.getKey(), "key");
      long count = Objects.requireNonNull(entry.getValue(), "count");
      if (count < 0) {
        throw new InvalidInputException(MESSAGES.message("pareto.count.negative", "counts"));
      }
      try {
        total = Math.addExact(total, count);
      } catch (ArithmeticException e) {
        throw new InvalidInputException(MESSAGES.message("pareto.total.overflow", "counts"), e);
      }
      entries.add(Map.entry(key, count));
    }
    Comparator<Map.Entry<K, Long>> byCount =
        Comparator.comparing(Map.Entry<K, Long>::getValue, Comparator.reverseOrder());
    entries.sort(byCount.thenComparing(Map.Entry::getKey, keyOrder));
    List<ParetoItem<K>> items = new ArrayList<>(entries.size());
    long cumulative = 0;
    for (int i = 0; i < entries.size(); i++) {
      Map.Entry<K, Long> entry = entries.get(i);
      if (i > 0
          && entry.getValue().equals(entries.get(i - 1).getValue())
          && keyOrder.compare(entry.getKey(), entries.get(i - 1).getKey()) == 0) {
        throw new InvalidInputException(MESSAGES.message("pareto.key.order.ambiguous", "keyOrder"));
      }
      long count = entry.getValue();
      cumulative += count;
      items.add(
          new ParetoItem<>(
              i + 1,
              entry.getKey(),
              count,
              cumulative,
              total == 0 ? 0 : (double) count / total,
              total == 0 ? 0 : (double) cumulative / total));
    }
    return new ParetoAnalysis<>(List.copyOf(items), total);
  }

  /**
   * Returns every item, by decreasing count then key order.
   *
   * @return the items, unmodifiable
   */
  public List<ParetoItem<K>> items() {
    return items;
  }

  /**
   * Returns the sum of the counts.
   *
   * @return the total
   */
  public long total() {
    return total;
  }

  /**
   * Returns the vital few at the default cut of 80 %.
   *
   * @return the first items up to and including the one that reaches 80 % of the total; empty when
   *     the total is 0
   */
  public List<ParetoItem<K>> vitalFew() {
    return vitalFew(DEFAULT_CUT);
  }

  /**
   * Returns the vital few at a cut: the first items, up to and including the first one whose
   * cumulative count is at least {@code cut × total} (exact comparison).
   *
   * @param cut the part of the total to cover, in (0, 1]
   * @return the vital few, unmodifiable; empty when the total is 0
   * @throws InvalidInputException if the cut is not in (0, 1]
   */
  public List<ParetoItem<K>> vitalFew(double cut) {
    if (!(cut > 0 && cut <= 1)) {
      throw new InvalidInputException(MESSAGES.message("pareto.cut.range", "cut", cut));
    }
    if (total == 0) {
      return List.of();
    }
    long needed =
        BigDecimal.valueOf(cut)
            .multiply(BigDecimal.valueOf(total))
            .setScale(0, RoundingMode.CEILING)
            .longValueExact();
    for (ParetoItem<K> item : items) {
      if (item.cumulativeCount() >= needed) {
        return items.subList(0, item.rank());
      }
    }
    throw new AssertionError("the cumulative count reaches the total");
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ParetoAnalysis<?> that && items.equals(that.items);
  }

  @Override
  public int hashCode() {
    return items.hashCode();
  }

  @Override
  public String toString() {
    return "ParetoAnalysis[total=" + total + ", items=" + items.size() + "]";
  }
}
