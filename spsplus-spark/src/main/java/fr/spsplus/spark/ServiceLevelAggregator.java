package fr.spsplus.spark;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.spark.internal.CallAccumulatorType;
import fr.spsplus.spark.internal.CallColumns;
import fr.spsplus.spark.internal.CallInputs;
import fr.spsplus.spark.internal.EstimationForm;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The SQL function {@value SpsplusFunctions#SERVICE_LEVEL}{@code (outcome, wait_seconds,
 * threshold_seconds)}: the service level at a threshold given as an argument, constant within a
 * group (usually a literal).
 *
 * <p>The empty buffer has the registered policy without any threshold; the first call of a group
 * sets the policy's only threshold to {@code threshold_seconds}, so that the state (and its encoded
 * form) carries it to {@link #finish}. The measurement is that of {@link
 * CallAggregator#serviceLevel} with a policy whose thresholds are exactly {@code
 * threshold_seconds}. A group without any call gives an undefined measurement without a {@code
 * threshold_seconds} parameter.
 *
 * <p>A threshold that varies within a group fails the job ({@code input.threshold.varies}); the
 * message names the third argument, as Spark does not tell the aggregator which column or
 * expression the caller passed.
 */
final class ServiceLevelAggregator extends Aggregator<Row, CallAccumulator, Row> {

  private static final long serialVersionUID = 1L;

  static final String THRESHOLD_COLUMN = "threshold_seconds";

  /** The position of {@code threshold_seconds} among the function's arguments. */
  private static final int THRESHOLD_POSITION = 3;

  private final transient CallPolicy policy;
  private final transient Estimation estimation;
  private final CallColumns columns =
      CallColumns.DEFAULT.inFunction(SpsplusFunctions.SERVICE_LEVEL);

  ServiceLevelAggregator(CallPolicy policy, Estimation estimation) {
    this.policy =
        Objects.requireNonNull(policy, "policy").toBuilder()
            .serviceLevelThresholdsSeconds(List.of())
            .build();
    this.estimation = Objects.requireNonNull(estimation, "estimation");
  }

  StructType inputSchema() {
    return columns.schema().add(THRESHOLD_COLUMN, DataTypes.IntegerType);
  }

  @Override
  public CallAccumulator zero() {
    return CallAccumulator.of(policy);
  }

  @Override
  public CallAccumulator reduce(CallAccumulator buffer, Row row) {
    int threshold = CallInputs.seconds(row, THRESHOLD_COLUMN, SpsplusFunctions.SERVICE_LEVEL);
    List<Integer> thresholds = buffer.policy().serviceLevelThresholdsSeconds();
    CallAccumulator target = buffer;
    if (thresholds.isEmpty()) {
      target =
          CallAccumulator.of(
              buffer.policy().toBuilder().serviceLevelThresholdsSeconds(threshold).build());
    } else if (thresholds.get(0) != threshold) {
      throw varies();
    }
    return columns.reduce(target, row);
  }

  @Override
  public CallAccumulator merge(CallAccumulator a, CallAccumulator b) {
    if (a.count() > 0
        && b.count() > 0
        && !a.policy()
            .serviceLevelThresholdsSeconds()
            .equals(b.policy().serviceLevelThresholdsSeconds())) {
      throw varies();
    }
    return CallColumns.merge(a, b);
  }

  private static InvalidInputException varies() {
    return new InvalidInputException(
        SpsplusFunctions.MESSAGES.message(
            "input.threshold.varies",
            CallInputs.name(SpsplusFunctions.SERVICE_LEVEL, THRESHOLD_POSITION, THRESHOLD_COLUMN)));
  }

  @Override
  public Row finish(CallAccumulator buffer) {
    if (buffer.policy().serviceLevelThresholdsSeconds().isEmpty()) {
      return MeasurementRows.toRow(
          estimation.proportion(
              IndicatorCode.NIVEAU_SERVICE,
              null,
              CallAggregator.ANY_PERIOD,
              0,
              0,
              Map.of(),
              buffer.policy().parameters()));
    }
    return MeasurementRows.toRow(
        buffer.result(null, CallAggregator.ANY_PERIOD, estimation).serviceLevels().get(0));
  }

  @Override
  public Encoder<CallAccumulator> bufferEncoder() {
    return Encoders.udt(new CallAccumulatorType());
  }

  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(MeasurementRows.MEASUREMENT);
  }

  private Object writeReplace() {
    return new Form(CallStates.toBytes(CallAccumulator.of(policy)), EstimationForm.of(estimation));
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("ServiceLevelAggregator is serialised through its form");
  }

  /** The serialised form. */
  private record Form(byte[] policy, EstimationForm estimation) implements Serializable {

    private Object readResolve() {
      return new ServiceLevelAggregator(CallStates.policyOf(policy), estimation.estimation());
    }
  }
}
