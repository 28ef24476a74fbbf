package fr.spsplus.indicators.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.offset;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.audit.EngagementAuditResult;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.label.LabelApplication;
import fr.spsplus.core.label.LabelDecision;
import fr.spsplus.core.label.LabelRuleSet;
import fr.spsplus.core.label.LabelRules;
import fr.spsplus.core.label.LabelTier;
import fr.spsplus.core.label.OrCriteriaAuditResult;
import fr.spsplus.core.label.SurveyThreshold;
import fr.spsplus.core.label.TierRequirements;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.AgentSurvey;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.core.survey.UserSurvey;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelEligibilityTest {

  private static final StructureCode ROMANS = StructureCode.of("3Tn8gzTdcz");
  private static final ReportingPeriod YEAR = ReportingPeriod.ofYear(2025);
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
  private static final LabelEligibility ILLUSTRATIVE =
      LabelEligibility.of(LabelRuleSet.illustrativeSpPlus2023());

  private static LabelApplication.Builder application(double userScore, long users) {
    LabelApplication.Builder builder =
        LabelApplication.builder(ROMANS, DAY)
            .userSurvey(UserSurvey.ofScore(ROMANS, YEAR, userScore, users))
            .agentSurvey(AgentSurvey.ofScore(ROMANS, YEAR, 90, 60))
            .orCriteria(OrCriteriaAuditResult.of(new BigDecimal("75")));
    for (int n = 1; n <= 8; n++) {
      builder.engagementScore(n, new BigDecimal("90"));
    }
    return builder;
  }

  @Test
  void anOrApplicationIsDatedByTheLabelRules() {
    EligibilityDecision decision = ILLUSTRATIVE.evaluate(application(92, 400).build());
    assertThat(decision.tier()).isEqualTo(LabelTier.OR);
    assertThat(decision.nextTierGap()).isNull();
    assertThat(decision.decidedOn()).isEqualTo(DAY);
    assertThat(decision.validUntil()).isEqualTo(LocalDate.of(2029, 3, 2));
    assertThat(decision.followUpAuditDue()).isEqualTo(LocalDate.of(2027, 9, 2));
    LabelDecision award = decision.toLabelDecision("Organisme X").orElseThrow();
    assertThat(award)
        .isEqualTo(
            LabelDecision.award(ROMANS, LabelTier.OR, "Organisme X", DAY, LabelRules.defaults()));

    EligibilityDecision later =
        ILLUSTRATIVE
            .withLabelRules(LabelRules.defaults().withFollowUpAuditDelay(Period.ofMonths(12)))
            .evaluate(application(92, 400).build(), LocalDate.of(2026, 6, 30));
    assertThat(later.decidedOn()).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(later.followUpAuditDue()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(later.validUntil()).isEqualTo(LocalDate.of(2029, 6, 30));
  }

  @Test
  void aNotEligibleApplicationHasNoDatesAndNoLabelDecision() {
    EligibilityDecision decision =
        ILLUSTRATIVE.evaluate(application(92, 400).withoutEngagement(3).build());
    assertThat(decision.tier()).isNull();
    assertThat(decision.validUntil()).isNull();
    assertThat(decision.followUpAuditDue()).isNull();
    assertThat(decision.toLabelDecision("Organisme X")).isEmpty();
    assertThat(decision.nextTierGap().tier()).isEqualTo(LabelTier.BRONZE);
    CriterionFinding missing = decision.nextTierGap().failing().get(0);
    assertThat(missing.id()).isEqualTo("engagement.3");
    assertThat(missing.engagement()).isEqualTo(3);
    assertThat(missing.message())
        .isEqualTo("Audit de l’engagement 3 : aucun résultat d’audit : critère non évaluable.");
    assertThat(missing.message(Locale.ENGLISH))
        .isEqualTo("Audit of engagement 3: no audit result: cannot be assessed.");
  }

  @Test
  void findingsSayWhatWasRequiredObservedAndByHowMuch() {
    LabelApplication application =
        application(92, 400)
            .engagementScore(4, new BigDecimal("78.5"))
            .engagementResult(
                new EngagementAuditResult(6, new BigDecimal("40"), List.of("E6.3", "E6.1")))
            .agentSurvey(AgentSurvey.ofScore(ROMANS, YEAR, 90, 7))
            .build();
    EligibilityDecision decision = ILLUSTRATIVE.evaluate(application);
    TierAssessment argent = decision.assessment(LabelTier.ARGENT);

    CriterionFinding passed = argent.finding("engagement.4").orElseThrow();
    assertThat(passed.passed()).isTrue();
    assertThat(passed.required()).isEqualByComparingTo("65");
    assertThat(passed.observed()).isEqualByComparingTo("78.5");
    assertThat(passed.margin()).isEqualByComparingTo("13.5");
    assertThat(passed.message())
        .isEqualTo(
            "Audit de l’engagement 4 : score 78,5 pour 65 au minimum : critère rempli (marge 13,5"
                + " points).");
    assertThat(passed.message(Locale.ENGLISH))
        .isEqualTo(
            "Audit of engagement 4: score 78.5 for a minimum of 65: met (margin 13.5 points).");

    CriterionFinding size = argent.finding("agentSurvey.size").orElseThrow();
    assertThat(size.passed()).isFalse();
    assertThat(size.shortfall()).contains(BigDecimal.ONE);
    assertThat(size.message(Locale.ENGLISH))
        .isEqualTo("Agent survey size: 7 respondents for a minimum of 8: 1 short.");

    CriterionFinding incomplete = argent.finding("engagement.6").orElseThrow();
    assertThat(incomplete.passed()).isFalse();
    assertThat(incomplete.evaluable()).isFalse();
    assertThat(incomplete.margin()).isNull();
    assertThat(incomplete.observed()).isEqualByComparingTo("40");
    assertThat(incomplete.missingCriteria()).containsExactly("E6.1", "E6.3");
    assertThat(incomplete.message())
        .isEqualTo(
            "Audit de l’engagement 6 : audit incomplet, critères non notés : E6.1, E6.3 ; score"
                + " partiel 40 (plancher : les critères non notés comptent pour la note la plus"
                + " basse) pour 65 au minimum : critère non évaluable tant que l’audit n’est pas"
                + " complet.");

    // The incomplete engagement fails every tier, whatever its partial score.
    assertThat(decision.assessment(LabelTier.BRONZE).failing())
        .extracting(CriterionFinding::id)
        .containsExactly("engagement.6");
    assertThat(decision.tier()).isNull();
  }

  @Test
  void anIncompleteEngagementFailsEvenTheLowestTier() {
    LabelApplication application =
        application(92, 400)
            .engagementResult(new EngagementAuditResult(6, new BigDecimal("99"), List.of("E6.1")))
            .build();
    assertThat(ILLUSTRATIVE.evaluate(application).tier()).isNull();
  }

  @Test
  void surveyScoresAreJudgedOnTheirIntervalAsWellAsTheirPointEstimate() {
    // 82 % of 40 respondents: Wilson 95 % interval 67.48 to 90.91 (Python, independent).
    LabelApplication application = application(82, 40).build();
    LabelRuleSet base = LabelRuleSet.illustrativeSpPlus2023();
    TierRequirements bronze =
        base.requirements(LabelTier.BRONZE).toBuilder().minUserScore(80).build();
    TierRequirements argent =
        base.requirements(LabelTier.ARGENT).toBuilder()
            .minUserScore(80)
            .minUserSurveySize(30)
            .build();
    TierRequirements or = base.requirements(LabelTier.OR).toBuilder().minUserSurveySize(30).build();
    LabelRuleSet rules =
        base.toBuilder()
            .tier(LabelTier.BRONZE, bronze)
            .tier(LabelTier.ARGENT, argent)
            .tier(LabelTier.OR, or)
            .build();
    EligibilityDecision decision = LabelEligibility.of(rules).evaluate(application);

    CriterionFinding byPoint =
        decision.assessment(LabelTier.ARGENT).finding("userSurvey.score").orElseThrow();
    assertThat(byPoint.verdict()).isEqualTo(IntervalVerdict.MET_BY_POINT_ONLY);
    assertThat(byPoint.passed()).isTrue();
    assertThat(byPoint.margin()).isEqualByComparingTo("2");
    assertThat(byPoint.interval().method()).isEqualTo(IntervalMethod.WILSON);
    assertThat(byPoint.interval().low()).isCloseTo(67.4832, offset(1e-3));
    assertThat(byPoint.interval().high()).isCloseTo(90.9090, offset(1e-3));
    assertThat(byPoint.message())
        .isEqualTo(
            "Score de l’enquête usagers : score 82 pour 80 au minimum : critère rempli par"
                + " l’estimation ponctuelle (marge 2 points), mais la borne basse de"
                + " l’intervalle WILSON à 95 % (67,48 à 90,91) reste sous le seuil.");

    CriterionFinding byLowerBound =
        decision.assessment(LabelTier.OR).finding("userSurvey.score").orElseThrow();
    assertThat(byLowerBound.verdict()).isEqualTo(IntervalVerdict.MET_BY_POINT_ONLY);
    assertThat(byLowerBound.passed()).isFalse();
    assertThat(byLowerBound.shortfall().orElseThrow())
        .isBetween(new BigDecimal("12.51"), new BigDecimal("12.52"));
    assertThat(byLowerBound.message(Locale.ENGLISH))
        .isEqualTo(
            "User survey score: score 82 for a minimum of 80, judged by the lower bound: the point"
                + " estimate reaches the minimum but the lower bound of the 95% WILSON interval"
                + " (67.48 to 90.91) stays below; 12.52 points short.");
    assertThat(decision.tier()).isEqualTo(LabelTier.ARGENT);
  }

  @Test
  void aTighterLevelOrAnotherMethodChangesOnlyTheInterval() {
    LabelRuleSet base = LabelRuleSet.illustrativeSpPlus2023();
    LabelRuleSet clopperPearson =
        base.toBuilder()
            .tier(
                LabelTier.OR,
                base.requirements(LabelTier.OR).toBuilder()
                    .surveyThreshold(
                        SurveyThreshold.lowerBound(IntervalMethod.CLOPPER_PEARSON, 0.99))
                    .build())
            .build();
    LabelApplication application = application(86, 400).build();
    CriterionFinding wilson =
        ILLUSTRATIVE
            .evaluate(application)
            .assessment(LabelTier.OR)
            .finding("userSurvey.score")
            .orElseThrow();
    CriterionFinding exact =
        LabelEligibility.of(clopperPearson)
            .evaluate(application)
            .assessment(LabelTier.OR)
            .finding("userSurvey.score")
            .orElseThrow();
    assertThat(exact.interval().method()).isEqualTo(IntervalMethod.CLOPPER_PEARSON);
    assertThat(exact.interval().confidence()).isEqualTo(0.99);
    assertThat(exact.interval().low()).isLessThan(wilson.interval().low());
    assertThat(exact.observed()).isEqualByComparingTo(wilson.observed());
  }

  @Test
  void weightedAnswersWidenTheIntervalByTheirDesignEffect() {
    List<SurveyAnswer> plain = new ArrayList<>();
    List<SurveyAnswer> weighted = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      String code = i % 4 == 0 ? "PLUTOT_INSATISFAIT" : "TRES_SATISFAIT";
      SurveyAnswer answer =
          SurveyAnswer.of(
              "R" + i,
              ROMANS,
              Instant.parse("2025-10-01T09:00:00Z"),
              SurveyQuestion.SATISFACTION_GLOBALE,
              code);
      plain.add(answer);
      weighted.add(answer.withWeight((i / 4) % 2 == 0 ? 0.5 : 1.5));
    }
    CriterionFinding unweighted = userScore(plain);
    CriterionFinding widened = userScore(weighted);
    assertThat(unweighted.observed()).isEqualByComparingTo("75");
    assertThat(widened.observed()).isEqualByComparingTo("75");
    assertThat(widened.interval().width()).isGreaterThan(unweighted.interval().width());
  }

  private static CriterionFinding userScore(List<SurveyAnswer> answers) {
    LabelApplication application =
        application(0, 1).userSurvey(UserSurvey.ofAnswers(ROMANS, YEAR, answers)).build();
    return ILLUSTRATIVE
        .evaluate(application)
        .assessment(LabelTier.BRONZE)
        .finding("userSurvey.score")
        .orElseThrow();
  }

  @Test
  void anApplicationOfAnotherReferentialIsRefused() {
    LabelApplication old =
        LabelApplication.builder(ROMANS, DAY).referential(ReferentialId.SP_PLUS_2021).build();
    InvalidInputException error =
        catchThrowableOfType(InvalidInputException.class, () -> ILLUSTRATIVE.evaluate(old));
    assertThat(error.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "The application is about the referential SP_PLUS_2021, but the rule set"
                + " \"illustrative-2023\" covers the referential SP_PLUS_2023: evaluate the"
                + " application with a rule set of its referential.");
  }

  @Test
  void inconsistentDecisionsAndFindingsAreRefused() {
    EligibilityDecision decision = ILLUSTRATIVE.evaluate(application(92, 400).build());
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () ->
                        new EligibilityDecision(
                            decision.ruleSet(),
                            decision.structure(),
                            decision.decidedOn(),
                            LabelTier.ARGENT,
                            decision.tiers(),
                            decision.nextTierGap(),
                            decision.validUntil(),
                            decision.followUpAuditDue()))
                .key())
        .isEqualTo("decision.tiers");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () ->
                        new EligibilityDecision(
                            decision.ruleSet(),
                            decision.structure(),
                            decision.decidedOn(),
                            decision.tier(),
                            decision.tiers(),
                            decision.nextTierGap(),
                            null,
                            decision.followUpAuditDue()))
                .key())
        .isEqualTo("decision.dates");
    CriterionFinding passed = decision.assessment(LabelTier.OR).findings().get(0);
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () ->
                        new CriterionFinding(
                            passed.id(),
                            passed.kind(),
                            passed.engagement(),
                            passed.required(),
                            passed.observed(),
                            passed.interval(),
                            passed.verdict(),
                            BigDecimal.valueOf(-1),
                            true,
                            passed.missingCriteria(),
                            passed.messageKey(),
                            passed.messageArguments()))
                .key())
        .isEqualTo("finding.passed.margin");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () ->
                        new TierAssessment(
                            LabelTier.OR, false, decision.assessment(LabelTier.OR).findings()))
                .key())
        .isEqualTo("assessment.reached");
  }
}
