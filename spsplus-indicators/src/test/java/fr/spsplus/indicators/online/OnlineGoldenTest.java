package fr.spsplus.indicators.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.GoldenTables;
import fr.spsplus.indicators.Measurement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per-démarche scores of {@code online-procedures.csv} (exactly 8.0, exactly the minimum number of
 * answers, NSP not counted) and the indicator of each group of {@code online-indicator.csv}.
 */
class OnlineGoldenTest {

  private static final String PROCEDURES_HEADER =
      "group,procedure,bad,medium,good,nsp,score_fraction,score,rated,reached";
  private static final String INDICATOR_HEADER =
      "group,min_answers,threshold,marks,rated,reached,below_minimum,value,answers_at_threshold,"
          + "valid_answers,nsp";
  private static final StructureCode SITE = StructureCode.of("3Tn8gzTdcz");
  private static final ReportingPeriod QUARTER = ReportingPeriod.parse("2026-Q1");

  static Stream<Arguments> groups() {
    return GoldenTables.read(OnlineGoldenTest.class, "online-indicator.csv", INDICATOR_HEADER)
        .stream()
        .map(row -> Arguments.of(row[0], row));
  }

  private static OnlinePolicy policy(String[] group) {
    String[] marks = group[3].split("/");
    return OnlinePolicy.defaults()
        .withMinAnswers(Long.parseLong(group[1]))
        .withThreshold(Double.parseDouble(group[2]))
        .withMarks(
            Double.parseDouble(marks[0]),
            Double.parseDouble(marks[1]),
            Double.parseDouble(marks[2]));
  }

  private static void feed(OnlineAccumulator accumulator, String[] row) {
    for (int point = 0; point < 4; point++) {
      long count = Long.parseLong(row[2 + point]);
      for (long i = 0; i < count; i++) {
        accumulator.accept(row[1], point);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("groups")
  void scoresAndIndicatorMatchTheTables(String group, String[] expected) {
    OnlineAccumulator accumulator = OnlineAccumulator.of(policy(expected));
    List<String[]> rows =
        GoldenTables.read(OnlineGoldenTest.class, "online-procedures.csv", PROCEDURES_HEADER)
            .stream()
            .filter(row -> row[0].equals(group))
            .toList();
    rows.forEach(row -> feed(accumulator, row));

    for (String[] row : rows) {
      ProcedureScore score = accumulator.procedure(row[1]).orElseThrow();
      assertThat(score.bad()).isEqualTo(Long.parseLong(row[2]));
      assertThat(score.medium()).isEqualTo(Long.parseLong(row[3]));
      assertThat(score.good()).isEqualTo(Long.parseLong(row[4]));
      assertThat(score.noOpinion()).isEqualTo(Long.parseLong(row[5]));
      if (row[7].isEmpty()) {
        assertThat(score.score()).as(row[1]).isNull();
      } else {
        assertThat(score.score()).as(row[1]).isCloseTo(Double.parseDouble(row[7]), within(1e-12));
      }
      assertThat(score.rated()).as(row[1] + " rated").isEqualTo(Boolean.parseBoolean(row[8]));
      assertThat(score.reached()).as(row[1] + " reached").isEqualTo(Boolean.parseBoolean(row[9]));
    }

    Measurement m = accumulator.measure(SITE, QUARTER);
    assertThat(m.indicator()).isEqualTo(IndicatorCode.QUALITE_DEMARCHES_EN_LIGNE);
    assertThat(m.denominator()).isEqualTo(Double.parseDouble(expected[4]));
    assertThat(m.n()).isEqualTo(Long.parseLong(expected[4]));
    assertThat(m.numerator()).isEqualTo(Double.parseDouble(expected[5]));
    assertThat(m.excluded())
        .containsExactly(Map.entry("BELOW_MIN_ANSWERS", Long.parseLong(expected[6])));
    assertThat(m.value()).isEqualTo(Double.parseDouble(expected[7]));
    assertThat(m.parameters())
        .containsEntry("reading", "PROCEDURES")
        .containsEntry("min_answers", expected[1])
        .containsEntry("scale", "JDMA_3");
    assertThat(accumulator.belowMinimum()).hasSize(Integer.parseInt(expected[6]));
    assertThat(accumulator.belowMinimum()).allSatisfy(s -> assertThat(s.rated()).isFalse());

    Measurement byAnswers = accumulator.measureByAnswers(SITE, QUARTER);
    assertThat(byAnswers.numerator()).isEqualTo(Double.parseDouble(expected[8]));
    assertThat(byAnswers.denominator()).isEqualTo(Double.parseDouble(expected[9]));
    assertThat(byAnswers.excluded())
        .containsExactly(Map.entry("NSP", Long.parseLong(expected[10])));
    assertThat(byAnswers.parameters()).containsEntry("reading", "ANSWERS");
  }
}
