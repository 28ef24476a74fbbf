package fr.spsplus.examples.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class StrictUtf8ReaderTest {

  private static String readAll(Reader reader, int chunk) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[chunk];
    for (int n = reader.read(buffer, 0, chunk); n >= 0; n = reader.read(buffer, 0, chunk)) {
      text.append(buffer, 0, n);
    }
    return text.toString();
  }

  @Property(tries = 100)
  void decodesAnyTextAsTheJdkDoes(@ForAll String text) throws IOException {
    String wellFormed = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    byte[] bytes = wellFormed.getBytes(StandardCharsets.UTF_8);
    for (int chunk : new int[] {1, 2, 7, 4096}) {
      try (Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes))) {
        assertThat(readAll(reader, chunk)).isEqualTo(wellFormed);
      }
    }
  }

  @Test
  void deliversTheGoodCharactersBeforeReportingBadBytes() throws IOException {
    byte[] bytes = "ab\ntr\u00e8s".getBytes(StandardCharsets.ISO_8859_1);
    try (Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes))) {
      char[] buffer = new char[100];
      int n = reader.read(buffer, 0, 100);
      assertThat(new String(buffer, 0, n)).isEqualTo("ab\ntr");
      assertThatThrownBy(() -> reader.read(buffer, 0, 100))
          .isInstanceOf(CharacterCodingException.class);
      assertThatThrownBy(() -> reader.read(buffer, 0, 100))
          .isInstanceOf(CharacterCodingException.class);
    }
  }

  @Test
  void readingAgainAfterTheEndKeepsReportingTheEnd() throws IOException {
    Reader reader =
        new StrictUtf8Reader(new ByteArrayInputStream("é".getBytes(StandardCharsets.UTF_8)));
    char[] buffer = new char[8];
    assertThat(reader.read(buffer, 0, 8)).isEqualTo(1);
    assertThat(reader.read(buffer, 0, 8)).isEqualTo(-1);
    assertThat(reader.read(buffer, 0, 8)).as("not IllegalStateException").isEqualTo(-1);
    assertThat(reader.read()).isEqualTo(-1);
  }

  @Test
  void aTruncatedSequenceAtTheEndIsAnError() throws IOException {
    byte[] bytes = {'a', (byte) 0xC3};
    try (Reader reader = new StrictUtf8Reader(new ByteArrayInputStream(bytes))) {
      assertThat((char) reader.read()).isEqualTo('a');
      assertThatThrownBy(reader::read).isInstanceOf(CharacterCodingException.class);
    }
  }
}
