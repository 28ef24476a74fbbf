package fr.spsplus.indicators.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.indicators.GoldenTables;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EasterTest {

  @Test
  void goldenTableOfEasterSundays1583To4099() {
    List<String[]> rows = GoldenTables.read(getClass(), "easter-sundays.csv", "year,easter_sunday");
    assertThat(rows).hasSize(4099 - 1583 + 1);
    for (String[] row : rows) {
      int year = Integer.parseInt(row[0]);
      assertThat(Easter.sunday(year)).as(row[0]).isEqualTo(LocalDate.parse(row[1]));
    }
  }

  @Test
  void wellKnownDates() {
    assertThat(Easter.sunday(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
    assertThat(Easter.sunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(Easter.sunday(1818)).isEqualTo(LocalDate.of(1818, 3, 22));
    assertThat(Easter.sunday(1943)).isEqualTo(LocalDate.of(1943, 4, 25));
    assertThat(Easter.sunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
  }

  @Test
  void alwaysASundayBetween22MarchAnd25AprilForAnyYear() {
    for (int year : new int[] {1583, 1900, 2200, 9999, 123_456_789, Year.MAX_VALUE}) {
      LocalDate easter = Easter.sunday(year);
      assertThat(easter.getDayOfWeek()).as("%d", year).isEqualTo(DayOfWeek.SUNDAY);
      assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
    }
  }

  @Test
  void yearsBeforeTheGregorianReformAreRejected() {
    assertThatThrownBy(() -> Easter.sunday(1582))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« year »")
        .hasMessageContaining("1583")
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                    .startsWith("\"year\": years before 1583 are not supported"));
  }
}
