package fr.spsplus.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TabularTextTest {

  private static final List<String> COLUMNS = List.of("a", "b");

  @Test
  void readsMetadataRowsAndTypedValues() {
    TabularText text =
        parse(
            "\n# provenance:  fixture, 2026 \n@k\tv\n@day\t2024-02-29\n# comment\na\tb\n"
                + "12\t 1.50 \n\t2024-02-29\n");
    assertThat(text.provenance()).isEqualTo("fixture, 2026");
    assertThat(text.metadata("k")).isEqualTo("v");
    assertThat(text.metadata("day", TabularText::date)).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(text.optionalMetadata("absent")).isNull();
    assertThat(text.rows()).hasSize(2);
    TabularText.Row first = text.rows().get(0);
    assertThat(first.line()).isEqualTo(7);
    assertThat(first.integer("a")).isEqualTo(12);
    assertThat(first.decimal("b")).isEqualTo(new BigDecimal("1.50"));
    TabularText.Row second = text.rows().get(1);
    assertThat(second.optionalText("a")).isNull();
    assertThat(second.date("b")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(TabularText.uri("https://example.org/x"))
        .isEqualTo(URI.create("https://example.org/x"));
  }

  @Test
  void malformedInputsNameTheSourceAndLine() {
    assertThat(error("# provenance:\na\tb\n1\t2\n").getMessage())
        .startsWith("src.tsv, ligne 1 : la première ligne doit être un commentaire");
    assertThat(error("# provenance: x\n@bad key\tv\na\tb\n1\t2\n").getMessage(Locale.ENGLISH))
        .isEqualTo(
            "src.tsv, line 2: malformed metadata: \"@key⇥value\" expected (key made of ASCII"
                + " letters and digits, value not empty).");
    assertThat(error("# provenance: x\na\tb\n1\t2\t3\n").getMessage())
        .isEqualTo("src.tsv, ligne 3 : 2 champs séparés par des tabulations attendus, 3 reçus.");
    assertThat(error("# provenance: x\n").getMessage(Locale.ENGLISH))
        .isEqualTo("src.tsv, line 1: header line expected, columns separated by tabs: a ⇥ b.");
    TabularText text = parse("# provenance: x\na\tb\nx\t2024-13-01\n");
    InvalidInputException date =
        catchThrowableOfType(InvalidInputException.class, () -> text.rows().get(0).date("b"));
    assertThat(date.getMessage())
        .isEqualTo(
            "src.tsv, ligne 3, colonne « b » : date AAAA-MM-JJ attendue (exemple : 2023-05-09).");
    InvalidInputException missing =
        catchThrowableOfType(InvalidInputException.class, () -> text.metadata("id"));
    assertThat(missing.getMessage(Locale.ENGLISH))
        .isEqualTo("src.tsv: required metadata \"@id\" is missing.");
    assertThat(TabularText.isLocated(missing)).isTrue();
    InvalidInputException uri =
        catchThrowableOfType(InvalidInputException.class, () -> TabularText.uri("example.org"));
    assertThat(uri.getMessage()).isEqualTo("adresse absolue http ou https attendue.");
    assertThat(TabularText.isLocated(uri)).isFalse();
  }

  @Test
  void aDocumentOverTheCapIsRefusedWithoutReadingFurther() {
    String head = "# provenance: test\na\tb\n";
    String atTheCap = head + "x\ty\n".repeat((TabularText.MAX_CHARS - head.length()) / 4);
    assertThat(parse(atTheCap).rows()).isNotEmpty();
    InvalidInputException e = error(atTheCap + "x\ty\n");
    assertThat(e.key()).isEqualTo("document");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "src.tsv: the document is over 1048576 characters long; a referential or a grid holds"
                + " a few thousand.");
  }

  private static TabularText parse(String text) {
    return TabularText.parse(new StringReader(text), "src.tsv", COLUMNS);
  }

  private static InvalidInputException error(String text) {
    return catchThrowableOfType(InvalidInputException.class, () -> parse(text));
  }
}
