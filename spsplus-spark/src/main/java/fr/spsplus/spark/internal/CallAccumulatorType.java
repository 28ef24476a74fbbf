package fr.spsplus.spark.internal;

import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.spark.CallStates;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.UserDefinedType;

/**
 * The Spark type of a {@link CallAccumulator} aggregation buffer: BINARY, in the format of {@link
 * CallStates}. Spark creates it by reflection (public no-argument constructor) to serialise the
 * buffers of partial aggregations before a shuffle.
 */
public final class CallAccumulatorType extends UserDefinedType<CallAccumulator> {

  private static final long serialVersionUID = 1L;

  /** Creates the type (used by Spark). */
  public CallAccumulatorType() {}

  @Override
  public DataType sqlType() {
    return DataTypes.BinaryType;
  }

  @Override
  public Object serialize(CallAccumulator state) {
    return CallStates.toBytes(state);
  }

  @Override
  public CallAccumulator deserialize(Object datum) {
    return CallStates.fromBytes((byte[]) datum);
  }

  @Override
  public Class<CallAccumulator> userClass() {
    return CallAccumulator.class;
  }
}
