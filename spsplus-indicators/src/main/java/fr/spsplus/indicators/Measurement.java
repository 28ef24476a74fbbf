package fr.spsplus.indicators;

import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IndicatorCatalogue;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IndicatorId;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.indicator.IndicatorUnit;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One computed indicator value and everything needed to reproduce and reconcile it: never a bare
 * percentage.
 *
 * <p>Units: rates and shares are <strong>proportions in [0, 1]</strong> (numerator ÷ denominator),
 * waits are seconds, scores are in their scale's unit (0–10 for the JDMA score). {@link
 * #toIndicatorResult(java.time.LocalDate)} converts rates (indicators whose catalogue unit is
 * {@link IndicatorUnit#PERCENT}) to the percentages of the published form.
 *
 * <p>Two measurements computed from the same observations compare equal whether the observations
 * were accumulated at once or split and merged in any order (counts are exact; weighted sums are
 * floating point and documented where they are used).
 *
 * @param indicator the indicator
 * @param structure the structure measured, or {@code null} for an aggregate over every structure
 *     given (a national figure)
 * @param period the reporting period
 * @param value the value, or {@code null} when withheld ({@link
 *     PublicationStatus#INSUFFICIENT_SAMPLE}) or undefined (zero denominator)
 * @param numerator the numerator (a count, a sum of weights or of seconds; negative for a net
 *     rate); 0 when not a ratio
 * @param denominator the denominator; 0 when not a ratio or when nothing was observed
 * @param n the number of observations the value rests on (the effective size when weighted)
 * @param status the publication status decided from {@code n}
 * @param interval the confidence interval, or {@code null} when withheld, undefined or not
 *     applicable (percentiles)
 * @param excluded the observations left out, by reason code (for example {@code OUT_OF_HOURS},
 *     {@code SHORT_ABANDON}, {@code NSP}), sorted by code; counts are not negative
 * @param parameters the policy that produced the value, by snake_case name (for example {@code
 *     threshold_seconds=20}), sorted by name
 */
public record Measurement(
    IndicatorCode indicator,
    @Nullable StructureCode structure,
    ReportingPeriod period,
    @Nullable Double value,
    double numerator,
    double denominator,
    long n,
    PublicationStatus status,
    @Nullable ConfidenceInterval interval,
    Map<String, Long> excluded,
    Map<String, String> parameters) {

  private static final MessageBundle MESSAGES = MessageBundle.of(Measurement.class, "messages");

  /**
   * Checks the components and copies the maps into sorted, unmodifiable ones.
   *
   * @throws fr.spsplus.core.InvalidInputException if a count is negative, a value is not finite, or
   *     a withheld status carries a value
   */
  public Measurement {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(status, "status");
    Checks.requireNonNegative(n, "n");
    Checks.requireBetween(numerator, -Double.MAX_VALUE, Double.MAX_VALUE, "numerator");
    Checks.requireBetween(denominator, 0, Double.MAX_VALUE, "denominator");
    if (value != null) {
      Checks.requireBetween(value, -Double.MAX_VALUE, Double.MAX_VALUE, "value");
      if (!status.showsValue()) {
        throw new fr.spsplus.core.InvalidInputException(
            MESSAGES.message("measurement.withheld.with.value", indicator));
      }
    }
    excluded = sortedExcluded(excluded);
    parameters = sortedParameters(parameters);
  }

  /**
   * A sorted, unmodifiable copy of the exclusions, each count checked. A map already sorted in the
   * natural order of its keys (such as the maps of another measurement) is copied in linear time.
   */
  private static SortedMap<String, Long> sortedExcluded(Map<String, Long> excluded) {
    TreeMap<String, Long> copy = sortedCopy(excluded, "excluded reason");
    for (Map.Entry<String, Long> entry : copy.entrySet()) {
      String reason = Objects.requireNonNull(entry.getKey(), "excluded reason");
      Long boxed = entry.getValue();
      if (boxed == null) {
        throw new NullPointerException("excluded." + reason);
      }
      long count = boxed;
      if (count < 0) {
        Checks.requireNonNegative(count, "excluded." + reason); // throws, naming the reason
      }
    }
    return Collections.unmodifiableSortedMap(copy);
  }

  /** A sorted, unmodifiable copy of the parameters, none null (see {@link #sortedExcluded}). */
  private static SortedMap<String, String> sortedParameters(Map<String, String> parameters) {
    TreeMap<String, String> copy = sortedCopy(parameters, "parameter name");
    for (Map.Entry<String, String> entry : copy.entrySet()) {
      String name = Objects.requireNonNull(entry.getKey(), "parameter name");
      if (entry.getValue() == null) {
        throw new NullPointerException("parameter " + name);
      }
    }
    return Collections.unmodifiableSortedMap(copy);
  }

  @SuppressWarnings("unchecked")
  private static <V> TreeMap<String, V> sortedCopy(Map<String, V> map, String keyName) {
    if (map instanceof SortedMap<?, ?> sorted && sorted.comparator() == null) {
      return new TreeMap<>((SortedMap<String, V>) sorted); // linear: no comparison
    }
    TreeMap<String, V> copy = new TreeMap<>();
    map.forEach((key, value) -> copy.put(Objects.requireNonNull(key, keyName), value));
    return copy;
  }

  /**
   * Returns the value when it is shown.
   *
   * @return the value, or empty when withheld or undefined
   */
  public OptionalDouble optionalValue() {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /**
   * Returns the total number of excluded observations, all reasons together.
   *
   * @return the sum of {@link #excluded()}
   */
  public long excludedTotal() {
    return excluded.values().stream().mapToLong(Long::longValue).sum();
  }

  /**
   * Returns the same measurement for another structure (used by roll-ups).
   *
   * @param other the structure, or {@code null} for an aggregate over every structure
   * @return the measurement with that structure
   */
  public Measurement forStructure(@Nullable StructureCode other) {
    return new Measurement(
        indicator,
        other,
        period,
        value,
        numerator,
        denominator,
        n,
        status,
        interval,
        excluded,
        parameters);
  }

  /**
   * Converts the measurement to its published form: rates become percentages 0–100 (value and
   * interval), other units are unchanged; {@code n} and the status are kept.
   *
   * @param updatedOn the date the result is published or updated
   * @return the published result
   * @throws fr.spsplus.core.InvalidInputException if the measurement has no structure (an aggregate
   *     is published on the structure that represents it: use {@link #forStructure(StructureCode)}
   *     first)
   */
  public IndicatorResult toIndicatorResult(java.time.LocalDate updatedOn) {
    if (structure == null) {
      throw new fr.spsplus.core.InvalidInputException(
          MESSAGES.message("measurement.no.structure", indicator));
    }
    double scale =
        IndicatorCatalogue.bundled().definition(indicator).unit() == IndicatorUnit.PERCENT
            ? 100
            : 1;
    IndicatorResult.Builder builder =
        IndicatorResult.builder(structure, IndicatorId.of(indicator), period)
            .n(n)
            .status(status)
            .updatedOn(updatedOn);
    if (value != null) {
      builder.value(value * scale);
    }
    if (interval != null) {
      builder.interval(
          new ConfidenceInterval(
              interval.method(),
              interval.confidence(),
              interval.low() * scale,
              interval.high() * scale));
    }
    return builder.build();
  }
}
