package fr.spsplus.spark;

import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.spark.internal.CallAccumulatorType;
import fr.spsplus.spark.internal.CallColumns;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.StructType;

/**
 * A typed Spark {@link Aggregator} whose result is the mergeable state itself, encoded ({@link
 * CallStates}, BINARY): the SQL functions {@value SpsplusFunctions#CALL_STATE} (from calls) and
 * {@value SpsplusFunctions#MERGE_CALL_STATES} (from states).
 *
 * <p>Store states at a fine grain (structure × day), and any coarser figure (a month, a rolling 12
 * months, a network, the country) is a merge of states, exact and without reading the calls again:
 * {@link CallAggregator#fromStates(String)} computes the indicators of merged states, {@link
 * CallStates#fromBytes(byte[])} brings a state back into one JVM (for example to feed {@link
 * fr.spsplus.indicators.rollup.RollUp}).
 *
 * <p>Input and errors as {@link CallAggregator}. Immutable.
 */
public final class CallStateAggregator extends Aggregator<Row, CallAccumulator, byte[]> {

  private static final long serialVersionUID = 1L;

  private final transient CallPolicy policy;
  private final CallColumns columns;

  private CallStateAggregator(CallPolicy policy, CallColumns columns) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.columns = Objects.requireNonNull(columns, "columns");
  }

  /**
   * Returns the aggregator of the state of calls, read from the columns {@code outcome} and {@code
   * wait_seconds}.
   *
   * @param policy the call policy
   * @return the aggregator
   */
  public static CallStateAggregator ofCalls(CallPolicy policy) {
    return new CallStateAggregator(policy, CallColumns.DEFAULT);
  }

  /**
   * Returns the aggregator that merges encoded states read from a column. The states keep their own
   * policy; {@code policy} is that of the empty state returned for a group without any (non-NULL)
   * state.
   *
   * @param policy the policy of an empty result
   * @param stateColumn the column of states
   * @return the aggregator
   */
  public static CallStateAggregator ofStates(CallPolicy policy, String stateColumn) {
    return new CallStateAggregator(policy, CallColumns.states(stateColumn));
  }

  /**
   * Returns this aggregator reading calls from other columns.
   *
   * @param outcomeColumn the column of outcome codes
   * @param waitSecondsColumn the column of waits, in seconds
   * @return a new aggregator
   */
  public CallStateAggregator withColumns(String outcomeColumn, String waitSecondsColumn) {
    return new CallStateAggregator(policy, CallColumns.calls(outcomeColumn, waitSecondsColumn));
  }

  /**
   * Returns this aggregator as the SQL function {@code name}, whose messages name its arguments
   * (see {@link CallAggregator}).
   *
   * @param name the function's name
   * @return a new aggregator
   */
  CallStateAggregator inFunction(String name) {
    return new CallStateAggregator(policy, columns.inFunction(name));
  }

  /**
   * Returns the schema of the input rows as an SQL function.
   *
   * @return {@code (outcome STRING, wait_seconds INT)} or {@code (state BINARY)}
   */
  public StructType inputSchema() {
    return columns.schema();
  }

  @Override
  public CallAccumulator zero() {
    return CallAccumulator.of(policy);
  }

  @Override
  public CallAccumulator reduce(CallAccumulator buffer, Row row) {
    return columns.reduce(buffer, row);
  }

  @Override
  public CallAccumulator merge(CallAccumulator a, CallAccumulator b) {
    return CallColumns.merge(a, b);
  }

  /**
   * Encodes the state of the group.
   *
   * @param buffer the accumulator of the group
   * @return its bytes ({@link CallStates})
   */
  @Override
  public byte[] finish(CallAccumulator buffer) {
    return CallStates.toBytes(buffer);
  }

  @Override
  public Encoder<CallAccumulator> bufferEncoder() {
    return Encoders.udt(new CallAccumulatorType());
  }

  @Override
  public Encoder<byte[]> outputEncoder() {
    return Encoders.BINARY();
  }

  private Object writeReplace() {
    return new Form(CallStates.toBytes(CallAccumulator.of(policy)), columns);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("CallStateAggregator is serialised through its form");
  }

  /** The serialised form: the policy as an empty state, and the columns. */
  private record Form(byte[] policy, CallColumns columns) implements Serializable {

    private Object readResolve() {
      return new CallStateAggregator(CallStates.policyOf(policy), columns);
    }
  }
}
