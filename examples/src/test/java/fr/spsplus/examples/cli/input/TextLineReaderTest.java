package fr.spsplus.examples.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLineReaderTest {

  private static List<String> lines(TextLineReader reader) throws IOException {
    List<String> lines = new ArrayList<>();
    try (reader) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(reader.lineNumber() + ":" + line);
      }
    }
    return lines;
  }

  @Test
  void readsEveryKindOfLineEnd() throws IOException {
    TextLineReader reader =
        new TextLineReader(
            new StringReader("\uFEFFun\r\ndeux\rtrois\n\nquatre"),
            "t.txt",
            100,
            InvalidRowPolicy.FAIL);
    assertThat(lines(reader)).containsExactly("1:un", "2:deux", "3:trois", "4:", "5:quatre");
  }

  @Test
  void anEmptyTextHasNoLine() throws IOException {
    assertThat(lines(new TextLineReader(new StringReader(""), "t.txt", 10, InvalidRowPolicy.FAIL)))
        .isEmpty();
  }

  @Test
  void aLineOverTheLimitStopsOrIsSkipped() throws IOException {
    String text = "court\n" + "x".repeat(11) + "\nfin\n";
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                lines(
                    new TextLineReader(
                        new StringReader(text), "t.txt", 10, InvalidRowPolicy.FAIL)));
    assertThat(e).hasMessage("t.txt, ligne 2 : ligne trop longue : au plus 10 caractères.");
    List<String> skipped = new ArrayList<>();
    assertThat(
            lines(
                new TextLineReader(
                    new StringReader(text), "t.txt", 10, error -> skipped.add(error.getMessage()))))
        .containsExactly("1:court", "3:fin");
    assertThat(skipped)
        .containsExactly("t.txt, ligne 2 : ligne trop longue : au plus 10 caractères.");
  }

  @Test
  void bytesThatAreNotUtf8NameTheirLine() {
    byte[] bytes = "un\ndeux\ntr\u00e8s\n".getBytes(StandardCharsets.ISO_8859_1);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                lines(
                    new TextLineReader(
                        InputFiles.utf8(new ByteArrayInputStream(bytes)),
                        "t.txt",
                        100,
                        InvalidRowPolicy.FAIL)));
    assertThat(e).hasMessage("t.txt, ligne 3 : octets qui ne sont pas de l’UTF-8 valide.");
  }
}
