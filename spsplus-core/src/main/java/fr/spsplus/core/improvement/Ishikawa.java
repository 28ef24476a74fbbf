package fr.spsplus.core.improvement;

import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A 5M (Ishikawa, fishbone) analysis: an effect and its causes sorted into the five families of
 * {@link FiveM}, "pour visualiser les causes des irritants qu'il convient de traiter
 * prioritairement" ({@code seeds/001_…}).
 *
 * @param effect the effect analysed (the irritant as observed); non-blank, at most {@value
 *     fr.spsplus.core.TextRules#TEXT_MAX} characters
 * @param causes the causes, at least one (copied)
 */
public record Ishikawa(
    @NotBlank @Size(max = TextRules.TEXT_MAX) String effect,
    @NotEmpty List<@Valid @NotNull IshikawaCause> causes) {

  /**
   * Checks and copies the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the effect is blank or too long, or there is
   *     no cause
   */
  public Ishikawa {
    Texts.requireText(effect, TextRules.TEXT_MAX, "effect");
    causes = List.copyOf(Checks.requireNonEmpty(causes, "causes"));
  }

  /**
   * Returns the causes of one family.
   *
   * @param family the family
   * @return the causes, in order, possibly none
   */
  public List<IshikawaCause> causes(FiveM family) {
    return causes.stream().filter(c -> c.family() == family).toList();
  }

  /**
   * Returns the causes retained to be treated first.
   *
   * @return the retained causes, in order
   */
  public List<IshikawaCause> retained() {
    return causes.stream().filter(IshikawaCause::retained).toList();
  }
}
