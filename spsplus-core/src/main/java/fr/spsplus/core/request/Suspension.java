package fr.spsplus.core.request;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A time during which a request's clock stopped: for example while the administration waited for a
 * missing document from the user.
 *
 * <p>The convention mirrors the request's own: the clock stops on {@code from} and restarts on
 * {@code to}; the suspended days are the days {@code d} with {@code from < d ≤ to}, exactly as the
 * elapsed days of a request are the days {@code d} with {@code received < d ≤ closed}. Whether
 * suspended days are deducted from the elapsed time depends on the commitment; the default of
 * {@code spsplus-indicators} is not to deduct them (a <strong>proposed default</strong>: no
 * official rule is public).
 *
 * @param from the day the clock stopped
 * @param to the day the clock restarted, after {@code from}
 * @param reasonCode why, as a code of the network (for example {@code PIECE_MANQUANTE}): 1 to 64
 *     ASCII letters, digits, {@code -}, {@code _} or {@code .}
 */
public record Suspension(
    @NotNull LocalDate from,
    @NotNull LocalDate to,
    @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String reasonCode) {

  private static final MessageBundle MESSAGES = MessageBundle.of(Suspension.class, "messages");
  private static final java.util.regex.Pattern CODE =
      java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if {@code to} is not after {@code from} or the reason code is
   *     malformed
   */
  public Suspension {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(reasonCode, "reasonCode");
    if (!to.isAfter(from)) {
      throw new InvalidInputException(MESSAGES.message("suspension.order", from, to));
    }
    if (!CODE.matcher(reasonCode).matches()) {
      throw new InvalidInputException(MESSAGES.message("suspension.reason.format"));
    }
  }

  /**
   * Returns a suspension.
   *
   * @param from the day the clock stopped
   * @param to the day it restarted
   * @param reasonCode the reason's code
   * @return the suspension
   * @throws InvalidInputException if a component is invalid
   */
  public static Suspension of(LocalDate from, LocalDate to, String reasonCode) {
    return new Suspension(from, to, reasonCode);
  }

  /**
   * Returns the number of calendar days suspended.
   *
   * @return {@code to - from} in days, at least 1
   */
  public long calendarDays() {
    return to.toEpochDay() - from.toEpochDay();
  }
}
