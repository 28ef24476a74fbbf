package fr.spsplus.indicators.calendar;

import fr.spsplus.core.request.HolidayZone;
import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import java.util.Optional;

/**
 * The French public holidays (jours fériés) that spsplus knows, each with its rule and the zones
 * that observe it.
 *
 * <ul>
 *   <li>The eleven national holidays, observed in every zone: Code du travail, article L3133-1
 *       (https://www.legifrance.gouv.fr/codes/id/LEGISCTA000033008129/).
 *   <li>{@link #GOOD_FRIDAY} and {@link #SAINT_STEPHENS_DAY}, in {@link HolidayZone#ALSACE_MOSELLE}
 *       only: article L3134-13
 *       (https://www.legifrance.gouv.fr/codes/section_lc/LEGITEXT000006072050/LEGISCTA000006178008/).
 *       The law makes Good Friday a holiday in the communes that have a Protestant temple or a
 *       mixed church; spsplus, like most administrations of the three départements, applies it to
 *       the whole zone.
 *   <li>{@link #ABOLITION_OF_SLAVERY_DAY}, in each overseas département on its own date: loi n°
 *       83-550 of 30 June 1983 (https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000692257/) and
 *       décret n° 83-1003 of 23 November 1983, as amended by décret n° 2012-553 of 23 April 2012:
 *       Guadeloupe 27 May, Guyane 10 June, Martinique 22 May, Mayotte 27 April, La Réunion 20
 *       December.
 * </ul>
 *
 * <p>Today's rules are applied to every year (proleptically): spsplus does not model the history of
 * the list (8 May was not a holiday from 1960 to 1981, the abolition days date from 1983). The
 * Lundi de Pentecôte is counted as a holiday because the law lists it, even where a service works
 * that day as its "journée de solidarité".
 *
 * <p>The constants are declared in calendar order; the names are the stable codes.
 */
public enum PublicHoliday {
  /** 1 January, "Jour de l’an". */
  NEW_YEARS_DAY("Jour de l’an", "New Year’s Day", 1, 1, 0),
  /** Easter Sunday − 2 days, "Vendredi saint" (Alsace-Moselle only). */
  GOOD_FRIDAY("Vendredi saint", "Good Friday", 0, 0, -2),
  /** Easter Sunday + 1 day, "Lundi de Pâques". */
  EASTER_MONDAY("Lundi de Pâques", "Easter Monday", 0, 0, 1),
  /** 1 May, "Fête du Travail". */
  LABOUR_DAY("Fête du Travail", "Labour Day", 5, 1, 0),
  /** 8 May, "Victoire 1945". */
  VICTORY_IN_EUROPE_DAY("Victoire 1945", "Victory in Europe Day", 5, 8, 0),
  /** Easter Sunday + 39 days, "Ascension". */
  ASCENSION_DAY("Ascension", "Ascension Day", 0, 0, 39),
  /** Easter Sunday + 50 days, "Lundi de Pentecôte". */
  WHIT_MONDAY("Lundi de Pentecôte", "Whit Monday", 0, 0, 50),
  /** 14 July, "Fête nationale". */
  NATIONAL_DAY("Fête nationale", "National Day", 7, 14, 0),
  /** 15 August, "Assomption". */
  ASSUMPTION_DAY("Assomption", "Assumption Day", 8, 15, 0),
  /** 1 November, "Toussaint". */
  ALL_SAINTS_DAY("Toussaint", "All Saints’ Day", 11, 1, 0),
  /** 11 November, "Armistice 1918". */
  ARMISTICE_DAY("Armistice 1918", "Armistice Day", 11, 11, 0),
  /** 25 December, "Noël". */
  CHRISTMAS_DAY("Noël", "Christmas Day", 12, 25, 0),
  /** 26 December, "Saint-Étienne" (second day of Christmas; Alsace-Moselle only). */
  SAINT_STEPHENS_DAY("Saint-Étienne", "St Stephen’s Day", 12, 26, 0),
  /**
   * "Commémoration de l’abolition de l’esclavage", on a date that depends on the overseas
   * département (see the type's description); not observed elsewhere.
   */
  ABOLITION_OF_SLAVERY_DAY("Abolition de l’esclavage", "Abolition of Slavery Day", 0, 0, 0);

  private static final int[] DAYS_BEFORE_MONTH = {
    0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334
  };

  private final String frenchName;
  private final String englishName;
  private final int month;
  private final int dayOfMonth;
  private final int daysAfterEaster;

  PublicHoliday(
      String frenchName, String englishName, int month, int dayOfMonth, int daysAfterEaster) {
    this.frenchName = frenchName;
    this.englishName = englishName;
    this.month = month;
    this.dayOfMonth = dayOfMonth;
    this.daysAfterEaster = daysAfterEaster;
  }

  /**
   * Returns the French name, for example {@code Lundi de Pentecôte}.
   *
   * @return the French name
   */
  public String frenchName() {
    return frenchName;
  }

  /**
   * Returns the English name, for example {@code Whit Monday}.
   *
   * @return the English name
   */
  public String englishName() {
    return englishName;
  }

  /**
   * Tells whether a zone observes this holiday.
   *
   * @param zone the zone
   * @return true for the national holidays everywhere, Good Friday and 26 December in
   *     Alsace-Moselle, the abolition day in the five overseas départements
   */
  public boolean isObservedIn(HolidayZone zone) {
    Objects.requireNonNull(zone, "zone");
    return switch (this) {
      case GOOD_FRIDAY, SAINT_STEPHENS_DAY -> zone == HolidayZone.ALSACE_MOSELLE;
      case ABOLITION_OF_SLAVERY_DAY -> abolitionMonth(zone) != 0;
      default -> true;
    };
  }

  /**
   * Returns the date of this holiday in a year and a zone.
   *
   * @param year the year, from {@value Easter#FIRST_YEAR}
   * @param zone the zone
   * @return the date, or empty if the zone does not observe this holiday
   * @throws fr.spsplus.core.InvalidInputException if the year is before {@value Easter#FIRST_YEAR}
   */
  public Optional<LocalDate> dateIn(int year, HolidayZone zone) {
    Easter.requireGregorian(year, "year");
    int dayOfYear = dayOfYear(zone, year, Year.isLeap(year), Easter.dayOfYear(year));
    return dayOfYear < 0 ? Optional.empty() : Optional.of(LocalDate.ofYearDay(year, dayOfYear));
  }

  /**
   * Returns the day of the year of this holiday, or −1 if the zone does not observe it; no
   * allocation.
   */
  int dayOfYear(HolidayZone zone, int year, boolean leap, int easterDayOfYear) {
    if (!isObservedIn(zone)) {
      return -1;
    }
    if (this == ABOLITION_OF_SLAVERY_DAY) {
      return dayOfYear(abolitionMonth(zone), abolitionDay(zone), leap);
    }
    if (month == 0) {
      return easterDayOfYear + daysAfterEaster;
    }
    return dayOfYear(month, dayOfMonth, leap);
  }

  private static int dayOfYear(int month, int day, boolean leap) {
    return DAYS_BEFORE_MONTH[month - 1] + day + (leap && month > 2 ? 1 : 0);
  }

  private static int abolitionMonth(HolidayZone zone) {
    return switch (zone) {
      case GUADELOUPE, MARTINIQUE -> 5;
      case GUYANE -> 6;
      case REUNION -> 12;
      case MAYOTTE -> 4;
      case METROPOLE, ALSACE_MOSELLE -> 0;
    };
  }

  private static int abolitionDay(HolidayZone zone) {
    return switch (zone) {
      case GUADELOUPE, MAYOTTE -> 27;
      case MARTINIQUE -> 22;
      case GUYANE -> 10;
      case REUNION -> 20;
      case METROPOLE, ALSACE_MOSELLE -> 0;
    };
  }
}
