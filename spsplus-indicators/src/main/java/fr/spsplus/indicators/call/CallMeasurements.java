package fr.spsplus.indicators.call;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.indicators.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The telephone indicators of one structure (or aggregate) over one period, as computed by {@link
 * CallAccumulator#result}: one {@link Measurement} per indicator, each with its counts, exclusions
 * and parameters.
 *
 * <p>Rates are proportions in [0, 1]; waits are seconds. The exclusion reasons are the {@link
 * fr.spsplus.core.call.CallOutcome} codes plus {@value #SHORT_ABANDON} and {@value
 * #ABANDONED_WITHIN_THRESHOLD}.
 *
 * @param agentPickUpRate {@link IndicatorCode#TAUX_DECROCHE_AGENT}, the taux de décroché par un
 *     agent (dashboard indicator 6)
 * @param globalPickUpRate {@link IndicatorCode#TAUX_DECROCHE_GLOBAL}
 * @param abandonRate {@link IndicatorCode#TAUX_ABANDON}
 * @param serviceLevels {@link IndicatorCode#NIVEAU_SERVICE}, one per threshold of the policy in
 *     increasing order (parameter {@code threshold_seconds}); empty when the policy has none
 * @param meanWait {@link IndicatorCode#ATTENTE_MOYENNE}, the exact mean wait of answered calls
 * @param medianWait {@link IndicatorCode#ATTENTE_P50}, nearest rank
 * @param p90Wait {@link IndicatorCode#ATTENTE_P90}, nearest rank
 */
public record CallMeasurements(
    Measurement agentPickUpRate,
    Measurement globalPickUpRate,
    Measurement abandonRate,
    List<Measurement> serviceLevels,
    Measurement meanWait,
    Measurement medianWait,
    Measurement p90Wait) {

  /**
   * The exclusion reason of queue abandons whose wait is below {@link
   * CallPolicy#shortAbandonSeconds()}.
   */
  public static final String SHORT_ABANDON = "SHORT_ABANDON";

  /**
   * The exclusion reason, in a service level computed with {@link ServiceLevelAbandons#IGNORED}, of
   * the queue abandons (not short) whose wait is at most the threshold.
   */
  public static final String ABANDONED_WITHIN_THRESHOLD = "ABANDONED_WITHIN_THRESHOLD";

  private static final MessageBundle MESSAGES =
      MessageBundle.of(CallMeasurements.class, "messages");

  /**
   * Checks that each measurement is of its indicator and copies the list.
   *
   * @throws InvalidInputException if a measurement is of another indicator
   */
  public CallMeasurements {
    require(agentPickUpRate, IndicatorCode.TAUX_DECROCHE_AGENT, "agentPickUpRate");
    require(globalPickUpRate, IndicatorCode.TAUX_DECROCHE_GLOBAL, "globalPickUpRate");
    require(abandonRate, IndicatorCode.TAUX_ABANDON, "abandonRate");
    serviceLevels = List.copyOf(Objects.requireNonNull(serviceLevels, "serviceLevels"));
    for (Measurement level : serviceLevels) {
      require(level, IndicatorCode.NIVEAU_SERVICE, "serviceLevels");
    }
    require(meanWait, IndicatorCode.ATTENTE_MOYENNE, "meanWait");
    require(medianWait, IndicatorCode.ATTENTE_P50, "medianWait");
    require(p90Wait, IndicatorCode.ATTENTE_P90, "p90Wait");
  }

  private static void require(Measurement measurement, IndicatorCode indicator, String field) {
    Objects.requireNonNull(measurement, field);
    if (measurement.indicator() != indicator) {
      throw new InvalidInputException(
          MESSAGES.message(
              "measurements.indicator", field, indicator.name(), measurement.indicator().name()));
    }
  }

  /**
   * Returns the service level at a threshold.
   *
   * @param thresholdSeconds the threshold, in seconds
   * @return the measurement, or empty when the policy has no such threshold
   */
  public Optional<Measurement> serviceLevel(int thresholdSeconds) {
    String key = Integer.toString(thresholdSeconds);
    return serviceLevels.stream()
        .filter(m -> key.equals(m.parameters().get("threshold_seconds")))
        .findFirst();
  }

  /**
   * Returns every measurement in a fixed order: agent pick-up rate, global pick-up rate, abandon
   * rate, service levels by increasing threshold, mean wait, median wait, 90th-percentile wait.
   *
   * @return an unmodifiable list of {@code 6 + serviceLevels().size()} measurements
   */
  public List<Measurement> all() {
    List<Measurement> all = new ArrayList<>(6 + serviceLevels.size());
    all.add(agentPickUpRate);
    all.add(globalPickUpRate);
    all.add(abandonRate);
    all.addAll(serviceLevels);
    all.add(meanWait);
    all.add(medianWait);
    all.add(p90Wait);
    return List.copyOf(all);
  }
}
