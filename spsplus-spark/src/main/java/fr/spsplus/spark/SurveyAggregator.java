package fr.spsplus.spark;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.survey.PointSet;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.indicators.survey.SurveyAccumulator;
import fr.spsplus.indicators.survey.SurveyPolicy;
import fr.spsplus.indicators.survey.SurveyStatistic;
import fr.spsplus.spark.internal.CallInputs;
import fr.spsplus.spark.internal.EstimationForm;
import fr.spsplus.spark.internal.SurveyAccumulatorType;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * A typed Spark {@link Aggregator} of one survey statistic (top-box rate, taux net, NPS, means…)
 * whose buffer is a {@link SurveyAccumulator}: zero is {@link SurveyAccumulator#on}, reduce {@link
 * SurveyAccumulator#accept(int, double)}, merge {@link SurveyAccumulator#combine}, finish {@link
 * SurveyPolicy#measure}; buffers travel as {@link SurveyStates} bytes.
 *
 * <p><strong>Input.</strong> A {@link Row} read by column name: {@code answer} (STRING, a point
 * code of the policy's scale, read tolerantly by {@link SurveyScale#indexOf(String)}: {@code
 * PLUTOT_SATISFAIT}, {@code plutôt satisfait}, {@code 9}, {@code NSP}…) and, when the policy is
 * weighted, {@code weight} (a positive number). A NULL answer is skipped (the question was not
 * answered; an explicit "no opinion" is {@code NSP}); an unknown answer ({@code
 * scale.answer.unknown}), a NULL weight of an answer ({@code input.weight.null}), a weight that is
 * not a number ({@code input.weight.type}) or a missing column ({@code input.column}) fails the job
 * with an {@link InvalidInputException} that names the column, or, for a function registered with
 * {@link SpsplusFunctions#registerSurvey}, the argument ({@code le deuxième argument de nps
 * (weight)}): Spark does not tell the aggregator which columns the caller passed.
 *
 * <p><strong>Exactness.</strong> Unweighted results are bit for bit those of one accumulator fed
 * every answer, whatever the partitioning. Weight sums are floating point, merged in an order Spark
 * chooses: weighted results may differ from the in-process ones in their last bits, as {@link
 * SurveyAccumulator} documents for any merge.
 *
 * <p>Output: a row of {@link MeasurementRows#MEASUREMENT}. Immutable.
 */
public final class SurveyAggregator extends Aggregator<Row, SurveyAccumulator, Row> {

  private static final long serialVersionUID = 1L;

  private final transient SurveyPolicy policy;
  private final SurveyStatistic statistic;
  private final IndicatorCode indicator;
  private final String answerColumn;
  private final @Nullable String weightColumn;
  private final @Nullable String function;

  private SurveyAggregator(
      SurveyPolicy policy,
      SurveyStatistic statistic,
      IndicatorCode indicator,
      String answerColumn,
      @Nullable String weightColumn,
      @Nullable String function) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.statistic = Objects.requireNonNull(statistic, "statistic");
    this.indicator = Objects.requireNonNull(indicator, "indicator");
    this.answerColumn = Objects.requireNonNull(answerColumn, "answerColumn");
    this.weightColumn = weightColumn;
    this.function = function;
    SurveyScale required = statistic.requiredScale().orElse(policy.scale());
    if (required != policy.scale()) {
      throw new InvalidInputException(
          SpsplusFunctions.MESSAGES.message(
              "survey.statistic.scale", statistic, required, policy.scale()));
    }
  }

  /**
   * Returns the aggregator of one statistic, reading the column {@code answer} (and {@code weight}
   * when the policy is weighted).
   *
   * @param statistic the statistic
   * @param indicator the indicator the measurement is reported under
   * @param policy the scale, boxes, marks, weighting and estimation
   * @return the aggregator
   * @throws InvalidInputException if the statistic is not defined on the policy's scale
   */
  public static SurveyAggregator of(
      SurveyStatistic statistic, IndicatorCode indicator, SurveyPolicy policy) {
    return new SurveyAggregator(
        policy, statistic, indicator, "answer", policy.weighted() ? "weight" : null, null);
  }

  /**
   * Returns this aggregator reading other columns.
   *
   * @param answer the column of answers
   * @param weight the column of weights, or {@code null} for unweighted answers (weight 1)
   * @return a new aggregator
   */
  public SurveyAggregator withColumns(String answer, @Nullable String weight) {
    return new SurveyAggregator(policy, statistic, indicator, answer, weight, null);
  }

  /**
   * Returns this aggregator as the SQL function {@code name}: its messages name the function's
   * arguments (by position and parameter), since the rows it reads have the {@linkplain
   * #inputSchema() input columns} as fields, whatever the caller's columns are called.
   *
   * @param name the function's name
   * @return a new aggregator
   */
  SurveyAggregator inFunction(String name) {
    return new SurveyAggregator(
        policy,
        statistic,
        indicator,
        answerColumn,
        weightColumn,
        Objects.requireNonNull(name, "name"));
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public SurveyPolicy policy() {
    return policy;
  }

  /**
   * Returns the schema of the input rows as an SQL function: {@code (answer STRING)} or {@code
   * (answer STRING, weight DOUBLE)}, with the configured names.
   *
   * @return the input schema
   */
  public StructType inputSchema() {
    StructType schema = new StructType().add(answerColumn, DataTypes.StringType);
    return weightColumn == null ? schema : schema.add(weightColumn, DataTypes.DoubleType);
  }

  @Override
  public SurveyAccumulator zero() {
    return SurveyAccumulator.on(policy.scale());
  }

  @Override
  public SurveyAccumulator reduce(SurveyAccumulator buffer, Row row) {
    Object answer = row.get(CallInputs.index(row, answerColumn));
    if (answer == null) {
      return buffer;
    }
    SurveyScale scale = policy.scale();
    OptionalInt found = scale.find(answer.toString());
    if (found.isEmpty()) {
      throw new InvalidInputException(
          SpsplusFunctions.MESSAGES.message(
              "scale.answer.unknown",
              CallInputs.name(row, answerColumn, function),
              scale,
              String.join(", ", scale.codes())));
    }
    int index = found.getAsInt();
    if (weightColumn == null) {
      buffer.accept(index);
      return buffer;
    }
    Object weight = row.get(CallInputs.index(row, weightColumn));
    if (!(weight instanceof Number number)) {
      throw new InvalidInputException(
          SpsplusFunctions.MESSAGES.message(
              weight == null ? "input.weight.null" : "input.weight.type",
              CallInputs.name(row, weightColumn, function)));
    }
    buffer.accept(index, number.doubleValue());
    return buffer;
  }

  @Override
  public SurveyAccumulator merge(SurveyAccumulator a, SurveyAccumulator b) {
    return a.combine(b);
  }

  /**
   * Measures the statistic.
   *
   * @param buffer the answers of the group
   * @return a row of {@link MeasurementRows#MEASUREMENT}
   */
  @Override
  public Row finish(SurveyAccumulator buffer) {
    return MeasurementRows.toRow(
        policy.measure(statistic, buffer, indicator, null, CallAggregator.ANY_PERIOD));
  }

  @Override
  public Encoder<SurveyAccumulator> bufferEncoder() {
    return Encoders.udt(new SurveyAccumulatorType());
  }

  @Override
  public Encoder<Row> outputEncoder() {
    return Encoders.row(MeasurementRows.MEASUREMENT);
  }

  private Object writeReplace() {
    return new Form(
        policy.scale().name(),
        policy.topBox().mask(),
        policy.bottomBox().mask(),
        policy.marks().stream().mapToDouble(Double::doubleValue).toArray(),
        policy.weighted(),
        EstimationForm.of(policy.estimation()),
        statistic.name(),
        indicator.name(),
        answerColumn,
        weightColumn,
        function);
  }

  private void readObject(ObjectInputStream in) throws InvalidObjectException {
    throw new InvalidObjectException("SurveyAggregator is serialised through its form");
  }

  /** The serialised form: the policy by its components, and the settings. */
  private record Form(
      String scale,
      int topBox,
      int bottomBox,
      double[] marks,
      boolean weighted,
      EstimationForm estimation,
      String statistic,
      String indicator,
      String answerColumn,
      @Nullable String weightColumn,
      @Nullable String function)
      implements Serializable {

    private Object readResolve() {
      SurveyScale onScale = SurveyScale.valueOf(scale);
      List<Double> markList = java.util.Arrays.stream(marks).boxed().toList();
      SurveyPolicy policy =
          new SurveyPolicy(
              onScale,
              PointSet.ofMask(onScale, topBox),
              PointSet.ofMask(onScale, bottomBox),
              markList,
              weighted,
              estimation.estimation());
      return new SurveyAggregator(
          policy,
          SurveyStatistic.valueOf(statistic),
          IndicatorCode.valueOf(indicator),
          answerColumn,
          weightColumn,
          function);
    }
  }
}
