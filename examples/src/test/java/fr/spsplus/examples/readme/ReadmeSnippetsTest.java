package fr.spsplus.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's Java samples true: every {@code java} block of {@code README.md} preceded by
 * {@code <!-- snippet: path#name -->} must be, line for line, the region between {@code //
 * tag::name[]} and {@code // end::name[]} of that test source (path from the repository root).
 * Those regions are compiled and run by their own tests, so a README sample cannot rot.
 */
class ReadmeSnippetsTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final Pattern SNIPPET =
      Pattern.compile(
          "<!-- snippet: ([^#\\s]+)#([\\w-]+) -->\\s*\\n```java\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void everyJavaSampleOfTheReadmeIsATestedRegionOfCode() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    Matcher matcher = SNIPPET.matcher(readme);
    List<String> checked = new ArrayList<>();
    while (matcher.find()) {
      String file = matcher.group(1);
      String name = matcher.group(2);
      String shown = matcher.group(3);
      assertThat(shown)
          .as("README sample %s#%s", file, name)
          .isEqualTo(region(ROOT.resolve(file), name));
      checked.add(file + "#" + name);
    }
    long javaBlocks = readme.lines().filter(line -> line.equals("```java")).count();
    assertThat(checked)
        .as("every ```java block of the README is tied to a tested region")
        .hasSize((int) javaBlocks)
        .isNotEmpty();
  }

  /** The lines between the tags, with their common indentation removed. */
  static String region(Path file, String name) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int start = -1;
    int end = -1;
    for (int i = 0; i < lines.size(); i++) {
      String trimmed = lines.get(i).strip();
      if (trimmed.equals("// tag::" + name + "[]")) {
        start = i + 1;
      } else if (trimmed.equals("// end::" + name + "[]")) {
        end = i;
      }
    }
    assertThat(start).as("tag::%s[] in %s", name, file).isPositive();
    assertThat(end).as("end::%s[] in %s", name, file).isGreaterThanOrEqualTo(start);
    List<String> body = lines.subList(start, end);
    int indent =
        body.stream()
            .filter(line -> !line.isBlank())
            .mapToInt(line -> line.length() - line.stripLeading().length())
            .min()
            .orElse(0);
    return body.stream()
        .map(line -> line.isBlank() ? "" : line.substring(indent))
        .collect(Collectors.joining("\n"));
  }
}
