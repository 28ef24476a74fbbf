package fr.spsplus.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks that every French message bundle ({@code name.properties}) of a module has an English twin
 * ({@code name_en.properties}) with exactly the same keys. Published in the core test-jar so that
 * every module runs it on its own resources.
 */
public final class BundleParity {

  private BundleParity() {}

  /**
   * Asserts the parity of every bundle under a resource folder.
   *
   * @param resources the module's {@code src/main/resources} folder
   * @return the number of bundles checked
   */
  public static int assertComplete(Path resources) throws IOException {
    if (!Files.isDirectory(resources)) {
      return 0;
    }
    List<Path> english;
    try (Stream<Path> files = Files.walk(resources)) {
      english = files.filter(p -> p.getFileName().toString().endsWith("_en.properties")).toList();
    }
    List<String> problems = new ArrayList<>();
    for (Path en : english) {
      Path fr =
          en.resolveSibling(en.getFileName().toString().replace("_en.properties", ".properties"));
      if (!Files.exists(fr)) {
        problems.add(resources.relativize(en) + " has no French root bundle");
        continue;
      }
      Set<String> frKeys = keys(fr);
      Set<String> enKeys = keys(en);
      Set<String> onlyFr = new TreeSet<>(frKeys);
      onlyFr.removeAll(enKeys);
      Set<String> onlyEn = new TreeSet<>(enKeys);
      onlyEn.removeAll(frKeys);
      if (!onlyFr.isEmpty()) {
        problems.add(resources.relativize(en) + " lacks " + onlyFr);
      }
      if (!onlyEn.isEmpty()) {
        problems.add(resources.relativize(fr) + " lacks " + onlyEn);
      }
    }
    assertThat(problems).as("French/English message bundles out of step").isEmpty();
    return english.size();
  }

  private static Set<String> keys(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }
}
