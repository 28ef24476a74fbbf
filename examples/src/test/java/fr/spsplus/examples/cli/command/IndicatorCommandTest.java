package fr.spsplus.examples.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.examples.cli.CliRun;
import fr.spsplus.examples.cli.input.CallCsvReader;
import fr.spsplus.examples.cli.input.CsvRecordReader;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.Measurement;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The extension point of the indicator commands, exercised with a fake calculator: reading,
 * grouping options, rendering, and bad input.
 */
class IndicatorCommandTest {

  /**
   * A fake indicator command: the share of calls answered by an agent among all calls, per
   * structure × period. Not the real pick-up rate (which excludes outcomes): only what the
   * extension point needs to be tested.
   */
  @Command(name = "fake-pickup", mixinStandardHelpOptions = true)
  static final class FakePickup extends IndicatorCommand<CallRecord> {
    @Option(names = "--short-abandon", paramLabel = "SECONDS")
    int shortAbandonSeconds = 5;

    final List<Grouping> groupings = new ArrayList<>();

    @Override
    protected CsvRecordReader<CallRecord> reader(@Nullable ZoneId localZone) {
      return new CallCsvReader(localZone);
    }

    @Override
    protected List<Measurement> measure(Stream<CallRecord> calls, Grouping grouping) {
      groupings.add(grouping);
      Map<String, long[]> counts = new LinkedHashMap<>();
      Map<String, StructureCode> structures = new LinkedHashMap<>();
      Map<String, ReportingPeriod> periods = new LinkedHashMap<>();
      calls.forEach(
          call -> {
            ReportingPeriod period = grouping.periodOf(call.arrivedAt());
            String key = call.structure().value() + "|" + period.code();
            structures.put(key, call.structure());
            periods.put(key, period);
            long[] count = counts.computeIfAbsent(key, k -> new long[2]);
            count[0] += call.outcome() == CallOutcome.ANSWERED_AGENT ? 1 : 0;
            count[1]++;
          });
      List<Measurement> results = new ArrayList<>();
      counts.forEach(
          (key, count) ->
              results.add(
                  Estimation.defaults()
                      .proportion(
                          IndicatorCode.TAUX_DECROCHE_AGENT,
                          structures.get(key),
                          periods.get(key),
                          count[0],
                          count[1],
                          Map.of(),
                          Map.of("short_abandon_seconds", Integer.toString(shortAbandonSeconds)))));
      return results;
    }
  }

  @TempDir Path folder;

  private Path calls(String name, List<String> rows) throws IOException {
    StringBuilder text = new StringBuilder("call_id,structure,arrived_at,outcome,wait_seconds\n");
    rows.forEach(r -> text.append(r).append('\n'));
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  /** 40 calls of A in March 2026 (30 answered), 5 of B (withheld), one of A on 1 April. */
  private Path sample() throws IOException {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      rows.add(
          "A-"
              + i
              + ",AAA,2026-03-"
              + String.format("%02d", 2 + i % 20)
              + "T10:00:00+01:00,"
              + (i < 30 ? "ANSWERED_AGENT" : "ABANDONED_QUEUE")
              + ","
              + i);
    }
    for (int i = 0; i < 5; i++) {
      rows.add("B-" + i + ",BBB,2026-03-10T10:00:00+01:00,ANSWERED_AGENT,3");
    }
    rows.add("A-late,AAA,2026-03-31T23:30:00Z,ANSWERED_AGENT,1");
    return calls("calls.csv", rows);
  }

  private static CliRun run(FakePickup command, String... args) {
    return CliRun.with(List.of(command), false, args);
  }

  @Test
  void groupsByStructureAndMonthInParisByDefault() throws IOException {
    FakePickup command = new FakePickup();
    CliRun run = run(command, "fake-pickup", sample().toString(), "--format", "json");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(command.groupings)
        .containsExactly(new Grouping(Granularity.MONTH, ZoneId.of("Europe/Paris")));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> results =
        (List<Map<String, Object>>) SpsplusJson.compact().read(run.out(), Map.class).get("results");
    assertThat(results)
        .extracting(r -> r.get("structure") + " " + r.get("period") + " " + r.get("status"))
        .containsExactly(
            "AAA 2026-03 INDICATIVE",
            "AAA 2026-04 INSUFFICIENT_SAMPLE",
            "BBB 2026-03 INSUFFICIENT_SAMPLE");
    assertThat(results.get(0))
        .containsEntry("indicator", "TAUX_DECROCHE_AGENT")
        .containsEntry("value", 0.75)
        .containsEntry("numerator", 30)
        .containsEntry("denominator", 40)
        .containsEntry("n", 40);
    @SuppressWarnings("unchecked")
    Map<String, Object> parameters = (Map<String, Object>) results.get(0).get("parameters");
    assertThat(parameters).containsEntry("short_abandon_seconds", 5);
    assertThat(results.get(1)).containsEntry("value", null).containsEntry("interval", null);
  }

  @Test
  void theZoneDecidesTheDayOfACallNearMidnight() throws IOException {
    FakePickup command = new FakePickup();
    CliRun run =
        run(command, "fake-pickup", sample().toString(), "--zone", "UTC", "--format", "csv");
    assertThat(run.outLines()).hasSize(3);
    assertThat(run.outLines().get(1))
        .startsWith("TAUX_DECROCHE_AGENT,AAA,2026-03,0.7560975609756098,31,41,41,INDICATIVE,");
    assertThat(command.groupings)
        .containsExactly(new Grouping(Granularity.MONTH, ZoneId.of("UTC")));
  }

  @Test
  void theOtherGranularitiesWriteTheirPeriodCodes() throws IOException {
    Path file = sample();
    Map<String, String> expected =
        Map.of("day", "2026-03-02", "week", "2026-W10", "quarter", "2026-Q1", "year", "2026");
    for (Map.Entry<String, String> by : expected.entrySet()) {
      CliRun run =
          run(
              new FakePickup(),
              "fake-pickup",
              file.toString(),
              "--by",
              by.getKey(),
              "--format",
              "csv");
      assertThat(run.outLines().get(1)).as(by.getKey()).contains(",AAA," + by.getValue() + ",");
    }
  }

  @Test
  void theCommandsOwnOptionsReachTheCalculator() throws IOException {
    CliRun run =
        run(
            new FakePickup(),
            "fake-pickup",
            sample().toString(),
            "--short-abandon",
            "0",
            "--format",
            "csv");
    assertThat(run.outLines().get(1)).endsWith(";short_abandon_seconds=0");
  }

  @Test
  void theTableIsTheDefault() throws IOException {
    CliRun run = run(new FakePickup(), "fake-pickup", sample().toString(), "--lang", "en");
    assertThat(run.outLines().get(0)).startsWith("Structure  Period   Indicator");
    assertThat(run.outLines().get(2))
        .startsWith("AAA        2026-03  TAUX_DECROCHE_AGENT  75.0%  [59.8, 85.8]%");
  }

  @Test
  void localTimesNeedAZone() throws IOException {
    Path local = calls("local.csv", List.of("A-1,AAA,2026-03-02T10:00:00,ANSWERED_AGENT,1"));
    CliRun refused = run(new FakePickup(), "fake-pickup", local.toString());
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err())
        .isEqualTo(
            "Erreur : "
                + local
                + ", ligne 2, colonne « arrived_at » (n° 3) : date-heure sans décalage horaire :"
                + " écrivez-le (2026-03-02T09:15:00+01:00, ou Z pour UTC) ou donnez le fuseau des"
                + " heures locales avec --zone (par exemple --zone Europe/Paris).\n");
    CliRun accepted =
        run(
            new FakePickup(),
            "fake-pickup",
            local.toString(),
            "--zone",
            "Europe/Paris",
            "--format",
            "csv");
    assertThat(accepted.status()).isZero();
    assertThat(accepted.outLines().get(1)).contains(",AAA,2026-03,");
  }

  @Test
  void theFirstBadRowStopsTheCommandWithNothingOnStandardOutput() throws IOException {
    Path bad =
        calls(
            "bad.csv",
            List.of(
                "A-1,AAA,2026-03-02T10:00:00Z,ANSWERED_AGENT,1",
                "A-2,AAA,2026-03-02T10:00:00Z,ANSWERED,1",
                "A-3,AAA,2026-03-02T10:00:00Z,ANSWERED_AGENT,1"));
    CliRun run = run(new FakePickup(), "fake-pickup", bad.toString(), "--lang", "en");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "Error: "
                + bad
                + ", line 3, column \"outcome\" (#4): unknown code; accepted codes: ANSWERED_AGENT,"
                + " ABANDONED_QUEUE, ABANDONED_IVR, RESOLVED_IVR, BLOCKED_OVERFLOW, OUT_OF_HOURS,"
                + " CALLBACK_SCHEDULED, TRANSFERRED_OUT.\n");
  }

  @Test
  void skipInvalidReportsEachSkippedRowAndTheCountAndKeepsTheOthers() throws IOException {
    Path bad =
        calls(
            "bad.csv",
            List.of(
                "A-1,AAA,2026-03-02T10:00:00Z,ANSWERED_AGENT,1",
                "A-2,AAA,2026-03-02T10:00:00Z,ANSWERED,1",
                "A-3,AAA,2026-03-02T10:00:00Z,ANSWERED_AGENT,-4",
                "A-4,AAA,2026-03-02T10:00:00Z,ABANDONED_QUEUE,1"));
    CliRun run =
        run(new FakePickup(), "fake-pickup", bad.toString(), "--skip-invalid", "--format", "csv");
    assertThat(run.status()).isZero();
    assertThat(run.outLines().get(1)).startsWith("TAUX_DECROCHE_AGENT,AAA,2026-03,,1,2,2,");
    assertThat(run.errLines())
        .containsExactly(
            "Ligne ignorée : "
                + bad
                + ", ligne 3, colonne « outcome » (n° 4) : code inconnu ; codes acceptés :"
                + " ANSWERED_AGENT, ABANDONED_QUEUE, ABANDONED_IVR, RESOLVED_IVR, BLOCKED_OVERFLOW,"
                + " OUT_OF_HOURS, CALLBACK_SCHEDULED, TRANSFERRED_OUT.",
            "Ligne ignorée : "
                + bad
                + ", ligne 4, colonne « wait_seconds » (n° 5) : nombre entier attendu, de 0 à"
                + " 86400.",
            "2 lignes ignorées sur 4 lignes lues.");
    CliRun english =
        run(new FakePickup(), "fake-pickup", bad.toString(), "--skip-invalid", "--lang", "en");
    assertThat(english.errLines()).last().isEqualTo("2 rows skipped out of 4 rows read.");
  }

  @Test
  void skipInvalidReportsAZeroCountToo() throws IOException {
    CliRun run =
        run(
            new FakePickup(),
            "fake-pickup",
            sample().toString(),
            "--skip-invalid",
            "--format",
            "json");
    assertThat(run.err()).isEqualTo("Aucune ligne ignorée sur 46 lignes lues.\n");
  }

  @Test
  void anEmptyFileGivesNoResult() throws IOException {
    Path empty = calls("empty.csv", List.of());
    assertThat(run(new FakePickup(), "fake-pickup", empty.toString(), "--format", "json").out())
        .isEqualTo("{\"results\":[]}\n");
  }

  @Test
  void badGroupingOptionsSayWhatIsAccepted() throws IOException {
    Path file = sample();
    assertThat(run(new FakePickup(), "fake-pickup", file.toString(), "--by", "fortnight").err())
        .isEqualTo(
            "Erreur : --by : valeurs acceptées : day, week, month, quarter, year. (voir « spsplus"
                + " fake-pickup --help »)\n");
    assertThat(
            run(new FakePickup(), "fake-pickup", file.toString(), "--zone", "Mars/Olympus").err())
        .isEqualTo(
            "Erreur : --zone : fuseau horaire inconnu ; un identifiant de la base IANA est attendu"
                + " (par exemple Europe/Paris, America/Cayenne, Indian/Reunion). (voir « spsplus"
                + " fake-pickup --help »)\n");
  }

  @Test
  void theSharedOptionsAreDocumentedInTheHelp() {
    CliRun run = run(new FakePickup(), "fake-pickup", "--help");
    assertThat(run.out())
        .contains("Utilisation : spsplus fake-pickup")
        .contains("FILE.csv")
        .contains("--by=day|week|month|quarter|year")
        .contains("Période des résultats : day, week (semaine ISO), month (par défaut)")
        .contains("--zone=ZONE")
        .contains("--format=table|json|csv")
        .contains("--skip-invalid");
  }

  @Test
  void groupingsTurnInstantsAndDaysIntoPeriods() {
    Grouping paris = new Grouping(Granularity.ISO_WEEK, ZoneId.of("Europe/Paris"));
    assertThat(paris.periodOf(Instant.parse("2026-03-01T23:30:00Z")).code()).isEqualTo("2026-W10");
    assertThat(paris.periodOf(LocalDate.of(2026, 3, 1)).code()).isEqualTo("2026-W09");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Grouping(Granularity.ROLLING_12_MONTHS, ZoneId.of("UTC")))
        .hasMessage(
            "regroupement par ROLLING_12_MONTHS impossible : jour, semaine, mois, trimestre ou"
                + " année attendu.");
  }
}
