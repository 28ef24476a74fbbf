package fr.spsplus.indicators.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.label.LabelApplication;
import fr.spsplus.core.label.LabelRuleSet;
import fr.spsplus.core.label.LabelTier;
import fr.spsplus.indicators.GoldenTables;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden decisions: JSON applications evaluated under a rule set, with the expected tier and the
 * failing criteria of every tier. The cases are listed in {@code golden-decisions.csv} (provenance
 * line there); each JSON file under {@code golden/} carries its own provenance: how its expected
 * values follow from the thresholds.
 */
class GoldenDecisionsTest {

  /** One golden case, as written in its JSON file. */
  public record GoldenCase(
      String provenance, String ruleSet, LabelApplication application, Expected expected) {}

  /** The expected decision: the tier (null when not eligible) and the failing ids per tier. */
  public record Expected(@Nullable LabelTier tier, Map<LabelTier, List<String>> failing) {}

  static Stream<String> cases() {
    return GoldenTables.read(GoldenDecisionsTest.class, "golden-decisions.csv", "case").stream()
        .map(row -> row[0]);
  }

  private static <T> T read(String resource, Class<T> type) {
    try (InputStream in =
        Objects.requireNonNull(GoldenDecisionsTest.class.getResourceAsStream(resource), resource)) {
      return SpsplusJson.compact().read(in, type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static LabelRuleSet ruleSet(String name) {
    if (name.equals("illustrative")) {
      return LabelRuleSet.illustrativeSpPlus2023();
    }
    try (InputStream in =
        Objects.requireNonNull(
            GoldenDecisionsTest.class.getResourceAsStream("golden/" + name), name)) {
      return LabelRuleSet.fromJson(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theDecisionMatchesTheGoldenCase(String name) {
    GoldenCase golden = read("golden/" + name + ".json", GoldenCase.class);
    assertThat(golden.provenance()).isNotBlank();
    LabelRuleSet rules = ruleSet(golden.ruleSet());
    EligibilityDecision decision = LabelEligibility.of(rules).evaluate(golden.application());

    assertThat(decision.tier()).as("tier").isEqualTo(golden.expected().tier());
    for (LabelTier tier : LabelTier.values()) {
      List<String> expected = golden.expected().failing().getOrDefault(tier, List.of());
      assertThat(decision.assessment(tier).failing())
          .as("failing criteria of %s", tier)
          .extracting(CriterionFinding::id)
          .containsExactlyElementsOf(expected);
      assertThat(decision.assessment(tier).reached()).isEqualTo(expected.isEmpty());
    }
    LabelTier next = EligibilityDecision.next(golden.expected().tier());
    if (next == null) {
      assertThat(decision.nextTierGap()).isNull();
    } else {
      assertThat(decision.nextTierGap()).isNotNull();
      assertThat(decision.nextTierGap().tier()).isEqualTo(next);
      assertThat(decision.nextTierGap().failing())
          .extracting(CriterionFinding::id)
          .containsExactlyElementsOf(golden.expected().failing().get(next));
    }
    assertThat(decision.ruleSet()).isEqualTo(rules.reference());
    assertThat(decision.eligible()).isEqualTo(golden.expected().tier() != null);
    assertThat(decision.validUntil() != null).isEqualTo(decision.eligible());

    String json = SpsplusJson.pretty().write(decision);
    assertThat(SpsplusJson.compact().read(json, EligibilityDecision.class)).isEqualTo(decision);
    String french = DecisionReport.text(decision);
    String english = DecisionReport.text(decision, Locale.ENGLISH);
    assertThat(french).contains(rules.id()).contains("ILLUSTRATIF");
    assertThat(english).contains(rules.id()).contains("ILLUSTRATIVE");
  }
}
