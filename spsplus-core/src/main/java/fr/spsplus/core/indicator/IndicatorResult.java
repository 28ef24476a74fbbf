package fr.spsplus.core.indicator;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The value of one indicator for one structure over one period, with what is needed to read it
 * honestly: the sample size, the confidence interval, the publication status.
 *
 * <p>It is the output of spsplus's calculators, and the form in which results of the open-data
 * platform are read ({@link #fromOpenDataRecord(Map)}, {@link #toOpenDataRecord()}; the field
 * mapping is documented on {@link OpenDataResult}).
 *
 * <p>Rules: the value is present exactly when the status shows it ({@link
 * PublicationStatus#showsValue()}): a withheld value ({@link
 * PublicationStatus#INSUFFICIENT_SAMPLE}) is absent, and so is its interval. Values are in the unit
 * of the indicator's definition (percentages 0–100 for rates, see {@link IndicatorUnit}); they are
 * not range-checked here, since an open-data indicator's unit is not known.
 *
 * @param structure the measured structure
 * @param indicator the indicator: one of spsplus's ({@link IndicatorCode#id()}) or an open-data one
 *     ({@code IND-27})
 * @param period the period the value covers
 * @param value the value, finite ({@code -0.0} becomes {@code 0.0}); null when withheld or not
 *     published
 * @param interval the confidence interval of the value, or null (always null without a value)
 * @param n the number of observations behind the value (answers, calls, requests), or null when
 *     unknown (results read from the open-data platform)
 * @param status whether the value may be published
 * @param frequency how often the result is measured, or null when not stated
 * @param updatedOn the day the result was computed or last updated, or null when not stated
 * @param target the target value in the same unit, finite, or null (open-data {@code
 *     valeur_attendue})
 */
public record IndicatorResult(
    @NotNull @Valid StructureCode structure,
    @NotNull @Valid IndicatorId indicator,
    @NotNull @Valid ReportingPeriod period,
    @Nullable Double value,
    @Nullable @Valid ConfidenceInterval interval,
    @Nullable @PositiveOrZero Long n,
    @NotNull PublicationStatus status,
    @Nullable Frequency frequency,
    @Nullable LocalDate updatedOn,
    @Nullable Double target) {

  private static final MessageBundle MESSAGES = MessageBundle.of(IndicatorResult.class, "messages");

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the value or the target is not finite, if {@code n} is
   *     negative, if the presence of the value does not match the status, or if an interval comes
   *     without a value
   */
  public IndicatorResult {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(status, "status");
    if (value != null) {
      Checks.requireBetween(value, -Double.MAX_VALUE, Double.MAX_VALUE, "value");
      value = value == 0 ? 0.0 : value; // -0.0 and 0.0 are the same result
    }
    if (target != null) {
      Checks.requireBetween(target, -Double.MAX_VALUE, Double.MAX_VALUE, "target");
      target = target == 0 ? 0.0 : target;
    }
    if (n != null) {
      Checks.requireNonNegative(n, "n");
    }
    if ((value != null) != status.showsValue()) {
      throw new InvalidInputException(
          MESSAGES.message(
              value == null ? "result.value.missing" : "result.value.withheld", status.name()));
    }
    if (interval != null && value == null) {
      throw new InvalidInputException(MESSAGES.message("result.interval.without.value"));
    }
  }

  /**
   * Starts a result.
   *
   * @param structure the measured structure
   * @param indicator the indicator
   * @param period the period
   * @return a builder; {@link Builder#status(PublicationStatus)} must be called before {@link
   *     Builder#build()}
   */
  public static Builder builder(
      StructureCode structure, IndicatorId indicator, ReportingPeriod period) {
    return new Builder(structure, indicator, period);
  }

  /**
   * Returns a result whose value is withheld because the sample is too small.
   *
   * @param structure the measured structure
   * @param indicator the indicator
   * @param period the period
   * @param n the number of observations, not negative
   * @return a result with status {@link PublicationStatus#INSUFFICIENT_SAMPLE} and no value
   */
  public static IndicatorResult withheld(
      StructureCode structure, IndicatorId indicator, ReportingPeriod period, long n) {
    return builder(structure, indicator, period)
        .n(n)
        .status(PublicationStatus.INSUFFICIENT_SAMPLE)
        .build();
  }

  /**
   * Returns a builder initialised with this result's components.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(structure, indicator, period)
        .value(value)
        .interval(interval)
        .n(n)
        .status(status)
        .frequency(frequency)
        .updatedOn(updatedOn)
        .target(target);
  }

  /**
   * Reads one record of the open-data dataset {@code export-resultats} (the keys are the API field
   * names, see {@link OpenDataResult} for the mapping). The descriptive fields that a result does
   * not hold (network, titles…) are dropped; use {@link OpenDataResult#fromRecord(Map)} to keep
   * them.
   *
   * @param record the record, as decoded from JSON (values: strings, numbers, booleans or null)
   * @return the result
   * @throws InvalidInputException if a required field is missing or a field cannot be read; the
   *     message names the field
   */
  public static IndicatorResult fromOpenDataRecord(Map<String, ?> record) {
    return OpenDataResult.fromRecord(record).result();
  }

  /**
   * Writes this result as a record of the open-data dataset {@code export-resultats}, with every
   * field of the dataset in the platform's order; the fields a result does not hold are null, and
   * the interval and {@code n} are not written (the dataset has no field for them).
   *
   * @return a new unmodifiable map with the 17 keys of {@link OpenDataResult#FIELDS}
   */
  public Map<String, @Nullable Object> toOpenDataRecord() {
    return OpenDataResult.of(this).toRecord();
  }

  /** Builds an {@link IndicatorResult}. Not thread-safe. */
  public static final class Builder {
    private StructureCode structure;
    private IndicatorId indicator;
    private ReportingPeriod period;
    private @Nullable Double value;
    private @Nullable ConfidenceInterval interval;
    private @Nullable Long n;
    private @Nullable PublicationStatus status;
    private @Nullable Frequency frequency;
    private @Nullable LocalDate updatedOn;
    private @Nullable Double target;

    private Builder(StructureCode structure, IndicatorId indicator, ReportingPeriod period) {
      this.structure = Objects.requireNonNull(structure, "structure");
      this.indicator = Objects.requireNonNull(indicator, "indicator");
      this.period = Objects.requireNonNull(period, "period");
    }

    /**
     * Sets the structure.
     *
     * @param structure the measured structure
     * @return this builder
     */
    public Builder structure(StructureCode structure) {
      this.structure = Objects.requireNonNull(structure, "structure");
      return this;
    }

    /**
     * Sets the indicator.
     *
     * @param indicator the indicator
     * @return this builder
     */
    public Builder indicator(IndicatorId indicator) {
      this.indicator = Objects.requireNonNull(indicator, "indicator");
      return this;
    }

    /**
     * Sets the period.
     *
     * @param period the period
     * @return this builder
     */
    public Builder period(ReportingPeriod period) {
      this.period = Objects.requireNonNull(period, "period");
      return this;
    }

    /**
     * Sets the value.
     *
     * @param value the value, or null when withheld
     * @return this builder
     */
    public Builder value(@Nullable Double value) {
      this.value = value;
      return this;
    }

    /**
     * Sets the confidence interval.
     *
     * @param interval the interval, or null
     * @return this builder
     */
    public Builder interval(@Nullable ConfidenceInterval interval) {
      this.interval = interval;
      return this;
    }

    /**
     * Sets the number of observations.
     *
     * @param n the number, or null when unknown
     * @return this builder
     */
    public Builder n(@Nullable Long n) {
      this.n = n;
      return this;
    }

    /**
     * Sets the publication status (required).
     *
     * @param status the status
     * @return this builder
     */
    public Builder status(PublicationStatus status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * Sets the frequency.
     *
     * @param frequency the frequency, or null
     * @return this builder
     */
    public Builder frequency(@Nullable Frequency frequency) {
      this.frequency = frequency;
      return this;
    }

    /**
     * Sets the day of the last update.
     *
     * @param updatedOn the day, or null
     * @return this builder
     */
    public Builder updatedOn(@Nullable LocalDate updatedOn) {
      this.updatedOn = updatedOn;
      return this;
    }

    /**
     * Sets the target value.
     *
     * @param target the target, or null
     * @return this builder
     */
    public Builder target(@Nullable Double target) {
      this.target = target;
      return this;
    }

    /**
     * Builds the result.
     *
     * @return the result
     * @throws NullPointerException if the status was not set
     * @throws InvalidInputException if a rule of {@link IndicatorResult} is broken
     */
    public IndicatorResult build() {
      return new IndicatorResult(
          structure,
          indicator,
          period,
          value,
          interval,
          n,
          Objects.requireNonNull(status, "status"),
          frequency,
          updatedOn,
          target);
    }
  }
}
