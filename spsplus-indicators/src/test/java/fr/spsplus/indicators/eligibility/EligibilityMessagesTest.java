package fr.spsplus.indicators.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Checks the bundle of this package beyond French/English parity: every key written in the code
 * exists in both languages, and every pattern renders with numeric-text arguments (the form in
 * which findings keep them) without leaving a placeholder.
 */
class EligibilityMessagesTest {

  private static final Path SOURCES = Path.of("src/main/java/fr/spsplus/indicators/eligibility");
  private static final Path RESOURCES =
      Path.of("src/main/resources/fr/spsplus/indicators/eligibility");
  private static final Pattern KEY =
      Pattern.compile(
          "\"((?:finding|criterion|report|tier|decision|scoring|eligibility|assessment|gap)"
              + "\\.[a-z.]+)\"");

  @Test
  void everyKeyInTheCodeIsDefinedInBothLanguages() throws IOException {
    List<String> used = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher matcher = KEY.matcher(Files.readString(file));
        while (matcher.find()) {
          used.add(matcher.group(1));
        }
      }
    }
    assertThat(used).hasSizeGreaterThan(40).allMatch(EligibilityMessages.BUNDLE::defines);
  }

  @Test
  void everyPatternRendersInBothLanguages() throws IOException {
    List<String> numbers = Collections.nCopies(8, "12.5");
    for (String file : List.of("messages.properties", "messages_en.properties")) {
      Properties properties = new Properties();
      try (Reader reader =
          Files.newBufferedReader(RESOURCES.resolve(file), StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      Locale locale = file.contains("_en") ? Locale.ENGLISH : Locale.FRENCH;
      for (String key : properties.stringPropertyNames()) {
        String text = EligibilityMessages.render(locale, key, numbers);
        assertThat(text)
            .as("%s %s", file, key)
            .isNotBlank()
            .doesNotContain("{")
            .doesNotContain("'");
      }
    }
  }
}
