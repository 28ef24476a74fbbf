package fr.spsplus.core.label;

import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of a label's lifecycle: the state left, the state reached, the day and the reason.
 *
 * @param from the state left, or null for the first step (the application)
 * @param to the state reached
 * @param on the day of the transition
 * @param reason why the transition happened (for example "audit initial du 12 mars", "retrait
 *     décidé par l'organisme"); non-blank, at most {@value fr.spsplus.core.TextRules#TEXT_MAX}
 *     characters; never printed in error messages
 */
public record LabelTransition(
    @Nullable LabelStatus from,
    @NotNull LabelStatus to,
    @NotNull LocalDate on,
    @NotBlank @Size(max = TextRules.TEXT_MAX) String reason) {

  /**
   * Checks the components. Whether the transition is allowed is checked by {@link LabelLifecycle}.
   *
   * @throws fr.spsplus.core.InvalidInputException if the reason is blank or too long
   */
  public LabelTransition {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(on, "on");
    Texts.requireText(reason, TextRules.TEXT_MAX, "reason");
  }
}
