package fr.spsplus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.SpsplusVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.Command;

/** The root command: help, version, languages, and one-line errors for command-line mistakes. */
class SpsplusCliTest {

  @Test
  void versionPrintsTheLibraryVersionAndExitsZero() {
    CliRun run = CliRun.of("--version");
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo("spsplus " + SpsplusVersion.version() + "\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void theStaticEntryPointWritesUtf8OnTheProcessStreams() {
    PrintStream original = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      status = SpsplusCli.run("--version");
    } finally {
      System.setOut(original);
    }
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("spsplus " + SpsplusVersion.version() + "\n");
  }

  @Test
  void theProcessRoutesJbossLoggingToSlf4jUnlessTold() {
    String property = SpsplusCli.JBOSS_LOGGING_PROVIDER;
    String before = System.getProperty(property);
    try {
      System.clearProperty(property);
      SpsplusCli.configureLogging(List.of("demo"));
      assertThat(System.getProperty(property)).isEqualTo("slf4j");
      System.setProperty(property, "jdk");
      SpsplusCli.configureLogging(List.of("demo"));
      assertThat(System.getProperty(property)).isEqualTo("jdk");
    } finally {
      if (before == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, before);
      }
    }
  }

  @Test
  void helpIsFrenchByDefaultAndListsTheCommandsAndExitCodes() {
    CliRun run = CliRun.of("--help");
    assertThat(run.status()).isZero();
    assertThat(run.outLines().get(0))
        .isEqualTo("Utilisation : spsplus [-hV] [--debug] [--lang=fr|en] [COMMAND]");
    assertThat(run.out())
        .contains("Commandes :")
        .contains("  demo            Démonstration de bout en bout, sans fichier ni réseau")
        .contains("  eligibility     Décide du palier du label Services Publics+")
        .contains("  pickup-rate     Indicateurs téléphoniques de chaque structure et période")
        .contains("  satisfaction    Indicateurs de ressenti de chaque structure et période")
        .contains("  delays          Respect du délai annoncé de chaque structure et période")
        .contains("  online-quality  Qualité des démarches en ligne de chaque structure et période")
        .contains("  structures      Lit un export CSV de l’annuaire des structures")
        .contains("  pii-check       Cherche des données personnelles")
        .contains("  poster          Dessine l’affiche des résultats")
        .contains("  opendata        Lit les données ouvertes de Services Publics+")
        .contains("  help            Affiche l’aide d’une commande.")
        .contains(
            "Codes de sortie : 0 succès ; 1 erreur interne ; 2 entrée ou option incorrecte ;");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void helpIsEnglishWithLangEnBeforeOrAfterTheCommand() {
    CliRun before = CliRun.of("--lang", "en", "structures", "--help");
    CliRun after = CliRun.of("structures", "--help", "--lang=en");
    assertThat(before.status()).isZero();
    assertThat(before.out()).isEqualTo(after.out());
    assertThat(before.outLines().get(0)).startsWith("Usage: spsplus structures [-hV]");
    assertThat(before.out())
        .contains("Reads a CSV export of the structures directory")
        .contains("--separator=CHAR   Field separator of the file")
        .contains("Exit codes: 0 success; 1 internal error; 2 bad input or option;");
  }

  @Test
  void helpStaysFrenchOnAnEnglishMachine() {
    Locale original = Locale.getDefault();
    try {
      Locale.setDefault(Locale.US);
      CliRun run = CliRun.of("pii-check", "--help");
      assertThat(run.outLines().get(0)).startsWith("Utilisation : spsplus pii-check");
      assertThat(run.out()).contains("Affiche cette aide et s’arrête.");
      CliRun error = CliRun.of("pii-check");
      assertThat(error.err())
          .isEqualTo(
              "Erreur : paramètre obligatoire absent : TEXTS.txt (voir « spsplus pii-check"
                  + " --help »)\n");
    } finally {
      Locale.setDefault(original);
    }
  }

  @Test
  void theHelpCommandShowsTheHelpOfACommand() {
    CliRun run = CliRun.of("help", "poster");
    assertThat(run.status()).isZero();
    assertThat(run.outLines().get(0)).startsWith("Utilisation : spsplus poster");
    assertThat(run.out()).contains("-o, --output=poster.svg");
  }

  @Test
  void withoutACommandTheHelpIsPrinted() {
    CliRun run = CliRun.of();
    assertThat(run.status()).isZero();
    assertThat(run.out()).isEqualTo(CliRun.of("--help").out());
  }

  @Test
  void anUnknownOptionIsOneFrenchLineWithExitCode2() {
    CliRun run = CliRun.of("structures", "export.csv", "--colour");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .isEqualTo(
            "Erreur : argument inattendu : « --colour » (voir « spsplus structures --help »)\n");
  }

  @Test
  void anUnknownOptionIsOneEnglishLineWithLangEn() {
    CliRun run = CliRun.of("structures", "export.csv", "--colour", "--lang", "en");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Error: unexpected argument: \"--colour\" (see \"spsplus structures --help\")\n");
  }

  @Test
  void aMistypedCommandGetsSuggestions() {
    CliRun run = CliRun.of("structure", "export.csv");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Erreur : argument inattendu : « structure export.csv » ; vouliez-vous dire :"
                + " structures, poster, satisfaction ? (voir « spsplus --help »)\n");
  }

  @Test
  void aMissingParameterIsNamed() {
    CliRun run = CliRun.of("--lang", "en", "poster");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Error: required parameter missing: RESULTS.json (see \"spsplus poster --help\")\n");
  }

  @Test
  void anOptionWithoutItsValueIsNamed() {
    CliRun run = CliRun.of("structures", "export.csv", "--format");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Erreur : l’option --format attend une valeur. (voir « spsplus structures --help »)\n");
  }

  @Test
  void anOptionGivenTwiceIsRefused() {
    CliRun run = CliRun.of("structures", "export.csv", "--format", "json", "--format", "csv");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Erreur : l’option --format est donnée plusieurs fois. (voir « spsplus structures"
                + " --help »)\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void aBadOptionValueSaysWhatIsAccepted(String lang) {
    CliRun run = CliRun.of("structures", "export.csv", "--format", "xml", "--lang", lang);
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            lang.equals("fr")
                ? "Erreur : --format : valeurs acceptées : table, json, csv. (voir « spsplus"
                    + " structures --help »)\n"
                : "Error: --format: accepted values: table, json, csv. (see \"spsplus structures"
                    + " --help\")\n");
  }

  @Test
  void aBadLanguageIsReportedInFrench() {
    CliRun run = CliRun.of("--lang", "de", "--version");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("Erreur : --lang : valeurs acceptées : fr, en. (voir « spsplus --help »)\n");
  }

  @Test
  void debugAddsTheStackTraceAfterTheLine() {
    CliRun run = CliRun.of("structures", "export.csv", "--colour", "--debug");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines().get(0)).startsWith("Erreur : argument inattendu : « --colour »");
    assertThat(run.errLines().get(1)).startsWith("picocli.CommandLine$UnmatchedArgumentException");
    assertThat(run.errLines().size()).isGreaterThan(3);
  }

  @Test
  void withoutDebugNoStackTraceIsShown() {
    CliRun run = CliRun.of("structures", "missing.csv");
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
  }

  @Command(name = "boom")
  static final class Boom extends CliCommand {
    @Override
    public Integer call() {
      throw new IllegalStateException("a defect");
    }
  }

  @Test
  void aDefectIsAnInternalErrorWithExitCode1() {
    CliRun run = CliRun.with(List.of(new Boom()), false, "boom");
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "Erreur : erreur interne (java.lang.IllegalStateException) : relancez avec --debug"
                + " pour voir la trace, et signalez-la.\n");
    CliRun english = CliRun.with(List.of(new Boom()), false, "boom", "--lang", "en");
    assertThat(english.err())
        .isEqualTo(
            "Error: internal error (java.lang.IllegalStateException): run again with --debug to"
                + " see the stack trace, and report it.\n");
  }

  @Test
  void theExitCodesAreStable() {
    assertThat(ExitCode.OK.code()).isZero();
    assertThat(ExitCode.INTERNAL.code()).isEqualTo(1);
    assertThat(ExitCode.BAD_INPUT.code()).isEqualTo(2);
    assertThat(ExitCode.IO.code()).isEqualTo(3);
    assertThat(ExitCode.REMOTE.code()).isEqualTo(4);
  }
}
