package fr.spsplus.examples.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.examples.cli.CliRun;
import fr.spsplus.examples.cli.ProgressBar;
import java.io.BufferedWriter;
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
 * {@code spsplus pickup-rate}: the results on the shipped sample against an independent
 * computation, the three formats, the options, bad input and the progress bar.
 */
class PickupRateCommandTest {

  private static final String HEADER = "call_id,structure,arrived_at,outcome,wait_seconds\n";

  @TempDir Path folder;
  private Path sample;

  @BeforeEach
  void copySample() {
    sample = Golden.sample(folder, "calls-sample.csv");
  }

  private Path calls(String name, String rows) throws IOException {
    return Files.writeString(folder.resolve(name), HEADER + rows, StandardCharsets.UTF_8);
  }

  @Test
  void theResultsOfTheSampleAreThoseOfAnIndependentComputation() {
    CliRun run = CliRun.of("pickup-rate", sample.toString(), "--format", "json");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    Golden.assertResults(run.out(), "expected-pickup-rate.csv");
  }

  @Test
  void theOptionsReachTheCalculatorAndWeeksHaveTheirCodes() {
    CliRun run =
        CliRun.of(
            "pickup-rate",
            sample.toString(),
            "--by",
            "week",
            "--short-abandon",
            "100",
            "--sl",
            "90,30",
            "--format",
            "json");
    assertThat(run.status()).isZero();
    Golden.assertResults(run.out(), "expected-pickup-rate-week.csv");
    Map<String, Object> first = Golden.results(run.out()).get(0);
    assertThat(first.get("period")).isEqualTo("2026-W10");
    assertThat(first.get("parameters").toString())
        .contains("short_abandon_seconds=100")
        .contains("service_level_thresholds_seconds=30,90");
  }

  @Test
  void theTableIsFrenchByDefaultAndEnglishWithLangEn() {
    assertThat(CliRun.of("pickup-rate", sample.toString()).out())
        .isEqualTo(Golden.text("expected-pickup-rate-table-fr.txt"));
    assertThat(CliRun.of("pickup-rate", sample.toString(), "--lang", "en").out())
        .isEqualTo(Golden.text("expected-pickup-rate-table-en.txt"));
  }

  @Test
  void jsonWritesOneResultPerLineWithTheContractKeys() {
    List<String> lines = CliRun.of("pickup-rate", sample.toString(), "--format", "json").outLines();
    assertThat(lines).hasSize(2 + 2 * 2 * 8);
    assertThat(lines.get(0)).isEqualTo("{\"results\":[");
    assertThat(lines.get(4))
        .isEqualTo(
            "{\"indicator\":\"NIVEAU_SERVICE\",\"structure\":\"SYNTH00001\",\"period\":\"2026-03\","
                + "\"value\":0.19117647058823528,\"numerator\":26,\"denominator\":136,\"n\":136,"
                + "\"status\":\"PUBLISHABLE\",\"interval\":{\"method\":\"WILSON\","
                + "\"confidence\":0.95,\"low\":0.1339361008255754,\"high\":0.26538366665693136},"
                + "\"excluded\":{\"ABANDONED_IVR\":6,\"ABANDONED_WITHIN_THRESHOLD\":2,"
                + "\"BLOCKED_OVERFLOW\":11,\"CALLBACK_SCHEDULED\":5,\"OUT_OF_HOURS\":10,"
                + "\"RESOLVED_IVR\":9,\"SHORT_ABANDON\":5,\"TRANSFERRED_OUT\":1},"
                + "\"parameters\":{\"callback_treatment\":\"EXCLUDED\",\"confidence\":0.95,"
                + "\"histogram_cap_seconds\":3600,\"interval_method\":\"WILSON\","
                + "\"min_indicative\":30,\"min_publishable\":100,"
                + "\"out_of_hours_treatment\":\"EXCLUDED\",\"overflow_treatment\":\"UNANSWERED\","
                + "\"service_level_abandons\":\"IGNORED\","
                + "\"service_level_thresholds_seconds\":\"20,60\",\"short_abandon_seconds\":5,"
                + "\"threshold_seconds\":20,\"transfer_treatment\":\"EXCLUDED\"}},");
    assertThat(lines.get(lines.size() - 1)).isEqualTo("]}");
  }

  @Test
  void csvHasTheResultsColumnsAndTheSameFiguresAsJson() {
    List<String> lines = CliRun.of("pickup-rate", sample.toString(), "--format", "csv").outLines();
    assertThat(lines).hasSize(1 + 2 * 2 * 8);
    assertThat(lines.get(0))
        .isEqualTo(
            "indicator,structure,period,value,numerator,denominator,n,status,interval_method,"
                + "interval_confidence,interval_low,interval_high,excluded,parameters");
    assertThat(lines.get(6))
        .isEqualTo(
            "ATTENTE_MOYENNE,SYNTH00001,2026-03,91.85365853658537,11298,123,123,PUBLISHABLE,"
                + "NORMAL_MEAN,0.95,77.35756251835898,106.34975455481177,"
                + "ABANDONED_IVR=6;ABANDONED_QUEUE=15;BLOCKED_OVERFLOW=11;CALLBACK_SCHEDULED=5;"
                + "OUT_OF_HOURS=10;RESOLVED_IVR=9;SHORT_ABANDON=5;TRANSFERRED_OUT=1,"
                + "\"callback_treatment=EXCLUDED;confidence=0.95;histogram_cap_seconds=3600;"
                + "interval_method=WILSON;min_indicative=30;min_publishable=100;"
                + "out_of_hours_treatment=EXCLUDED;overflow_treatment=UNANSWERED;"
                + "service_level_abandons=IGNORED;service_level_thresholds_seconds=20,60;"
                + "short_abandon_seconds=5;transfer_treatment=EXCLUDED;waits_above_cap=0\"");
    assertThat(lines.get(9))
        .isEqualTo(
            "TAUX_DECROCHE_AGENT,SYNTH00001,2026-04,,3,3,3,INSUFFICIENT_SAMPLE,,,,,"
                + "ABANDONED_IVR=0;CALLBACK_SCHEDULED=0;OUT_OF_HOURS=0;RESOLVED_IVR=0;"
                + "SHORT_ABANDON=0;TRANSFERRED_OUT=0,\"callback_treatment=EXCLUDED;confidence=0.95;"
                + "histogram_cap_seconds=3600;interval_method=WILSON;min_indicative=30;"
                + "min_publishable=100;out_of_hours_treatment=EXCLUDED;"
                + "overflow_treatment=UNANSWERED;service_level_abandons=IGNORED;"
                + "service_level_thresholds_seconds=20,60;short_abandon_seconds=5;"
                + "transfer_treatment=EXCLUDED\"");
  }

  @Test
  void theHelpIsFrenchByDefaultAndEnglishWithLangEn() {
    CliRun french = CliRun.of("pickup-rate", "--help");
    assertThat(french.status()).isZero();
    assertThat(french.out())
        .startsWith("Utilisation : spsplus pickup-rate [-hV]")
        .contains("Indicateurs téléphoniques de chaque structure et période")
        .contains("Le fichier des appels, CSV : call_id,structure,arrived_at,outcome,")
        .contains("--short-abandon=SECONDS")
        .contains("Abandon court : un abandon en file d’attente de moins de SECONDS secondes")
        .contains("--sl=SECONDS")
        .contains("Seuils des niveaux de service, en secondes, séparés par des virgules")
        .contains("--by=day|week|month|quarter|year");
    CliRun english = CliRun.of("pickup-rate", "--help", "--lang", "en");
    assertThat(english.out())
        .startsWith("Usage: spsplus pickup-rate [-hV]")
        .contains("Telephone indicators of each structure and period, from a file of calls")
        .contains("The file of calls, CSV: call_id,structure,arrived_at,outcome,")
        .contains("Short abandon: a queue abandon after less than SECONDS seconds")
        .contains("Service-level thresholds, in seconds, separated by commas");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "3601", "abc", "", "5.5", "+5", "99999999999"})
  void aBadShortAbandonIsOneLineNamingTheOption(String value) {
    CliRun french = CliRun.of("pickup-rate", sample.toString(), "--short-abandon=" + value);
    assertThat(french.status()).isEqualTo(2);
    assertThat(french.out()).isEmpty();
    assertThat(french.err())
        .isEqualTo(
            "Erreur : --short-abandon : nombre entier de secondes attendu, de 0 à 3600. (voir"
                + " « spsplus pickup-rate --help »)\n");
    CliRun english =
        CliRun.of("pickup-rate", sample.toString(), "--short-abandon=" + value, "--lang", "en");
    assertThat(english.err())
        .isEqualTo(
            "Error: --short-abandon: a whole number of seconds is expected, from 0 to 3600. (see"
                + " \"spsplus pickup-rate --help\")\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "-20",
        "3601",
        "20,abc",
        "",
        "20,,60",
        "20;60",
        "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17"
      })
  void badServiceLevelThresholdsAreOneLineNamingTheOption(String value) {
    CliRun french = CliRun.of("pickup-rate", sample.toString(), "--sl=" + value);
    assertThat(french.status()).isEqualTo(2);
    assertThat(french.out()).isEmpty();
    assertThat(french.err())
        .isEqualTo(
            "Erreur : --sl : seuils de 0 à 3600 secondes attendus, nombres entiers séparés par des"
                + " virgules (par exemple 20,60), au plus 16. (voir « spsplus pickup-rate --help"
                + " »)\n");
    CliRun english = CliRun.of("pickup-rate", sample.toString(), "--sl=" + value, "--lang", "en");
    assertThat(english.err())
        .isEqualTo(
            "Error: --sl: thresholds from 0 to 3600 seconds are expected, whole numbers separated"
                + " by commas (for example 20,60), at most 16. (see \"spsplus pickup-rate"
                + " --help\")\n");
  }

  @Test
  void thresholdsAtTheBoundsAndRepeatsAreAccepted() {
    CliRun run =
        CliRun.of(
            "pickup-rate",
            sample.toString(),
            "--short-abandon",
            "3600",
            "--sl",
            "3600,0,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14",
            "--format",
            "csv");
    assertThat(run.status()).isZero();
    assertThat(run.outLines())
        .filteredOn(line -> line.startsWith("NIVEAU_SERVICE,SYNTH00001,2026-03,"))
        .hasSize(16);
    assertThat(run.out()).contains("short_abandon_seconds=3600");
  }

  @Test
  void aMissingFileIsAnInputOutputError() {
    CliRun run = CliRun.of("pickup-rate", folder.resolve("none.csv").toString(), "--lang", "en");
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("Error: file not found: " + folder.resolve("none.csv") + "\n");
  }

  @Test
  void anUnknownColumnIsNamedWithTheAcceptedOnes() throws IOException {
    Path file =
        Files.writeString(
            folder.resolve("agent.csv"),
            "call_id,structure,arrived_at,outcome,wait_seconds,agent\n",
            StandardCharsets.UTF_8);
    CliRun run = CliRun.of("pickup-rate", file.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Erreur : "
                + file
                + ", ligne 1 : colonne inconnue : « agent » ; colonnes acceptées (entre crochets,"
                + " facultatives) : call_id, structure, arrived_at, outcome, wait_seconds,"
                + " [handle_seconds], [caller_hash].\n");
  }

  @Test
  void aBadRowStopsTheCommandOrIsSkippedAndCounted() throws IOException {
    Path file =
        calls(
            "bad.csv",
            "C-1,SYNTH00001,2026-03-02T10:00:00+01:00,ANSWERED_AGENT,12\n"
                + "C-2,SYNTH00001,2026-03-02T10:05:00+01:00,ANSWERED_AGENT,-3\n"
                + "C-3,SYNTH00001,2026-03-02 10:10,ANSWERED_AGENT,12\n");
    CliRun english = CliRun.of("pickup-rate", file.toString(), "--lang", "en");
    assertThat(english.status()).isEqualTo(2);
    assertThat(english.out()).isEmpty();
    assertThat(english.err())
        .isEqualTo(
            "Error: "
                + file
                + ", line 3, column \"wait_seconds\" (#5): integer expected, from 0 to"
                + " 86400.\n");
    CliRun skipped = CliRun.of("pickup-rate", file.toString(), "--skip-invalid", "--format", "csv");
    assertThat(skipped.status()).isZero();
    assertThat(skipped.errLines())
        .containsExactly(
            "Ligne ignorée : "
                + file
                + ", ligne 3, colonne « wait_seconds » (n° 5) : nombre entier attendu, de 0 à"
                + " 86400.",
            "Ligne ignorée : "
                + file
                + ", ligne 4, colonne « arrived_at » (n° 3) : date-heure sans décalage horaire :"
                + " écrivez-le (2026-03-02T09:15:00+01:00, ou Z pour UTC) ou donnez le fuseau des"
                + " heures locales avec --zone (par exemple --zone Europe/Paris).",
            "2 lignes ignorées sur 3 lignes lues.");
    assertThat(skipped.outLines().get(1))
        .startsWith("TAUX_DECROCHE_AGENT,SYNTH00001,2026-03,,1,1,1,INSUFFICIENT_SAMPLE,");
  }

  @Test
  void aLargeFileOnATerminalShowsTheProgressBarOnStandardErrorOnly() throws IOException {
    Path large = folder.resolve("large.csv");
    long rows = 0;
    try (BufferedWriter out = Files.newBufferedWriter(large, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      while (Files.size(large) < ProgressBar.LARGE_INPUT_BYTES + 4096) {
        for (int i = 0; i < 10_000; i++, rows++) {
          out.write(
              "CALL-"
                  + rows
                  + ",SYNTH0000"
                  + (rows % 3)
                  + ",2026-03-"
                  + String.format("%02d", 1 + rows % 28)
                  + "T10:00:00+01:00,"
                  + (rows % 5 == 0 ? "ABANDONED_QUEUE" : "ANSWERED_AGENT")
                  + ","
                  + (10 + rows % 400)
                  + "\n");
        }
        out.flush();
      }
    }
    CliRun run =
        CliRun.with(
            List.of(), true, "pickup-rate", large.toString(), "--format", "csv", "--by", "year");
    assertThat(run.status()).isZero();
    assertThat(run.err()).contains("large.csv [").contains("] 100 %").endsWith("\r");
    assertThat(run.out()).doesNotContain("\r").startsWith("indicator,");
    assertThat(run.outLines().get(1))
        .startsWith("TAUX_DECROCHE_AGENT,SYNTH00000,2026,")
        .contains("," + (rows / 3 + (rows % 3 > 0 ? 1 : 0)) + ",");
  }
}
