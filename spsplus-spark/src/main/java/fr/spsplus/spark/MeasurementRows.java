package fr.spsplus.spark;

import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.call.CallMeasurements;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The Spark SQL form of a {@link Measurement}: a struct with the value and everything needed to
 * reproduce and reconcile it, as the spsplus SQL functions return it, and the conversions between
 * rows and measurements.
 *
 * <p>{@link #MEASUREMENT} (field: type):
 *
 * <ul>
 *   <li>{@code indicator}: STRING, the {@link IndicatorCode} (for example {@code
 *       TAUX_DECROCHE_AGENT});
 *   <li>{@code value}: DOUBLE, NULL when withheld or undefined; rates are proportions in [0, 1],
 *       waits seconds;
 *   <li>{@code interval}: STRUCT&lt;method STRING, confidence DOUBLE, low DOUBLE, high DOUBLE&gt;,
 *       NULL when withheld, undefined or not applicable (percentiles);
 *   <li>{@code n}: BIGINT, the observations the value rests on;
 *   <li>{@code status}: STRING, the {@link PublicationStatus};
 *   <li>{@code numerator}, {@code denominator}: DOUBLE;
 *   <li>{@code excluded}: MAP&lt;STRING, BIGINT&gt;, the observations left out by reason;
 *   <li>{@code parameters}: MAP&lt;STRING, STRING&gt;, the policy and estimation that produced it.
 * </ul>
 *
 * <p>The struct has no structure nor period: they are the keys of the {@code GROUP BY}. {@link
 * #toMeasurement(Row, StructureCode, ReportingPeriod)} puts them back. {@link #CALL_INDICATORS} is
 * the struct of {@code spsplus_call_indicators}: one {@link #MEASUREMENT} per telephone indicator
 * and an array of service levels.
 */
public final class MeasurementRows {

  /**
   * The confidence interval struct: {@code method}, {@code confidence}, {@code low}, {@code high}.
   */
  public static final StructType INTERVAL =
      new StructType()
          .add("method", DataTypes.StringType, false)
          .add("confidence", DataTypes.DoubleType, false)
          .add("low", DataTypes.DoubleType, false)
          .add("high", DataTypes.DoubleType, false);

  /** The measurement struct (see the class description). */
  public static final StructType MEASUREMENT =
      new StructType()
          .add("indicator", DataTypes.StringType, false)
          .add("value", DataTypes.DoubleType, true)
          .add("interval", INTERVAL, true)
          .add("n", DataTypes.LongType, false)
          .add("status", DataTypes.StringType, false)
          .add("numerator", DataTypes.DoubleType, false)
          .add("denominator", DataTypes.DoubleType, false)
          .add(
              "excluded",
              DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType, false),
              false)
          .add(
              "parameters",
              DataTypes.createMapType(DataTypes.StringType, DataTypes.StringType, false),
              false);

  /**
   * The struct of every telephone indicator ({@link CallMeasurements}): {@code agent_pick_up_rate},
   * {@code global_pick_up_rate}, {@code abandon_rate}, {@code service_levels} (an array, one per
   * threshold of the policy in increasing order), {@code mean_wait}, {@code median_wait}, {@code
   * p90_wait}.
   */
  public static final StructType CALL_INDICATORS =
      new StructType()
          .add("agent_pick_up_rate", MEASUREMENT, false)
          .add("global_pick_up_rate", MEASUREMENT, false)
          .add("abandon_rate", MEASUREMENT, false)
          .add("service_levels", DataTypes.createArrayType(MEASUREMENT, false), false)
          .add("mean_wait", MEASUREMENT, false)
          .add("median_wait", MEASUREMENT, false)
          .add("p90_wait", MEASUREMENT, false);

  private MeasurementRows() {}

  /**
   * Converts a measurement to a row of {@link #MEASUREMENT}, with its schema (its structure and
   * period are dropped).
   *
   * @param measurement the measurement
   * @return the row
   */
  public static Row toRow(Measurement measurement) {
    Objects.requireNonNull(measurement, "measurement");
    ConfidenceInterval interval = measurement.interval();
    Row intervalRow =
        interval == null
            ? null
            : row(
                INTERVAL,
                interval.method().name(),
                interval.confidence(),
                interval.low(),
                interval.high());
    return row(
        MEASUREMENT,
        measurement.indicator().name(),
        measurement.value(),
        intervalRow,
        measurement.n(),
        measurement.status().name(),
        measurement.numerator(),
        measurement.denominator(),
        CollectionConverters.asScala(measurement.excluded()),
        CollectionConverters.asScala(measurement.parameters()));
  }

  /**
   * Converts every telephone indicator to a row of {@link #CALL_INDICATORS}.
   *
   * @param measurements the measurements
   * @return the row
   */
  public static Row toRow(CallMeasurements measurements) {
    Objects.requireNonNull(measurements, "measurements");
    List<Row> levels = new ArrayList<>(measurements.serviceLevels().size());
    measurements.serviceLevels().forEach(level -> levels.add(toRow(level)));
    return row(
        CALL_INDICATORS,
        toRow(measurements.agentPickUpRate()),
        toRow(measurements.globalPickUpRate()),
        toRow(measurements.abandonRate()),
        CollectionConverters.asScala(levels).toSeq(),
        toRow(measurements.meanWait()),
        toRow(measurements.medianWait()),
        toRow(measurements.p90Wait()));
  }

  private static Row row(StructType schema, Object... values) {
    return new GenericRowWithSchema(values, schema);
  }

  /**
   * Converts a row of {@link #MEASUREMENT} (as collected from a Spark result) back to a
   * measurement.
   *
   * @param row the row, with the fields of {@link #MEASUREMENT} (by name)
   * @param structure the structure it measures (a key of the group), or {@code null} for an
   *     aggregate
   * @param period the period it measures (a key of the group)
   * @return the measurement
   * @throws IllegalArgumentException if a code is unknown or a component invalid ({@link
   *     fr.spsplus.core.InvalidInputException} for the latter)
   */
  public static Measurement toMeasurement(
      Row row, @Nullable StructureCode structure, ReportingPeriod period) {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(period, "period");
    Row intervalRow = row.getAs("interval");
    ConfidenceInterval interval =
        intervalRow == null
            ? null
            : new ConfidenceInterval(
                IntervalMethod.valueOf(intervalRow.<String>getAs("method")),
                intervalRow.<Double>getAs("confidence"),
                intervalRow.<Double>getAs("low"),
                intervalRow.<Double>getAs("high"));
    return new Measurement(
        IndicatorCode.valueOf(row.<String>getAs("indicator")),
        structure,
        period,
        row.<Double>getAs("value"),
        row.<Double>getAs("numerator"),
        row.<Double>getAs("denominator"),
        row.<Long>getAs("n"),
        PublicationStatus.valueOf(row.<String>getAs("status")),
        interval,
        new TreeMap<>(row.<String, Long>getJavaMap(row.fieldIndex("excluded"))),
        new TreeMap<>(row.<String, String>getJavaMap(row.fieldIndex("parameters"))));
  }

  /**
   * Converts a row of {@link #CALL_INDICATORS} back to the telephone measurements.
   *
   * @param row the row
   * @param structure the structure, or {@code null} for an aggregate
   * @param period the period
   * @return the measurements
   */
  public static CallMeasurements toCallMeasurements(
      Row row, @Nullable StructureCode structure, ReportingPeriod period) {
    Objects.requireNonNull(row, "row");
    List<Measurement> levels = new ArrayList<>();
    for (Row level : row.<Row>getList(row.fieldIndex("service_levels"))) {
      levels.add(toMeasurement(level, structure, period));
    }
    return new CallMeasurements(
        toMeasurement(row.getAs("agent_pick_up_rate"), structure, period),
        toMeasurement(row.getAs("global_pick_up_rate"), structure, period),
        toMeasurement(row.getAs("abandon_rate"), structure, period),
        levels,
        toMeasurement(row.getAs("mean_wait"), structure, period),
        toMeasurement(row.getAs("median_wait"), structure, period),
        toMeasurement(row.getAs("p90_wait"), structure, period));
  }
}
