package fr.spsplus.spark.internal;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.i18n.LocalizedMessage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * Reads the columns of one call, or of one state, from an input row, by column name. A NULL outcome
 * or wait is an error (every call attempt has exactly one outcome, and a wait of 0 when it did not
 * queue); the message names the input, never the value.
 *
 * <p><strong>Naming the input.</strong> A typed aggregator reads the columns of the user's rows: a
 * message names the column ({@code la colonne « attente »}). An SQL function (or its {@link
 * org.apache.spark.sql.Column} form) receives rows whose fields are its own parameters, whatever
 * the user's columns or expressions are called: Spark does not tell the aggregator what the
 * arguments were, so a message names the argument's position and parameter instead ({@code le
 * deuxième argument de spsplus_pickup_rate (wait_seconds)}). Methods take the function's name, or
 * {@code null} for a typed aggregator.
 */
public final class CallInputs {

  private static final Map<String, CallOutcome> OUTCOMES = new HashMap<>();

  private static final String OUTCOME_CODES =
      Arrays.stream(CallOutcome.values()).map(Enum::name).collect(Collectors.joining(", "));

  static {
    for (CallOutcome outcome : CallOutcome.values()) {
      OUTCOMES.put(outcome.name(), outcome);
    }
  }

  private CallInputs() {}

  /**
   * Names an input in a message: a column of a typed aggregator's rows, or an argument of an SQL
   * function.
   *
   * @param function the SQL function, or {@code null} for a column of the user's rows
   * @param position the argument's position, from 1 (ignored for a column)
   * @param column the column's name, or the function's parameter
   * @return the name, rendered in the message's language ({@code input.name.column} or {@code
   *     input.name.argument})
   */
  public static LocalizedMessage name(@Nullable String function, int position, String column) {
    return function == null
        ? StateBytes.MESSAGES.message("input.name.column", column)
        : StateBytes.MESSAGES.message("input.name.argument", position, function, column);
  }

  /**
   * Names an input of a row in a message (see {@link #name(String, int, String)}); an SQL
   * function's rows have its parameters as fields, in order.
   *
   * @param row the input row, with a schema
   * @param column the column's name
   * @param function the SQL function, or {@code null} for a column of the user's rows
   * @return the name
   */
  public static LocalizedMessage name(Row row, String column, @Nullable String function) {
    return name(function, function == null ? 0 : index(row, column) + 1, column);
  }

  /**
   * Reads an outcome code ({@link CallOutcome} constant name; surrounding blanks are ignored, as
   * {@link CallOutcome#parse} does).
   *
   * @param row the input row
   * @param column the column's name
   * @param function the SQL function, or {@code null} for a column of the user's rows
   * @return the outcome
   * @throws InvalidInputException if the value is NULL ({@code input.null}) or not an outcome code
   *     ({@code unknown.code}, listing the codes)
   */
  public static CallOutcome outcome(Row row, String column, @Nullable String function) {
    Object value = row.get(index(row, column));
    if (value == null) {
      throw invalid("input.null", row, column, function);
    }
    String code = value.toString();
    CallOutcome outcome = OUTCOMES.get(code);
    if (outcome == null) {
      outcome = OUTCOMES.get(code.strip());
    }
    if (outcome == null) {
      throw new InvalidInputException(
          StateBytes.MESSAGES.message("unknown.code", name(row, column, function), OUTCOME_CODES));
    }
    return outcome;
  }

  /**
   * Reads a whole number of seconds.
   *
   * @param row the input row
   * @param column the column's name
   * @param function the SQL function, or {@code null} for a column of the user's rows
   * @return the value, checked later against the bounds of the accumulator
   * @throws InvalidInputException if the value is NULL ({@code input.null}), not an integer type or
   *     outside the range of an {@code int} ({@code input.seconds})
   */
  public static int seconds(Row row, String column, @Nullable String function) {
    Object value = row.get(index(row, column));
    if (value == null) {
      throw invalid("input.null", row, column, function);
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).intValue();
    }
    if (value instanceof Long longValue
        && longValue >= Integer.MIN_VALUE
        && longValue <= Integer.MAX_VALUE) {
      return longValue.intValue();
    }
    throw invalid("input.seconds", row, column, function);
  }

  /**
   * Reads a binary state.
   *
   * @param row the input row
   * @param column the column's name
   * @param function the SQL function, or {@code null} for a column of the user's rows
   * @return the bytes, or {@code null} when the value is NULL (a NULL state is skipped)
   * @throws InvalidInputException if the value is not BINARY ({@code input.binary})
   */
  public static byte @Nullable [] state(Row row, String column, @Nullable String function) {
    Object value = row.get(index(row, column));
    if (value == null || value instanceof byte[]) {
      return (byte[]) value;
    }
    throw invalid("input.binary", row, column, function);
  }

  /**
   * Finds a column of the row.
   *
   * @param row the input row, with a schema
   * @param column the column's name
   * @return its index
   * @throws InvalidInputException if the row has no such column ({@code input.column})
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

  private static InvalidInputException invalid(
      String key, Row row, String column, @Nullable String function) {
    return new InvalidInputException(StateBytes.MESSAGES.message(key, name(row, column, function)));
  }
}
