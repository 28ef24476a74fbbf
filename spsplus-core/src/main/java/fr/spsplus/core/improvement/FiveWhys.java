package fr.spsplus.core.improvement;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * A "5 pourquoi" (five whys) analysis: starting from a problem, each answer explains the previous
 * one, until the root cause. The method is one of the problem-analysis tools of "Or" criterion C1
 * ({@code seeds/001_…}); five steps is a habit, not a rule: 1 to {@value #MAX_STEPS} are accepted.
 *
 * @param problem the observed problem; non-blank, at most {@value
 *     fr.spsplus.core.TextRules#TEXT_MAX} characters
 * @param whys the successive answers to "pourquoi ?", the last one being the root cause; 1 to
 *     {@value #MAX_STEPS} non-blank texts (copied)
 */
public record FiveWhys(
    @NotBlank @Size(max = TextRules.TEXT_MAX) String problem,
    @Size(min = 1, max = MAX_STEPS) List<@NotBlank @Size(max = TextRules.TEXT_MAX) String> whys) {

  /** The largest number of steps accepted. */
  public static final int MAX_STEPS = 10;

  /**
   * Checks and copies the components.
   *
   * @throws InvalidInputException if the problem or an answer is blank or too long, or the chain
   *     has no step or more than {@value #MAX_STEPS}
   */
  public FiveWhys {
    Texts.requireText(problem, TextRules.TEXT_MAX, "problem");
    whys = List.copyOf(Objects.requireNonNull(whys, "whys"));
    if (whys.isEmpty() || whys.size() > MAX_STEPS) {
      throw new InvalidInputException(
          ImprovementMessages.BUNDLE.message("five.whys.steps", MAX_STEPS, whys.size()));
    }
    for (String why : whys) {
      Texts.requireText(why, TextRules.TEXT_MAX, "whys");
    }
  }

  /**
   * Returns the root cause: the last answer of the chain.
   *
   * @return the root cause
   */
  public String rootCause() {
    return whys.get(whys.size() - 1);
  }
}
