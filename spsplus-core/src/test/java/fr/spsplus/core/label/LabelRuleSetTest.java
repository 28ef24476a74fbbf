package fr.spsplus.core.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.json.SpsplusJson;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LabelRuleSetTest {

  private static LabelRuleSet read(String resource) {
    try (InputStream in =
        Objects.requireNonNull(LabelRuleSet.class.getResourceAsStream(resource), resource)) {
      return LabelRuleSet.fromJson(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LabelRuleSet parse(String json) {
    return LabelRuleSet.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theBundledRuleSetIsIllustrativeAndSaysSoEverywhere() {
    LabelRuleSet rules = LabelRuleSet.illustrativeSpPlus2023();
    assertThat(rules.id()).isEqualTo("illustrative-2023");
    assertThat(rules.illustrative()).isTrue();
    assertThat(rules.title()).contains("ILLUSTRATIF").contains("non officiels");
    assertThat(rules.provenance()).contains("INVENTÉS").contains("INVENTED");
    assertThat(rules.reference())
        .isEqualTo(new RuleSetReference("illustrative-2023", 1, rules.title(), true));
    assertThat(rules.referential()).isEqualTo(ReferentialId.SP_PLUS_2023);
    TierRequirements or = rules.requirements(LabelTier.OR);
    assertThat(or.minUserScore()).isEqualByComparingTo("80");
    assertThat(or.minOrCriteriaScore()).isEqualByComparingTo("70");
    assertThat(or.surveyThreshold()).isEqualTo(SurveyThreshold.lowerBound());
    assertThat(rules.requirements(LabelTier.BRONZE).surveyThreshold())
        .isEqualTo(SurveyThreshold.pointEstimate());
    assertThat(rules.requirements(LabelTier.ARGENT).minOrCriteriaScore()).isNull();
    assertThat(rules.auditThreshold(LabelTier.ARGENT, 8)).isEqualByComparingTo("65");
    assertThat(LabelRuleSet.illustrativeSpPlus2023()).isSameAs(rules);
  }

  @Test
  void theExampleHasOneAuditMinimumPerEngagement() {
    LabelRuleSet example = read(LabelRuleSet.EXAMPLE_RESOURCE);
    assertThat(example.illustrative()).isTrue();
    TierRequirements argent = example.requirements(LabelTier.ARGENT);
    assertThat(argent.minAuditScore()).isNull();
    assertThat(argent.engagements()).hasSize(8).containsKeys(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(example.auditThreshold(LabelTier.ARGENT, 4)).isEqualByComparingTo("70");
    assertThat(example.auditThreshold(LabelTier.OR, 8)).isEqualByComparingTo("60");
    assertThat(argent.surveyThreshold())
        .isEqualTo(SurveyThreshold.lowerBound(IntervalMethod.WILSON, 0.9));
  }

  static Stream<Arguments> invalidFiles() throws IOException {
    try (InputStream in =
            Objects.requireNonNull(
                LabelRuleSetTest.class.getResourceAsStream("rulesets/invalid-rule-sets.csv"));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      assertThat(reader.readLine()).startsWith("# provenance: ");
      assertThat(reader.readLine()).isEqualTo("file,path,ruleKey");
      List<Arguments> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split(",", -1);
        rows.add(Arguments.of(cells[0], cells[1], cells[2]));
      }
      assertThat(rows).hasSizeGreaterThan(30);
      return rows.stream();
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("invalidFiles")
  void everyKindOfMistakeIsRejectedNamingThePathAndTheRuleInBothLanguages(
      String file, String path, String ruleKey) throws IOException {
    String resource = "rulesets/invalid/" + file;
    InvalidRuleSetException error;
    try (InputStream in =
        Objects.requireNonNull(LabelRuleSetTest.class.getResourceAsStream(resource), resource)) {
      error =
          catchThrowableOfType(
              InvalidRuleSetException.class, () -> LabelRuleSet.fromJson(in, file));
    }
    assertThat(error).as(file).isNotNull();
    assertThat(error.path()).isEqualTo(path);
    assertThat(error.rule().key()).isEqualTo(ruleKey);
    assertThat(error.source()).contains(file);
    assertThat(error.key()).isEqualTo("ruleset.invalid.in");
    String french = error.getMessage();
    String english = error.getMessage(Locale.ENGLISH);
    assertThat(french)
        .startsWith("Jeu de règles du label « " + file + " » invalide, en " + path + " : ")
        .isEqualTo(error.getMessage(Locale.FRENCH));
    assertThat(english)
        .startsWith("Invalid label rule set \"" + file + "\", at " + path + ": ")
        .isNotEqualTo(french);
    assertThat(error.rule().format(Locale.ENGLISH)).isNotEqualTo(error.rule().format());
  }

  @Test
  void orderErrorsReadWellInFrenchAndEnglish() {
    LabelRuleSet illustrative = LabelRuleSet.illustrativeSpPlus2023();
    TierRequirements weakOr =
        illustrative.requirements(LabelTier.OR).toBuilder().minAgentScore(55).build();
    InvalidRuleSetException error =
        catchThrowableOfType(
            InvalidRuleSetException.class,
            () -> illustrative.toBuilder().tier(LabelTier.OR, weakOr).build());
    assertThat(error.path()).isEqualTo("$.tiers.OR.minAgentScore");
    assertThat(error.source()).isEmpty();
    assertThat(error.getMessage())
        .isEqualTo(
            "Jeu de règles du label invalide, en $.tiers.OR.minAgentScore : doit être supérieur"
                + " ou égal à la valeur du palier ARGENT (60) : chaque critère croît de BRONZE à"
                + " ARGENT à OR.");
    assertThat(error.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Invalid label rule set, at $.tiers.OR.minAgentScore: must be greater than or equal"
                + " to the value of the ARGENT tier (60): every criterion rises from BRONZE to"
                + " ARGENT to OR.");
  }

  @Test
  void thePerEngagementPathNamesTheEngagement() {
    LabelRuleSet example = read(LabelRuleSet.EXAMPLE_RESOURCE);
    TierRequirements lowered =
        example.requirements(LabelTier.ARGENT).toBuilder().engagement(4, 54.5).build();
    InvalidRuleSetException error =
        catchThrowableOfType(
            InvalidRuleSetException.class,
            () -> example.toBuilder().tier(LabelTier.ARGENT, lowered).build());
    assertThat(error.path()).isEqualTo("$.tiers.ARGENT.engagements.4");
    assertThat(error.getMessage(Locale.ENGLISH)).contains("BRONZE tier (55)");
  }

  @Test
  void partsBuiltAloneReportPathsRelativeToThemselves() {
    InvalidRuleSetException score =
        catchThrowableOfType(
            InvalidRuleSetException.class,
            () ->
                TierRequirements.builder()
                    .minUserScore(100.5)
                    .minAgentScore(50)
                    .minAuditScore(50)
                    .build());
    assertThat(score.path()).isEqualTo("minUserScore");
    assertThat(score.getMessage())
        .isEqualTo(
            "Jeu de règles du label invalide, en minUserScore : un score doit être compris entre"
                + " 0 et 100 inclus.");
    InvalidRuleSetException level =
        catchThrowableOfType(
            InvalidRuleSetException.class,
            () -> SurveyThreshold.lowerBound(IntervalMethod.WILSON, 1));
    assertThat(level.path()).isEqualTo("confidence");
    InvalidRuleSetException missing =
        catchThrowableOfType(
            InvalidRuleSetException.class,
            () -> TierRequirements.builder().minUserScore(50).minAuditScore(50).build());
    assertThat(missing.path()).isEqualTo("minAgentScore");
    InvalidRuleSetException provenance =
        catchThrowableOfType(
            InvalidRuleSetException.class,
            () -> LabelRuleSet.illustrativeSpPlus2023().toBuilder().version(0).build());
    assertThat(provenance.path()).isEqualTo("$.version");
    assertThat(provenance.getMessage(Locale.ENGLISH)).contains("\"version\"");
  }

  @Test
  void thresholdsAreNormalisedAndInclusiveBoundsAccepted() {
    TierRequirements tier =
        TierRequirements.builder()
            .minUserScore(new BigDecimal("100.00"))
            .minAgentScore(new BigDecimal("0.0"))
            .minAuditScore(new BigDecimal("72.50"))
            .build();
    assertThat(tier.minUserScore()).isEqualTo(new BigDecimal("100"));
    assertThat(tier.minAgentScore()).isEqualTo(BigDecimal.ZERO);
    assertThat(tier.minAuditScore()).isEqualTo(new BigDecimal("72.5"));
    assertThat(tier.auditThreshold(3)).contains(new BigDecimal("72.5"));
    assertThat(
            TierRequirements.builder()
                .minUserScore(1)
                .minAgentScore(1)
                .engagement(2, 40)
                .build()
                .auditThreshold(3))
        .isEmpty();
  }

  @Test
  void toJsonReadsBackEqualThroughTheStrictReaderAndTheCodec() {
    for (LabelRuleSet rules :
        List.of(LabelRuleSet.illustrativeSpPlus2023(), read(LabelRuleSet.EXAMPLE_RESOURCE))) {
      String json = rules.toJson();
      assertThat(parse(json)).isEqualTo(rules);
      assertThat(SpsplusJson.compact().read(json, LabelRuleSet.class)).isEqualTo(rules);
    }
  }

  @Test
  void fromPathNamesTheFileInErrors(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("regles-officielles.json");
    Files.writeString(
        file,
        LabelRuleSet.illustrativeSpPlus2023()
            .toJson()
            .replace("\"version\" : 1", "\"version\" : -2"));
    InvalidRuleSetException error =
        catchThrowableOfType(InvalidRuleSetException.class, () -> LabelRuleSet.fromJson(file));
    assertThat(error.getMessage()).startsWith("Jeu de règles du label « regles-officielles.json »");
    assertThat(error.path()).isEqualTo("$.version");
    Path good = folder.resolve("ok.json");
    Files.writeString(good, LabelRuleSet.illustrativeSpPlus2023().toJson());
    assertThat(LabelRuleSet.fromJson(good)).isEqualTo(LabelRuleSet.illustrativeSpPlus2023());
  }

  @Test
  void theSurveyThresholdDefaultsToWilsonAt95PerCentInFiles() {
    LabelRuleSet rules = LabelRuleSet.illustrativeSpPlus2023();
    String compact = SpsplusJson.compact().write(rules);
    String full = ",\"method\":\"WILSON\",\"confidence\":0.95}";
    assertThat(compact).contains(full);
    assertThat(parse(compact.replace(full, "}"))).isEqualTo(rules);
  }

  @Test
  void strictnessOfSurveyThresholds() {
    SurveyThreshold point = SurveyThreshold.pointEstimate();
    SurveyThreshold wilson90 = SurveyThreshold.lowerBound(IntervalMethod.WILSON, 0.9);
    SurveyThreshold wilson95 = SurveyThreshold.lowerBound();
    SurveyThreshold jeffreys95 = SurveyThreshold.lowerBound(IntervalMethod.JEFFREYS, 0.95);
    assertThat(point.isAtLeastAsStrictAs(point)).isTrue();
    assertThat(wilson90.isAtLeastAsStrictAs(point)).isTrue();
    assertThat(point.isAtLeastAsStrictAs(wilson90)).isFalse();
    assertThat(wilson95.isAtLeastAsStrictAs(wilson90)).isTrue();
    assertThat(wilson90.isAtLeastAsStrictAs(wilson95)).isFalse();
    assertThat(jeffreys95.isAtLeastAsStrictAs(wilson90)).isFalse();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theJsonSchemaDescribesExactlyThePropertiesTheReaderAccepts() {
    Map<String, Object> schema = SpsplusJson.compact().read(LabelRuleSet.jsonSchema(), Map.class);
    assertThat(schema.get("$schema")).isEqualTo("https://json-schema.org/draft/2020-12/schema");
    Map<String, Object> defs = (Map<String, Object>) schema.get("$defs");
    assertThat(keys(schema)).isEqualTo(new TreeSet<>(RuleSetReader.ROOT_KEYS));
    assertThat(keys((Map<String, Object>) defs.get("tier")))
        .isEqualTo(new TreeSet<>(RuleSetReader.TIER_KEYS));
    assertThat(keys((Map<String, Object>) defs.get("surveyThreshold")))
        .isEqualTo(new TreeSet<>(RuleSetReader.THRESHOLD_KEYS));
    Map<String, Object> tiers =
        (Map<String, Object>) ((Map<String, Object>) schema.get("properties")).get("tiers");
    assertThat(keys(tiers)).containsExactly("ARGENT", "BRONZE", "OR");
    assertThat(schema.get("required"))
        .isEqualTo(
            List.of(
                "id", "version", "title", "illustrative", "referential", "provenance", "tiers"));
  }

  @SuppressWarnings("unchecked")
  private static TreeSet<String> keys(Map<String, Object> object) {
    return new TreeSet<>(((Map<String, Object>) object.get("properties")).keySet());
  }
}
