package fr.spsplus.core.engagement;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A versioned list of engagements: the Services Publics+ referential of 2023, its 2021 predecessor,
 * or the historical référentiel Marianne.
 *
 * <p>Obtain the bundled ones from {@link Referentials}; build others (a ministry's own version, a
 * test fixture) with the constructor or {@link Referentials#parse(java.io.Reader, String)}.
 *
 * @param id the referential's identifier
 * @param title the referential's French title; non-blank, at most {@value
 *     fr.spsplus.core.TextRules#TITLE_MAX} characters
 * @param inForceFrom the first day the referential applies (see each data file's provenance for how
 *     precise the date is)
 * @param engagements the engagements, numbered 1, 2, 3… in this order (copied)
 * @param source the public page that describes the referential: an absolute http(s) address
 */
public record EngagementReferential(
    @NotNull ReferentialId id,
    @NotBlank @Size(max = TextRules.TITLE_MAX) String title,
    @NotNull LocalDate inForceFrom,
    @NotEmpty List<@Valid @NotNull Engagement> engagements,
    @NotNull URI source) {

  private static final MessageBundle MESSAGES =
      MessageBundle.of(EngagementReferential.class, "messages");

  /**
   * Checks and copies the components.
   *
   * @throws InvalidInputException if the title is blank or too long, the list empty or not numbered
   *     1, 2, 3… in order, or the source not an absolute http(s) address
   */
  public EngagementReferential {
    Objects.requireNonNull(id, "id");
    Texts.requireText(title, TextRules.TITLE_MAX, "title");
    Objects.requireNonNull(inForceFrom, "inForceFrom");
    engagements = List.copyOf(Checks.requireNonEmpty(engagements, "engagements"));
    for (int i = 0; i < engagements.size(); i++) {
      int number = engagements.get(i).number();
      if (number != i + 1) {
        throw new InvalidInputException(
            MESSAGES.message("referential.numbering", id.name(), i + 1, number));
      }
    }
    Texts.requireWebAddress(source, "source");
  }

  /**
   * Returns the number of engagements.
   *
   * @return the count, at least 1
   */
  public int size() {
    return engagements.size();
  }

  /**
   * Tells whether the referential has an engagement with this number.
   *
   * @param number the number
   * @return true if {@code 1 <= number <= size()}
   */
  public boolean contains(int number) {
    return number >= 1 && number <= engagements.size();
  }

  /**
   * Returns the engagement with a given number.
   *
   * @param number the number, from 1 to {@link #size()}
   * @return the engagement
   * @throws InvalidInputException if there is no such engagement (the message names the referential
   *     and the valid numbers)
   */
  public Engagement engagement(int number) {
    if (!contains(number)) {
      throw unknownEngagement(number);
    }
    return engagements.get(number - 1);
  }

  /**
   * Returns the engagement with a given number, if it exists.
   *
   * @param number the number
   * @return the engagement, or empty
   */
  public Optional<Engagement> find(int number) {
    return contains(number) ? Optional.of(engagements.get(number - 1)) : Optional.empty();
  }

  /**
   * Requires a number of this referential, for the records that refer to an engagement.
   *
   * @param number the number
   * @return the number
   * @throws InvalidInputException if the referential has no such engagement
   */
  public int requireNumber(int number) {
    if (!contains(number)) {
      throw unknownEngagement(number);
    }
    return number;
  }

  private InvalidInputException unknownEngagement(int number) {
    return new InvalidInputException(
        MESSAGES.message("referential.unknown.engagement", id.name(), number, size()));
  }
}
