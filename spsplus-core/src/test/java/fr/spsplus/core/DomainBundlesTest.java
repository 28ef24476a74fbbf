package fr.spsplus.core;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.audit.AuditGrid;
import fr.spsplus.core.engagement.Referentials;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.improvement.Irritant;
import fr.spsplus.core.internal.TabularText;
import fr.spsplus.core.internal.Texts;
import fr.spsplus.core.label.LabelRules;
import fr.spsplus.core.testing.BundleParity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the message bundles of the engagement, label, audit and improvement packages and of the
 * internal text helpers: French/English parity, every key used in the code defined in both
 * languages, every pattern valid for {@link java.text.MessageFormat}.
 */
class DomainBundlesTest {

  private static final Path RESOURCES = Path.of("src/main/resources/fr/spsplus/core");
  private static final Path SOURCES = Path.of("src/main/java/fr/spsplus/core");
  private static final Pattern KEY_USE = Pattern.compile("message\\(\\s*\"([a-z0-9.]+)\"");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  static Stream<Arguments> bundles() {
    return Stream.of(
        Arguments.of("engagement", Referentials.class, "messages", List.of("engagement")),
        Arguments.of("label", LabelRules.class, "messages", List.of("label")),
        Arguments.of("audit", AuditGrid.class, "messages", List.of("audit")),
        Arguments.of("improvement", Irritant.class, "messages", List.of("improvement")),
        Arguments.of("internal", Texts.class, "texts", List.of("internal/Texts.java")),
        Arguments.of(
            "internal", TabularText.class, "tabular", List.of("internal/TabularText.java")));
  }

  @ParameterizedTest
  @MethodSource("bundles")
  void everyKeyUsedIsDefinedInBothLanguagesAndEveryPatternIsValid(
      String folder, Class<?> anchor, String name, List<String> sources) throws IOException {
    assertThat(BundleParity.assertComplete(RESOURCES.resolve(folder))).isPositive();
    MessageBundle bundle = MessageBundle.of(anchor, name);
    List<String> used = new ArrayList<>();
    for (String source : sources) {
      for (Path file : javaFiles(SOURCES.resolve(source))) {
        Matcher matcher = KEY_USE.matcher(Files.readString(file));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    }
    assertThat(used).isNotEmpty().allMatch(bundle::defines, "defined in French and English");
    for (String file : List.of(name + ".properties", name + "_en.properties")) {
      Properties properties = load(RESOURCES.resolve(folder).resolve(file));
      for (String key : properties.stringPropertyNames()) {
        String pattern = properties.getProperty(key);
        assertThat(LONE_APOSTROPHE.matcher(pattern).find())
            .as("%s: %s has an undoubled apostrophe", file, key)
            .isFalse();
        Object[] arguments = {1, 2, 3, 4};
        Locale locale = file.endsWith("_en.properties") ? Locale.ENGLISH : Locale.FRENCH;
        assertThat(bundle.format(locale, key, arguments)).isNotBlank();
      }
    }
  }

  private static List<Path> javaFiles(Path path) throws IOException {
    if (Files.isRegularFile(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  private static Properties load(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
