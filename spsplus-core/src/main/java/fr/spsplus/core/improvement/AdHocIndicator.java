package fr.spsplus.core.improvement;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.indicator.Polarity;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The ad-hoc indicator of an improvement action: it checks that the action works and compares its
 * effect with the expected result or the prior situation ("Or" criterion A6, {@code seeds/001_…}).
 *
 * <p>The target is never worse than the baseline (an action aims to improve or hold a level). The
 * observed value and its date come together.
 *
 * @param name what is measured, in French (for example "Délai moyen de réponse aux courriels");
 *     non-blank, at most {@value fr.spsplus.core.TextRules#TITLE_MAX} characters
 * @param unit the unit (for example "%", "jours", "appels"); non-blank, at most 40 characters
 * @param polarity which direction is an improvement
 * @param baseline the value before the action
 * @param target the value the action aims at, at least as good as the baseline
 * @param observed the last observed value, or null before any measure
 * @param observedOn the day of the observed value, or null before any measure
 */
public record AdHocIndicator(
    @NotBlank @Size(max = TextRules.TITLE_MAX) String name,
    @NotBlank @Size(max = UNIT_MAX) String unit,
    @NotNull Polarity polarity,
    @NotNull BigDecimal baseline,
    @NotNull BigDecimal target,
    @Nullable BigDecimal observed,
    @Nullable LocalDate observedOn) {

  /** The maximum length of a unit, in characters. */
  public static final int UNIT_MAX = 40;

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the name or unit is blank or too long, the target is worse
   *     than the baseline, or only one of the observed value and its date is given
   */
  public AdHocIndicator {
    Texts.requireText(name, TextRules.TITLE_MAX, "name");
    Texts.requireText(unit, UNIT_MAX, "unit");
    Objects.requireNonNull(polarity, "polarity");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(target, "target");
    if (!polarity.isAtLeastAsGood(target, baseline)) {
      throw new InvalidInputException(
          ImprovementMessages.BUNDLE.message("indicator.target", polarity.name()));
    }
    if ((observed == null) != (observedOn == null)) {
      throw new InvalidInputException(ImprovementMessages.BUNDLE.message("indicator.observation"));
    }
  }

  /**
   * Returns an indicator not measured yet.
   *
   * @param name what is measured
   * @param unit the unit
   * @param polarity which direction is an improvement
   * @param baseline the value before the action
   * @param target the value aimed at
   * @return the indicator
   * @throws InvalidInputException if a component breaks its rule
   */
  public static AdHocIndicator of(
      String name, String unit, Polarity polarity, BigDecimal baseline, BigDecimal target) {
    return new AdHocIndicator(name, unit, polarity, baseline, target, null, null);
  }

  /**
   * Returns this indicator with a new observed value.
   *
   * @param value the observed value
   * @param on the day of the observation
   * @return the new indicator
   */
  public AdHocIndicator withObservation(BigDecimal value, LocalDate on) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(on, "on");
    return new AdHocIndicator(name, unit, polarity, baseline, target, value, on);
  }

  /**
   * Tells where the indicator stands against its target, considering its polarity.
   *
   * @return {@link TargetStatus#NOT_MEASURED} without observation, otherwise {@link
   *     TargetStatus#REACHED} when the observed value is at least as good as the target
   */
  public TargetStatus targetStatus() {
    if (observed == null) {
      return TargetStatus.NOT_MEASURED;
    }
    return polarity.isAtLeastAsGood(observed, target)
        ? TargetStatus.REACHED
        : TargetStatus.NOT_REACHED;
  }

  /**
   * Returns the change since the baseline, positive when it is an improvement.
   *
   * @return {@code observed - baseline} (higher is better) or {@code baseline - observed} (lower is
   *     better); empty without observation
   */
  public Optional<BigDecimal> improvement() {
    if (observed == null) {
      return Optional.empty();
    }
    BigDecimal change = observed.subtract(baseline);
    return Optional.of(polarity == Polarity.HIGHER_IS_BETTER ? change : change.negate());
  }
}
