package fr.spsplus.core.indicator;

/**
 * The two families of the 2025 common dashboard of Services Publics+ (DITP page "Écoute et mesure
 * des résultats": "Indicateurs de ressenti" and "Indicateurs de production").
 */
public enum IndicatorFamily {
  /** Perception indicators, measured by surveys of users (indicators 1 to 5 of the dashboard). */
  RESSENTI,
  /**
   * Production indicators (indicators 6 to 9 of the dashboard, and the call-centre companions of
   * the pick-up rate). The dashboard counts satisfaction after a phone call (7) and the quality of
   * online procedures (9) in this family although they come from users' answers.
   */
  PRODUCTION
}
