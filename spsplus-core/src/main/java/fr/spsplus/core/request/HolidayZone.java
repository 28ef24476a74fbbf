package fr.spsplus.core.request;

/**
 * The public-holiday calendar that applies to a structure, for counting working days.
 *
 * <p>Metropolitan France has the eleven national public holidays (Code du travail, article
 * L3133-1). Alsace-Moselle adds Good Friday and 26 December (Code du travail, article L3134-13).
 * Each overseas département adds the day commemorating the abolition of slavery (loi n° 83-550 of
 * 30 June 1983 and décret n° 83-1003 of 23 November 1983, as amended). The calendars themselves are
 * computed in {@code spsplus-indicators}.
 */
public enum HolidayZone {
  /** Metropolitan France outside Alsace-Moselle: the eleven national public holidays. */
  METROPOLE,
  /** Bas-Rhin, Haut-Rhin and Moselle: national holidays, Good Friday and 26 December. */
  ALSACE_MOSELLE,
  /** Guadeloupe: national holidays and 27 May. */
  GUADELOUPE,
  /** Martinique: national holidays and 22 May. */
  MARTINIQUE,
  /** Guyane: national holidays and 10 June. */
  GUYANE,
  /** La Réunion: national holidays and 20 December. */
  REUNION,
  /** Mayotte: national holidays and 27 April. */
  MAYOTTE
}
