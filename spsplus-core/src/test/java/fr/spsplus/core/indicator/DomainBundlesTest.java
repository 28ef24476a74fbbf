package fr.spsplus.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.testing.BundleParity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The message bundles of the indicator, period, survey, call and request packages: each package has
 * its French and English files with the same keys, and every key the code uses exists in both.
 */
class DomainBundlesTest {

  /** A literal key passed to {@code message(…)}: {@code message("period.week", …)}. */
  private static final Pattern USED_KEY =
      Pattern.compile("message\\(\\s*\"([a-z0-9._]+)\"\\s*[,)]");

  @ParameterizedTest
  @ValueSource(strings = {"indicator", "period", "survey", "call", "request"})
  void everyUsedKeyExistsInBothLanguages(String pkg) throws IOException {
    Path resources = Path.of("src/main/resources/fr/spsplus/core", pkg);
    assertThat(resources.resolve("messages.properties")).exists();
    assertThat(resources.resolve("messages_en.properties")).exists();
    assertThat(BundleParity.assertComplete(resources)).isEqualTo(1);

    MessageBundle bundle = MessageBundle.of(anchor(pkg), "messages");
    List<String> used = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/fr/spsplus/core", pkg))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher m = USED_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty();
    assertThat(used).allSatisfy(key -> assertThat(bundle.defines(key)).as(key).isTrue());
  }

  @ParameterizedTest
  @ValueSource(strings = {"DAY", "ISO_WEEK", "MONTH", "QUARTER", "YEAR", "ROLLING_12_MONTHS"})
  void everyGranularityHasItsAlignmentRule(String granularity) {
    MessageBundle bundle = MessageBundle.of(ReportingPeriod.class, "messages");
    assertThat(bundle.defines("period.rule." + Granularity.valueOf(granularity).name())).isTrue();
    assertThat(bundle.format(Locale.ENGLISH, "period.rule." + granularity))
        .isNotEqualTo(bundle.format(Locale.FRENCH, "period.rule." + granularity));
    assertThat(bundle.defines("period.rule.CUSTOM")).isTrue();
  }

  private static Class<?> anchor(String pkg) {
    return switch (pkg) {
      case "indicator" -> IndicatorCode.class;
      case "period" -> ReportingPeriod.class;
      case "survey" -> fr.spsplus.core.survey.SurveyScale.class;
      case "call" -> fr.spsplus.core.call.CallRecord.class;
      case "request" -> fr.spsplus.core.request.ProcessedRequest.class;
      default -> throw new IllegalArgumentException(pkg);
    };
  }
}
