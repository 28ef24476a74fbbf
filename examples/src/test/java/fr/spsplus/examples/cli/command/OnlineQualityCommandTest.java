package fr.spsplus.examples.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.examples.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code spsplus online-quality}: the share of démarches reaching 8/10 and the démarches below the
 * minimum, on the shipped sample against an independent computation; options and bad input.
 */
class OnlineQualityCommandTest {

  private static final String HEADER =
      "response_id,structure,procedure,answered_at,answer,weight\n";

  @TempDir Path folder;
  private Path sample;

  @BeforeEach
  void copySample() {
    sample = Golden.sample(folder, "online-answers-sample.csv");
  }

  private Path answers(String name, String rows) throws IOException {
    return Files.writeString(folder.resolve(name), HEADER + rows, StandardCharsets.UTF_8);
  }

  /** Checks the {@code "procedures"} member against a golden table. */
  @SuppressWarnings("unchecked")
  private static void assertProcedures(String json, String golden) {
    Map<String, Object> document = Golden.document(json);
    assertThat(document.keySet()).containsExactly("results", "procedures");
    List<Map<String, Object>> procedures = (List<Map<String, Object>>) document.get("procedures");
    List<Map<String, String>> expected = Golden.table(golden);
    assertThat(procedures).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Map<String, Object> got = procedures.get(i);
      Map<String, String> want = expected.get(i);
      assertThat(got.keySet())
          .containsExactly(
              "structure",
              "period",
              "procedure",
              "answers",
              "good",
              "medium",
              "bad",
              "no_opinion",
              "score",
              "rated",
              "reached");
      for (String key : List.of("structure", "period", "procedure", "answers", "good", "medium")) {
        assertThat(String.valueOf(got.get(key))).as(want + " " + key).isEqualTo(want.get(key));
      }
      for (String key : List.of("bad", "no_opinion", "rated", "reached")) {
        assertThat(String.valueOf(got.get(key))).as(want + " " + key).isEqualTo(want.get(key));
      }
      Golden.assertNumber(got.get("score"), want.get("score"), want + " score");
    }
  }

  @Test
  void theResultsOfTheSampleAreThoseOfAnIndependentComputation() {
    CliRun run = CliRun.of("online-quality", sample.toString(), "--format", "json");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    Golden.assertResults(run.out(), "expected-online-quality.csv");
    assertProcedures(run.out(), "expected-online-procedures.csv");
  }

  @Test
  void aLowerMinimumRatesMoreProcedures() {
    CliRun run =
        CliRun.of("online-quality", sample.toString(), "--min-answers", "20", "--format", "json");
    assertThat(run.status()).isZero();
    Golden.assertResults(run.out(), "expected-online-quality-min20.csv");
    assertProcedures(run.out(), "expected-online-procedures-min20.csv");
    assertThat(Golden.results(run.out()).get(0).get("parameters").toString())
        .contains("min_answers=20");
  }

  @Test
  void theTableShowsTheResultsThenEveryProcedure() {
    assertThat(CliRun.of("online-quality", sample.toString()).out())
        .isEqualTo(Golden.text("expected-online-quality-table-fr.txt"));
  }

  @Test
  void jsonWritesTheProceduresAfterTheResultsOnePerLine() {
    List<String> lines =
        CliRun.of("online-quality", sample.toString(), "--format", "json").outLines();
    assertThat(lines).hasSize(2 + 2 + 2 + 6);
    assertThat(lines.get(3)).isEqualTo("],");
    assertThat(lines.get(4)).isEqualTo("\"procedures\":[");
    assertThat(lines.get(7))
        .isEqualTo(
            "{\"structure\":\"SYNTH00001\",\"period\":\"2026-03\","
                + "\"procedure\":\"Prime d’activité, simulation\",\"answers\":23,\"good\":11,"
                + "\"medium\":9,\"bad\":3,\"no_opinion\":2,\"score\":6.739130434782608,"
                + "\"rated\":false,\"reached\":false},");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("]}");
  }

  @Test
  void csvCarriesTheResultsOnly() {
    List<String> lines =
        CliRun.of("online-quality", sample.toString(), "--format", "csv").outLines();
    assertThat(lines)
        .containsExactly(
            "indicator,structure,period,value,numerator,denominator,n,status,interval_method,"
                + "interval_confidence,interval_low,interval_high,excluded,parameters",
            "QUALITE_DEMARCHES_EN_LIGNE,SYNTH00001,2026-03,0.5,1,2,2,PUBLISHABLE,WILSON,0.95,"
                + "0.09453120573423074,0.9054687942657693,BELOW_MIN_ANSWERS=1,"
                + "confidence=0.95;interval_method=WILSON;marks=BAD=0;MEDIUM=5;GOOD=10;"
                + "min_answers=100;min_indicative=1;min_publishable=1;reading=PROCEDURES;"
                + "scale=JDMA_3;threshold=8",
            "QUALITE_DEMARCHES_EN_LIGNE,SYNTH00002,2026-03,,0,0,0,INSUFFICIENT_SAMPLE,,,,,"
                + "BELOW_MIN_ANSWERS=3,confidence=0.95;interval_method=WILSON;"
                + "marks=BAD=0;MEDIUM=5;GOOD=10;min_answers=100;min_indicative=1;"
                + "min_publishable=1;reading=PROCEDURES;scale=JDMA_3;threshold=8");
  }

  @Test
  void anEmptyFileHasAnEmptyProceduresMemberAndNoProceduresTable() throws IOException {
    Path file = answers("empty.csv", "");
    assertThat(CliRun.of("online-quality", file.toString(), "--format", "json").out())
        .isEqualTo("{\"results\":[],\n\"procedures\":[]}\n");
    assertThat(CliRun.of("online-quality", file.toString(), "--lang", "en").out())
        .isEqualTo("No result: no data row was read.\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "x", "1.5", ""})
  void aBadMinimumIsOneLineNamingTheOption(String value) {
    CliRun french = CliRun.of("online-quality", sample.toString(), "--min-answers=" + value);
    assertThat(french.status()).isEqualTo(2);
    assertThat(french.out()).isEmpty();
    assertThat(french.err())
        .isEqualTo(
            "Erreur : --min-answers : nombre entier strictement positif attendu. (voir « spsplus"
                + " online-quality --help »)\n");
    CliRun english =
        CliRun.of("online-quality", sample.toString(), "--min-answers=" + value, "--lang", "en");
    assertThat(english.err())
        .isEqualTo(
            "Error: --min-answers: a whole number of at least 1 is expected. (see \"spsplus"
                + " online-quality --help\")\n");
  }

  @Test
  void theHelpIsFrenchByDefaultAndEnglishWithLangEn() {
    assertThat(CliRun.of("online-quality", "--help").out())
        .startsWith("Utilisation : spsplus online-quality [-hV]")
        .contains("Qualité des démarches en ligne de chaque structure et période")
        .contains("--min-answers=N")
        .contains("(par défaut 100, valeur");
    assertThat(CliRun.of("online-quality", "--help", "--lang", "en").out())
        .startsWith("Usage: spsplus online-quality [-hV]")
        .contains("Quality of online procedures of each structure and period")
        .contains("(default 100, a proposed");
  }

  @Test
  void badRowsAreNamedInBothLanguagesAndSkippedOnRequest() throws IOException {
    Path file =
        answers(
            "bad.csv",
            "J-1,S1,P,2026-03-02T10:00:00+01:00,EXCELLENT,\n"
                + "J-2,S1,P,2026-03-02T10:00:00+01:00,good,\n");
    CliRun french = CliRun.of("online-quality", file.toString());
    assertThat(french.status()).isEqualTo(2);
    assertThat(french.err())
        .isEqualTo(
            "Erreur : "
                + file
                + ", ligne 2, colonne « answer » (n° 5) : réponse inconnue sur l’échelle JDMA_3 ;"
                + " codes acceptés : BAD, MEDIUM, GOOD, NSP.\n");
    CliRun skipped =
        CliRun.of(
            "online-quality",
            file.toString(),
            "--skip-invalid",
            "--lang",
            "en",
            "--format",
            "json");
    assertThat(skipped.status()).isZero();
    assertThat(skipped.errLines())
        .containsExactly(
            "Row skipped: "
                + file
                + ", line 2, column \"answer\" (#5): unknown answer on scale JDMA_3; accepted"
                + " codes: BAD, MEDIUM, GOOD, NSP.",
            "1 row skipped out of 2 rows read.");
    assertThat(skipped.outLines().get(4))
        .isEqualTo(
            "{\"structure\":\"S1\",\"period\":\"2026-03\",\"procedure\":\"P\",\"answers\":1,"
                + "\"good\":1,\"medium\":0,\"bad\":0,\"no_opinion\":0,\"score\":10,"
                + "\"rated\":false,\"reached\":false}");
  }
}
