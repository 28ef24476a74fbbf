package fr.spsplus.core.indicator;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * What an indicator is: its names, family, unit, polarity, the engagement it informs, where its
 * definition comes from, and its target when one is public.
 *
 * <p>The bundled definitions are in {@link IndicatorCatalogue#bundled()}; each says whether its
 * definition is official (with the URL) or a proposed default of spsplus.
 *
 * @param code the indicator
 * @param frenchName the French name, as on the dashboard when it is one of the nine
 * @param englishName the English name
 * @param family perception or production
 * @param unit the unit of the values
 * @param polarity which direction is better
 * @param engagement the number (1 to 8) of the Services Publics+ 2023 engagement that the indicator
 *     mainly informs, or null when it informs several (a proposed mapping: every indicator is
 *     published under engagement 6)
 * @param source where the definition comes from
 * @param target the target, or null when none is public
 */
public record IndicatorDefinition(
    @NotNull IndicatorCode code,
    @NotBlank @Size(max = IndicatorDefinition.MAX_NAME_LENGTH) String frenchName,
    @NotBlank @Size(max = IndicatorDefinition.MAX_NAME_LENGTH) String englishName,
    @NotNull IndicatorFamily family,
    @NotNull IndicatorUnit unit,
    @NotNull Polarity polarity,
    @Nullable @Min(1) @Max(8) Integer engagement,
    @NotNull @Valid DefinitionSource source,
    @Nullable @Valid IndicatorTarget target) {

  /** The maximum length of a name, in characters. */
  public static final int MAX_NAME_LENGTH = 200;

  /** The number of engagements of the Services Publics+ 2023 referential. */
  public static final int ENGAGEMENTS = 8;

  private static final MessageBundle MESSAGES =
      MessageBundle.of(IndicatorDefinition.class, "messages");

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if a name is blank or too long, or the engagement is not 1 to 8
   */
  public IndicatorDefinition {
    Objects.requireNonNull(code, "code");
    Checks.requireNonBlank(frenchName, "frenchName");
    Checks.requireMaxLength(frenchName, MAX_NAME_LENGTH, "frenchName");
    Checks.requireNonBlank(englishName, "englishName");
    Checks.requireMaxLength(englishName, MAX_NAME_LENGTH, "englishName");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(source, "source");
    if (engagement != null && (engagement < 1 || engagement > ENGAGEMENTS)) {
      throw new InvalidInputException(MESSAGES.message("definition.engagement", engagement));
    }
  }

  /**
   * Returns the name in the reader's language.
   *
   * @param locale the reader's locale: English for {@code en}, French otherwise
   * @return the name
   */
  public String name(Locale locale) {
    return "en".equals(locale.getLanguage()) ? englishName : frenchName;
  }

  /**
   * Returns the indicator's number on the 2025 common dashboard.
   *
   * @return 1 to 9, or empty
   */
  public OptionalInt dashboardNumber() {
    return code.dashboardNumber();
  }

  /**
   * Returns the identifier of the indicator, as used by {@link IndicatorResult}.
   *
   * @return {@code code().id()}
   */
  public IndicatorId id() {
    return code.id();
  }
}
