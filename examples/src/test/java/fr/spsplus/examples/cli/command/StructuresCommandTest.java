package fr.spsplus.examples.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.examples.cli.CliRun;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spsplus structures}: the bundled real excerpt of the open-data export, and bad files. */
class StructuresCommandTest {

  private static final String HEADER =
      "Code SP+ de la structure;Intitulé du réseau;Intitulé de la typologie;"
          + "Intitulé de la structure;Code SP+ structure parent;Actif\n";

  @TempDir Path folder;
  private Path sample;

  @BeforeEach
  void copySample() throws IOException {
    sample = folder.resolve("export-structures.csv");
    try (InputStream in =
        StructuresCommandTest.class.getResourceAsStream(
            "/fr/spsplus/examples/cli/samples/structures-sample.csv")) {
      Files.copy(in, sample);
    }
  }

  private Path file(String name, String content) throws IOException {
    return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void jsonHasTheSixSummaryKeys() {
    CliRun run = CliRun.of("structures", sample.toString(), "--format", "json");
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .isEqualTo(
            "{\"structures\":27,\"networks\":5,\"roots\":2,\"orphans\":6,\"max_depth\":3,"
                + "\"inactive\":4}\n");
    @SuppressWarnings("unchecked")
    Map<String, Object> summary = SpsplusJson.compact().read(run.out(), Map.class);
    assertThat(summary)
        .containsOnlyKeys("structures", "networks", "roots", "orphans", "max_depth", "inactive");
  }

  @Test
  void csvHasAHeaderAndOneRow() {
    CliRun run = CliRun.of("structures", sample.toString(), "--format=csv");
    assertThat(run.out())
        .isEqualTo("structures,networks,roots,orphans,max_depth,inactive\n27,5,2,6,3,4\n");
  }

  @Test
  void theTableIsInFrenchByDefault() {
    CliRun run = CliRun.of("structures", sample.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "Annuaire                                   Nombre\n"
                + "─────────────────────────────────────────  ──────\n"
                + "structures                                     27\n"
                + "réseaux                                         5\n"
                + "racines (sans structure parente)                2\n"
                + "orphelines (parente absente du fichier)         6\n"
                + "profondeur maximale (une racine compte 1)       3\n"
                + "inactives                                       4\n");
  }

  @Test
  void theTableIsInEnglishWithLangEn() {
    CliRun run = CliRun.of("structures", sample.toString(), "--lang", "en");
    assertThat(run.out())
        .isEqualTo(
            "Directory                              Count\n"
                + "─────────────────────────────────────  ─────\n"
                + "structures                                27\n"
                + "networks                                   5\n"
                + "roots (no parent structure)                2\n"
                + "orphans (parent absent from the file)      6\n"
                + "maximum depth (a root counts 1)            3\n"
                + "inactive                                   4\n");
  }

  @Test
  void otherSeparatorsAreAccepted() throws IOException {
    Path commas =
        file(
            "commas.csv",
            HEADER.replace(';', ',')
                + "AAA,Réseau A,Typo,Tête,,Oui\n"
                + "BBB,Réseau A,Typo,Site,AAA,Non\n");
    CliRun run = CliRun.of("structures", commas.toString(), "--separator", ",", "--format", "json");
    assertThat(run.out())
        .isEqualTo(
            "{\"structures\":2,\"networks\":1,\"roots\":1,\"orphans\":0,\"max_depth\":2,"
                + "\"inactive\":1}\n");
  }

  @Test
  void aFileWithAnotherSeparatorGetsAHint() throws IOException {
    Path commas = file("commas.csv", HEADER.replace(';', ',') + "AAA,Réseau A,Typo,Tête,,Oui\n");
    CliRun run = CliRun.of("structures", commas.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("Erreur : " + commas + " : En-tête CSV : colonnes obligatoires absentes")
        .endsWith(" Le fichier semble séparé par « , » : essayez --separator ,.\n");
    assertThat(run.errLines()).hasSize(1);
  }

  @Test
  void aMissingFileIsAnIoErrorWithExitCode3() {
    Path missing = folder.resolve("absent.csv");
    CliRun run = CliRun.of("structures", missing.toString());
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("Erreur : fichier introuvable : " + missing + "\n");
    assertThat(CliRun.of("structures", missing.toString(), "--lang", "en").err())
        .isEqualTo("Error: file not found: " + missing + "\n");
  }

  @Test
  void aDirectoryIsNotAFile() {
    CliRun run = CliRun.of("structures", folder.toString());
    assertThat(run.status()).isEqualTo(3);
    assertThat(run.err()).isEqualTo("Erreur : " + folder + " est un dossier, pas un fichier.\n");
  }

  @Test
  void aBadRowNamesItsLineAndColumn() throws IOException {
    Path bad =
        file(
            "bad.csv",
            HEADER + "AAA;Réseau A;Typo;Tête;;Oui\nBBB;Réseau A;Typo;Site;AAA;Peut-être\n");
    CliRun run = CliRun.of("structures", bad.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Erreur : "
                + bad
                + " : Ligne 3, colonne « Actif » (n° 6) : « Oui » ou « Non » est attendu.\n");
    CliRun english = CliRun.of("structures", bad.toString(), "--lang", "en");
    assertThat(english.err())
        .isEqualTo(
            "Error: "
                + bad
                + ": Line 3, column \"Actif\" (no. 6): \"Oui\" or \"Non\" is expected.\n");
  }

  @Test
  void skipInvalidReportsEachBadRowAndCountsThem() throws IOException {
    Path bad =
        file(
            "bad.csv",
            HEADER
                + "AAA;Réseau A;Typo;Tête;;Oui\n"
                + "BBB;Réseau A;Typo;Site;AAA;Peut-être\n"
                + "CCC;Réseau A;Typo;Site;AAA;Non\n"
                + "D D;Réseau A;Typo;Site;AAA;Non\n");
    CliRun run = CliRun.of("structures", bad.toString(), "--skip-invalid", "--format", "json");
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "{\"structures\":2,\"networks\":1,\"roots\":1,\"orphans\":0,\"max_depth\":2,"
                + "\"inactive\":1}\n");
    assertThat(run.errLines())
        .containsExactly(
            "Ligne ignorée : "
                + bad
                + " : Ligne 3, colonne « Actif » (n° 6) : « Oui » ou « Non » est attendu.",
            "Ligne ignorée : "
                + bad
                + " : Ligne 5, colonne « Code SP+ de la structure » (n° 1) : un code SP+ est"
                + " attendu (1 à 64 caractères : lettres ASCII, chiffres, « - », « _ » ou « . »).",
            "2 lignes ignorées sur 4 lignes lues.");
  }

  @Test
  void aMalformedCsvStopsEvenWithSkipInvalid() throws IOException {
    Path malformed =
        file(
            "quote.csv",
            HEADER + "AAA;Réseau A;Typo;Tête;;Oui\nBBB;\"Réseau\"A;Typo;Site;AAA;Non\n");
    CliRun run = CliRun.of("structures", malformed.toString(), "--skip-invalid");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).startsWith("Erreur : " + malformed + " : CSV mal formé après la ligne 2");
    assertThat(run.errLines()).hasSize(1);
  }

  @Test
  void aDuplicateCodeIsAnErrorOfTheWholeFile() throws IOException {
    Path duplicate =
        file("dup.csv", HEADER + "AAA;Réseau A;Typo;Tête;;Oui\nAAA;Réseau A;Typo;Tête;;Oui\n");
    CliRun run = CliRun.of("structures", duplicate.toString(), "--skip-invalid");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Erreur : " + duplicate + " : Code de structure « AAA » en double : lignes 2 et 3.\n");
  }

  @Test
  void aMissingRequiredColumnIsNamed() throws IOException {
    Path noActive = file("cols.csv", "Code SP+ de la structure;Intitulé du réseau\nAAA;R\n");
    CliRun run = CliRun.of("structures", noActive.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("Erreur : " + noActive + " : En-tête CSV : colonnes obligatoires absentes");
  }

  @Test
  void aBadSeparatorIsRefusedOnTheCommandLine() {
    CliRun run = CliRun.of("structures", sample.toString(), "--separator", "ab");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Erreur : --separator : un seul caractère est attendu (ni guillemet ni saut de ligne),"
                + " ou « tab ». (voir « spsplus structures --help »)\n");
  }
}
