package fr.spsplus.examples.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.examples.cli.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spsplus pii-check}: kinds per line, never the texts. */
class PiiCheckCommandTest {

  @TempDir Path folder;
  private Path sample;

  @BeforeEach
  void copySample() throws IOException {
    sample = folder.resolve("texts.txt");
    try (InputStream in =
        PiiCheckCommandTest.class.getResourceAsStream(
            "/fr/spsplus/examples/cli/samples/texts-sample.txt")) {
      Files.copy(in, sample);
    }
  }

  @Test
  void jsonLinesNameTheLineAndTheKinds() {
    CliRun run = CliRun.of("pii-check", sample.toString());
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "{\"line\": 3, \"kinds\": [\"PHONE\"]}\n"
                + "{\"line\": 4, \"kinds\": [\"EMAIL\"]}\n"
                + "{\"line\": 5, \"kinds\": [\"IBAN\"]}\n"
                + "{\"line\": 6, \"kinds\": [\"NIR\"]}\n"
                + "{\"line\": 8, \"kinds\": [\"CARD\"]}\n");
    for (String line : run.outLines()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> parsed = SpsplusJson.compact().read(line, Map.class);
      assertThat(parsed).containsOnlyKeys("line", "kinds");
    }
  }

  @Test
  void theTextsAreNeverPrinted() {
    for (String format : List.of("json", "csv", "table")) {
      CliRun run = CliRun.of("pii-check", sample.toString(), "--format", format);
      assertThat(run.out() + run.err())
          .as(format)
          .doesNotContain("06 12")
          .doesNotContain("jeanne.martin")
          .doesNotContain("FR76")
          .doesNotContain("4970")
          .doesNotContain("guichet");
    }
  }

  @Test
  void severalKindsOnOneLineAreListedOnceEachInCodeOrder() throws IOException {
    Path texts =
        Files.writeString(
            folder.resolve("multi.txt"),
            "rien ici\nappelez le 01 23 45 67 89 ou 06 12 34 56 78, ou écrivez à a.b@exemple.fr\n",
            StandardCharsets.UTF_8);
    CliRun run = CliRun.of("pii-check", texts.toString());
    assertThat(run.out()).isEqualTo("{\"line\": 2, \"kinds\": [\"EMAIL\", \"PHONE\"]}\n");
  }

  @Test
  void csvJoinsTheKinds() throws IOException {
    Path texts =
        Files.writeString(
            folder.resolve("multi.txt"),
            "écrivez à a.b@exemple.fr ou au 06 12 34 56 78\n",
            StandardCharsets.UTF_8);
    CliRun run = CliRun.of("pii-check", texts.toString(), "--format", "csv");
    assertThat(run.out()).isEqualTo("line,kinds\n1,EMAIL;PHONE\n");
  }

  @Test
  void theTableSpeaksTheRunsLanguage() {
    CliRun french = CliRun.of("pii-check", sample.toString(), "--format", "table");
    assertThat(french.out())
        .isEqualTo(
            "ligne 3 : un numéro de téléphone\n"
                + "ligne 4 : une adresse électronique\n"
                + "ligne 5 : un IBAN\n"
                + "ligne 6 : un numéro de sécurité sociale\n"
                + "ligne 8 : un numéro de carte bancaire\n"
                + "5 lignes sur 8 contiennent des données personnelles.\n");
    CliRun english = CliRun.of("pii-check", sample.toString(), "--format", "table", "--lang", "en");
    assertThat(english.outLines())
        .startsWith("line 3: a phone number")
        .endsWith("5 lines out of 8 contain personal data.");
  }

  @Test
  void aCleanFileGivesNoLineAndASummaryInTables() throws IOException {
    Path clean = Files.writeString(folder.resolve("clean.txt"), "bonjour\nmerci\n");
    assertThat(CliRun.of("pii-check", clean.toString()).out()).isEmpty();
    assertThat(CliRun.of("pii-check", clean.toString(), "--format", "table").out())
        .isEqualTo("Aucune ligne sur 2 ne contient de données personnelles.\n");
  }

  @Test
  void aMissingFileIsAnIoError() {
    CliRun run = CliRun.of("pii-check", folder.resolve("none.txt").toString(), "--lang", "en");
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("Error: file not found: " + folder.resolve("none.txt") + "\n");
  }

  @Test
  void bytesThatAreNotUtf8NameTheirLine() throws IOException {
    Path latin1 = folder.resolve("latin1.txt");
    Files.write(latin1, "bonjour\ntr\u00e8s bien\n".getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = CliRun.of("pii-check", latin1.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Erreur : " + latin1 + ", ligne 2 : octets qui ne sont pas de l’UTF-8 valide.\n");
  }
}
