package fr.spsplus.core.engagement;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One engagement of a referential: its number, its French title and where the title comes from.
 *
 * <p>When no public source gives the official wording, the title is descriptive and {@code
 * wordingConfirmed} is false: show such a title as a description, never as a quotation.
 *
 * @param number the engagement's number in its referential, from 1 to {@value #MAX_NUMBER}
 * @param title the official French wording when {@code wordingConfirmed}, otherwise a descriptive
 *     French title; non-blank, at most {@value fr.spsplus.core.TextRules#TITLE_MAX} characters
 * @param theme the theme that groups the engagement, or null when the referential has none
 * @param wordingConfirmed whether {@code title} is the official wording, confirmed by {@code
 *     source}
 * @param source the public page the title (or, if unconfirmed, the topic) comes from: an absolute
 *     http(s) address
 */
public record Engagement(
    @Positive @Max(MAX_NUMBER) int number,
    @NotBlank @Size(max = TextRules.TITLE_MAX) String title,
    @Nullable EngagementTheme theme,
    boolean wordingConfirmed,
    @NotNull URI source) {

  /** The largest engagement number accepted (referentials have at most a few dozen). */
  public static final int MAX_NUMBER = 99;

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the number is out of range, the title blank or too long, or
   *     the source not an absolute http(s) address
   */
  public Engagement {
    Checks.requireBetween(number, 1, MAX_NUMBER, "number");
    Texts.requireText(title, TextRules.TITLE_MAX, "title");
    Objects.requireNonNull(source, "source");
    Texts.requireWebAddress(source, "source");
  }
}
