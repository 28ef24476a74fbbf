package fr.spsplus.examples.cli.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.json.SpsplusJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The shipped sample files, and the golden tables of the results expected from them, computed
 * independently of spsplus by {@code examples/src/test/scripts/expected_indicators.py} (see the
 * {@code # provenance:} line of each table).
 */
final class Golden {

  /** The resource folder of the samples. */
  static final String SAMPLES = "/fr/spsplus/examples/cli/samples/";

  /** Relative tolerance of values and bounds: the script and Java round differently. */
  private static final double TOLERANCE = 1e-12;

  private Golden() {}

  /**
   * Copies a shipped sample into a folder.
   *
   * @param folder the folder
   * @param name the sample's file name, for example {@code calls-sample.csv}
   * @return the copy
   */
  static Path sample(Path folder, String name) {
    Path copy = folder.resolve(name);
    try (InputStream in = Golden.class.getResourceAsStream(SAMPLES + name)) {
      assertThat(in).as(name).isNotNull();
      Files.copy(in, copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return copy;
  }

  /**
   * Reads a golden table: its header and rows, after the provenance line.
   *
   * @param name the file name beside this class
   * @return one map per row, by column name
   */
  static List<Map<String, String>> table(String name) {
    List<String> lines;
    try (InputStream in = Golden.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      lines = List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(lines.get(0)).startsWith("# provenance: ");
    List<String> header = cells(lines.get(1));
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(2, lines.size())) {
      List<String> cells = cells(line);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), cells.get(i));
      }
      rows.add(row);
    }
    return rows;
  }

  /** Splits a line of the golden CSV (cells quoted only when they hold a comma). */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else {
          quoted = !quoted;
        }
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /**
   * Reads an expected text (a table), without its provenance line.
   *
   * @param name the file name beside this class
   * @return the text after the first line
   */
  static String text(String name) {
    try (InputStream in = Golden.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).startsWith("# provenance: ");
      return text.substring(text.indexOf('\n') + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses a JSON document of an indicator command.
   *
   * @param json the standard output
   * @return the document, by member name
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> document(String json) {
    return SpsplusJson.compact().read(json, Map.class);
  }

  /**
   * Returns the results of a JSON document.
   *
   * @param json the standard output
   * @return the result objects
   */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> results(String json) {
    return (List<Map<String, Object>>) document(json).get("results");
  }

  /**
   * Checks the results of a JSON document against a golden table: same rows in the same order,
   * codes and counts equal, values and bounds equal within 10⁻¹² (relative), exclusions equal, and
   * the parameters of the {@code extra} column (if any) equal.
   *
   * @param json the standard output of the command with {@code --format json}
   * @param golden the golden table's file name
   */
  @SuppressWarnings("unchecked")
  static void assertResults(String json, String golden) {
    List<Map<String, Object>> results = results(json);
    List<Map<String, String>> expected = table(golden);
    assertThat(results).as("number of results of " + golden).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Map<String, String> want = expected.get(i);
      Map<String, Object> got = results.get(i);
      String where = golden + " row " + (i + 1) + " " + want;
      assertThat(got.get("indicator")).as(where).isEqualTo(want.get("indicator"));
      assertThat(got.get("structure")).as(where).isEqualTo(want.get("structure"));
      assertThat(got.get("period")).as(where).isEqualTo(want.get("period"));
      assertNumber(got.get("value"), want.get("value"), where + " value");
      assertNumber(got.get("numerator"), want.get("numerator"), where + " numerator");
      assertNumber(got.get("denominator"), want.get("denominator"), where + " denominator");
      assertThat(String.valueOf(got.get("n"))).as(where + " n").isEqualTo(want.get("n"));
      assertThat(got.get("status")).as(where).isEqualTo(want.get("status"));
      Map<String, Object> interval = (Map<String, Object>) got.get("interval");
      assertNumber(
          interval == null ? null : interval.get("low"), want.get("interval_low"), where + " low");
      assertNumber(
          interval == null ? null : interval.get("high"),
          want.get("interval_high"),
          where + " high");
      Map<String, Object> excluded = new TreeMap<>((Map<String, Object>) got.get("excluded"));
      assertThat(
              excluded.entrySet().stream()
                  .map(e -> e.getKey() + "=" + e.getValue())
                  .collect(Collectors.joining(";")))
          .as(where + " excluded")
          .isEqualTo(want.get("excluded"));
      Map<String, Object> parameters = (Map<String, Object>) got.get("parameters");
      String extra = want.getOrDefault("extra", "");
      if (!extra.isEmpty()) {
        for (String pair : extra.split(";")) {
          String[] nameValue = pair.split("=", 2);
          assertThat(String.valueOf(parameters.get(nameValue[0])))
              .as(where + " parameter " + nameValue[0])
              .isEqualTo(nameValue[1]);
        }
      }
    }
  }

  /**
   * Checks a JSON number against a golden cell: both absent, or equal within the tolerance.
   *
   * @param got the JSON value (a number or null)
   * @param want the golden cell (empty when absent)
   * @param what the description of the check
   */
  static void assertNumber(@Nullable Object got, String want, String what) {
    if (want.isEmpty()) {
      assertThat(got).as(what).isNull();
      return;
    }
    assertThat(got).as(what).isInstanceOf(Number.class);
    double expected = Double.parseDouble(want);
    assertThat(((Number) got).doubleValue())
        .as(what)
        .isCloseTo(expected, within(TOLERANCE * Math.max(1, Math.abs(expected))));
  }
}
