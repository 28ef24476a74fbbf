package fr.spsplus.examples.cli.poster;

import fr.spsplus.core.period.ReportingPeriod;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.Locale;

/** Periods and days written in French, as on a poster: « 1er trimestre 2026 », « 2 mars 2026 ». */
final class FrenchDates {

  private FrenchDates() {}

  /**
   * Writes a day: {@code 1er mars 2026}, {@code 2 mars 2026}.
   *
   * @param day the day
   * @return the text
   */
  static String day(LocalDate day) {
    return dayOfMonth(day) + " " + month(day) + " " + day.getYear();
  }

  private static String dayOfMonth(LocalDate day) {
    return day.getDayOfMonth() == 1 ? "1er" : Integer.toString(day.getDayOfMonth());
  }

  private static String month(LocalDate day) {
    return day.getMonth().getDisplayName(TextStyle.FULL, Locale.FRENCH);
  }

  /**
   * Names a period: {@code mars 2026}, {@code 1er trimestre 2026}, {@code année 2026}, {@code
   * semaine 10 de 2026}, {@code 2 mars 2026}, {@code 12 mois glissants d’avril 2025 à mars 2026},
   * {@code du 2 mars 2026 au 15 avril 2026}.
   *
   * @param period the period
   * @return the name
   */
  static String period(ReportingPeriod period) {
    LocalDate start = period.start();
    LocalDate last = period.lastDay();
    return switch (period.granularity()) {
      case DAY -> day(start);
      case ISO_WEEK ->
          "semaine "
              + start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
              + " de "
              + start.get(IsoFields.WEEK_BASED_YEAR);
      case MONTH -> month(start) + " " + start.getYear();
      case QUARTER -> {
        int quarter = (start.getMonthValue() + 2) / 3;
        yield (quarter == 1 ? "1er" : quarter + "e") + " trimestre " + start.getYear();
      }
      case YEAR -> "année " + start.getYear();
      case ROLLING_12_MONTHS ->
          "12 mois glissants "
              + elided("de", month(start))
              + " "
              + start.getYear()
              + " à "
              + month(last)
              + " "
              + last.getYear();
      case CUSTOM -> "du " + day(start) + " au " + day(last);
    };
  }

  /**
   * Writes the first and last days of a period: {@code du 1er janvier au 31 mars 2026}.
   *
   * @param period the period
   * @return the range
   */
  static String range(ReportingPeriod period) {
    LocalDate start = period.start();
    LocalDate last = period.lastDay();
    if (start.equals(last)) {
      return day(start);
    }
    String from =
        start.getYear() == last.getYear() ? dayOfMonth(start) + " " + month(start) : day(start);
    return "du " + from + " au " + day(last);
  }

  private static String elided(String preposition, String word) {
    char first = word.charAt(0);
    return "aeiouyh".indexOf(first) >= 0
        ? preposition.charAt(0) + "’" + word
        : preposition + " " + word;
  }
}
