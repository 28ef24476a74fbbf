package fr.spsplus.indicators.eligibility;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The example proposed for the README, kept compiling and checked. */
class ReadmeExampleTest {

  /** An audit of the illustrative grid: every criterion at 3 of 3, except engagement 4 at 2. */
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

  @Test
  void theReadmeExampleRuns() {
    StructureCode mairie = StructureCode.of("3Tn8gzTdcz");
    AuditGrid grid = AuditGrid.illustrativeSpPlus2023();
    Audit audit = audit(grid, mairie);

    // --- README snippet starts here ---
    LabelRuleSet rules = LabelRuleSet.illustrativeSpPlus2023(); // ILLUSTRATIVE thresholds
    ReportingPeriod year = ReportingPeriod.ofYear(2025);
    AuditScoring scoring = AuditScoring.defaults(); // weighted, normalised, truncated to 0.01
    LabelApplication application =
        LabelApplication.builder(mairie, LocalDate.of(2026, 3, 2))
            .userSurvey(UserSurvey.ofScore(mairie, year, 84.5, 412))
            .agentSurvey(AgentSurvey.ofScore(mairie, year, 85, 60))
            .engagementResults(scoring.engagements(grid, audit))
            .orCriteria(scoring.orCriteria(audit).orElse(null))
            .grid(grid.reference())
            .build();

    EligibilityDecision decision = LabelEligibility.of(rules).evaluate(application);
    LabelTier tier = decision.tier(); // ARGENT here; null when not eligible
    TierGap gap = decision.nextTierGap(); // what OR still needs; null once OR is reached
    if (gap != null) {
      for (CriterionFinding finding : gap.failing()) {
        String line = finding.message(Locale.ENGLISH); // finding.message() is French
        assertThat(line).startsWith("Audit of engagement 4: score 66.66 for a minimum of 80");
      }
    }
    String report = DecisionReport.text(decision); // French; pass Locale.ENGLISH for English
    // --- README snippet ends here ---

    assertThat(tier).isEqualTo(LabelTier.ARGENT);
    assertThat(gap.failing()).extracting(CriterionFinding::id).containsExactly("engagement.4");
    assertThat(report).contains("Palier atteint : ARGENT").contains("ILLUSTRATIF");
  }
}
