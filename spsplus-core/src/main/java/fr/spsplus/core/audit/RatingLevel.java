package fr.spsplus.core.audit;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The label of one value of a {@link RatingScale}, for example {@code 0} "Non mis en œuvre".
 *
 * @param value the rating value
 * @param label what the value means, in French; non-blank, at most {@value
 *     fr.spsplus.core.TextRules#TITLE_MAX} characters, without {@code |}
 */
public record RatingLevel(int value, @NotBlank @Size(max = TextRules.TITLE_MAX) String label) {

  /**
   * Checks the label.
   *
   * @throws InvalidInputException if the label is blank, too long or contains {@code |}
   */
  public RatingLevel {
    Texts.requireText(label, TextRules.TITLE_MAX, "label");
    if (label.indexOf('|') >= 0) {
      throw new InvalidInputException(AuditMessages.BUNDLE.message("scale.label.pipe"));
    }
  }
}
