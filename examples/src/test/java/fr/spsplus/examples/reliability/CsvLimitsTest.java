package fr.spsplus.examples.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.examples.cli.input.CallCsvReader;
import fr.spsplus.examples.cli.input.CsvRecords;
import fr.spsplus.examples.cli.input.InvalidRowPolicy;
import java.io.StringReader;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The line-length caps of the command line's CSV inputs (docs/cli-formats.md): a comment or header
 * line of at most 65,536 characters, a row of at most 262,144 characters and 256 cells, a cell of
 * at most 65,536 characters. Each test crosses one cap and gets the documented one-line error, even
 * with {@code --skip-invalid} (a structural error stops the reading).
 */
class CsvLimitsTest {

  private static final String HEADER = "call_id,structure,arrived_at,outcome,wait_seconds\n";
  private static final String ROW = "C-1,SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,1\n";

  private static InvalidInputException read(String csv) {
    InvalidRowPolicy skip = error -> {};
    return catchThrowableOfType(
        InvalidInputException.class,
        () -> {
          try (CsvRecords<?> records =
              new CallCsvReader(ZoneId.of("Europe/Paris"))
                  .open(new StringReader(csv), "calls.csv", skip)) {
            records.stream().forEach(r -> {});
          }
        });
  }

  /** The documented error, naming the long line itself (not the line the read-ahead reached). */
  private static String lineTooLong(int line) {
    return "calls.csv, line " + line + ": line too long: at most 65536 characters.";
  }

  @Test
  void aCommentLineOverTheCapIsRefused() {
    InvalidInputException e = read("# " + "x".repeat(65_536) + "\n" + HEADER + ROW);
    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(lineTooLong(1));
    e = read("# short\n\n# " + "x".repeat(65_536) + "\n" + HEADER + ROW);
    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(lineTooLong(3));
    assertThat(read("# " + "x".repeat(65_534) + "\n" + HEADER + ROW)).isNull();
  }

  @Test
  void aHeaderLineOverTheCapIsRefused() {
    InvalidInputException e = read(HEADER.strip() + "," + "y".repeat(65_536) + "\n" + ROW);
    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo(lineTooLong(1));
  }

  @Test
  void aRowOverTheCapIsRefusedThoughEachCellIsWithinItsOwn() {
    String cell = "z".repeat(60_000);
    String row = String.join(",", cell, cell, cell, cell, cell) + "\n"; // 300,004 characters
    InvalidInputException e = read(HEADER + ROW + row + ROW);
    assertThat(e.getMessage(Locale.ENGLISH))
        .startsWith("calls.csv, line 3: malformed CSV from this line on")
        .contains("line over 262144 characters");
  }

  @Test
  void aCellOverTheCapIsRefused() {
    InvalidInputException e = read(HEADER + "z".repeat(65_537) + ",SYNTH00001,x,y,1\n");
    assertThat(e.getMessage(Locale.ENGLISH))
        .startsWith("calls.csv, line 2: malformed CSV from this line on")
        .contains("cell over 65536 characters");
  }

  @Test
  void aRowOfMoreThan256CellsIsRefused() {
    InvalidInputException e = read(HEADER + ",".repeat(256) + "\n");
    assertThat(e.getMessage(Locale.ENGLISH)).startsWith("calls.csv, line 2: malformed CSV");
  }
}
