package fr.spsplus.indicators.grouping;

/**
 * The caller's side of {@link GroupedAccumulator#acceptColumns}: copies rows of the caller's
 * columns into buffers of its own, in the order that puts each group's rows together, then feeds
 * each group's run of buffer slots to the group's state. Copying row by row in input order (reads
 * in sequence, writes scattered) and feeding contiguous runs is what keeps the grouped path close
 * to the speed of a single scan.
 *
 * <p>For one chunk of at most {@link GroupedAccumulator#COLUMN_CHUNK} rows, {@link #copy} is called
 * once per row, with distinct slots from 0 to the chunk's size − 1; then {@link #feed} once per
 * group present in the chunk, with the range of slots holding that group's rows (in input order).
 *
 * @param <A> the accumulator type of each group
 */
public interface ColumnBatch<A> {

  /**
   * Copies the values of one row of the caller's columns into a slot of the caller's buffers.
   *
   * @param row the row, an index into the caller's columns
   * @param slot the slot, 0 to {@link GroupedAccumulator#COLUMN_CHUNK} − 1
   */
  void copy(int row, int slot);

  /**
   * Feeds the slots {@code from} (inclusive) to {@code to} (exclusive), all of one group, to its
   * state. Must not fail for rows the caller has checked beforehand.
   *
   * @param state the group's live state
   * @param from first slot, inclusive
   * @param to last slot, exclusive
   */
  void feed(A state, int from, int to);
}
