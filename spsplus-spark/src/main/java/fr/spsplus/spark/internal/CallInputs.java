package fr.spsplus.spark.internal;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.call.CallOutcome;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;

/**
 * Reads the columns of one call, or of one state, from an input row, by column name. A NULL outcome
 * or wait is an error (every call attempt has exactly one outcome, and a wait of 0 when it did not
 * queue); the message names the column, never the value.
 */
public final class CallInputs {

  private static final Map<String, CallOutcome> OUTCOMES = new HashMap<>();

  static {
    for (CallOutcome outcome : CallOutcome.values()) {
      OUTCOMES.put(outcome.name(), outcome);
    }
  }

  private CallInputs() {}

  /**
   * Reads an outcome code ({@link CallOutcome} constant name).
   *
   * @param row the input row
   * @param column the column's name
   * @return the outcome
   * @throws InvalidInputException if the value is NULL or not an outcome code
   */
  public static CallOutcome outcome(Row row, String column) {
    Object value = row.get(index(row, column));
    if (value == null) {
      throw new InvalidInputException(StateBytes.MESSAGES.message("input.null", column));
    }
    CallOutcome outcome = OUTCOMES.get(value.toString());
    return outcome != null ? outcome : CallOutcome.parse(value.toString());
  }

  /**
   * Reads a whole number of seconds.
   *
   * @param row the input row
   * @param column the column's name
   * @return the value, checked later against the bounds of the accumulator
   * @throws InvalidInputException if the value is NULL, not an integer type, or outside the range
   *     of an {@code int}
   */
  public static int seconds(Row row, String column) {
    Object value = row.get(index(row, column));
    if (value == null) {
      throw new InvalidInputException(StateBytes.MESSAGES.message("input.null", column));
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof Long longValue
        && longValue >= Integer.MIN_VALUE
        && longValue <= Integer.MAX_VALUE) {
      return longValue.intValue();
    }
    throw new InvalidInputException(StateBytes.MESSAGES.message("input.seconds", column));
  }

  /**
   * Reads a binary state.
   *
   * @param row the input row
   * @param column the column's name
   * @return the bytes, or {@code null} when the value is NULL (a NULL state is skipped)
   * @throws InvalidInputException if the value is not BINARY
   */
  public static byte @org.jspecify.annotations.Nullable [] state(Row row, String column) {
    Object value = row.get(index(row, column));
    if (value == null || value instanceof byte[]) {
      return (byte[]) value;
    }
    throw new InvalidInputException(StateBytes.MESSAGES.message("input.binary", column));
  }

  /**
   * Finds a column of the row.
   *
   * @param row the input row, with a schema
   * @param column the column's name
   * @return its index
   * @throws InvalidInputException if the row has no such column
   */
  public static int index(Row row, String column) {
    if (row.schema() != null) {
      scala.Option<Object> found = row.schema().getFieldIndex(column);
      if (found.isDefined()) {
        return (Integer) found.get();
      }
    }
    throw new InvalidInputException(StateBytes.MESSAGES.message("input.column", column));
  }
}
