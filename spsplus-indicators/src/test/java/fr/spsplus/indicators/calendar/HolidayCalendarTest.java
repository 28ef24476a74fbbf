package fr.spsplus.indicators.calendar;

import static fr.spsplus.indicators.calendar.PublicHoliday.ABOLITION_OF_SLAVERY_DAY;
import static fr.spsplus.indicators.calendar.PublicHoliday.ASCENSION_DAY;
import static fr.spsplus.indicators.calendar.PublicHoliday.LABOUR_DAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.request.DelayUnit;
import fr.spsplus.core.request.HolidayZone;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class HolidayCalendarTest {

  private static final HolidayCalendar METROPOLE = HolidayCalendar.of(HolidayZone.METROPOLE);
  private static final HolidayCalendar ALSACE = HolidayCalendar.of(HolidayZone.ALSACE_MOSELLE);

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @Test
  void metropole2024HasTheElevenNationalHolidays() {
    assertThat(METROPOLE.holidays(2024))
        .extracting(Holiday::date, Holiday::name)
        .containsExactly(
            tuple(d("2024-01-01"), "Jour de l’an"),
            tuple(d("2024-04-01"), "Lundi de Pâques"),
            tuple(d("2024-05-01"), "Fête du Travail"),
            tuple(d("2024-05-08"), "Victoire 1945"),
            tuple(d("2024-05-09"), "Ascension"),
            tuple(d("2024-05-20"), "Lundi de Pentecôte"),
            tuple(d("2024-07-14"), "Fête nationale"),
            tuple(d("2024-08-15"), "Assomption"),
            tuple(d("2024-11-01"), "Toussaint"),
            tuple(d("2024-11-11"), "Armistice 1918"),
            tuple(d("2024-12-25"), "Noël"));
  }

  @Test
  void alsaceMoselleAddsGoodFridayAndSaintStephen() {
    assertThat(ALSACE.holidays(2025))
        .hasSize(13)
        .extracting(Holiday::date)
        .contains(d("2025-04-18"), d("2025-04-21"), d("2025-05-29"), d("2025-06-09"))
        .contains(d("2025-12-26"));
    assertThat(ALSACE.holidaysOn(d("2025-04-18"))).containsExactly(PublicHoliday.GOOD_FRIDAY);
    assertThat(METROPOLE.isHoliday(d("2025-04-18"))).isFalse();
    assertThat(METROPOLE.isHoliday(d("2025-12-26"))).isFalse();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
    "GUADELOUPE, 2025-05-27",
    "MARTINIQUE, 2025-05-22",
    "GUYANE, 2025-06-10",
    "REUNION, 2025-12-20",
    "MAYOTTE, 2025-04-27",
  })
  void eachOverseasDepartementHasItsAbolitionDay(HolidayZone zone, LocalDate date) {
    HolidayCalendar calendar = HolidayCalendar.of(zone);
    assertThat(calendar.holidays(2025))
        .hasSize(12)
        .contains(new Holiday(date, ABOLITION_OF_SLAVERY_DAY));
    assertThat(calendar.holidaysOn(date)).containsExactly(ABOLITION_OF_SLAVERY_DAY);
    assertThat(ABOLITION_OF_SLAVERY_DAY.dateIn(2025, zone)).contains(date);
    assertThat(METROPOLE.isHoliday(date)).isFalse();
  }

  @Test
  void metropoleAndAlsaceHaveNoAbolitionDay() {
    assertThat(ABOLITION_OF_SLAVERY_DAY.dateIn(2025, HolidayZone.METROPOLE)).isEmpty();
    assertThat(ABOLITION_OF_SLAVERY_DAY.isObservedIn(HolidayZone.ALSACE_MOSELLE)).isFalse();
    assertThat(PublicHoliday.GOOD_FRIDAY.isObservedIn(HolidayZone.REUNION)).isFalse();
    assertThat(PublicHoliday.WHIT_MONDAY.isObservedIn(HolidayZone.MAYOTTE)).isTrue();
  }

  @Test
  void holidaysOnTheSameDayAreBothListedButCountOnce() {
    // Easter 2008 was on 23 March: Ascension fell on 1 May.
    assertThat(METROPOLE.holidays(2008)).hasSize(11);
    assertThat(METROPOLE.holidays(2008).stream().map(Holiday::date).distinct()).hasSize(10);
    assertThat(METROPOLE.holidaysOn(d("2008-05-01"))).containsExactly(LABOUR_DAY, ASCENSION_DAY);
    // Monday 28 April to Friday 2 May 2008: 5 weekdays, one holiday (1 May, twice).
    assertThat(METROPOLE.workingDaysBetween(d("2008-04-27"), d("2008-05-02"))).isEqualTo(4);
  }

  @Test
  void holidaysOnAWeekendDoNotReduceTheCount() {
    // Christmas 2021 and New Year 2022 fell on Saturdays.
    assertThat(METROPOLE.workingDaysBetween(d("2021-12-24"), d("2021-12-31"))).isEqualTo(5);
    assertThat(METROPOLE.workingDaysBetween(d("2021-12-31"), d("2022-01-07"))).isEqualTo(5);
    // 1 May and 8 May 2022 were Sundays.
    assertThat(METROPOLE.workingDaysBetween(d("2022-04-29"), d("2022-05-13"))).isEqualTo(10);
    // ...but 26 December 2022 (Monday) is a holiday in Alsace-Moselle only.
    assertThat(METROPOLE.workingDaysBetween(d("2022-12-23"), d("2022-12-30"))).isEqualTo(5);
    assertThat(ALSACE.workingDaysBetween(d("2022-12-23"), d("2022-12-30"))).isEqualTo(4);
  }

  @Test
  void leapYears() {
    assertThat(METROPOLE.isWorkingDay(d("2024-02-29"))).isTrue();
    assertThat(METROPOLE.workingDaysBetween(d("2024-02-28"), d("2024-03-01"))).isEqualTo(2);
    assertThat(METROPOLE.workingDaysBetween(d("2023-02-28"), d("2023-03-01"))).isEqualTo(1);
    // Fixed holidays after February keep their dates in leap and common years, century years too.
    for (int year : new int[] {1900, 2000, 2023, 2024, 2100, 2400}) {
      assertThat(METROPOLE.holidays(year))
          .extracting(Holiday::date)
          .contains(LocalDate.of(year, 7, 14), LocalDate.of(year, 12, 25));
    }
  }

  @Test
  void definitionOfElapsedWorkingDays() {
    // Received on Friday 5 July 2024, closed on Monday 8: one working day (the Monday).
    assertThat(METROPOLE.workingDaysBetween(d("2024-07-05"), d("2024-07-08"))).isEqualTo(1);
    assertThat(METROPOLE.workingDaysBetween(d("2024-07-05"), d("2024-07-05"))).isZero();
    // Saturday to Sunday: none.
    assertThat(METROPOLE.workingDaysBetween(d("2024-07-06"), d("2024-07-07"))).isZero();
    // Whole year 2024 in metropolitan France: 262 weekdays, 10 of the 11 holidays on weekdays
    // (14 July was a Sunday) → 252.
    assertThat(METROPOLE.workingDaysBetween(d("2023-12-31"), d("2024-12-31"))).isEqualTo(252);
    assertThat(METROPOLE.elapsedDays(DelayUnit.CALENDAR_DAYS, d("2024-07-05"), d("2024-07-08")))
        .isEqualTo(3);
    assertThat(METROPOLE.elapsedDays(DelayUnit.WORKING_DAYS, d("2024-07-05"), d("2024-07-08")))
        .isEqualTo(1);
  }

  @Test
  void plusWorkingDaysSkipsWeekendsAndHolidays() {
    // Thursday 9 May 2024 is Ascension: from Tuesday 7 May, +1 = Wednesday 8 May? No: 8 May is a
    // holiday too, so +1 = Friday 10 May.
    assertThat(METROPOLE.plusWorkingDays(d("2024-05-07"), 1)).isEqualTo(d("2024-05-10"));
    assertThat(METROPOLE.plusWorkingDays(d("2024-05-07"), 0)).isEqualTo(d("2024-05-07"));
    assertThat(METROPOLE.plusWorkingDays(d("2024-12-20"), 5)).isEqualTo(d("2024-12-30"));
    assertThat(ALSACE.plusWorkingDays(d("2024-12-20"), 5)).isEqualTo(d("2024-12-31"));
  }

  @Test
  void lastOnTimeDay() {
    // 2 working days from Wednesday 3 July 2024: Thursday and Friday; closing on Saturday 6 or
    // Sunday 7 is still within 2 working days, Monday 8 is not.
    assertThat(METROPOLE.lastOnTimeDay(DelayUnit.WORKING_DAYS, d("2024-07-03"), 2))
        .isEqualTo(d("2024-07-07"));
    assertThat(METROPOLE.lastOnTimeDay(DelayUnit.CALENDAR_DAYS, d("2024-07-03"), 2))
        .isEqualTo(d("2024-07-05"));
    assertThat(METROPOLE.lastOnTimeDay(DelayUnit.WORKING_DAYS, d("2024-07-05"), 0))
        .isEqualTo(d("2024-07-07"));
  }

  @ParameterizedTest
  @EnumSource(HolidayZone.class)
  void oneSharedCalendarPerZone(HolidayZone zone) {
    assertThat(HolidayCalendar.of(zone)).isSameAs(HolidayCalendar.of(zone));
    assertThat(HolidayCalendar.of(zone).zone()).isEqualTo(zone);
    assertThat(HolidayCalendar.of(zone)).hasToString("HolidayCalendar[" + zone + "]");
  }

  @Test
  void inputErrorsAreReported() {
    assertThatThrownBy(() -> METROPOLE.workingDaysBetween(d("2024-07-08"), d("2024-07-05")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« closed »")
        .hasMessageContaining("« received »");
    assertThatThrownBy(() -> METROPOLE.workingDaysBetween(d("1582-12-31"), d("2024-07-05")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« received »");
    assertThatThrownBy(() -> METROPOLE.plusWorkingDays(d("2024-07-08"), -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« days »");
    assertThatThrownBy(
            () -> METROPOLE.plusWorkingDays(d("2024-07-08"), HolidayCalendar.MAX_WORKING_DAYS + 1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« days »");
    assertThatThrownBy(() -> METROPOLE.plusWorkingDays(LocalDate.MAX.minusDays(10), 100))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                    .contains("beyond the largest representable date"));
    assertThatThrownBy(() -> METROPOLE.lastOnTimeDay(DelayUnit.CALENDAR_DAYS, d("2024-07-08"), -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« announced »");
    assertThatThrownBy(() -> METROPOLE.holidays(1500)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> PublicHoliday.NEW_YEARS_DAY.dateIn(1500, HolidayZone.METROPOLE))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> METROPOLE.isWorkingDay(d("1000-01-01")))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void namesInBothLanguages() {
    assertThat(List.of(PublicHoliday.values()))
        .allSatisfy(
            h -> {
              assertThat(h.frenchName()).isNotBlank();
              assertThat(h.englishName()).isNotBlank();
            });
    assertThat(PublicHoliday.WHIT_MONDAY.frenchName()).isEqualTo("Lundi de Pentecôte");
    assertThat(PublicHoliday.WHIT_MONDAY.englishName()).isEqualTo("Whit Monday");
  }
}
