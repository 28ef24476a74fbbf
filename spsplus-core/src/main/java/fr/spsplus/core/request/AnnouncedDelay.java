package fr.spsplus.core.request;

import fr.spsplus.core.internal.Checks;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Objects;

/**
 * The processing delay announced to users for a procedure ("délai de traitement annoncé"), against
 * which the indicator "respect du délai de traitement annoncé" measures each request
 * (https://www.plus.transformation.gouv.fr/engagement/6).
 *
 * <p>A request is on time when its elapsed time, counted in the delay's {@link DelayUnit}, is at
 * most {@link #amount()}. A delay of 0 means "the same day".
 *
 * @param amount the number of days, 0 to {@value #MAX_AMOUNT}
 * @param unit calendar days or working days
 */
public record AnnouncedDelay(
    @PositiveOrZero @Max(AnnouncedDelay.MAX_AMOUNT) int amount, @NotNull DelayUnit unit) {

  /**
   * The largest accepted amount: 3,660 days, about ten years. Longer announced delays do not exist
   * in practice; a larger value is a data error. A <strong>proposed default</strong>.
   */
  public static final int MAX_AMOUNT = 3_660;

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the amount is negative or above {@value
   *     #MAX_AMOUNT}
   */
  public AnnouncedDelay {
    Checks.requireBetween(amount, 0, MAX_AMOUNT, "amount");
    Objects.requireNonNull(unit, "unit");
  }

  /**
   * Returns a delay in calendar days.
   *
   * @param days the number of days
   * @return the delay
   * @throws fr.spsplus.core.InvalidInputException if the number is out of bounds
   */
  public static AnnouncedDelay calendarDays(int days) {
    return new AnnouncedDelay(days, DelayUnit.CALENDAR_DAYS);
  }

  /**
   * Returns a delay in working days (jours ouvrés).
   *
   * @param days the number of days
   * @return the delay
   * @throws fr.spsplus.core.InvalidInputException if the number is out of bounds
   */
  public static AnnouncedDelay workingDays(int days) {
    return new AnnouncedDelay(days, DelayUnit.WORKING_DAYS);
  }
}
