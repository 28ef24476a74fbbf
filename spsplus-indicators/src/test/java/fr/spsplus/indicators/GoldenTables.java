package fr.spsplus.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Reads the golden CSV tables of the tests: a provenance line, a header, then data rows. */
public final class GoldenTables {

  private GoldenTables() {}

  /**
   * Reads a table from the test class path.
   *
   * @param anchor a class in the package of the resource
   * @param name the file name
   * @param header the expected header line
   * @return the data rows, split on commas
   */
  public static List<String[]> read(Class<?> anchor, String name, String header) {
    try (InputStream in = Objects.requireNonNull(anchor.getResourceAsStream(name), name);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      assertThat(reader.readLine()).as("provenance line of " + name).startsWith("# provenance: ");
      assertThat(reader.readLine()).as("header of " + name).isEqualTo(header);
      int columns = header.split(",").length;
      List<String[]> rows = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split(",", -1);
        assertThat(cells).as("row " + Arrays.toString(cells)).hasSize(columns);
        rows.add(cells);
      }
      assertThat(rows).as("rows of " + name).isNotEmpty();
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
