package fr.spsplus.core.improvement;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One step of an irritant's lifecycle.
 *
 * @param from the state left, or null for the first step (the report)
 * @param to the state reached
 * @param on the day of the transition
 * @param note a note on the step, or null; at most {@value fr.spsplus.core.TextRules#TEXT_MAX}
 *     characters
 * @param answer the reasoned answer: required when {@code to} is {@link IrritantStatus#CLOSED},
 *     null otherwise
 */
public record IrritantTransition(
    @Nullable IrritantStatus from,
    @NotNull IrritantStatus to,
    @NotNull LocalDate on,
    @Nullable @Size(min = 1, max = TextRules.TEXT_MAX) String note,
    @Nullable @Valid IrritantAnswer answer) {

  /**
   * Checks the components. Whether the transition is allowed is checked by {@link Irritant}.
   *
   * @throws InvalidInputException if the note is present but blank or too long, or if the answer is
   *     missing for a closing step or present for another step
   */
  public IrritantTransition {
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(on, "on");
    Texts.requireOptionalText(note, TextRules.TEXT_MAX, "note");
    if (to == IrritantStatus.CLOSED && answer == null) {
      throw new InvalidInputException(ImprovementMessages.BUNDLE.message("irritant.close.answer"));
    }
    if (to != IrritantStatus.CLOSED && answer != null) {
      throw new InvalidInputException(
          ImprovementMessages.BUNDLE.message("irritant.answer.not.closing", to.name()));
    }
  }
}
