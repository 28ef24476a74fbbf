package fr.spsplus.client.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OpenDataRecordTest {

  private static OpenDataRecord record(String field, Object value) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put(field, value);
    return OpenDataRecord.of(fields);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "77 | 77",
        "77.5 | 77.5",
        "77,5 | 77.5",
        "' 98 ' | 98",
        "1 234,5 | 1234.5",
        "1\u00a0234,5 | 1234.5",
        "-0,25 | -0.25",
        "1e3 | 1E+3"
      })
  void numbersMayArriveAsText(String text, String expected) {
    assertThat(record("valeur", text).number("valeur")).contains(new BigDecimal(expected));
  }

  @Test
  void numbersArriveExact() {
    assertThat(record("valeur", new BigDecimal("0.1")).number("valeur"))
        .contains(new BigDecimal("0.1"));
    assertThat(record("valeur", new BigDecimal("12")).integer("valeur")).hasValue(12);
    assertThat(record("valeur", "").number("valeur")).isEmpty();
    assertThat(record("valeur", "  ").integer("valeur")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "77 %", "1.2.3", "Jean Dupont"})
  void nonNumericTextIsRefusedWithoutEchoingIt(String text) {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> record("valeur", text).number("valeur"));
    assertThat(e.getMessage())
        .isEqualTo(
            "Champ « valeur » : valeur d’un type inattendu (nombre, ou texte numérique attendu).");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Field \"valeur\": value of an unexpected type (number, or numeric text expected).");
  }

  @Test
  void integersMustBeWhole() {
    assertThatThrownBy(() -> record("id", new BigDecimal("1.5")).integer("id"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> record("id", new BigDecimal("1e30")).integer("id"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(record("id", "42").integer("id")).hasValue(42);
  }

  @ParameterizedTest
  @CsvSource({"Oui, true", "Non, false", "oui, true", "NON, false", "' Oui ', true", "true, true"})
  void flagsAcceptOuiNon(String text, boolean expected) {
    assertThat(record("actif", text).flag("actif")).contains(expected);
  }

  @Test
  void flagsAcceptBooleansAndRefuseOtherText() {
    assertThat(record("actif", Boolean.FALSE).flag("actif")).contains(false);
    assertThat(record("actif", "").flag("actif")).isEmpty();
    assertThatThrownBy(() -> record("actif", "peut-être").flag("actif"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> record("actif", new BigDecimal("1")).flag("actif"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void datesAndDateTimes() {
    assertThat(record("d", "2023-10-30").date("d")).contains(LocalDate.of(2023, 10, 30));
    assertThat(record("d", "2024-01-15T10:30:00+01:00").dateTime("d"))
        .contains(OffsetDateTime.parse("2024-01-15T10:30:00+01:00"));
    assertThatThrownBy(() -> record("d", "30/10/2023").date("d"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> record("d", "2024-01-15T10:30:00").dateTime("d"))
        .isInstanceOf(InvalidInputException.class);
    assertThat(record("d", " ").date("d")).isEmpty();
  }

  @Test
  void textOfScalarsButNotOfStructures() {
    assertThat(record("n", new BigDecimal("1E+3")).text("n")).contains("1000");
    assertThat(record("b", Boolean.TRUE).text("b")).contains("true");
    assertThatThrownBy(() -> record("geo", Map.of("lat", new BigDecimal("48.85"))).text("geo"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> record("list", List.of("a")).text("list"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void absentAndNullFieldsAreEmpty() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("nothing", null);
    OpenDataRecord record = OpenDataRecord.of(fields);
    assertThat(record.has("nothing")).isTrue();
    assertThat(record.has("missing")).isFalse();
    for (String field : List.of("nothing", "missing")) {
      assertThat(record.text(field)).isEmpty();
      assertThat(record.number(field)).isEmpty();
      assertThat(record.integer(field)).isEmpty();
      assertThat(record.flag(field)).isEmpty();
      assertThat(record.date(field)).isEmpty();
      assertThat(record.dateTime(field)).isEmpty();
      assertThat(record.value(field)).isEmpty();
    }
  }

  @Test
  void isImmutableAndCopiesItsInput() {
    Map<String, Object> fields = new LinkedHashMap<>();
    List<Object> list = new ArrayList<>(List.of("a"));
    fields.put("list", list);
    OpenDataRecord record = OpenDataRecord.of(fields);
    list.add("b");
    fields.put("other", "x");
    assertThat(record.fields()).containsOnlyKeys("list");
    assertThat(record.fields().get("list")).isEqualTo(List.of("a"));
    assertThatThrownBy(() -> record.fields().put("x", "y"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> OpenDataRecord.of(Map.of("x", 1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toStringShowsNamesNotValues() {
    OpenDataRecord record = record("description", "Mon voisin Jean Dupont, 06 12 34 56 78");
    assertThat(record.toString()).isEqualTo("OpenDataRecord[description]");
  }

  @Property
  void anyDecimalSurvivesAsTextInBothNotations(@ForAll BigDecimal value) {
    String french = value.toPlainString().replace('.', ',');
    assertThat(record("v", french).number("v").orElseThrow()).isEqualByComparingTo(value);
    assertThat(record("v", value.toString()).number("v").orElseThrow()).isEqualByComparingTo(value);
  }
}
