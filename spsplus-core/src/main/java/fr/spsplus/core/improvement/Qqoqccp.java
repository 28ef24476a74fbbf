package fr.spsplus.core.improvement;

import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A QQOQCCP analysis: the seven questions "Qui ? Quoi ? Où ? Quand ? Comment ? Combien ? Pourquoi
 * ?" that describe a problem completely ("Or" criterion C1, {@code seeds/001_…}).
 *
 * <p>"Quoi" (what) is required; the other answers may be missing while the analysis is in progress.
 * Every answer is a non-blank text of at most {@value fr.spsplus.core.TextRules#TEXT_MAX}
 * characters.
 *
 * @param what Quoi ? — what the problem is
 * @param who Qui ? — who is concerned, or null
 * @param where Où ? — where it happens, or null
 * @param when Quand ? — when it happens, or null
 * @param how Comment ? — how it happens, or null
 * @param howMuch Combien ? — how often, how many, at what cost, or null
 * @param why Pourquoi ? — why it matters, or null
 */
public record Qqoqccp(
    @NotBlank @Size(max = TextRules.TEXT_MAX) String what,
    @Nullable @Size(min = 1, max = TextRules.TEXT_MAX) String who,
    @Nullable @Size(min = 1, max = TextRules.TEXT_MAX) String where,
    @Nullable @Size(min = 1, max = TextRules.TEXT_MAX) String when,
    @Nullable @Size(min = 1, max = TextRules.TEXT_MAX) String how,
    @Nullable @Size(min = 1, max = TextRules.TEXT_MAX) String howMuch,
    @Nullable @Size(min = 1, max = TextRules.TEXT_MAX) String why) {

  /**
   * Checks the answers.
   *
   * @throws fr.spsplus.core.InvalidInputException if "what" is blank, or an answer is present but
   *     blank, or too long
   */
  public Qqoqccp {
    Texts.requireText(what, TextRules.TEXT_MAX, "what");
    Texts.requireOptionalText(who, TextRules.TEXT_MAX, "who");
    Texts.requireOptionalText(where, TextRules.TEXT_MAX, "where");
    Texts.requireOptionalText(when, TextRules.TEXT_MAX, "when");
    Texts.requireOptionalText(how, TextRules.TEXT_MAX, "how");
    Texts.requireOptionalText(howMuch, TextRules.TEXT_MAX, "howMuch");
    Texts.requireOptionalText(why, TextRules.TEXT_MAX, "why");
  }

  /**
   * Tells whether the seven questions are answered.
   *
   * @return true if no answer is missing
   */
  public boolean complete() {
    return who != null
        && where != null
        && when != null
        && how != null
        && howMuch != null
        && why != null;
  }
}
