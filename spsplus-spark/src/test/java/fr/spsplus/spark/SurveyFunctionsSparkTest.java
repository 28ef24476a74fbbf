package fr.spsplus.spark;

import static fr.spsplus.spark.InvalidInputs.assertInvalid;
import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.survey.SurveyAccumulator;
import fr.spsplus.indicators.survey.SurveyPolicy;
import fr.spsplus.indicators.survey.SurveyStatistic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Survey statistics on Spark equal the in-process ones: exactly for unweighted answers, up to the
 * last bits of floating-point weight sums for weighted ones.
 */
class SurveyFunctionsSparkTest {

  private static final List<String> STRUCTURES = List.of("caf-75-a", "caf-75-b", "urssaf-13");
  private static final StructType SCHEMA =
      new StructType()
          .add("structure", DataTypes.StringType, false)
          .add("satisfaction", DataTypes.StringType, true)
          .add("recommendation", DataTypes.StringType, false)
          .add("weight", DataTypes.DoubleType, false);

  /** One generated survey response. */
  record Response(
      String structure, @Nullable String satisfaction, String recommendation, double weight) {}

  private static SparkSession spark;
  private static List<Response> responses;
  private static Dataset<Row> frame;

  @BeforeAll
  static void start() {
    spark = LocalSpark.session();
    SplittableRandom random = new SplittableRandom(99);
    List<String> satisfaction = SurveyScale.FOUR_POINT.codes();
    responses = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 6_000; i++) {
      String structure = STRUCTURES.get(random.nextInt(STRUCTURES.size()));
      // Mostly satisfied, some no-opinion answers, and unanswered questions (NULL).
      int p = random.nextInt(100);
      String answer =
          p < 5 ? null : p < 10 ? "NSP" : satisfaction.get(Math.min(3, random.nextInt(5)));
      String nps = Integer.toString(Math.min(10, random.nextInt(13)));
      double weight = 0.25 + random.nextInt(400) / 100.0;
      Response response = new Response(structure, answer, nps, weight);
      responses.add(response);
      rows.add(RowFactory.create(structure, answer, nps, weight));
    }
    frame = spark.createDataFrame(rows, SCHEMA).cache();
  }

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {1, 4, 9})
  void satisfactionRateEqualsTheInProcessTopBoxRate(int partitions) {
    SpsplusFunctions.register(spark);
    frame.repartition(partitions).createOrReplaceTempView("responses");

    List<Row> rows =
        spark
            .sql(
                "SELECT structure, spsplus_satisfaction_rate(satisfaction) AS rate"
                    + " FROM responses GROUP BY structure")
            .collectAsList();

    SurveyPolicy policy = SurveyPolicy.defaults(SurveyScale.FOUR_POINT);
    Map<String, Measurement> expected = new TreeMap<>();
    for (String structure : STRUCTURES) {
      SurveyAccumulator answers = SurveyAccumulator.on(SurveyScale.FOUR_POINT);
      responses.stream()
          .filter(r -> r.structure().equals(structure) && r.satisfaction() != null)
          .forEach(r -> answers.accept(SurveyScale.FOUR_POINT.indexOf(r.satisfaction())));
      expected.put(
          structure,
          policy.topBox(
              answers,
              IndicatorCode.SATISFACTION_GLOBALE,
              StructureCode.of(structure),
              CallAggregator.ANY_PERIOD));
    }
    Map<String, Measurement> actual = new TreeMap<>();
    rows.forEach(
        row ->
            actual.put(
                row.getAs("structure"),
                MeasurementRows.toMeasurement(
                    row.getAs("rate"),
                    StructureCode.of(row.getAs("structure")),
                    CallAggregator.ANY_PERIOD)));

    assertThat(actual).isEqualTo(expected);
    assertThat(expected.values()).allSatisfy(m -> assertThat(m.excluded().get("NSP")).isPositive());
  }

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {1, 5})
  void weightedNpsEqualsTheInProcessOneUpToTheLastBits(int partitions) {
    SurveyPolicy policy =
        SurveyPolicy.defaults(SurveyScale.NPS_0_10)
            .withWeights(true)
            .withEstimation(Estimation.defaults());
    SpsplusFunctions.registerSurvey(
        spark,
        "nps",
        SurveyAggregator.of(SurveyStatistic.NPS, IndicatorCode.QUALITE_RELATION, policy)
            .withColumns("recommendation", "weight"));
    frame.repartition(partitions).createOrReplaceTempView("responses");

    List<Row> rows =
        spark
            .sql(
                "SELECT structure, nps(recommendation, weight) AS nps FROM responses GROUP BY structure")
            .collectAsList();

    assertThat(rows).hasSize(STRUCTURES.size());
    for (Row row : rows) {
      String structure = row.getAs("structure");
      SurveyAccumulator answers = SurveyAccumulator.on(SurveyScale.NPS_0_10);
      responses.stream()
          .filter(r -> r.structure().equals(structure))
          .forEach(
              r -> answers.accept(SurveyScale.NPS_0_10.indexOf(r.recommendation()), r.weight()));
      Measurement expected =
          policy.nps(answers, IndicatorCode.QUALITE_RELATION, null, CallAggregator.ANY_PERIOD);
      Measurement actual =
          MeasurementRows.toMeasurement(row.getAs("nps"), null, CallAggregator.ANY_PERIOD);

      assertThat(actual.indicator()).isEqualTo(IndicatorCode.QUALITE_RELATION);
      assertThat(actual.n()).isEqualTo(expected.n());
      assertThat(actual.status()).isEqualTo(expected.status());
      assertThat(actual.excluded()).isEqualTo(expected.excluded());
      assertThat(actual.parameters()).isEqualTo(expected.parameters());
      assertThat(actual.value()).isCloseTo(expected.value(), within(1e-12));
      assertThat(actual.numerator()).isCloseTo(expected.numerator(), within(1e-9));
      assertThat(actual.denominator()).isCloseTo(expected.denominator(), within(1e-9));
      assertThat(actual.interval().low()).isCloseTo(expected.interval().low(), within(1e-12));
      assertThat(actual.interval().high()).isCloseTo(expected.interval().high(), within(1e-12));
    }
  }

  @ParameterizedTest(name = "{0} partitions")
  @ValueSource(ints = {3})
  void typedAggregatorWithTheDataFrameApi(int partitions) {
    SurveyAggregator mean =
        SurveyAggregator.of(
                SurveyStatistic.MEAN,
                IndicatorCode.SATISFACTION_GLOBALE,
                SurveyPolicy.defaults(SurveyScale.FOUR_POINT))
            .withColumns("satisfaction", null);

    Row row =
        frame
            .repartition(partitions)
            .agg(
                org.apache
                    .spark
                    .sql
                    .functions
                    .udaf(mean, org.apache.spark.sql.Encoders.row(mean.inputSchema()))
                    .apply(col("satisfaction")))
            .first();

    SurveyAccumulator answers = SurveyAccumulator.on(SurveyScale.FOUR_POINT);
    responses.stream()
        .filter(r -> r.satisfaction() != null)
        .forEach(r -> answers.accept(SurveyScale.FOUR_POINT.indexOf(r.satisfaction())));
    assertThat(MeasurementRows.toMeasurement(row.getStruct(0), null, CallAggregator.ANY_PERIOD))
        .isEqualTo(
            mean.policy()
                .mean(
                    answers, IndicatorCode.SATISFACTION_GLOBALE, null, CallAggregator.ANY_PERIOD));
  }

  @Test
  void unknownAnswersFailTheJobWithAMessageNamingTheInput() {
    SpsplusFunctions.register(spark);

    // The SQL function names its argument: Spark does not tell it that the column is "reponse".
    assertInvalid(
        () ->
            spark
                .sql(
                    "SELECT spsplus_satisfaction_rate(reponse) FROM VALUES"
                        + " ('PLUTOT_SATISFAIT'), ('PEUT_ETRE') AS v(reponse)")
                .collectAsList(),
        "scale.answer.unknown",
        "Réponse inconnue dans le premier argument de spsplus_satisfaction_rate (answer) sur"
            + " l’échelle FOUR_POINT ; codes acceptés : TRES_INSATISFAIT, PLUTOT_INSATISFAIT,"
            + " PLUTOT_SATISFAIT, TRES_SATISFAIT, NSP.",
        "Unknown answer in the first argument of spsplus_satisfaction_rate (answer) on scale"
            + " FOUR_POINT; accepted codes:");
    // A typed aggregator names the column it reads.
    SurveyAggregator nps =
        SurveyAggregator.of(
                SurveyStatistic.NPS,
                IndicatorCode.QUALITE_RELATION,
                SurveyPolicy.defaults(SurveyScale.NPS_0_10))
            .withColumns("satisfaction", null);
    assertInvalid(
        () -> frame.select(nps.toColumn()).collectAsList(),
        "scale.answer.unknown",
        "Réponse inconnue dans la colonne « satisfaction » sur l’échelle NPS_0_10 ;");
  }

  @Test
  void invalidWeightsFailTheJobWithAMessageNamingTheInput() {
    SurveyPolicy weighted = SurveyPolicy.defaults(SurveyScale.NPS_0_10).withWeights(true);
    SurveyAggregator nps =
        SurveyAggregator.of(SurveyStatistic.NPS, IndicatorCode.QUALITE_RELATION, weighted);
    SpsplusFunctions.registerSurvey(spark, "nps_weighted", nps);

    assertInvalid(
        () ->
            spark
                .sql(
                    "SELECT nps_weighted(r, w) FROM VALUES ('9', 1.5D), ('10', CAST(NULL AS DOUBLE))"
                        + " AS v(r, w)")
                .collectAsList(),
        "input.weight.null",
        "Poids NULL dans le deuxième argument de nps_weighted (weight) pour une réponse :",
        "NULL weight in the second argument of nps_weighted (weight) for an answer:");
    // A NULL weight of a NULL answer (no answer) is not an error.
    Row skipped =
        spark
            .sql(
                "SELECT nps_weighted(r, w) AS nps FROM VALUES ('9', 1.5D),"
                    + " (CAST(NULL AS STRING), CAST(NULL AS DOUBLE)) AS v(r, w)")
            .first();
    assertThat(skipped.<Row>getAs("nps").<Long>getAs("n")).isEqualTo(1L);
    // The typed aggregator reads the user's rows as they are: text weights are not numbers.
    assertInvalid(
        () ->
            frame
                .withColumn("poids", col("weight").cast(DataTypes.StringType))
                .select(nps.withColumns("recommendation", "poids").toColumn())
                .collectAsList(),
        "input.weight.type",
        "Nombres attendus dans la colonne « poids » (poids strictement positifs)",
        "Numbers expected in column \"poids\" (strictly positive weights)");
    assertInvalid(
        () -> frame.select(nps.toColumn()).collectAsList(),
        "input.column",
        "La ligne d’entrée n’a pas de colonne « answer »");
  }

  @Test
  void aStatisticOnAnotherScaleIsRefusedBeforeAnyJob() {
    SurveyPolicy fourPoint = SurveyPolicy.defaults(SurveyScale.FOUR_POINT);

    assertThatThrownBy(
            () ->
                SurveyAggregator.of(SurveyStatistic.NPS, IndicatorCode.QUALITE_RELATION, fourPoint))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.key()).isEqualTo("survey.statistic.scale");
              assertThat(e.getMessage())
                  .isEqualTo(
                      "La statistique NPS n’est définie que sur l’échelle NPS_0_10 (échelle de la"
                          + " politique : FOUR_POINT).");
              assertThat(e.getMessage(Locale.ENGLISH))
                  .isEqualTo(
                      "The statistic NPS is only defined on scale NPS_0_10 (the policy's scale:"
                          + " FOUR_POINT).");
            });
  }
}
