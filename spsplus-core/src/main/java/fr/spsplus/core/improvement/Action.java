package fr.spsplus.core.improvement;

import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One action of an {@link ActionPlan}: who carries it (a role), by when, whether it is shown to the
 * public, how far it is, and the ad-hoc indicator that measures its effect ("Or" criterion A6: one
 * indicator per action, {@code seeds/001_…}; plans are "préalablement affichés et rendus publics",
 * {@code seeds/000_…}).
 *
 * @param id the action's identifier, unique in its plan; format {@value
 *     fr.spsplus.core.TextRules#ID_PATTERN}
 * @param title what is done; non-blank, at most {@value fr.spsplus.core.TextRules#TITLE_MAX}
 *     characters
 * @param ownerRole the role that carries the action (for example "Responsable de l'accueil"), never
 *     a person's name; non-blank, at most {@value fr.spsplus.core.TextRules#TITLE_MAX} characters
 * @param dueDate the day it is due
 * @param published whether the action is shown to the public (display, website)
 * @param status how far it is
 * @param indicator the indicator that measures its effect
 * @param irritantId the identifier of the {@link Irritant} it addresses, or null
 */
public record Action(
    @NotNull @Pattern(regexp = TextRules.ID_PATTERN) String id,
    @NotBlank @Size(max = TextRules.TITLE_MAX) String title,
    @NotBlank @Size(max = TextRules.TITLE_MAX) String ownerRole,
    @NotNull LocalDate dueDate,
    boolean published,
    @NotNull ActionStatus status,
    @NotNull @Valid AdHocIndicator indicator,
    @Nullable @Pattern(regexp = TextRules.ID_PATTERN) String irritantId) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if a component breaks its rule
   */
  public Action {
    Texts.requireId(id, "id");
    Texts.requireText(title, TextRules.TITLE_MAX, "title");
    Texts.requireText(ownerRole, TextRules.TITLE_MAX, "ownerRole");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(indicator, "indicator");
    if (irritantId != null) {
      Texts.requireId(irritantId, "irritantId");
    }
  }

  /**
   * Returns this action with another status.
   *
   * @param status the new status
   * @return the new action
   */
  public Action withStatus(ActionStatus status) {
    return new Action(id, title, ownerRole, dueDate, published, status, indicator, irritantId);
  }

  /**
   * Returns this action with a new observation of its indicator.
   *
   * @param value the observed value
   * @param on the day of the observation
   * @return the new action
   */
  public Action withObservation(BigDecimal value, LocalDate on) {
    return new Action(
        id,
        title,
        ownerRole,
        dueDate,
        published,
        status,
        indicator.withObservation(value, on),
        irritantId);
  }

  /**
   * Tells whether the action is late on a given day: still open and past its due date.
   *
   * @param day the day
   * @return true if the status is open and {@code day} is after {@code dueDate}
   */
  public boolean isOverdueOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return status.isOpen() && day.isAfter(dueDate);
  }
}
