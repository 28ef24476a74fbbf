package fr.spsplus.indicators.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One public holiday on one date.
 *
 * @param date the date
 * @param holiday which holiday it is
 */
public record Holiday(LocalDate date, PublicHoliday holiday) implements Comparable<Holiday> {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Holiday {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(holiday, "holiday");
  }

  /**
   * Returns the French name of the holiday, for example {@code Lundi de Pâques}.
   *
   * @return the French name
   */
  public String name() {
    return holiday.frenchName();
  }

  /** Orders by date, then by the order of {@link PublicHoliday} (for holidays on the same day). */
  @Override
  public int compareTo(Holiday other) {
    int byDate = date.compareTo(other.date);
    return byDate != 0 ? byDate : holiday.compareTo(other.holiday);
  }
}
