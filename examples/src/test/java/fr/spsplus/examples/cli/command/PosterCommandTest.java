package fr.spsplus.examples.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.examples.cli.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spsplus poster}: the bundled sample, the output file, and bad JSON. */
class PosterCommandTest {

  @TempDir Path folder;
  private Path sample;

  @BeforeEach
  void copySample() throws IOException {
    sample = folder.resolve("results.json");
    try (InputStream in =
        PosterCommandTest.class.getResourceAsStream(
            "/fr/spsplus/examples/cli/samples/results-sample.json")) {
      Files.copy(in, sample);
    }
  }

  @Test
  void writesThePosterOfTheSampleToAFile() throws IOException {
    Path output = folder.resolve("poster.svg");
    CliRun run = CliRun.of("poster", sample.toString(), "-o", output.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("Affiche écrite : " + output + " (9 indicateurs).\n");
    String svg = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(svg)
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>")
        .contains("<title id=\"poster-title\">Résultats de qualité de service – Accueil de")
        .contains(">Objectif non atteint (≥\u00A085\u00A0%)</text>")
        .contains(">Objectif atteint (≥\u00A090\u00A0%)</text>")
        .contains(">Non publié</text>")
        .contains("Résultat indicatif : peu d’observations, à lire avec prudence")
        .endsWith("</svg>\n");
    try (var temporaries = Files.list(folder)) {
      assertThat(temporaries.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("results.json", "poster.svg");
    }
  }

  @Test
  void withoutOutputTheSvgGoesToStandardOutput() {
    CliRun run = CliRun.of("poster", sample.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("<?xml").endsWith("</svg>\n");
    assertThat(run.err()).isEmpty();
    assertThat(CliRun.of("poster", sample.toString(), "-o", "-").out()).isEqualTo(run.out());
  }

  @Test
  void invalidJsonNamesItsPathInBothLanguages() throws IOException {
    Path bad = folder.resolve("bad.json");
    Files.writeString(
        bad,
        Files.readString(sample).replace("\"status\": \"INDICATIVE\"", "\"status\": \"MAYBE\""));
    CliRun run = CliRun.of("poster", bad.toString(), "-o", folder.resolve("p.svg").toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith("Erreur : " + bad + " : JSON invalide en $.results[6].status (ligne ")
        .endsWith("valeur mal formée pour le type PublicationStatus.\n");
    CliRun english = CliRun.of("poster", bad.toString(), "--lang", "en");
    assertThat(english.err())
        .startsWith("Error: " + bad + ": Invalid JSON at $.results[6].status (line ")
        .endsWith("malformed value for type PublicationStatus.\n");
    assertThat(Files.exists(folder.resolve("p.svg"))).isFalse();
  }

  @Test
  void brokenJsonSyntaxIsReported() throws IOException {
    Path bad = Files.writeString(folder.resolve("syntax.json"), "{\"structure\": \"A\",");
    CliRun run = CliRun.of("poster", bad.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("Erreur : " + bad + " : JSON invalide en $");
  }

  @Test
  void aResultOfAnotherStructureIsNamed() throws IOException {
    Path bad = folder.resolve("other.json");
    String json = Files.readString(sample);
    String field = "\"structure\": \"SYNTH00001\"";
    int first = json.indexOf(field);
    int second = json.indexOf(field, first + 1);
    int third = json.indexOf(field, second + 1);
    Files.writeString(
        bad,
        json.substring(0, third)
            + "\"structure\": \"SYNTH00002\""
            + json.substring(third + field.length()));
    CliRun run = CliRun.of("poster", bad.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "« results[1].structure » : le résultat porte sur une autre structure que celle de"
                + " l’affiche (« structure »).");
  }

  @Test
  void anOutputInAMissingFolderIsAnIoError() {
    Path output = folder.resolve("absent").resolve("poster.svg");
    CliRun run = CliRun.of("poster", sample.toString(), "-o", output.toString());
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err())
        .isEqualTo("Erreur : impossible d’écrire " + output + " : le dossier n’existe pas\n");
  }
}
