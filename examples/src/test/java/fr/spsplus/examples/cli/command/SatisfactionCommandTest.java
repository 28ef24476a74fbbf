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

/**
 * {@code spsplus satisfaction}: the results on the shipped sample against an independent
 * computation, weighting, the three formats and bad input.
 */
class SatisfactionCommandTest {

  private static final String HEADER = "response_id,structure,answered_at,question,answer,weight\n";

  @TempDir Path folder;
  private Path sample;

  @BeforeEach
  void copySample() {
    sample = Golden.sample(folder, "answers-sample.csv");
  }

  private Path answers(String name, String rows) throws IOException {
    return Files.writeString(folder.resolve(name), HEADER + rows, StandardCharsets.UTF_8);
  }

  @Test
  void theResultsOfTheSampleAreThoseOfAnIndependentComputation() {
    CliRun run = CliRun.of("satisfaction", sample.toString(), "--format", "json");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    Golden.assertResults(run.out(), "expected-satisfaction.csv");
  }

  @Test
  void weightedResultsUseTheWeightsAndTheKishEffectiveSize() {
    CliRun run = CliRun.of("satisfaction", sample.toString(), "--weighted", "--format", "json");
    assertThat(run.status()).isZero();
    Golden.assertResults(run.out(), "expected-satisfaction-weighted.csv");
    assertThat(Golden.results(run.out()).get(0).get("parameters").toString())
        .contains("weighted=true");
  }

  @Test
  void theTableShowsTheSixIndicatorsInCatalogueOrder() {
    CliRun run = CliRun.of("satisfaction", sample.toString());
    assertThat(run.out()).isEqualTo(Golden.text("expected-satisfaction-table-fr.txt"));
  }

  @Test
  void jsonAndCsvCarryTheNoOpinionExclusions() {
    List<String> json = CliRun.of("satisfaction", sample.toString(), "--format", "json").outLines();
    assertThat(json).hasSize(2 + 18);
    assertThat(json.get(6))
        .isEqualTo(
            "{\"indicator\":\"SATISFACTION_TELEPHONE\",\"structure\":\"SYNTH00001\","
                + "\"period\":\"2026-03\",\"value\":0.65,\"numerator\":26,\"denominator\":40,"
                + "\"n\":40,\"status\":\"INDICATIVE\",\"interval\":{\"method\":\"WILSON\","
                + "\"confidence\":0.95,\"low\":0.49505880837257693,\"high\":0.7786547112682372},"
                + "\"excluded\":{\"NSP\":2},\"parameters\":{\"confidence\":0.95,"
                + "\"interval_method\":\"WILSON\",\"min_indicative\":30,\"min_publishable\":100,"
                + "\"scale\":\"FOUR_POINT\",\"statistic\":\"TOP_BOX\","
                + "\"top_box\":\"PLUTOT_SATISFAIT+TRES_SATISFAIT\",\"weighted\":false}},");
    List<String> csv = CliRun.of("satisfaction", sample.toString(), "--format", "csv").outLines();
    assertThat(csv).hasSize(1 + 18);
    assertThat(csv.get(15))
        .isEqualTo(
            "ACCESSIBILITE,SYNTH00002,2026-03,,22,29,29,INSUFFICIENT_SAMPLE,,,,,NSP=7,"
                + "confidence=0.95;interval_method=WILSON;min_indicative=30;min_publishable=100;"
                + "scale=FOUR_POINT;statistic=TOP_BOX;top_box=PLUTOT_SATISFAIT+TRES_SATISFAIT;"
                + "weighted=false");
  }

  @Test
  void aQuestionWithoutAnyAnswerInAGroupHasNoResult() throws IOException {
    Path file =
        answers(
            "two.csv",
            "R-1,SYNTH00001,2026-03-02T10:00:00+01:00,SATISFACTION_GLOBALE,Plutôt satisfait,\n"
                + "R-1,SYNTH00001,2026-03-02T10:00:00+01:00,TELEPHONE,NSP,\n"
                + "R-2,SYNTH00001,2026-04-02T10:00:00+02:00,EFFORT,tres insatisfait,\n");
    List<Map<String, Object>> results =
        Golden.results(CliRun.of("satisfaction", file.toString(), "--format", "json").out());
    assertThat(results)
        .extracting(r -> r.get("period") + " " + r.get("indicator") + " " + r.get("excluded"))
        .containsExactly(
            "2026-03 SATISFACTION_GLOBALE {NSP=0}",
            "2026-03 SATISFACTION_TELEPHONE {NSP=1}",
            "2026-04 EFFORT {NSP=0}");
    assertThat(results.get(0)).containsEntry("numerator", 1).containsEntry("denominator", 1);
    assertThat(results.get(2)).containsEntry("numerator", 0).containsEntry("denominator", 1);
  }

  @Test
  void theHelpIsFrenchByDefaultAndEnglishWithLangEn() {
    assertThat(CliRun.of("satisfaction", "--help").out())
        .startsWith("Utilisation : spsplus satisfaction [-hV]")
        .contains("Indicateurs de ressenti de chaque structure et période")
        .contains("Le fichier des réponses, CSV : response_id,structure,answered_at,question,")
        .contains("--weighted")
        .contains("Pondère chaque réponse par la colonne weight");
    assertThat(CliRun.of("satisfaction", "--help", "--lang", "en").out())
        .startsWith("Usage: spsplus satisfaction [-hV]")
        .contains("Perception indicators of each structure and period, from survey answers")
        .contains("Weight each answer by the weight column");
  }

  @Test
  void badRowsAreNamedInBothLanguagesAndSkippedOnRequest() throws IOException {
    Path file =
        answers(
            "bad.csv",
            "R-1,S1,2026-03-02T10:00:00+01:00,SATISFACTION_GLOBALE,Plutôt satisfait,\n"
                + "R-1,S1,2026-03-02T10:00:00+01:00,DELAIS,BOF,\n"
                + "R-2,S1,2026-03-02T10:00:00+01:00,EFFORT,NSP,-1\n"
                + "R-3,S1,2026-03-02T10:00:00+01:00,ACCUEIL,NSP,\n");
    CliRun french = CliRun.of("satisfaction", file.toString());
    assertThat(french.status()).isEqualTo(2);
    assertThat(french.out()).isEmpty();
    assertThat(french.err())
        .isEqualTo(
            "Erreur : "
                + file
                + ", ligne 3, colonne « answer » (n° 5) : réponse inconnue sur l’échelle"
                + " FOUR_POINT ; codes acceptés : TRES_INSATISFAIT, PLUTOT_INSATISFAIT,"
                + " PLUTOT_SATISFAIT, TRES_SATISFAIT, NSP.\n");
    CliRun english = CliRun.of("satisfaction", file.toString(), "--lang", "en");
    assertThat(english.err())
        .isEqualTo(
            "Error: "
                + file
                + ", line 3, column \"answer\" (#5): unknown answer on scale FOUR_POINT; accepted"
                + " codes: TRES_INSATISFAIT, PLUTOT_INSATISFAIT, PLUTOT_SATISFAIT, TRES_SATISFAIT,"
                + " NSP.\n");
    CliRun skipped = CliRun.of("satisfaction", file.toString(), "--skip-invalid", "--lang", "en");
    assertThat(skipped.status()).isZero();
    assertThat(skipped.errLines())
        .containsExactly(
            "Row skipped: "
                + file
                + ", line 3, column \"answer\" (#5): unknown answer on scale FOUR_POINT; accepted"
                + " codes: TRES_INSATISFAIT, PLUTOT_INSATISFAIT, PLUTOT_SATISFAIT, TRES_SATISFAIT,"
                + " NSP.",
            "Row skipped: "
                + file
                + ", line 4, column \"weight\" (#6): weight expected: a strictly positive decimal"
                + " number, written with a dot (example: 1.25).",
            "Row skipped: "
                + file
                + ", line 5, column \"question\" (#4): unknown code; accepted codes:"
                + " SATISFACTION_GLOBALE, DELAIS, ACCESSIBILITE, EFFORT, RELATION, TELEPHONE.",
            "3 rows skipped out of 4 rows read.");
    assertThat(skipped.outLines().get(2)).startsWith("S1         2026-03  SATISFACTION_GLOBALE");
  }
}
