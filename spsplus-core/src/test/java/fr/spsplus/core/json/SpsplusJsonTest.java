package fr.spsplus.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SpsplusJsonTest {

  enum Tier {
    BRONZE,
    OR
  }

  record Item(String name, int score) {
    Item {
      Checks.requireBetween(score, 0, 100, "score");
    }
  }

  record Doc(Tier tier, LocalDate on, Instant at, List<Item> items) {}

  private final Doc doc =
      new Doc(
          Tier.OR,
          LocalDate.of(2026, 3, 1),
          Instant.parse("2026-03-01T08:30:00Z"),
          List.of(new Item("a", 1), new Item("b", 100)));

  @Test
  void roundTripsRecordsEnumsAndIsoDates() {
    String json = SpsplusJson.compact().write(doc);
    assertThat(json)
        .isEqualTo(
            "{\"tier\":\"OR\",\"on\":\"2026-03-01\",\"at\":\"2026-03-01T08:30:00Z\","
                + "\"items\":[{\"name\":\"a\",\"score\":1},{\"name\":\"b\",\"score\":100}]}");
    assertThat(SpsplusJson.compact().read(json, Doc.class)).isEqualTo(doc);
  }

  @Test
  void unknownPropertiesAreTolerated() {
    Item item =
        SpsplusJson.compact().read("{\"name\":\"a\",\"score\":2,\"extra\":[1]}", Item.class);
    assertThat(item).isEqualTo(new Item("a", 2));
  }

  @Test
  void domainRuleBrokenInsideADocumentNamesThePathLineAndRule() {
    String json =
        "{\"tier\":\"OR\",\"items\":[{\"name\":\"a\",\"score\":1},\n{\"name\":\"b\",\"score\":101}]}";
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> SpsplusJson.compact().read(json, Doc.class));
    assertThat(e.getMessage())
        .startsWith("JSON invalide en $.items[1]")
        .contains("ligne 2")
        .endsWith("« score » doit être compris entre 0 et 100 (reçu : 101).");
    assertThat(e.getMessage(Locale.ENGLISH))
        .startsWith("Invalid JSON at $.items[1]")
        .endsWith("\"score\" must be between 0 and 100 (got 101).");
  }

  @Test
  void unknownEnumCodeAndSyntaxErrorsAreReported() {
    InvalidInputException badCode =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> SpsplusJson.compact().read("{\"tier\":\"PLATINE\"}", Doc.class));
    assertThat(badCode.getMessage()).startsWith("JSON invalide en $.tier").contains("Tier");
    InvalidInputException syntax =
        catchThrowableOfType(
            InvalidInputException.class, () -> SpsplusJson.compact().read("{\"tier\":", Doc.class));
    assertThat(syntax.getMessage()).contains("syntaxe JSON incorrecte");
  }

  @Test
  void nestingDeeperThanTheLimitIsRejected() {
    String deep =
        "[".repeat(SpsplusJson.MAX_NESTING_DEPTH + 1)
            + "]".repeat(SpsplusJson.MAX_NESTING_DEPTH + 1);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> SpsplusJson.compact().read(deep, Object.class));
    assertThat(e.key()).isEqualTo("json.invalid");
  }

  @Test
  void aStringLongerThanTheLimitIsRejected() {
    String tooLong = "\"" + "a".repeat(SpsplusJson.MAX_STRING_LENGTH + 1) + "\"";
    String longest = "\"" + "a".repeat(SpsplusJson.MAX_STRING_LENGTH) + "\"";

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> SpsplusJson.compact().read(tooLong, String.class));

    assertThat(e.key()).isEqualTo("json.invalid");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("too deep or too long");
    assertThat(SpsplusJson.compact().read(longest, String.class))
        .hasSize(SpsplusJson.MAX_STRING_LENGTH);
  }

  @Test
  void bytesThatAreNotValidInTheDetectedEncodingAreBadInputNotAnInputOutputFailure() {
    // Found by CoreParsersFuzzTest#spsplusJson: four bytes "00 00 00 7B" make Jackson read UTF-32,
    // and a code point above U+10FFFF made it throw an IOException, which escaped as an
    // UncheckedIOException ("the stream cannot be read") instead of a bad-input error.
    byte[] utf32 = {0, 0, 0, '{', 0, 0x11, 0, 0, 0, 0, 0, '}'};

    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> SpsplusJson.compact().read(new java.io.ByteArrayInputStream(utf32), Doc.class));

    assertThat(e.key()).isEqualTo("json.encoding");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("UTF-32");
  }

  @Test
  void aNullElementOfAListIsBadInput() {
    // Found while writing CoreParsersFuzzTest#spsplusJson: List.copyOf threw NullPointerException.
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                SpsplusJson.compact().readList("[{\"name\":\"a\",\"score\":1},null]", Item.class));

    assertThat(e.key()).isEqualTo("json.element.null");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("$[1]").contains("Item");
  }
}
