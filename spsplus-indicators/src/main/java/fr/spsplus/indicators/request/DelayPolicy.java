package fr.spsplus.indicators.request;

import fr.spsplus.indicators.Estimation;
import java.util.Map;
import java.util.Objects;

/**
 * How the indicator "respect du délai de traitement annoncé" is computed: the treatment of
 * suspensions and the estimation (interval and publication thresholds).
 *
 * <p>What is fixed by the indicator's definition (DOMAIN.md §4.3, source
 * https://www.plus.transformation.gouv.fr/engagement/6), not by the policy: the cohort is the
 * requests closed in the period; each request is measured in the unit of its own announced delay
 * ({@link fr.spsplus.core.request.DelayUnit}) with the public holidays of its own zone ({@link
 * fr.spsplus.indicators.calendar.HolidayCalendar#of(fr.spsplus.core.request.HolidayZone)}); it is
 * on time when the elapsed days do not exceed the announced delay.
 *
 * @param suspensions whether suspended days are deducted ({@link SuspensionRule#NOT_DEDUCTED} by
 *     default, a proposed default)
 * @param estimation the interval and publication thresholds of the rate
 */
public record DelayPolicy(SuspensionRule suspensions, Estimation estimation) {

  private static final DelayPolicy DEFAULTS =
      new DelayPolicy(SuspensionRule.NOT_DEDUCTED, Estimation.defaults());

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public DelayPolicy {
    Objects.requireNonNull(suspensions, "suspensions");
    Objects.requireNonNull(estimation, "estimation");
  }

  /**
   * Returns the defaults: suspensions not deducted (a proposed default), {@link
   * Estimation#defaults()}.
   *
   * @return the default policy
   */
  public static DelayPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another treatment of suspensions.
   *
   * @param rule the rule
   * @return the new policy
   */
  public DelayPolicy withSuspensions(SuspensionRule rule) {
    return new DelayPolicy(rule, estimation);
  }

  /**
   * Returns a copy with another estimation.
   *
   * @param estimation the interval and publication thresholds
   * @return the new policy
   */
  public DelayPolicy withEstimation(Estimation estimation) {
    return new DelayPolicy(suspensions, estimation);
  }

  /**
   * The parameters the measurements record: {@code suspensions} (the rule's code) and {@code
   * cohort=CLOSED_IN_PERIOD}.
   *
   * @return the parameters, by name
   */
  public Map<String, String> parameters() {
    return Map.of("suspensions", suspensions.name(), "cohort", "CLOSED_IN_PERIOD");
  }
}
