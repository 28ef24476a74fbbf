package fr.spsplus.core.indicator;

/**
 * Whether an indicator value may be published, decided from the size of its sample.
 *
 * <p>The thresholds are a <strong>proposed default</strong> (no official minimum sample size is
 * public for Services Publics+): fewer than 30 observations withhold the value, 30 to 99 show it as
 * indicative, 100 or more make it publishable. They are configurable where statuses are computed
 * ({@code spsplus-indicators}).
 */
public enum PublicationStatus {
  /** Too few observations: the value is withheld (reported as absent). */
  INSUFFICIENT_SAMPLE,
  /** Enough observations to show the value with its interval, flagged as indicative. */
  INDICATIVE,
  /** Enough observations to publish the value. */
  PUBLISHABLE;

  /**
   * Tells whether a value with this status is shown at all.
   *
   * @return false only for {@link #INSUFFICIENT_SAMPLE}
   */
  public boolean showsValue() {
    return this != INSUFFICIENT_SAMPLE;
  }
}
