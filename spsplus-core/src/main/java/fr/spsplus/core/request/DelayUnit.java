package fr.spsplus.core.request;

/**
 * The unit in which a processing delay is announced to users.
 *
 * <p>Source: the SP+ indicator "respect du délai de traitement annoncé" compares the elapsed time
 * with the announced delay in the unit of the commitment
 * (plus.transformation.gouv.fr/engagement/6); the counting rules below are spsplus's documented
 * definition.
 */
public enum DelayUnit {
  /** Calendar days: elapsed = closing date − reception date. */
  CALENDAR_DAYS,
  /**
   * Working days (jours ouvrés): elapsed = number of days d with reception &lt; d ≤ closing that
   * are Monday to Friday and not public holidays of the request's {@link HolidayZone}.
   */
  WORKING_DAYS
}
