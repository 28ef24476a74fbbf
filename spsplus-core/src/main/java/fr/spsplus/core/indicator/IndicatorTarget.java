package fr.spsplus.core.indicator;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;

/**
 * A target that a value should reach, with its source: for example "pick-up rate by an agent ≥ 85
 * %" (Plan téléphone, 2023).
 *
 * <p>The unit of the target is explicit because it may differ from the indicator's: the quality of
 * online procedures is a percentage of procedures, and its target applies to each procedure's score
 * out of ten (≥ 8/10).
 *
 * @param comparison how a value is compared with the threshold
 * @param threshold the threshold, within the unit's bounds
 * @param unit the unit of the threshold
 * @param source where the target comes from
 */
public record IndicatorTarget(
    @NotNull Comparison comparison,
    double threshold,
    @NotNull IndicatorUnit unit,
    @NotNull @Valid DefinitionSource source) {

  private static final MessageBundle MESSAGES = MessageBundle.of(IndicatorTarget.class, "messages");

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the threshold is not finite or outside the unit's bounds
   */
  public IndicatorTarget {
    Objects.requireNonNull(comparison, "comparison");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(source, "source");
    if (!unit.accepts(threshold)) {
      throw new InvalidInputException(
          MESSAGES.message(
              "target.threshold",
              unit.name(),
              unit.min(),
              unit.max() == Double.MAX_VALUE ? "∞" : unit.max(),
              threshold));
    }
  }

  /**
   * Tells whether a value, in the target's unit, reaches the target.
   *
   * @param value the value
   * @return whether {@code comparison.test(value, threshold)}
   */
  public boolean metBy(double value) {
    return comparison.test(value, threshold);
  }
}
