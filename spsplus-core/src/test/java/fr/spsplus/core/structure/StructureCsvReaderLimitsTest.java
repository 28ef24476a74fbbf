package fr.spsplus.core.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import java.io.Reader;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The structures CSV reader on a hostile file: a field that never ends stops the reading at the CSV
 * library's buffer cap (16 Mi characters, FastCSV's default) with the documented error, without
 * reading the rest of the file nor holding more than the cap in memory.
 */
class StructureCsvReaderLimitsTest {

  /** A header, then a quoted field that goes on for {@code length} characters, lazily. */
  private static Reader endlessField(long length) {
    String head =
        java.util.Arrays.stream(StructureCsvColumn.values())
                .map(StructureCsvColumn::label)
                .collect(java.util.stream.Collectors.joining(";"))
            + "\n\"";
    return new Reader() {
      long sent;

      @Override
      public int read(char[] buffer, int offset, int count) {
        if (sent >= head.length() + length) {
          return -1;
        }
        int n = 0;
        while (n < count && sent < head.length() + length) {
          buffer[offset + n++] = sent < head.length() ? head.charAt((int) sent) : 'x';
          sent++;
        }
        return n;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void aFieldOverTheBufferCapStopsTheReadingWithTheDocumentedError() {
    long beyondTheCap = 16L * 1024 * 1024 + 1024;
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> {
              try (Stream<StructureRow> rows =
                  StructureCsvReader.openData().stream(endlessField(beyondTheCap))) {
                rows.forEach(r -> {});
              }
            });
    assertThat(e.key()).isEqualTo("csv.malformed");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("after line 1");
  }
}
