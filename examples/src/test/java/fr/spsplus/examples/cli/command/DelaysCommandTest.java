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
 * {@code spsplus delays}: cohorts by closing period and the overdue backlog, on the shipped sample
 * against an independent computation and on a small file worked out by hand; bad input.
 */
class DelaysCommandTest {

  private static final String HEADER =
      "request_id,structure,demarche,received_on,closed_on,announced_delay,delay_unit\n";

  /**
   * Worked out by hand (5 calendar days each; the latest date is 3 March, so periods run to March):
   * S1 closes D-1 in January and D-3 in March, D-2 (due 15 January) stays open; S2 closes D-4 in
   * January and D-5 in March and has nothing open in February.
   */
  private static final String SMALL =
      HEADER
          + "D-1,S1,Attestation,2026-01-05,2026-01-06,5,CALENDAR_DAYS\n"
          + "D-2,S1,Attestation,2026-01-10,,5,CALENDAR_DAYS\n"
          + "D-3,S1,Attestation,2026-03-02,2026-03-03,5,CALENDAR_DAYS\n"
          + "D-4,S2,Attestation,2026-01-05,2026-01-05,5,CALENDAR_DAYS\n"
          + "D-5,S2,Attestation,2026-03-01,2026-03-02,5,CALENDAR_DAYS\n";

  @TempDir Path folder;
  private Path sample;

  @BeforeEach
  void copySample() {
    sample = Golden.sample(folder, "requests-sample.csv");
  }

  private Path requests(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void theResultsOfTheSampleAreThoseOfAnIndependentComputation() {
    CliRun run = CliRun.of("delays", sample.toString(), "--format", "json");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    Golden.assertResults(run.out(), "expected-delays.csv");
  }

  @Test
  void weeksGroupByTheWeekOfClosing() {
    CliRun run = CliRun.of("delays", sample.toString(), "--by", "week", "--format", "json");
    assertThat(run.status()).isZero();
    Golden.assertResults(run.out(), "expected-delays-week.csv");
  }

  @Test
  void theTableShowsTheResultsThenTheBacklog() {
    assertThat(CliRun.of("delays", sample.toString()).out())
        .isEqualTo(Golden.text("expected-delays-table-fr.txt"));
  }

  @Test
  void aPeriodWithoutClosingButWithOpenRequestsHasAResultWithoutValue() throws IOException {
    Path file = requests("small.csv", SMALL);
    CliRun run = CliRun.of("delays", file.toString(), "--format", "json");
    List<Map<String, Object>> results = Golden.results(run.out());
    assertThat(results)
        .extracting(
            r ->
                r.get("structure")
                    + " "
                    + r.get("period")
                    + " "
                    + r.get("numerator")
                    + "/"
                    + r.get("denominator")
                    + " "
                    + r.get("excluded"))
        .containsExactly(
            "S1 2026-01 1/1 {CLOSED_BEFORE_PERIOD=0, OPEN_AT_PERIOD_END=1, RECEIVED_AFTER_PERIOD=1}",
            "S1 2026-02 0/0 {CLOSED_BEFORE_PERIOD=1, OPEN_AT_PERIOD_END=1, RECEIVED_AFTER_PERIOD=1}",
            "S1 2026-03 1/1 {CLOSED_BEFORE_PERIOD=1, OPEN_AT_PERIOD_END=1, RECEIVED_AFTER_PERIOD=0}",
            "S2 2026-01 1/1 {CLOSED_BEFORE_PERIOD=0, OPEN_AT_PERIOD_END=0, RECEIVED_AFTER_PERIOD=1}",
            "S2 2026-03 1/1 {CLOSED_BEFORE_PERIOD=1, OPEN_AT_PERIOD_END=0, RECEIVED_AFTER_PERIOD=0}");
    assertThat(run.outLines().get(2))
        .isEqualTo(
            "{\"indicator\":\"RESPECT_DELAI\",\"structure\":\"S1\",\"period\":\"2026-02\","
                + "\"value\":null,\"numerator\":0,\"denominator\":0,\"n\":0,"
                + "\"status\":\"INSUFFICIENT_SAMPLE\",\"interval\":null,"
                + "\"excluded\":{\"CLOSED_BEFORE_PERIOD\":1,\"OPEN_AT_PERIOD_END\":1,"
                + "\"RECEIVED_AFTER_PERIOD\":1},\"parameters\":{\"backlog_as_of\":\"2026-02-28\","
                + "\"backlog_oldest_due\":\"2026-01-15\",\"backlog_open\":1,\"backlog_overdue\":1,"
                + "\"cohort\":\"CLOSED_IN_PERIOD\",\"confidence\":0.95,"
                + "\"interval_method\":\"WILSON\",\"min_indicative\":30,\"min_publishable\":100,"
                + "\"suspensions\":\"NOT_DEDUCTED\"}},");
    assertThat(run.outLines().get(4))
        .contains("\"parameters\":{\"backlog_as_of\":\"2026-01-31\",\"backlog_open\":0,");
  }

  @Test
  void theBacklogTableIsInTheRunsLanguage() throws IOException {
    Path file = requests("small.csv", SMALL);
    assertThat(CliRun.of("delays", file.toString(), "--lang", "en").out())
        .isEqualTo(
            """
            Structure  Period   Indicator      Value  Confidence interval  n  Status
            ─────────  ───────  ─────────────  ─────  ───────────────────  ─  ───────────────────
            S1         2026-01  RESPECT_DELAI      —  —                    1  insufficient sample
            S1         2026-02  RESPECT_DELAI      —  —                    0  insufficient sample
            S1         2026-03  RESPECT_DELAI      —  —                    1  insufficient sample
            S2         2026-01  RESPECT_DELAI      —  —                    1  insufficient sample
            S2         2026-03  RESPECT_DELAI      —  —                    1  insufficient sample

            Value "—": not published (insufficient sample) or undefined. Exclusions and parameters\
             in detail: --format json or csv.

            Requests open at the end of each period: overdue when the announced delay has passed\
             on that day.
            Structure  Period   As of       Open  Overdue  Share overdue  Oldest missed due date
            ─────────  ───────  ──────────  ────  ───────  ─────────────  ──────────────────────
            S1         2026-01  2026-01-31     1        1         100.0%  2026-01-15 (16 d late)
            S1         2026-02  2026-02-28     1        1         100.0%  2026-01-15 (44 d late)
            S1         2026-03  2026-03-31     1        1         100.0%  2026-01-15 (75 d late)
            S2         2026-01  2026-01-31     0        0              —  —
            S2         2026-03  2026-03-31     0        0              —  —
            """);
  }

  @Test
  void theZoneHasNoEffectAndCsvCarriesTheBacklogAsParameters() throws IOException {
    Path file = requests("small.csv", SMALL);
    CliRun paris = CliRun.of("delays", file.toString(), "--format", "csv");
    CliRun cayenne =
        CliRun.of("delays", file.toString(), "--format", "csv", "--zone", "America/Cayenne");
    assertThat(cayenne.out()).isEqualTo(paris.out());
    assertThat(paris.outLines().get(2))
        .isEqualTo(
            "RESPECT_DELAI,S1,2026-02,,0,0,0,INSUFFICIENT_SAMPLE,,,,,"
                + "CLOSED_BEFORE_PERIOD=1;OPEN_AT_PERIOD_END=1;RECEIVED_AFTER_PERIOD=1,"
                + "backlog_as_of=2026-02-28;backlog_oldest_due=2026-01-15;backlog_open=1;"
                + "backlog_overdue=1;cohort=CLOSED_IN_PERIOD;confidence=0.95;"
                + "interval_method=WILSON;min_indicative=30;min_publishable=100;"
                + "suspensions=NOT_DEDUCTED");
  }

  @Test
  void anEmptyFileHasNoResultAndNoBacklogTable() throws IOException {
    Path file = requests("empty.csv", HEADER);
    assertThat(CliRun.of("delays", file.toString(), "--format", "json").out())
        .isEqualTo("{\"results\":[]}\n");
    assertThat(CliRun.of("delays", file.toString()).out())
        .isEqualTo("Aucun résultat : aucune ligne de données n’a été lue.\n");
  }

  @Test
  void theHelpIsFrenchByDefaultAndEnglishWithLangEn() {
    assertThat(CliRun.of("delays", "--help").out())
        .startsWith("Utilisation : spsplus delays [-hV]")
        .contains("Respect du délai annoncé de chaque structure et période de clôture")
        .contains("Le fichier des demandes, CSV : request_id,structure,demarche,received_on,");
    assertThat(CliRun.of("delays", "--help", "--lang", "en").out())
        .startsWith("Usage: spsplus delays [-hV]")
        .contains("Respect of the announced delay of each structure and period of closing")
        .contains("Dates are days: --zone has no effect.");
  }

  @Test
  void badRowsAreNamedInBothLanguagesAndSkippedOnRequest() throws IOException {
    Path file =
        requests(
            "bad.csv",
            HEADER
                + "D-1,S1,X,2026-03-02,2026-03-01,5,WORKING_DAYS\n"
                + "D-2,S1,X,1500-03-02,,5,WORKING_DAYS\n"
                + "D-3,S1,X,2026-03-02,,5,DAYS\n"
                + "D-4,S1,X,2026-03-02,,5,CALENDAR_DAYS\n");
    CliRun french = CliRun.of("delays", file.toString());
    assertThat(french.status()).isEqualTo(2);
    assertThat(french.out()).isEmpty();
    assertThat(french.err())
        .isEqualTo(
            "Erreur : "
                + file
                + ", ligne 2, colonne « closed_on » (n° 5) : la date de clôture précède la date de"
                + " réception (colonne « received_on »).\n");
    CliRun skipped = CliRun.of("delays", file.toString(), "--lang", "en", "--skip-invalid");
    assertThat(skipped.status()).isZero();
    assertThat(skipped.errLines())
        .containsExactly(
            "Row skipped: "
                + file
                + ", line 2, column \"closed_on\" (#5): the closing date is before the reception"
                + " date (column \"received_on\").",
            "Row skipped: "
                + file
                + ", line 3, column \"received_on\" (#4): delay in working days: the day of"
                + " reception must be in 1583 or later (public holidays are counted from that year"
                + " only).",
            "Row skipped: "
                + file
                + ", line 4, column \"delay_unit\" (#7): unknown code; accepted codes:"
                + " CALENDAR_DAYS, WORKING_DAYS.",
            "3 rows skipped out of 4 rows read.");
    assertThat(skipped.out())
        .contains("S1         2026-03  2026-03-31     1        1         100.0%")
        .contains("2026-03-07 (24 d late)");
    CliRun french1583 =
        CliRun.of(
            "delays",
            requests("old.csv", HEADER + "D-2,S1,X,1582-12-31,,5,WORKING_DAYS\n").toString());
    assertThat(french1583.err())
        .endsWith(
            "ligne 2, colonne « received_on » (n° 4) : délai en jours ouvrés : la date de"
                + " réception doit être en 1583 ou après (les jours fériés ne sont comptés qu’à"
                + " partir de cette année).\n");
  }
}
