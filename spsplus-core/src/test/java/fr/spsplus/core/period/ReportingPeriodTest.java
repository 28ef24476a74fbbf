package fr.spsplus.core.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.json.SpsplusJson;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingPeriodTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "2026-03-02, DAY, 2026-03-02, 2026-03-03",
    "2026-W10, ISO_WEEK, 2026-03-02, 2026-03-09",
    "2026-W01, ISO_WEEK, 2025-12-29, 2026-01-05",
    "2020-W53, ISO_WEEK, 2020-12-28, 2021-01-04",
    "2026-W53, ISO_WEEK, 2026-12-28, 2027-01-04",
    "2027-W01, ISO_WEEK, 2027-01-04, 2027-01-11",
    "0001-W01, ISO_WEEK, 0001-01-01, 0001-01-08",
    "2026-03, MONTH, 2026-03-01, 2026-04-01",
    "2024-02, MONTH, 2024-02-01, 2024-03-01",
    "2026-Q1, QUARTER, 2026-01-01, 2026-04-01",
    "2026-Q4, QUARTER, 2026-10-01, 2027-01-01",
    "2026, YEAR, 2026-01-01, 2027-01-01",
    "0042, YEAR, 0042-01-01, 0043-01-01",
    "R12-2026-03, ROLLING_12_MONTHS, 2025-04-01, 2026-04-01",
    "R12-2026-12, ROLLING_12_MONTHS, 2026-01-01, 2027-01-01",
    "2026-03-02/2026-04-15, CUSTOM, 2026-03-02, 2026-04-16",
    "2024-02-28/2024-03-01, CUSTOM, 2024-02-28, 2024-03-02",
    "2026-03-02/2026-03-02, CUSTOM, 2026-03-02, 2026-03-03",
  })
  void codesReadAndWriteTheDocumentedDays(
      String code, Granularity granularity, LocalDate start, LocalDate end) {
    ReportingPeriod period = ReportingPeriod.parse(code);
    assertThat(period).isEqualTo(new ReportingPeriod(granularity, start, end));
    assertThat(period.code()).isEqualTo(code);
    assertThat(period).hasToString(code);
  }

  @Test
  void parsingIgnoresBlanksAndTheCaseOfLetters() {
    assertThat(ReportingPeriod.parse(" 2026-w10 ")).isEqualTo(ReportingPeriod.ofIsoWeek(2026, 10));
    assertThat(ReportingPeriod.parse("2026-q1")).isEqualTo(ReportingPeriod.ofQuarter(2026, 1));
    assertThat(ReportingPeriod.parse("r12-2026-03"))
        .isEqualTo(ReportingPeriod.rolling12Months(YearMonth.of(2026, 3)));
  }

  @Test
  void isoWeeksFollowTheWeekBasedYear() {
    assertThat(ReportingPeriod.containing(LocalDate.of(2025, 12, 29), Granularity.ISO_WEEK).code())
        .isEqualTo("2026-W01");
    assertThat(ReportingPeriod.containing(LocalDate.of(2021, 1, 3), Granularity.ISO_WEEK).code())
        .isEqualTo("2020-W53");
    assertThat(ReportingPeriod.containing(LocalDate.of(2024, 12, 30), Granularity.ISO_WEEK).code())
        .isEqualTo("2025-W01");
    assertThat(ReportingPeriod.isoWeeksIn(2020)).isEqualTo(53); // leap year starting on Wednesday
    assertThat(ReportingPeriod.isoWeeksIn(2026)).isEqualTo(53); // starts on Thursday
    assertThat(ReportingPeriod.isoWeeksIn(2025)).isEqualTo(52);
    assertThat(ReportingPeriod.isoWeeksIn(2027)).isEqualTo(52);
  }

  @Test
  void leapYearsHaveTheirTwentyNinthOfFebruary() {
    assertThat(ReportingPeriod.ofMonth(2024, 2).lengthInDays()).isEqualTo(29);
    assertThat(ReportingPeriod.ofMonth(2023, 2).lengthInDays()).isEqualTo(28);
    assertThat(ReportingPeriod.ofMonth(1900, 2).lengthInDays()).isEqualTo(28);
    assertThat(ReportingPeriod.ofMonth(2000, 2).lengthInDays()).isEqualTo(29);
    assertThat(ReportingPeriod.ofYear(2024).lengthInDays()).isEqualTo(366);
    assertThat(ReportingPeriod.parse("2024-02-29").lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(ReportingPeriod.ofQuarter(2024, 1).lengthInDays()).isEqualTo(91);
    assertThat(ReportingPeriod.rolling12Months(YearMonth.of(2024, 2)).lengthInDays())
        .isEqualTo(366);
    assertThat(ReportingPeriod.rolling12Months(YearMonth.of(2024, 1)).lengthInDays())
        .isEqualTo(365);
  }

  @Test
  void nextAndPreviousMoveByOneStepOfTheGranularity() {
    assertThat(ReportingPeriod.parse("2026-W53").next().code()).isEqualTo("2027-W01");
    assertThat(ReportingPeriod.parse("2026-Q4").next().code()).isEqualTo("2027-Q1");
    assertThat(ReportingPeriod.parse("2026-01").previous().code()).isEqualTo("2025-12");
    assertThat(ReportingPeriod.parse("R12-2026-03").next().code()).isEqualTo("R12-2026-04");
    assertThat(ReportingPeriod.parse("2024-02-28/2024-03-01").next().code())
        .isEqualTo("2024-03-02/2024-03-04");
    assertThat(ReportingPeriod.parse("2024-02-28/2024-03-01").previous().code())
        .isEqualTo("2024-02-25/2024-02-27");
    assertThat(ReportingPeriod.parse("2024-02-29").next().code()).isEqualTo("2024-03-01");
  }

  @Test
  void rollingWindowsEncloseTheirMonthsAndOverlapTheirNeighbours() {
    ReportingPeriod window = ReportingPeriod.parse("R12-2026-03");
    assertThat(window.encloses(ReportingPeriod.parse("2025-04"))).isTrue();
    assertThat(window.encloses(ReportingPeriod.parse("2026-03"))).isTrue();
    assertThat(window.encloses(ReportingPeriod.parse("2025-03"))).isFalse();
    assertThat(window.overlaps(window.next())).isTrue();
    assertThat(ReportingPeriod.parse("2026-03").overlaps(ReportingPeriod.parse("2026-04")))
        .isFalse();
    assertThat(ReportingPeriod.containing(LocalDate.of(2026, 3, 31), Granularity.ROLLING_12_MONTHS))
        .isEqualTo(window);
  }

  @Test
  void epochDaysMapDaysToIndicesWithoutAllocation() {
    ReportingPeriod march = ReportingPeriod.parse("2026-03");
    long day = LocalDate.of(2026, 3, 10).toEpochDay();
    assertThat(day - march.startEpochDay()).isEqualTo(9);
    assertThat(march.endEpochDay() - march.startEpochDay()).isEqualTo(31);
    assertThat(march.containsEpochDay(day)).isTrue();
    assertThat(march.containsEpochDay(march.endEpochDay())).isFalse();
  }

  @Test
  void instantsAreTurnedIntoDaysInTheGivenZone() {
    ZoneId paris = ReportingPeriod.DEFAULT_ZONE;
    assertThat(paris.getId()).isEqualTo("Europe/Paris");
    // 22:30 UTC on 31 March 2026 is 00:30 on 1 April in Paris (summer time, UTC+2).
    Instant lateUtc = Instant.parse("2026-03-31T22:30:00Z");
    assertThat(ReportingPeriod.containing(lateUtc, paris, Granularity.MONTH).code())
        .isEqualTo("2026-04");
    assertThat(ReportingPeriod.containing(lateUtc, ZoneId.of("UTC"), Granularity.MONTH).code())
        .isEqualTo("2026-03");
    assertThat(
            ReportingPeriod.containing(lateUtc, ZoneId.of("America/Guadeloupe"), Granularity.DAY)
                .code())
        .isEqualTo("2026-03-31");
    // The day summer time starts in Paris lasts 23 hours.
    ReportingPeriod dstDay = ReportingPeriod.parse("2026-03-29");
    assertThat(dstDay.startInstant(paris)).isEqualTo(Instant.parse("2026-03-28T23:00:00Z"));
    assertThat(dstDay.endInstant(paris)).isEqualTo(Instant.parse("2026-03-29T22:00:00Z"));
    assertThat(dstDay.contains(Instant.parse("2026-03-29T21:59:59Z"), paris)).isTrue();
    assertThat(dstDay.contains(Instant.parse("2026-03-29T22:00:00Z"), paris)).isFalse();
  }

  @Test
  void periodsAreOrderedByStartThenEndThenGranularity() {
    List<ReportingPeriod> periods =
        new ArrayList<>(
            List.of(
                ReportingPeriod.parse("2026-03"),
                ReportingPeriod.parse("2026"),
                ReportingPeriod.parse("2026-01"),
                ReportingPeriod.parse("R12-2026-12"),
                ReportingPeriod.parse("2026-Q1"),
                ReportingPeriod.parse("2025-12-31")));
    periods.sort(null);
    assertThat(periods)
        .extracting(ReportingPeriod::code)
        .containsExactly("2025-12-31", "2026-01", "2026-Q1", "2026", "R12-2026-12", "2026-03");
  }

  @Test
  void jsonIsTheCodeAndBadCodesAreNamedWithTheirPath() {
    ReportingPeriod march = ReportingPeriod.parse("2026-03");
    assertThat(SpsplusJson.compact().write(march)).isEqualTo("\"2026-03\"");
    assertThat(SpsplusJson.compact().read("\"2026-03\"", ReportingPeriod.class)).isEqualTo(march);
    ReportingPeriod range = ReportingPeriod.parse("2026-03-02/2026-04-15");
    assertThat(
            SpsplusJson.compact().read(SpsplusJson.compact().write(range), ReportingPeriod.class))
        .isEqualTo(range);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> SpsplusJson.compact().read("\"2026-13\"", ReportingPeriod.class));
    assertThat(e.getMessage()).startsWith("JSON invalide en $");
  }

  // ---------------------------------------------------------------------------------------------
  // Errors, in French and English

  private static InvalidInputException parseError(String code) {
    return catchThrowableOfType(InvalidInputException.class, () -> ReportingPeriod.parse(code));
  }

  @Test
  void anUnreadableCodeListsTheExpectedFormats() {
    InvalidInputException e = parseError("mars 2026");
    assertThat(e.key()).isEqualTo("period.code.format");
    assertThat(e.getMessage())
        .startsWith("Code de période invalide ; formats attendus : AAAA-MM-JJ (jour, 2026-03-02)")
        .contains("AAAA-Wss (semaine ISO, 2026-W10)")
        .contains("R12-AAAA-MM")
        .contains("bornes incluses");
    assertThat(e.getMessage(Locale.ENGLISH))
        .startsWith("Invalid period code; expected formats: YYYY-MM-DD (day, 2026-03-02)")
        .contains("YYYY-Www (ISO week, 2026-W10)")
        .contains("both included");
    assertThat(parseError("2026-3").key()).isEqualTo("period.code.format");
    assertThat(parseError("12026").key()).isEqualTo("period.code.format");
    assertThat(parseError("x".repeat(100)).key()).isEqualTo("period.code.format");
  }

  @Test
  void aWeekThatDoesNotExistSaysHowManyWeeksTheYearHas() {
    InvalidInputException e = parseError("2025-W53");
    assertThat(e.getMessage())
        .isEqualTo("Semaine ISO invalide (W53) : l’année ISO 2025 compte 52 semaines (W01 à W52).");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("Invalid ISO week (W53): ISO year 2025 has 52 weeks (W01 to W52).");
    assertThat(parseError("2026-W00").key()).isEqualTo("period.week");
    assertThat(parseError("2026-W54").getMessage()).contains("compte 53 semaines");
  }

  @Test
  void impossibleDatesMonthsQuartersAndYearsAreNamed() {
    assertThat(parseError("2026-02-30").getMessage())
        .isEqualTo(
            "Date inexistante dans un code de période : 2026-02-30 (format attendu AAAA-MM-JJ).");
    assertThat(parseError("2026-02-30").getMessage(Locale.ENGLISH))
        .isEqualTo("Non-existent date in a period code: 2026-02-30 (expected format YYYY-MM-DD).");
    assertThat(parseError("2023-02-29").key()).isEqualTo("period.code.date");
    assertThat(parseError("2026-13").getMessage())
        .isEqualTo("Mois invalide (13) : un mois de 01 à 12 est attendu.");
    assertThat(parseError("2026-Q5").getMessage(Locale.ENGLISH))
        .isEqualTo("Invalid quarter (Q5): Q1 to Q4 expected.");
    assertThat(parseError("0000").getMessage())
        .isEqualTo(
            "Année invalide (0) : une année de 1 à 9999 est attendue, écrite sur quatre chiffres.");
    assertThat(parseError("2026-04-15/2026-03-02").getMessage())
        .isEqualTo(
            "Plage de jours invalide : le dernier jour (2026-03-02) précède le premier (2026-04-15).");
  }

  @Test
  void misalignedDatesAreRejectedWithTheRuleOfTheGranularity() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new ReportingPeriod(
                    Granularity.ISO_WEEK, LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 10)));
    assertThat(e.getMessage())
        .isEqualTo(
            "Dates incohérentes pour une période ISO_WEEK : « start » est un lundi et « end » le"
                + " lundi suivant (reçu : start = 2026-03-03, end = 2026-03-10).");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Inconsistent dates for a ISO_WEEK period: \"start\" is a Monday and \"end\" the next"
                + " Monday (got start = 2026-03-03, end = 2026-03-10).");
    InvalidInputException empty =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> ReportingPeriod.between(LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3)));
    assertThat(empty.getMessage())
        .isEqualTo(
            "Période vide : « end » (2026-03-03) doit être postérieure à « start » (2026-03-03) ;"
                + " « end » est exclue.");
  }

  @Test
  void customRangesHaveNoContainingPeriodAndTheSupportedRangeIsEnforced() {
    InvalidInputException custom =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> ReportingPeriod.containing(LocalDate.of(2026, 3, 3), Granularity.CUSTOM));
    assertThat(custom.key()).isEqualTo("period.containing.custom");
    assertThat(custom.getMessage(Locale.ENGLISH)).contains("ReportingPeriod.between");
    InvalidInputException range =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> ReportingPeriod.containing(LocalDate.of(9999, 12, 31), Granularity.ISO_WEEK));
    assertThat(range.getMessage())
        .isEqualTo("Période hors des dates prises en charge : du 0001-01-01 au 9999-12-31.");
    assertThat(ReportingPeriod.ofYear(9999).previous().next())
        .isEqualTo(ReportingPeriod.ofYear(9999));
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> ReportingPeriod.ofYear(9999).next())
                .key())
        .isEqualTo("period.range");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> ReportingPeriod.ofYear(1).previous())
                .key())
        .isEqualTo("period.range");
  }
}
