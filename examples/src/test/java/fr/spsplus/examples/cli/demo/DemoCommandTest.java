package fr.spsplus.examples.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.SpsplusVersion;
import fr.spsplus.examples.cli.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code spsplus demo}, run in-process: the whole narration against golden files, determinism, the
 * files it leaves and what the other commands find in them, and a quiet terminal.
 *
 * <p>The golden files {@code expected-demo-fr.txt} and {@code expected-demo-en.txt} beside this
 * class are the narration with the folder written {@code <DIR>}, the two loopback ports {@code
 * <PORT>} and the version {@code <VERSION>}. When the narration changes on purpose, the test writes
 * what it got to {@code target/demo-actual-<lang>.txt}: review the difference, then copy it over
 * the golden file.
 */
class DemoCommandTest {

  @TempDir Path folder;

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void theNarrationIsTheGoldenOne(String language) throws IOException {
    Path output = folder.resolve("demo-" + language);
    CliRun run = CliRun.of("demo", "--output", output.toString(), "--lang", language);
    assertThat(run.err()).isEmpty();
    assertThat(run.status()).isZero();
    String actual = normalized(run.out(), output);
    String expected = resource("expected-demo-" + language + ".txt");
    if (!actual.equals(expected)) {
      Files.writeString(
          Path.of("target", "demo-actual-" + language + ".txt"), actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void twoRunsPrintTheSameNarrationAndWriteTheSameFiles() throws IOException {
    Path first = folder.resolve("first");
    Path second = folder.resolve("second");
    CliRun one = CliRun.of("demo", "-o", first.toString());
    CliRun two = CliRun.of("demo", "-o", second.toString());
    assertThat(normalized(two.out(), second)).isEqualTo(normalized(one.out(), first));
    List<String> names = names(first);
    assertThat(names)
        .containsExactlyInAnyOrder(
            "calls.csv",
            "answers.csv",
            "requests.csv",
            "online-answers.csv",
            "application-3HKWf57lhQ.json",
            "results-3HKWf57lhQ-2026-Q1.json",
            "poster-3HKWf57lhQ-2026-Q1.svg");
    assertThat(names(second)).containsExactlyInAnyOrderElementsOf(names);
    for (String name : names) {
      assertThat(Files.readAllBytes(second.resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(first.resolve(name)));
    }
  }

  @Test
  void theIndicatorCommandsFindTheDemonstrationsFiguresInItsFiles() {
    Path output = folder.resolve("files");
    CliRun demo = CliRun.of("demo", "-o", output.toString());
    assertThat(demo.status()).isZero();
    assertThat(demo.out())
        .contains(
            "  6 Décroché par un agent           88,6\u00A0%  [87,6 ; 89,5]\u00A0%    4\u202F214  publiable")
        .contains(
            "  8 Respect du délai annoncé        89,5\u00A0%  [86,7 ; 91,8]\u00A0%      552  publiable");

    CliRun calls =
        CliRun.of(
            "pickup-rate",
            output.resolve("calls.csv").toString(),
            "--by",
            "quarter",
            "--format",
            "csv");
    assertThat(calls.status()).isZero();
    assertThat(calls.outLines())
        .filteredOn(l -> l.startsWith("TAUX_DECROCHE_AGENT,3HKWf57lhQ,2026-Q1,"))
        .singleElement()
        .satisfies(l -> assertThat(l).contains(",3732,4214,4214,PUBLISHABLE,"));

    CliRun requests =
        CliRun.of(
            "delays",
            output.resolve("requests.csv").toString(),
            "--by",
            "quarter",
            "--format",
            "csv");
    assertThat(requests.outLines())
        .filteredOn(l -> l.startsWith("RESPECT_DELAI,3HKWf57lhQ,2026-Q1,"))
        .singleElement()
        .satisfies(l -> assertThat(l).contains(",552,PUBLISHABLE,"));

    CliRun answers =
        CliRun.of("satisfaction", output.resolve("answers.csv").toString(), "--by", "quarter");
    assertThat(answers.out())
        .contains(
            "3HKWf57lhQ  2026-Q1  SATISFACTION_GLOBALE    81,6\u00A0%  [77,6 ; 85,0]\u00A0%          413");

    CliRun online =
        CliRun.of(
            "online-quality", output.resolve("online-answers.csv").toString(), "--by", "quarter");
    assertThat(online.out())
        .contains(
            "3HKWf57lhQ  2026-Q1  QUALITE_DEMARCHES_EN_LIGNE   66,7\u00A0%  [20,8 ; 93,9]\u00A0%");

    CliRun eligibility =
        CliRun.of("eligibility", output.resolve("application-3HKWf57lhQ.json").toString());
    assertThat(eligibility.status()).isZero();
    assertThat(eligibility.out()).contains("Palier atteint : ARGENT");

    Path poster = folder.resolve("poster.svg");
    CliRun redraw =
        CliRun.of(
            "poster",
            output.resolve("results-3HKWf57lhQ-2026-Q1.json").toString(),
            "-o",
            poster.toString());
    assertThat(redraw.status()).isZero();
    assertThat(contentOf(poster))
        .isEqualTo(contentOf(output.resolve("poster-3HKWf57lhQ-2026-Q1.svg")));
  }

  @Test
  void theInputFilesSayTheyAreSynthetic() {
    Path output = folder.resolve("inputs");
    CliRun.of("demo", "-o", output.toString());
    for (String name : List.of("calls.csv", "answers.csv", "requests.csv", "online-answers.csv")) {
      List<String> lines = contentOf(output.resolve(name)).lines().limit(2).toList();
      assertThat(lines.get(0)).as(name).startsWith("# Données SYNTHÉTIQUES de « spsplus demo »");
      assertThat(lines.get(1)).as(name).startsWith("# SYNTHETIC data of \"spsplus demo\"");
    }
    assertThat(contentOf(output.resolve("poster-3HKWf57lhQ-2026-Q1.svg")))
        .contains("Service des Impôts des particuliers (SIP) LE HAVRE — démo, données fictives");
  }

  @Test
  void withoutOutputItWritesToANewTemporaryFolderAndSaysWhich() throws IOException {
    CliRun run = CliRun.of("demo");
    assertThat(run.status()).isZero();
    String line =
        run.outLines().stream().filter(l -> l.startsWith("Fichiers :")).findFirst().orElseThrow();
    Path written = Path.of(line.substring("Fichiers :".length()).strip());
    try {
      assertThat(written.getFileName().toString()).startsWith("spsplus-demo-");
      assertThat(written).isDirectory();
      assertThat(written.resolve("poster-3HKWf57lhQ-2026-Q1.svg")).isRegularFile();
    } finally {
      try (Stream<Path> files = Files.list(written)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(written);
    }
  }

  @Test
  void anOutputThatIsAFileIsAOneLineInputOutputError() throws IOException {
    Path file = Files.writeString(folder.resolve("taken"), "x");
    CliRun run = CliRun.of("demo", "-o", file.toString());
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).startsWith("Erreur : impossible d’écrire " + file + " : ");
  }

  @Test
  void nothingIsLoggedAtInfoOrAboveWhileTheDemonstrationRuns() {
    List<LogRecord> records = new ArrayList<>();
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            if (record.getLevel().intValue() >= Level.INFO.intValue()) {
              records.add(record);
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger root = Logger.getLogger("");
    root.addHandler(handler);
    Logger validator = Logger.getLogger("org.hibernate.validator");
    Level before = validator.getLevel();
    try {
      assertThat(CliRun.of("demo", "-o", folder.resolve("quiet").toString()).status()).isZero();
    } finally {
      root.removeHandler(handler);
    }
    assertThat(records).extracting(LogRecord::getLoggerName).isEmpty();
    assertThat(validator.getLevel()).as("level restored").isEqualTo(before);
  }

  @Test
  void helpDescribesTheDemonstrationInBothLanguages() {
    assertThat(CliRun.of("demo", "--help").out())
        .startsWith("Utilisation : spsplus demo [-hV] [--debug] [--lang=fr|en] [-o=DIR]")
        .contains("Démonstration de bout en bout, sans fichier ni réseau");
    assertThat(CliRun.of("demo", "--help", "--lang", "en").out())
        .contains("End-to-end demonstration, with no file and no network");
  }

  /** Replaces what changes between runs: the folder, the loopback ports and the version. */
  static String normalized(String out, Path output) {
    return out.replace(output.toAbsolutePath().normalize().toString(), "<DIR>")
        .replaceAll("127\\.0\\.0\\.1:\\d+", "127.0.0.1:<PORT>")
        .replace("spsplus " + SpsplusVersion.version() + " —", "spsplus <VERSION> —");
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }

  private static String contentOf(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = DemoCommandTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
