package fr.spsplus.examples.cli.demo;

import fr.spsplus.core.audit.Audit;
import fr.spsplus.core.audit.AuditGrid;
import fr.spsplus.core.audit.AuditType;
import fr.spsplus.core.audit.Auditor;
import fr.spsplus.core.audit.CriterionRating;
import fr.spsplus.core.audit.OrCriteriaRatings;
import fr.spsplus.core.audit.OrCriterion;
import fr.spsplus.core.audit.OrCriterionRating;
import fr.spsplus.core.audit.RatingScale;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.label.LabelApplication;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.AgentSurvey;
import fr.spsplus.core.survey.UserSurvey;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.eligibility.AuditScoring;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The label application of step 2: a structure's user survey taken from its dashboard, and an agent
 * survey and an audit that are <strong>synthetic</strong>.
 *
 * <p>The audit is rated on the bundled <strong>illustrative</strong> grid ({@link
 * AuditGrid#illustrativeSpPlus2023()}, 0–3 scale) and scored by {@link AuditScoring#defaults()};
 * its ratings are chosen so that the structure reaches a tier and misses the next one on a visible
 * criterion (engagement 4, "délais annoncés et respectés").
 */
final class Candidacy {

  /** The synthetic agent survey: 85 % satisfied among 64 agents. */
  static final double AGENT_SCORE = 85;

  /** The number of agents who answered the synthetic agent survey. */
  static final long AGENT_RESPONDENTS = 64;

  /** The synthetic ratings of the illustrative grid's criteria, 0 to 3, by criterion id. */
  private static final Map<String, Integer> RATINGS = ratings();

  /** The synthetic ratings of the "Or" criteria, 0 to 3, in {@link OrCriterion} order. */
  private static final List<Integer> OR_RATINGS = List.of(3, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3, 2);

  private Candidacy() {}

  private static Map<String, Integer> ratings() {
    Map<String, Integer> ratings = new LinkedHashMap<>();
    String[] ids = {
      "E1.1", "E1.2", "E1.3", "E2.1", "E2.2", "E2.3", "E2.4", "E3.1", "E3.2", "E4.1", "E4.2",
      "E4.3", "E5.1", "E5.2", "E6.1", "E6.2", "E7.1", "E7.2", "E7.3", "E8.1", "E8.2"
    };
    int[] values = {3, 3, 2, 3, 3, 2, 3, 3, 2, 3, 2, 2, 3, 3, 3, 3, 3, 3, 2, 2, 3};
    for (int i = 0; i < ids.length; i++) {
      ratings.put(ids[i], values[i]);
    }
    return ratings;
  }

  /**
   * Returns the synthetic audit of a structure, on the illustrative grid.
   *
   * @param structure the audited structure
   * @param date the day of the audit
   * @return the audit, every criterion of the grid rated, and the "Or" criteria
   */
  static Audit audit(StructureCode structure, LocalDate date) {
    AuditGrid grid = AuditGrid.illustrativeSpPlus2023();
    List<CriterionRating> ratings = new ArrayList<>();
    RATINGS.forEach((id, rating) -> ratings.add(CriterionRating.of(id, rating)));
    List<OrCriterionRating> or = new ArrayList<>();
    OrCriterion[] criteria = OrCriterion.values();
    for (int i = 0; i < criteria.length; i++) {
      or.add(OrCriterionRating.of(criteria[i], OR_RATINGS.get(i)));
    }
    Audit audit =
        new Audit(
            "DEMO-AUDIT-" + structure.value(),
            structure,
            AuditType.INITIAL,
            date,
            new Auditor("Organisme certificateur de démonstration", "DEMO-AUDITOR-1"),
            grid.reference(),
            ratings,
            new OrCriteriaRatings(RatingScale.of(0, 3), or));
    return grid.requireApplicable(audit);
  }

  /**
   * Returns the application of a structure.
   *
   * @param satisfaction the structure's {@link IndicatorCode#SATISFACTION_GLOBALE} over the
   *     quarter, whose value (with two decimals, in percent) and {@code n} are the user survey
   * @param audit the audit
   * @param date the day the application is assessed
   * @return the application
   */
  static LabelApplication application(Measurement satisfaction, Audit audit, LocalDate date) {
    Objects.requireNonNull(satisfaction, "satisfaction");
    if (satisfaction.indicator() != IndicatorCode.SATISFACTION_GLOBALE
        || satisfaction.structure() == null
        || satisfaction.value() == null) {
      throw new IllegalArgumentException("a structure's measured satisfaction globale is needed");
    }
    StructureCode structure = satisfaction.structure();
    double score =
        BigDecimal.valueOf(satisfaction.value())
            .movePointRight(2)
            .setScale(2, RoundingMode.HALF_UP)
            .doubleValue();
    AuditGrid grid = AuditGrid.illustrativeSpPlus2023();
    AuditScoring scoring = AuditScoring.defaults();
    return LabelApplication.builder(structure, date)
        .userSurvey(UserSurvey.ofScore(structure, satisfaction.period(), score, satisfaction.n()))
        .agentSurvey(
            AgentSurvey.ofScore(structure, satisfaction.period(), AGENT_SCORE, AGENT_RESPONDENTS))
        .engagementResults(scoring.engagements(grid, audit))
        .orCriteria(scoring.orCriteria(audit).orElseThrow())
        .grid(grid.reference())
        .build();
  }
}
