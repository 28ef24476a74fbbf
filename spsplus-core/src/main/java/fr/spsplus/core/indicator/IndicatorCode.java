package fr.spsplus.core.indicator;

import fr.spsplus.core.internal.Checks;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The indicators that spsplus computes. The constant names are the stable codes of the CLI and of
 * the JSON documents; {@link #ordinal()} is a dense index for calculators' arrays.
 *
 * <p>Nine of them are the indicators of the 2025 common dashboard of Services Publics+ ("tableau de
 * bord des résultats des services publics du quotidien", listed on the DITP page "Écoute et mesure
 * des résultats"), numbered 1 to 9 in the order of that page: five perception indicators (ressenti)
 * then four production indicators. The others are the call-centre companions of the pick-up rate
 * (global rate, abandon rate, service level, waits). Definitions, sources and targets are in {@link
 * IndicatorCatalogue#bundled()}.
 */
public enum IndicatorCode {
  /** Taux de décroché par un agent: dashboard indicator 6. */
  TAUX_DECROCHE_AGENT(6),
  /** Taux de décroché global, where a voice server (SVI) resolves calls: not on the dashboard. */
  TAUX_DECROCHE_GLOBAL(0),
  /** Taux d'abandon (queue abandons that are not short abandons): not on the dashboard. */
  TAUX_ABANDON(0),
  /** Niveau de service (share answered within a threshold of seconds): not on the dashboard. */
  NIVEAU_SERVICE(0),
  /** Attente moyenne of answered calls, in seconds: not on the dashboard. */
  ATTENTE_MOYENNE(0),
  /** Median wait of answered calls (nearest rank), in seconds: not on the dashboard. */
  ATTENTE_P50(0),
  /** 90th percentile of the wait of answered calls (nearest rank), in seconds: not on it. */
  ATTENTE_P90(0),
  /** Taux de satisfaction globale des usagers: dashboard indicator 1. */
  SATISFACTION_GLOBALE(1),
  /** Taux de satisfaction sur les délais de traitement: dashboard indicator 2. */
  SATISFACTION_DELAIS(2),
  /** Taux d'accessibilité du service public: dashboard indicator 3. */
  ACCESSIBILITE(3),
  /** Taux d'effort des usagers (simplicité des démarches): dashboard indicator 4. */
  EFFORT(4),
  /** Taux de qualité de la relation avec les services publics: dashboard indicator 5. */
  QUALITE_RELATION(5),
  /** Taux de satisfaction des usagers suite à un échange téléphonique: dashboard indicator 7. */
  SATISFACTION_TELEPHONE(7),
  /** Respect du délai de traitement annoncé: dashboard indicator 8. */
  RESPECT_DELAI(8),
  /** Taux de qualité des démarches en ligne: dashboard indicator 9. */
  QUALITE_DEMARCHES_EN_LIGNE(9);

  /** The number of indicators of the 2025 common dashboard. */
  public static final int DASHBOARD_SIZE = 9;

  private static final List<IndicatorCode> DASHBOARD =
      Arrays.stream(values())
          .filter(IndicatorCode::onDashboard)
          .sorted(Comparator.comparingInt(c -> c.dashboardNumber))
          .toList();

  private final int dashboardNumber;
  private final OptionalInt dashboardNumberIfAny;
  private final IndicatorId id;

  IndicatorCode(int dashboardNumber) {
    this.dashboardNumber = dashboardNumber;
    this.dashboardNumberIfAny =
        dashboardNumber == 0 ? OptionalInt.empty() : OptionalInt.of(dashboardNumber);
    this.id = new IndicatorId(name());
  }

  /**
   * Returns the number of the indicator on the 2025 common dashboard.
   *
   * @return 1 to 9, or empty when the indicator is not one of the nine
   */
  public OptionalInt dashboardNumber() {
    return dashboardNumberIfAny;
  }

  /**
   * Tells whether the indicator is one of the nine of the 2025 common dashboard.
   *
   * @return true if {@link #dashboardNumber()} is present
   */
  public boolean onDashboard() {
    return dashboardNumber != 0;
  }

  /**
   * Returns the identifier of this indicator, as used by {@link IndicatorResult}. The same instance
   * is returned at every call.
   *
   * @return the identifier whose value is {@link #name()}
   */
  public IndicatorId id() {
    return id;
  }

  /**
   * Returns the nine dashboard indicators, in dashboard order.
   *
   * @return an unmodifiable list of {@value #DASHBOARD_SIZE} codes, numbers 1 to 9
   */
  public static List<IndicatorCode> dashboard() {
    return DASHBOARD;
  }

  /**
   * Returns the dashboard indicator that has a number.
   *
   * @param number the dashboard number
   * @return the indicator, or empty when {@code number} is not in 1..9
   */
  public static Optional<IndicatorCode> ofDashboardNumber(int number) {
    return number >= 1 && number <= DASHBOARD_SIZE
        ? Optional.of(DASHBOARD.get(number - 1))
        : Optional.empty();
  }

  /**
   * Reads an indicator code (its exact constant name; surrounding blanks are ignored).
   *
   * @param code the code, for example {@code TAUX_DECROCHE_AGENT}
   * @return the indicator
   * @throws fr.spsplus.core.InvalidInputException if the code is unknown (the message lists the
   *     accepted codes)
   */
  public static IndicatorCode parse(String code) {
    return Checks.parseCode(IndicatorCode.class, code, "indicator");
  }
}
