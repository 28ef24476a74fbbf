package fr.spsplus.spark.internal;

import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.stats.BinomialInterval;
import fr.spsplus.indicators.stats.MeanInterval;
import fr.spsplus.indicators.stats.PublicationPolicy;
import java.io.Serializable;

/**
 * An {@link Estimation} in a form that Java serialisation carries (Spark ships aggregators to its
 * executors that way): the interval methods, confidence levels and publication thresholds.
 *
 * @param proportionMethod the {@link IntervalMethod} code of proportions
 * @param proportionConfidence the confidence level of proportions
 * @param meanConfidence the confidence level of means
 * @param indicativeFrom the smallest indicative {@code n}
 * @param publishableFrom the smallest publishable {@code n}
 */
public record EstimationForm(
    String proportionMethod,
    double proportionConfidence,
    double meanConfidence,
    long indicativeFrom,
    long publishableFrom)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Captures an estimation.
   *
   * @param estimation the estimation
   * @return its form
   */
  public static EstimationForm of(Estimation estimation) {
    return new EstimationForm(
        estimation.proportions().method().name(),
        estimation.proportions().confidence(),
        estimation.means().confidence(),
        estimation.publication().indicativeFrom(),
        estimation.publication().publishableFrom());
  }

  /**
   * Rebuilds the estimation.
   *
   * @return an estimation equal to the captured one
   */
  public Estimation estimation() {
    return new Estimation(
        BinomialInterval.of(IntervalMethod.valueOf(proportionMethod), proportionConfidence),
        MeanInterval.of(meanConfidence),
        PublicationPolicy.of(indicativeFrom, publishableFrom));
  }
}
