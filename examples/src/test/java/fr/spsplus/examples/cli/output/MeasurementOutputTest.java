package fr.spsplus.examples.cli.output;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.examples.cli.Language;
import fr.spsplus.indicators.Measurement;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The JSON contract, the CSV columns and the tables of indicator results. */
class MeasurementOutputTest {

  private static String render(Language language, OutputFormat format, List<Measurement> results) {
    StringWriter out = new StringWriter();
    MeasurementOutput.of(language).write(results, format, new PrintWriter(out));
    return out.toString();
  }

  @Test
  void jsonHasExactlyTheContractKeysInOrder() {
    String json = render(Language.FR, OutputFormat.JSON, List.of(Measurements.pickup()));
    assertThat(json)
        .isEqualTo(
            "{\"results\":[\n"
                + "{\"indicator\":\"TAUX_DECROCHE_AGENT\",\"structure\":\"SYNTH00001\","
                + "\"period\":\"2026-03\",\"value\":0.853,\"numerator\":853,\"denominator\":1000,"
                + "\"n\":1000,\"status\":\"PUBLISHABLE\",\"interval\":{\"method\":\"WILSON\","
                + "\"confidence\":0.95,\"low\":0.8298,\"high\":0.8733},"
                + "\"excluded\":{\"OUT_OF_HOURS\":41,\"SHORT_ABANDON\":12},"
                + "\"parameters\":{\"confidence\":0.95,\"interval_method\":\"WILSON\","
                + "\"short_abandon_seconds\":5}}\n"
                + "]}\n");
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonParsesBackWithNullsForWithheldValuesAndAggregates() {
    String json =
        render(Language.EN, OutputFormat.JSON, MeasurementOutput.sorted(Measurements.all()));
    Map<String, Object> document = SpsplusJson.compact().read(json, Map.class);
    List<Map<String, Object>> results = (List<Map<String, Object>>) document.get("results");
    assertThat(results).hasSize(6);
    for (Map<String, Object> result : results) {
      assertThat(result.keySet())
          .containsExactly(
              "indicator",
              "structure",
              "period",
              "value",
              "numerator",
              "denominator",
              "n",
              "status",
              "interval",
              "excluded",
              "parameters");
    }
    Map<String, Object> withheld =
        results.stream()
            .filter(r -> r.get("indicator").equals("SATISFACTION_GLOBALE"))
            .findFirst()
            .orElseThrow();
    assertThat(withheld)
        .containsEntry("value", null)
        .containsEntry("interval", null)
        .containsEntry("status", "INSUFFICIENT_SAMPLE")
        .containsEntry("excluded", Map.of("NSP", 3));
    Map<String, Object> national = results.get(results.size() - 1);
    assertThat(national)
        .containsEntry("structure", null)
        .containsEntry("period", "2026-Q1")
        .containsEntry("parameters", Map.of("count_suspensions", false));
    List<Object> thresholds =
        results.stream()
            .filter(r -> r.get("indicator").equals("NIVEAU_SERVICE"))
            .map(r -> ((Map<String, Object>) r.get("parameters")).get("threshold_seconds"))
            .toList();
    assertThat(thresholds).containsExactly(20, 60);
  }

  private static OutputSection section(String key, List<List<String>> rows) {
    Map<String, Object> object = new java.util.LinkedHashMap<>();
    object.put("name", "a");
    object.put("score", null);
    return new OutputSection(
        key,
        rows.isEmpty() ? List.of() : List.of(object),
        "Details:",
        List.of("Name", "Score"),
        List.of(TextTable.Align.LEFT, TextTable.Align.RIGHT),
        rows);
  }

  @Test
  void sectionsFollowTheResultsInJsonAndTablesButNotInCsv() {
    List<OutputSection> sections =
        List.of(
            section("details", List.of(List.of("a", "—"), List.of("bb", "10"))),
            section(null, List.of(List.of("c", "1"))));
    StringWriter json = new StringWriter();
    MeasurementOutput.of(Language.EN)
        .write(
            List.of(Measurements.withheld()), sections, OutputFormat.JSON, new PrintWriter(json));
    assertThat(json.toString())
        .startsWith("{\"results\":[\n{\"indicator\":\"SATISFACTION_GLOBALE\",")
        .endsWith("}}\n],\n\"details\":[\n{\"name\":\"a\",\"score\":null}\n]}\n");
    StringWriter table = new StringWriter();
    MeasurementOutput.of(Language.EN)
        .write(
            List.of(Measurements.withheld()), sections, OutputFormat.TABLE, new PrintWriter(table));
    assertThat(table.toString())
        .endsWith(
            "insufficient sample\n"
                + "\nValue \"—\": not published (insufficient sample) or undefined. Exclusions and"
                + " parameters in detail: --format json or csv.\n"
                + "\nDetails:\nName  Score\n────  ─────\na         —\nbb       10\n"
                + "\nDetails:\nName  Score\n────  ─────\nc         1\n");
    StringWriter csv = new StringWriter();
    MeasurementOutput.of(Language.EN)
        .write(List.of(Measurements.withheld()), sections, OutputFormat.CSV, new PrintWriter(csv));
    assertThat(csv.toString())
        .isEqualTo(render(Language.EN, OutputFormat.CSV, List.of(Measurements.withheld())));
  }

  @Test
  void emptySectionsAreAnEmptyJsonArrayAndNoTable() {
    List<OutputSection> sections = List.of(section("details", List.of()));
    StringWriter json = new StringWriter();
    MeasurementOutput.of(Language.FR)
        .write(List.of(), sections, OutputFormat.JSON, new PrintWriter(json));
    assertThat(json.toString()).isEqualTo("{\"results\":[],\n\"details\":[]}\n");
    StringWriter table = new StringWriter();
    MeasurementOutput.of(Language.FR)
        .write(List.of(), sections, OutputFormat.TABLE, new PrintWriter(table));
    assertThat(table.toString())
        .isEqualTo("Aucun résultat : aucune ligne de données n’a été lue.\n");
  }

  @Test
  void aSectionChecksItsShape() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> section("results", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> section("details", List.of(List.of("only one cell"))))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new OutputSection(null, List.of(), "t", List.of("A"), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anEmptyListIsAnEmptyResultsArray() {
    assertThat(render(Language.FR, OutputFormat.JSON, List.of())).isEqualTo("{\"results\":[]}\n");
  }

  @Test
  void sortingGroupsByStructureThenPeriodThenIndicatorKeepingThresholdOrder() {
    List<Measurement> sorted = MeasurementOutput.sorted(Measurements.all());
    assertThat(sorted)
        .extracting(
            m -> m.indicator().name() + "/" + m.parameters().getOrDefault("threshold_seconds", ""))
        .containsExactly(
            "TAUX_DECROCHE_AGENT/",
            "NIVEAU_SERVICE/20",
            "NIVEAU_SERVICE/60",
            "ATTENTE_MOYENNE/",
            "SATISFACTION_GLOBALE/",
            "RESPECT_DELAI/");
  }

  @Test
  void csvHasOneRowPerResultWithPlainNumbers() {
    String csv =
        render(
            Language.FR,
            OutputFormat.CSV,
            List.of(
                Measurements.pickup(), Measurements.withheld(), Measurements.indicativeNational()));
    assertThat(csv)
        .isEqualTo(
            MeasurementOutput.CSV_HEADER
                + "\n"
                + "TAUX_DECROCHE_AGENT,SYNTH00001,2026-03,0.853,853,1000,1000,PUBLISHABLE,WILSON,"
                + "0.95,0.8298,0.8733,OUT_OF_HOURS=41;SHORT_ABANDON=12,"
                + "confidence=0.95;interval_method=WILSON;short_abandon_seconds=5\n"
                + "SATISFACTION_GLOBALE,SYNTH00002,2026-03,,9,12,12,INSUFFICIENT_SAMPLE,,,,,NSP=3,\n"
                + "RESPECT_DELAI,,2026-Q1,0.9,45,50,50,INDICATIVE,WILSON,0.95,0.7864,0.9565,,"
                + "count_suspensions=false\n");
  }

  @Test
  void theFrenchTableShowsPercentagesSecondsAndStatuses() {
    String table =
        render(Language.FR, OutputFormat.TABLE, MeasurementOutput.sorted(Measurements.all()));
    String pct = "\u00A0%";
    String sec = "\u00A0s";
    assertThat(table)
        .isEqualTo(
            "Structure   Période  Indicateur             Valeur  Intervalle de confiance      n"
                + "  Statut\n"
                + "──────────  ───────  ─────────────────────  ──────  ───────────────────────"
                + "  ─────  ───────────────────────\n"
                + "SYNTH00001  2026-03  TAUX_DECROCHE_AGENT    85,3"
                + pct
                + "  [83,0 ; 87,3]"
                + pct
                + "          1\u202F000  publiable\n"
                + "SYNTH00001  2026-03  NIVEAU_SERVICE (20 s)  80,0"
                + pct
                + "  [76,0 ; 83,5]"
                + pct
                + "            400  publiable\n"
                + "SYNTH00001  2026-03  NIVEAU_SERVICE (60 s)  92,5"
                + pct
                + "  [88,5 ; 96,0]"
                + pct
                + "            400  publiable\n"
                + "SYNTH00002  2026-03  ATTENTE_MOYENNE        42,3"
                + sec
                + "  [38,5 ; 46,0]"
                + sec
                + "            400  publiable\n"
                + "SYNTH00002  2026-03  SATISFACTION_GLOBALE        —  —                       "
                + "    12  échantillon insuffisant\n"
                + "(toutes)    2026-Q1  RESPECT_DELAI          90,0"
                + pct
                + "  [78,6 ; 95,7]"
                + pct
                + "             50  indicatif\n"
                + "\n"
                + "Intervalles de confiance à 95"
                + pct
                + ", méthode de Wilson ; valeur « — » :"
                + " non publiée (échantillon insuffisant) ou non définie. Détail des exclusions et"
                + " paramètres : --format json ou csv.\n");
  }

  @Test
  void theEnglishTableUsesEnglishNumbersAndWords() {
    String table =
        render(
            Language.EN,
            OutputFormat.TABLE,
            List.of(Measurements.pickup(), Measurements.withheld()));
    assertThat(table)
        .isEqualTo(
            "Structure   Period   Indicator             Value  Confidence interval      n  Status\n"
                + "──────────  ───────  ────────────────────  ─────  ───────────────────  ─────"
                + "  ───────────────────\n"
                + "SYNTH00001  2026-03  TAUX_DECROCHE_AGENT   85.3%  [83.0, 87.3]%        1,000"
                + "  publishable\n"
                + "SYNTH00002  2026-03  SATISFACTION_GLOBALE      —  —                       12"
                + "  insufficient sample\n"
                + "\n"
                + "95% confidence intervals, Wilson method; value \"—\": not published (insufficient"
                + " sample) or undefined. Exclusions and parameters in detail: --format json or"
                + " csv.\n");
  }

  @Test
  void mixedIntervalsCarryTheirLevelInTheCell() {
    Measurement ninety =
        new Measurement(
            Measurements.pickup().indicator(),
            Measurements.pickup().structure(),
            Measurements.MARCH,
            0.5,
            1,
            2,
            2,
            fr.spsplus.core.indicator.PublicationStatus.PUBLISHABLE,
            new fr.spsplus.core.indicator.ConfidenceInterval(
                fr.spsplus.core.indicator.IntervalMethod.JEFFREYS, 0.9, 0.1, 0.9),
            Map.of(),
            Map.of());
    String table = render(Language.EN, OutputFormat.TABLE, List.of(Measurements.pickup(), ninety));
    assertThat(table)
        .contains("[83.0, 87.3]% (95%)")
        .contains("[10.0, 90.0]% (90%)")
        .doesNotContain("confidence intervals,");
  }

  @Test
  void anEmptyTableSaysSo() {
    assertThat(render(Language.FR, OutputFormat.TABLE, List.of()))
        .isEqualTo("Aucun résultat : aucune ligne de données n’a été lue.\n");
  }
}
