package fr.spsplus.spark.internal;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.spark.CallStates;
import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Where a call aggregator reads its input: two columns of calls (outcome code and wait in seconds),
 * or one column of encoded states ({@link CallStates}); and how its messages name them.
 *
 * @param outcome the outcome column, for calls
 * @param waitSeconds the wait column, for calls
 * @param state the state column, or {@code null} when the input is calls
 * @param function the SQL function whose arguments the columns are (messages then name the
 *     argument, see {@link CallInputs}), or {@code null} when they are columns of the user's rows
 */
public record CallColumns(
    String outcome, String waitSeconds, @Nullable String state, @Nullable String function)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The default column names: {@code outcome} and {@code wait_seconds}. */
  public static final CallColumns DEFAULT = new CallColumns("outcome", "wait_seconds", null, null);

  /**
   * Checks the names.
   *
   * @throws NullPointerException if a name is null
   */
  public CallColumns {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(waitSeconds, "waitSeconds");
  }

  /**
   * Returns columns of calls.
   *
   * @param outcome the outcome column
   * @param waitSeconds the wait column
   * @return the columns
   */
  public static CallColumns calls(String outcome, String waitSeconds) {
    return new CallColumns(outcome, waitSeconds, null, null);
  }

  /**
   * Returns a column of states.
   *
   * @param state the state column
   * @return the columns
   */
  public static CallColumns states(String state) {
    return new CallColumns(
        DEFAULT.outcome, DEFAULT.waitSeconds, Objects.requireNonNull(state), null);
  }

  /**
   * Returns these columns as the arguments of an SQL function, in the order of {@link #schema()}:
   * messages name the argument's position and parameter instead of a column.
   *
   * @param name the function's name
   * @return the columns
   */
  public CallColumns inFunction(String name) {
    return new CallColumns(outcome, waitSeconds, state, Objects.requireNonNull(name, "name"));
  }

  /**
   * Returns the schema of the input rows of the SQL function: {@code (outcome STRING, wait_seconds
   * INT)} or {@code (state BINARY)}, with these names.
   *
   * @return the schema
   */
  public StructType schema() {
    return state == null
        ? new StructType()
            .add(outcome, DataTypes.StringType)
            .add(waitSeconds, DataTypes.IntegerType)
        : new StructType().add(state, DataTypes.BinaryType);
  }

  /**
   * Adds one input row to a buffer: accepts a call, or merges a state (a NULL state is skipped).
   *
   * @param buffer the buffer
   * @param row the input row
   * @return the buffer to keep (a state read into an empty buffer replaces it, policy included)
   * @throws InvalidInputException if the row is invalid, or a state's policy differs from the
   *     buffer's
   */
  public CallAccumulator reduce(CallAccumulator buffer, Row row) {
    if (state == null) {
      CallOutcome code = CallInputs.outcome(row, outcome, function);
      int wait = CallInputs.seconds(row, waitSeconds, function);
      if (wait < 0 || wait > CallRecord.MAX_WAIT_SECONDS) {
        throw new InvalidInputException(
            StateBytes.MESSAGES.message(
                "input.wait.range",
                CallInputs.name(row, waitSeconds, function),
                CallRecord.MAX_WAIT_SECONDS,
                (long) wait));
      }
      buffer.accept(code, wait);
      return buffer;
    }
    byte[] bytes = CallInputs.state(row, state, function);
    if (bytes == null) {
      return buffer;
    }
    CallAccumulator decoded = CallStates.fromBytes(bytes);
    // A fresh state: no copy needed when it replaces an empty buffer.
    return buffer.count() == 0 && decoded.count() > 0 ? decoded : merge(buffer, decoded);
  }

  /**
   * Merges two buffers. An empty buffer gives way to the other one whatever its policy, so that
   * states carry their own policy; two non-empty buffers must have equal policies.
   *
   * @param a a buffer, possibly changed
   * @param b another buffer, not changed
   * @return the merged buffer
   * @throws InvalidInputException if both are non-empty with different policies
   */
  public static CallAccumulator merge(CallAccumulator a, CallAccumulator b) {
    if (b.count() == 0) {
      return a;
    }
    if (a.count() == 0) {
      return b.copy();
    }
    return a.combine(b);
  }
}
