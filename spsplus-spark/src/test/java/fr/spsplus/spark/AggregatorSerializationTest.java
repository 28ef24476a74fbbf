package fr.spsplus.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.junit.jupiter.api.Test;

/**
 * Spark ships aggregators to its executors with Java serialisation: they travel as their policy (in
 * the state format), estimation and settings, and come back equal in behaviour.
 */
class AggregatorSerializationTest {

  private static final Estimation ESTIMATION = CallData.CUSTOM_ESTIMATION;

  @Test
  void callAggregatorsComeBackWithTheirPolicyEstimationAndColumns() throws Exception {
    CallAggregator original =
        CallAggregator.serviceLevel(CallData.CUSTOM_POLICY, ESTIMATION, 45)
            .withColumns("resultat", "attente");

    CallAggregator copy = roundTrip(original);

    assertThat(copy.policy()).isEqualTo(original.policy());
    assertThat(copy.estimation()).isEqualTo(ESTIMATION);
    assertThat(copy.inputSchema()).isEqualTo(original.inputSchema());
    assertThat(copy.outputSchema()).isEqualTo(MeasurementRows.MEASUREMENT);
    CallAccumulator state = copy.zero();
    for (int wait : List.of(3, 40, 50, 700)) {
      state = copy.reduce(state, call("resultat", "attente", "ANSWERED_AGENT", wait));
    }
    assertThat(copy.finish(state)).isEqualTo(original.finish(state));
    assertThat(
            MeasurementRows.toMeasurement(copy.finish(state), null, CallAggregator.ANY_PERIOD)
                .value())
        .isEqualTo(0.5);
  }

  @Test
  void stateAggregatorsAndTheSqlServiceLevelComeBackToo() throws Exception {
    CallStateAggregator states = roundTrip(CallStateAggregator.ofCalls(CallData.CUSTOM_POLICY));
    ServiceLevelAggregator levels =
        roundTrip(new ServiceLevelAggregator(CallPolicy.defaults(), Estimation.defaults()));

    assertThat(CallStates.fromBytes(states.finish(states.zero())).policy())
        .isEqualTo(CallData.CUSTOM_POLICY);
    assertThat(levels.zero().policy().serviceLevelThresholdsSeconds()).isEmpty();
    assertThat(levels.inputSchema().fieldNames())
        .containsExactly("outcome", "wait_seconds", "threshold_seconds");
  }

  @Test
  void theFormIsTheOnlyWayIn() {
    CallAggregator aggregator = CallAggregator.p90Wait(CallPolicy.defaults(), ESTIMATION);
    assertThat(aggregator).isNotNull();
    // A stream that names CallAggregator's own class data (not its form) is refused.
    assertThatThrownBy(() -> invokeReadObject(aggregator))
        .isInstanceOf(InvalidObjectException.class);
  }

  private static void invokeReadObject(Object target) throws Exception {
    java.lang.reflect.Method method =
        target.getClass().getDeclaredMethod("readObject", ObjectInputStream.class);
    method.setAccessible(true);
    try {
      method.invoke(target, (ObjectInputStream) null);
    } catch (java.lang.reflect.InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }

  private static Row call(String outcomeColumn, String waitColumn, String outcome, int wait) {
    return new GenericRowWithSchema(
        new Object[] {outcome, wait},
        CallAggregator.indicators(CallPolicy.defaults(), ESTIMATION)
            .withColumns(outcomeColumn, waitColumn)
            .inputSchema());
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T object) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(object);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }
}
