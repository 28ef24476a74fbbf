package fr.spsplus.indicators.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.label.LabelRuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The plain-text report, compared with golden texts under {@code reports/}. The texts were produced
 * by this renderer once, read line by line against the golden case they render (tier, dates,
 * thresholds, observed values, margins, messages), and are kept to catch any unintended change.
 */
class DecisionReportTest {

  private static String resource(String name) {
    try (InputStream in =
        Objects.requireNonNull(DecisionReportTest.class.getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0} ({1})")
  @CsvSource({
    "illustrative-argent, fr",
    "illustrative-argent, en",
    "lower-bound-strict, fr",
    "lower-bound-strict, en",
    "raw-answers-all-no-opinion, fr",
    "incomplete-engagement, en"
  })
  void theReportMatchesItsGoldenText(String name, String language) {
    GoldenDecisionsTest.GoldenCase golden =
        SpsplusJson.compact()
            .read(resource("golden/" + name + ".json"), GoldenDecisionsTest.GoldenCase.class);
    LabelRuleSet rules =
        golden.ruleSet().equals("illustrative")
            ? LabelRuleSet.illustrativeSpPlus2023()
            : LabelRuleSet.fromJson(
                DecisionReportTest.class.getResourceAsStream("golden/" + golden.ruleSet()));
    EligibilityDecision decision = LabelEligibility.of(rules).evaluate(golden.application());
    String text = DecisionReport.text(decision, Locale.forLanguageTag(language));
    assertThat(text).isEqualTo(resource("reports/" + name + "." + language + ".txt"));
  }
}
