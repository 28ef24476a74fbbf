package fr.spsplus.examples.cli.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void alignsTextLeftAndNumbersRightWithoutTrailingBlanks() {
    TextTable table =
        TextTable.of(List.of("Réseau", "n"), List.of(TextTable.Align.LEFT, TextTable.Align.RIGHT));
    table.row(List.of("DGFIP", "1\u202F204")).row(List.of("Pôle emploi", "7"));
    StringWriter out = new StringWriter();
    table.print(new PrintWriter(out, true));
    assertThat(out.toString())
        .isEqualTo(
            "Réseau           n\n"
                + "───────────  ─────\n"
                + "DGFIP        1\u202F204\n"
                + "Pôle emploi      7\n");
    assertThat(table.size()).isEqualTo(2);
  }

  @Test
  void everyRowHasOneCellPerColumn() {
    TextTable table = TextTable.of(List.of("a"), List.of(TextTable.Align.LEFT));
    assertThatThrownBy(() -> table.row(List.of("x", "y")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TextTable.of(List.of("a"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
