package fr.spsplus.indicators.call;

/**
 * How queue abandons whose wait is within a service-level threshold (at most {@code Y} seconds, and
 * not short abandons) count in the service level "answered within {@code Y} seconds".
 *
 * <p>The three computations accepted in the industry, as listed by Cisco's ICM documentation
 * (https://manualsdump.com/en/manuals/cisco_systems-icm_software_version_4.5/180829/143). Queue
 * abandons after {@code Y} seconds always count as missed, and short abandons are always left out.
 * The constant names are stable codes ({@code service_level_abandons} parameter).
 */
public enum ServiceLevelAbandons {
  /**
   * Abandons within the threshold are left out of the denominator (the <strong>proposed
   * default</strong>, the formula of the spsplus domain model): answered within {@code Y} ÷
   * (answered + queue abandons after {@code Y}).
   */
  IGNORED,
  /**
   * Abandons within the threshold count as missed: answered within {@code Y} ÷ (answered + every
   * queue abandon that is not short).
   */
  MISSED,
  /**
   * Abandons within the threshold count as met: (answered within {@code Y} + abandons within {@code
   * Y}) ÷ (answered + every queue abandon that is not short).
   */
  MET
}
