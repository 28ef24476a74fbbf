package fr.spsplus.indicators;

import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.stats.BinomialInterval;
import fr.spsplus.indicators.stats.MeanInterval;
import fr.spsplus.indicators.stats.PublicationPolicy;
import fr.spsplus.indicators.stats.SampleMoments;
import fr.spsplus.indicators.stats.WeightedProportion;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How every calculator turns its counts into a {@link Measurement}: which interval, at which
 * confidence, and which publication thresholds.
 *
 * <p>The defaults are Wilson 95 % intervals for proportions, a normal 95 % interval for means, and
 * the publication thresholds of {@link PublicationPolicy#defaults()} (a proposed default: fewer
 * than 30 observations withhold the value, 30–99 are indicative, 100 or more publishable). When a
 * value is withheld, its interval is withheld too; counts, exclusions and parameters are always
 * reported.
 *
 * @param proportions the interval of proportions (method and confidence)
 * @param means the interval of means
 * @param publication the publication thresholds
 */
public record Estimation(
    BinomialInterval proportions, MeanInterval means, PublicationPolicy publication) {

  private static final Estimation DEFAULTS =
      new Estimation(
          BinomialInterval.defaults(), MeanInterval.defaults(), PublicationPolicy.defaults());

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Estimation {
    Objects.requireNonNull(proportions, "proportions");
    Objects.requireNonNull(means, "means");
    Objects.requireNonNull(publication, "publication");
  }

  /**
   * Returns the defaults: Wilson 95 %, normal 95 %, thresholds 30/100.
   *
   * @return the default estimation
   */
  public static Estimation defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another interval for proportions.
   *
   * @param interval the interval
   * @return the new estimation
   */
  public Estimation withProportions(BinomialInterval interval) {
    return new Estimation(interval, means, publication);
  }

  /**
   * Returns a copy with other publication thresholds.
   *
   * @param policy the thresholds
   * @return the new estimation
   */
  public Estimation withPublication(PublicationPolicy policy) {
    return new Estimation(proportions, means, policy);
  }

  /**
   * The parameters every measurement records about its estimation: {@code interval_method}, {@code
   * confidence}, {@code min_indicative}, {@code min_publishable}.
   *
   * @return the parameters, by name
   */
  public Map<String, String> parameters() {
    return Map.of(
        "interval_method", proportions.method().name(),
        "confidence", Double.toString(proportions.confidence()),
        "min_indicative", Long.toString(publication.indicativeFrom()),
        "min_publishable", Long.toString(publication.publishableFrom()));
  }

  /**
   * Measures a proportion {@code successes ÷ trials}, with its interval and status decided from
   * {@code trials}.
   *
   * @param indicator the indicator
   * @param structure the structure, or {@code null} for an aggregate
   * @param period the period
   * @param successes the numerator, {@code 0 <= successes <= trials}
   * @param trials the denominator, not negative; 0 gives an undefined value
   * @param excluded the observations left out, by reason
   * @param parameters the calculator's own parameters (the estimation's are added)
   * @return the measurement
   */
  public Measurement proportion(
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period,
      long successes,
      long trials,
      Map<String, Long> excluded,
      Map<String, String> parameters) {
    Checks.requireBetween(successes, 0, Math.max(0, trials), "successes");
    PublicationStatus status = publication.status(trials);
    boolean shown = status.showsValue() && trials > 0;
    Double value = shown ? (double) successes / trials : null;
    ConfidenceInterval interval =
        shown ? proportions.estimate(successes, trials).orElse(null) : null;
    return new Measurement(
        indicator,
        structure,
        period,
        value,
        successes,
        trials,
        trials,
        status,
        interval,
        excluded,
        merged(parameters));
  }

  /**
   * Measures a weighted proportion: value Σw·y ÷ Σw, interval and status from the Kish effective
   * sample size (rounded down for the status, with a relative tolerance of 10⁻⁹ against
   * floating-point error).
   *
   * @param indicator the indicator
   * @param structure the structure, or {@code null} for an aggregate
   * @param period the period
   * @param proportion the weighted sums
   * @param excluded the observations left out, by reason
   * @param parameters the calculator's own parameters
   * @return the measurement; numerator and denominator are the weight sums
   */
  public Measurement weightedProportion(
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period,
      WeightedProportion proportion,
      Map<String, Long> excluded,
      Map<String, String> parameters) {
    double effective = proportion.effectiveSampleSize();
    // Rounded down, with a relative tolerance of 1e-9 so that a size that is an integer in exact
    // arithmetic (three weights of 0.1 give 3) is not lowered by floating-point error.
    long n = (long) Math.floor(effective + 1e-9 * Math.max(1, effective));
    PublicationStatus status = publication.status(n);
    boolean shown = status.showsValue() && proportion.count() > 0;
    Double value = shown ? proportion.proportion().orElseThrow() : null;
    ConfidenceInterval interval = shown ? proportions.estimate(proportion).orElse(null) : null;
    return new Measurement(
        indicator,
        structure,
        period,
        value,
        proportion.sumOfSuccessWeights(),
        proportion.sumOfWeights(),
        n,
        status,
        interval,
        excluded,
        merged(parameters));
  }

  /**
   * Measures a mean with its normal interval.
   *
   * @param indicator the indicator
   * @param structure the structure, or {@code null} for an aggregate
   * @param period the period
   * @param moments the count, mean and sum of squared deviations
   * @param excluded the observations left out, by reason
   * @param parameters the calculator's own parameters
   * @return the measurement; numerator = sum of the values, denominator = count
   */
  public Measurement mean(
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period,
      SampleMoments moments,
      Map<String, Long> excluded,
      Map<String, String> parameters) {
    long n = moments.count();
    PublicationStatus status = publication.status(n);
    boolean shown = status.showsValue() && n > 0;
    return new Measurement(
        indicator,
        structure,
        period,
        shown ? moments.mean() : null,
        n == 0 ? 0 : moments.mean() * n,
        n,
        n,
        status,
        shown ? means.estimate(moments).orElse(null) : null,
        excluded,
        merged(parameters));
  }

  /**
   * Measures an exact statistic with no interval (a percentile, a count): the value is shown when
   * the status allows it.
   *
   * @param indicator the indicator
   * @param structure the structure, or {@code null} for an aggregate
   * @param period the period
   * @param value the statistic, or {@code null} when undefined (nothing observed)
   * @param n the number of observations it rests on
   * @param excluded the observations left out, by reason
   * @param parameters the calculator's own parameters
   * @return the measurement; numerator and denominator are 0
   */
  public Measurement exact(
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period,
      @Nullable Double value,
      long n,
      Map<String, Long> excluded,
      Map<String, String> parameters) {
    PublicationStatus status = publication.status(n);
    return new Measurement(
        indicator,
        structure,
        period,
        status.showsValue() ? value : null,
        0,
        0,
        n,
        status,
        null,
        excluded,
        merged(parameters));
  }

  /**
   * The calculator's parameters and the estimation's ({@link #parameters()}); the calculator's win
   * a clash. A {@code SortedMap} in the natural order of its keys is copied in linear time.
   */
  private Map<String, String> merged(Map<String, String> own) {
    java.util.TreeMap<String, String> all = new java.util.TreeMap<>(own);
    parameters().forEach(all::putIfAbsent);
    return all;
  }
}
