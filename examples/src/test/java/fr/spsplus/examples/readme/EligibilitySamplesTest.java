package fr.spsplus.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.audit.Audit;
import fr.spsplus.core.audit.AuditCriterion;
import fr.spsplus.core.audit.AuditGrid;
import fr.spsplus.core.audit.AuditType;
import fr.spsplus.core.audit.Auditor;
import fr.spsplus.core.audit.CriterionRating;
import fr.spsplus.core.audit.OrCriteriaRatings;
import fr.spsplus.core.audit.OrCriterion;
import fr.spsplus.core.audit.OrCriterionRating;
import fr.spsplus.core.audit.RatingScale;
import fr.spsplus.core.label.LabelApplication;
import fr.spsplus.core.label.LabelRuleSet;
import fr.spsplus.core.label.LabelTier;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.AgentSurvey;
import fr.spsplus.core.survey.UserSurvey;
import fr.spsplus.indicators.eligibility.AuditScoring;
import fr.spsplus.indicators.eligibility.CriterionFinding;
import fr.spsplus.indicators.eligibility.DecisionReport;
import fr.spsplus.indicators.eligibility.EligibilityDecision;
import fr.spsplus.indicators.eligibility.LabelEligibility;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's label-eligibility sample, run. */
class EligibilitySamplesTest {

  @Test
  void decidesTheTierAndExplainsTheGap() {
    StructureCode mairie = StructureCode.of("3Tn8gzTdcz");
    AuditGrid grid = AuditGrid.illustrativeSpPlus2023();
    Audit audit = audit(grid, mairie);
    List<String> gapLines = new ArrayList<>();
    // tag::eligibility[]
    LabelRuleSet rules = LabelRuleSet.illustrativeSpPlus2023(); // ILLUSTRATIVE, not official
    AuditScoring scoring = AuditScoring.defaults(); // weighted, normalised, exact BigDecimal
    ReportingPeriod year = ReportingPeriod.ofYear(2025);

    LabelApplication application =
        LabelApplication.builder(mairie, LocalDate.of(2026, 3, 2))
            .userSurvey(UserSurvey.ofScore(mairie, year, 84.5, 412))
            .agentSurvey(AgentSurvey.ofScore(mairie, year, 85, 60))
            .engagementResults(scoring.engagements(grid, audit)) // one score per engagement
            .orCriteria(scoring.orCriteria(audit).orElse(null)) // A1–C5
            .grid(grid.reference())
            .build();

    EligibilityDecision decision = LabelEligibility.of(rules).evaluate(application);
    LabelTier tier = decision.tier(); // ARGENT here (null when not eligible)
    for (CriterionFinding missing : decision.nextTierGap().failing()) {
      gapLines.add(missing.message(Locale.ENGLISH)); // message() is French
    }
    String report = DecisionReport.text(decision); // for the certification body
    // end::eligibility[]
    assertThat(tier).isEqualTo(LabelTier.ARGENT);
    assertThat(gapLines).hasSize(1);
    assertThat(gapLines.get(0))
        .startsWith("Audit of engagement 4: score 66.66 for a minimum of 80");
    assertThat(report).contains("Palier atteint : ARGENT").contains("ILLUSTRATIF");
  }

  private static Audit audit(AuditGrid grid, StructureCode structure) {
    List<CriterionRating> ratings = new ArrayList<>();
    for (AuditCriterion criterion : grid.criteria()) {
      ratings.add(CriterionRating.of(criterion.id(), criterion.engagement() == 4 ? 2 : 3));
    }
    List<OrCriterionRating> or = new ArrayList<>();
    for (OrCriterion criterion : OrCriterion.values()) {
      or.add(OrCriterionRating.of(criterion, 3));
    }
    return new Audit(
        "AUD-2026-017",
        structure,
        AuditType.INITIAL,
        LocalDate.of(2026, 2, 10),
        new Auditor("Organisme certificateur X", "AUD-7"),
        grid.reference(),
        ratings,
        new OrCriteriaRatings(RatingScale.of(0, 3), or));
  }
}
