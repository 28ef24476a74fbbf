package fr.spsplus.indicators.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.PointSet;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.GoldenTables;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.stats.PublicationPolicy;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every survey formula against the hand-derived table {@code survey-rates.csv}. */
class SurveyRatesGoldenTest {

  private static final String HEADER =
      "case,scale,answers,settings,statistic,fraction,value,numerator,denominator,n,nsp,status,low,high";
  private static final StructureCode SITE = StructureCode.of("3Tn8gzTdcz");
  private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2026-03");

  static Stream<Arguments> rows() {
    List<String[]> rows =
        GoldenTables.read(SurveyRatesGoldenTest.class, "survey-rates.csv", HEADER);
    return rows.stream().map(row -> Arguments.of(row[0], row));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void measurementMatchesTheGoldenRow(String name, String[] row) {
    SurveyScale scale = SurveyScale.valueOf(row[1]);
    SurveyPolicy policy = policy(scale, row[3]);
    SurveyAccumulator answers = answers(scale, row[2]);
    SurveyStatistic statistic = SurveyStatistic.valueOf(row[4]);

    Measurement m = policy.measure(statistic, answers, IndicatorCode.EFFORT, SITE, PERIOD);

    if (row[6].isEmpty()) {
      assertThat(m.value()).as("value").isNull();
    } else {
      assertThat(m.value()).as("value").isCloseTo(Double.parseDouble(row[6]), within(1e-12));
    }
    assertThat(m.numerator()).as("numerator").isCloseTo(Double.parseDouble(row[7]), within(1e-12));
    assertThat(m.denominator())
        .as("denominator")
        .isCloseTo(Double.parseDouble(row[8]), within(1e-12));
    assertThat(m.n()).as("n").isEqualTo(Long.parseLong(row[9]));
    assertThat(m.excluded())
        .as("excluded")
        .containsExactly(Map.entry("NSP", Long.parseLong(row[10])));
    assertThat(m.status()).as("status").isEqualTo(PublicationStatus.valueOf(row[11]));
    if (row[12].isEmpty()) {
      assertThat(m.interval()).as("interval").isNull();
    } else {
      assertThat(m.interval()).as("interval").isNotNull();
      assertThat(m.interval().low()).as("low").isCloseTo(Double.parseDouble(row[12]), within(1e-9));
      assertThat(m.interval().high())
          .as("high")
          .isCloseTo(Double.parseDouble(row[13]), within(1e-9));
      assertThat(m.interval().method())
          .isEqualTo(
              statistic == SurveyStatistic.TOP_BOX
                      || statistic == SurveyStatistic.CES_SHARE
                      || statistic == SurveyStatistic.YES_RATE
                  ? IntervalMethod.WILSON
                  : IntervalMethod.NORMAL_MEAN);
    }
    assertThat(m.parameters())
        .containsEntry("scale", scale.name())
        .containsEntry("statistic", statistic.name())
        .containsEntry("weighted", Boolean.toString(policy.weighted()));
    assertThat(m.indicator()).isEqualTo(IndicatorCode.EFFORT);
    assertThat(m.structure()).isEqualTo(SITE);
    assertThat(m.period()).isEqualTo(PERIOD);
  }

  /** Reads {@code CODE[*count][@weight]} tokens. */
  static SurveyAccumulator answers(SurveyScale scale, String text) {
    SurveyAccumulator answers = SurveyAccumulator.on(scale);
    for (String token : text.trim().split(" +")) {
      if (token.isEmpty()) {
        continue;
      }
      double weight = Double.NaN;
      int at = token.indexOf('@');
      if (at >= 0) {
        weight = Double.parseDouble(token.substring(at + 1));
        token = token.substring(0, at);
      }
      int count = 1;
      int star = token.indexOf('*');
      if (star >= 0) {
        count = Integer.parseInt(token.substring(star + 1));
        token = token.substring(0, star);
      }
      int index = scale.indexOf(token);
      for (int i = 0; i < count; i++) {
        if (Double.isNaN(weight)) {
          answers.accept(index);
        } else {
          answers.accept(index, weight);
        }
      }
    }
    return answers;
  }

  static SurveyPolicy policy(SurveyScale scale, String settings) {
    SurveyPolicy policy = SurveyPolicy.defaults(scale);
    for (String setting : settings.split(";")) {
      if (setting.isEmpty()) {
        continue;
      }
      String[] parts = setting.split("=", 2);
      switch (parts[0]) {
        case "pub" -> {
          String[] thresholds = parts[1].split("/");
          policy =
              policy.withEstimation(
                  Estimation.defaults()
                      .withPublication(
                          PublicationPolicy.of(
                              Long.parseLong(thresholds[0]), Long.parseLong(thresholds[1]))));
        }
        case "weighted" -> policy = policy.withWeights(true);
        case "top" ->
            policy = policy.withTopBox(new PointSet(scale, List.of(parts[1].split("\\+"))));
        case "bottom" ->
            policy = policy.withBottomBox(new PointSet(scale, List.of(parts[1].split("\\+"))));
        case "marks" ->
            policy =
                policy.withMarks(
                    Stream.of(parts[1].split("/")).mapToDouble(Double::parseDouble).toArray());
        default -> throw new AssertionError("unknown setting " + setting);
      }
    }
    return policy;
  }
}
