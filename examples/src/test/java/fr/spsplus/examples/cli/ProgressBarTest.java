package fr.spsplus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.examples.cli.input.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressBarTest {

  @TempDir Path folder;

  @Test
  void rendersCellsAndAWholePercentage() {
    assertThat(ProgressBar.render("calls.csv", 0, 200))
        .isEqualTo("calls.csv [" + "░".repeat(30) + "]   0 %");
    assertThat(ProgressBar.render("calls.csv", 60, 200))
        .isEqualTo("calls.csv [" + "█".repeat(9) + "░".repeat(21) + "]  30 %");
    assertThat(ProgressBar.render("calls.csv", 250, 200))
        .isEqualTo("calls.csv [" + "█".repeat(30) + "] 100 %");
  }

  @Test
  void nothingIsDrawnOffATerminalOrForASmallInput() {
    StringWriter err = new StringWriter();
    Diagnostics off = new Diagnostics(new PrintWriter(err), Language.FR, false);
    ProgressBar bar = ProgressBar.start(off, 1L << 40, "big.csv");
    assertThat(bar.visible()).isFalse();
    bar.update(1L << 39);
    Diagnostics on = new Diagnostics(new PrintWriter(err), Language.FR, true);
    assertThat(ProgressBar.start(on, ProgressBar.LARGE_INPUT_BYTES - 1, "small.csv").visible())
        .isFalse();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aLargeFileOnATerminalDrawsOnlyWhenThePercentageChangesAndIsErasedAtTheEnd()
      throws IOException {
    Path big = folder.resolve("big.csv");
    Files.write(big, new byte[(int) ProgressBar.LARGE_INPUT_BYTES]);
    StringWriter err = new StringWriter();
    Diagnostics terminal = new Diagnostics(new PrintWriter(err), Language.FR, true);
    try (InputStream in = InputFiles.open(big, terminal)) {
      byte[] buffer = new byte[4096];
      while (in.read(buffer) >= 0) {
        // read everything
      }
    }
    String drawn = err.toString();
    assertThat(drawn.chars().filter(c -> c == '\r').count()).isBetween(101L, 104L);
    assertThat(drawn).contains("big.csv [" + "█".repeat(30) + "] 100 %");
    assertThat(drawn)
        .endsWith("\r" + " ".repeat(ProgressBar.render("big.csv", 1, 1).length()) + "\r");
  }

  @Test
  void aMessageErasesTheBarFirst() {
    StringWriter err = new StringWriter();
    Diagnostics terminal = new Diagnostics(new PrintWriter(err), Language.FR, true);
    terminal.progress("bar");
    terminal.line("message\nsur deux lignes");
    assertThat(err.toString()).isEqualTo("\rbar\r   \rmessage sur deux lignes\n");
  }
}
