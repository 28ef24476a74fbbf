package fr.spsplus.examples.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.label.LabelApplication;
import fr.spsplus.core.label.LabelRuleSet;
import fr.spsplus.core.label.LabelTier;
import fr.spsplus.examples.cli.CliRun;
import fr.spsplus.indicators.eligibility.DecisionReport;
import fr.spsplus.indicators.eligibility.EligibilityDecision;
import fr.spsplus.indicators.eligibility.LabelEligibility;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spsplus eligibility}: the bundled sample under the illustrative rules (said so), JSON, a
 * rule-set file, the exit code whatever the tier, and one-line errors naming the JSON path.
 */
class EligibilityCommandTest {

  private static final String ILLUSTRATIVE_WARNING =
      "Attention : jeu de règles ILLUSTRATIF, pas les seuils officiels (illustrative-2023, version"
          + " 1) : les seuils officiels du label ne sont pas publics ; donnez un jeu de règles avec"
          + " --rules RULES.json.\n";

  @TempDir Path folder;
  private Path sample;

  @BeforeEach
  void copySample() {
    sample = Golden.sample(folder, "application-sample.json");
  }

  @Test
  void theSampleIsDecidedWithTheIllustrativeRulesAndSaysSo() throws IOException {
    CliRun run = CliRun.of("eligibility", sample.toString());
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEqualTo(ILLUSTRATIVE_WARNING);
    LabelApplication application =
        SpsplusJson.compact().read(Files.readString(sample), LabelApplication.class);
    EligibilityDecision decision =
        LabelEligibility.of(LabelRuleSet.illustrativeSpPlus2023()).evaluate(application);
    assertThat(run.out()).isEqualTo(DecisionReport.text(decision, Locale.FRENCH));
    assertThat(run.outLines())
        .contains(
            "ATTENTION : jeu de règles ILLUSTRATIF, seuils inventés : cette décision n’a aucune"
                + " valeur officielle.",
            "Palier atteint : ARGENT",
            "  - Audit de l’engagement 4 : il manque 2 points.");
  }

  @Test
  void jsonIsTheDecisionAndReadsBackEqual() throws IOException {
    CliRun run = CliRun.of("eligibility", sample.toString(), "--format", "json", "--lang", "en");
    assertThat(run.status()).isZero();
    assertThat(run.err())
        .isEqualTo(
            "Warning: ILLUSTRATIVE rule set, not the official thresholds (illustrative-2023,"
                + " version 1): the label’s official thresholds are not public; give a rule set"
                + " with --rules RULES.json.\n");
    EligibilityDecision decision = SpsplusJson.compact().read(run.out(), EligibilityDecision.class);
    assertThat(decision.tier()).isEqualTo(LabelTier.ARGENT);
    assertThat(decision.ruleSet().illustrative()).isTrue();
    assertThat(decision.nextTierGap().failing())
        .extracting(f -> f.id())
        .containsExactly("userSurvey.score", "engagement.4");
    LabelApplication application =
        SpsplusJson.compact().read(Files.readString(sample), LabelApplication.class);
    assertThat(decision)
        .isEqualTo(
            LabelEligibility.of(LabelRuleSet.illustrativeSpPlus2023()).evaluate(application));
  }

  @Test
  void englishTableIsTheEnglishReport() {
    CliRun run = CliRun.of("eligibility", sample.toString(), "--lang", "en");
    assertThat(run.status()).isZero();
    assertThat(run.outLines().get(0)).isEqualTo("LABEL SERVICES PUBLICS+ ELIGIBILITY DECISION");
    assertThat(run.out()).contains("Tier reached: ARGENT (silver)");
  }

  @Test
  void aRuleSetFileReplacesTheIllustrativeOneAndNoWarningIsGivenForOfficialRules()
      throws IOException {
    String illustrative = LabelRuleSet.illustrativeSpPlus2023().toJson();
    Path rules = folder.resolve("rules.json");
    Files.writeString(
        rules,
        illustrative
            .replace("\"id\" : \"illustrative-2023\"", "\"id\" : \"organisme-test-2026\"")
            .replace("\"illustrative\" : true", "\"illustrative\" : false")
            .replace("\"minAuditScore\" : 80", "\"minAuditScore\" : 75"),
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("eligibility", sample.toString(), "--rules", rules.toString());
    assertThat(run.status()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Jeu de règles : organisme-test-2026, version 1")
        .doesNotContain("ILLUSTRATIF, seuils inventés")
        .contains("Palier atteint : ARGENT")
        .contains("Écart au palier OR (un critère à remplir) :");
  }

  @Test
  void anApplicationThatReachesNoTierStillExitsZero() throws IOException {
    Path weak = folder.resolve("weak.json");
    Files.writeString(weak, Files.readString(sample).replace("\"score\": 82.4", "\"score\": 41.2"));
    CliRun run = CliRun.of("eligibility", weak.toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Palier atteint : aucun");
  }

  @Test
  void badJsonIsOneLineNamingTheFileAndThePath() throws IOException {
    Path bad = folder.resolve("bad.json");
    Files.writeString(bad, Files.readString(sample).replace("\"score\": 78,", "\"score\": 178,"));
    CliRun run = CliRun.of("eligibility", bad.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith("Erreur : " + bad + " : JSON invalide en $.engagementResults[3] (ligne ")
        .endsWith("Le score d’un engagement (« score ») doit être compris entre 0 et 100.\n");

    Files.writeString(bad, Files.readString(sample).replace("\"score\": 78,", "\"score\": \"x\","));
    CliRun english = CliRun.of("eligibility", bad.toString(), "--lang", "en");
    assertThat(english.err())
        .startsWith("Error: " + bad + ": Invalid JSON at $.engagementResults[3].score (line ")
        .endsWith("malformed value for type BigDecimal.\n");
  }

  @Test
  void aBadRuleSetIsOneLineNamingItsPathAndRule() throws IOException {
    Path rules = folder.resolve("rules.json");
    Files.writeString(
        rules,
        LabelRuleSet.illustrativeSpPlus2023()
            .toJson()
            .replace("\"minAgentScore\" : 70", "\"minAgentScore\" : 40"));
    CliRun run = CliRun.of("eligibility", sample.toString(), "--rules", rules.toString());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith("Erreur : Jeu de règles du label « " + rules + " » invalide, en")
        .contains("$.tiers.OR.minAgentScore");
  }

  @Test
  void missingFilesAndUnofferedFormatsAreReported() {
    CliRun missing = CliRun.of("eligibility", folder.resolve("absent.json").toString());
    assertThat(missing.status()).isEqualTo(3);
    assertThat(missing.err())
        .isEqualTo("Erreur : fichier introuvable : " + folder.resolve("absent.json") + "\n");

    CliRun rules =
        CliRun.of(
            "eligibility", sample.toString(), "--rules", folder.resolve("none.json").toString());
    assertThat(rules.status()).isEqualTo(3);

    CliRun csv = CliRun.of("eligibility", sample.toString(), "--format", "csv");
    assertThat(csv.status()).isEqualTo(2);
    assertThat(csv.err())
        .isEqualTo(
            "Erreur : format « csv » non disponible pour cette commande ; formats acceptés :"
                + " table, json.\n");
  }
}
