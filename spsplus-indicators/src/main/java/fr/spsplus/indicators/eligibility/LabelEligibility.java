package fr.spsplus.indicators.eligibility;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.audit.EngagementAuditResult;
import fr.spsplus.core.audit.OrCriterion;
import fr.spsplus.core.engagement.Referentials;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.label.LabelApplication;
import fr.spsplus.core.label.LabelRuleSet;
import fr.spsplus.core.label.LabelRules;
import fr.spsplus.core.label.LabelTier;
import fr.spsplus.core.label.OrCriteriaAuditResult;
import fr.spsplus.core.label.SurveyThreshold;
import fr.spsplus.core.label.SurveyThresholdBasis;
import fr.spsplus.core.label.TierRequirements;
import fr.spsplus.indicators.stats.BinomialInterval;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decides which tier of the label Services Publics+ an application reaches under a rule set.
 *
 * <pre>{@code
 * LabelEligibility eligibility = LabelEligibility.of(LabelRuleSet.illustrativeSpPlus2023());
 * EligibilityDecision decision = eligibility.evaluate(application);
 * decision.tier();          // the highest tier all of whose criteria hold, or null
 * decision.nextTierGap();   // what the next tier still needs
 * }</pre>
 *
 * <h2>Rules</h2>
 *
 * <p>For each tier, every criterion of its {@link TierRequirements} is checked and reported as a
 * {@link CriterionFinding}; the tier is reached when all hold at once, and the decision is the
 * highest tier reached (the DITP document on the "Or" tier, {@code seeds/001_…} of the project's
 * references, states these conditions as cumulative; the numbers come from the rule set). Every
 * minimum is inclusive. Per tier:
 *
 * <ul>
 *   <li><strong>Survey sizes</strong>: the number of respondents reaches the minimum.
 *   <li><strong>Survey scores</strong> ({@code effectiveScore()} of the surveys): the confidence
 *       interval of the score is computed with the tier's {@link SurveyThreshold} method and level
 *       (see {@link BinomialInterval}; the score is treated as a proportion of the respondents,
 *       weighted answers widening it by their design effect). With {@link
 *       SurveyThresholdBasis#POINT_ESTIMATE} the score itself must reach the minimum; with {@link
 *       SurveyThresholdBasis#LOWER_BOUND} the lower bound must (or the score, if lower). Both
 *       values and an {@link IntervalVerdict} are reported either way.
 *   <li><strong>Audit of each engagement</strong> of the referential: its score reaches the tier's
 *       minimum for that engagement; an engagement without result, or with criteria not rated,
 *       fails.
 *   <li><strong>"Or" criteria</strong> (tier OR only): their audit score reaches the minimum; the
 *       same rules for missing or incomplete results.
 * </ul>
 *
 * <p>An incomplete application — no agent survey, a survey where everybody answered "ne se prononce
 * pas", an engagement not audited, criteria not rated, a sample too small — is never an error: the
 * criteria concerned fail with a finding that says what is missing, and the decision is "not
 * eligible" or a lower tier. The evaluation is deterministic: the same application and rule set
 * always give an equal decision, whatever order the evidence was given in.
 *
 * <p>Dates come from {@link LabelRules}: the label is valid 3 years from the decision (sourced);
 * the follow-up audit is due 18 months after it (a proposed default). Instances are immutable and
 * thread-safe.
 */
public final class LabelEligibility {

  /** Decimal places kept when a value is shown in a message. */
  private static final int DISPLAY_DECIMALS = 2;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final LabelRuleSet ruleSet;
  private final LabelRules labelRules;

  private LabelEligibility(LabelRuleSet ruleSet, LabelRules labelRules) {
    this.ruleSet = ruleSet;
    this.labelRules = labelRules;
  }

  /**
   * Returns an evaluator for a rule set, dating decisions with {@link LabelRules#defaults()}.
   *
   * @param ruleSet the rule set, for example {@link LabelRuleSet#illustrativeSpPlus2023()} (its
   *     thresholds are invented) or one read with {@link LabelRuleSet#fromJson(java.nio.file.Path)}
   * @return the evaluator
   */
  public static LabelEligibility of(LabelRuleSet ruleSet) {
    return new LabelEligibility(Objects.requireNonNull(ruleSet, "ruleSet"), LabelRules.defaults());
  }

  /**
   * Returns an evaluator that dates decisions with other rules.
   *
   * @param rules the validity and the follow-up audit delay
   * @return the new evaluator
   */
  public LabelEligibility withLabelRules(LabelRules rules) {
    return new LabelEligibility(ruleSet, Objects.requireNonNull(rules, "rules"));
  }

  /**
   * Returns the rule set.
   *
   * @return the rule set
   */
  public LabelRuleSet ruleSet() {
    return ruleSet;
  }

  /**
   * Returns the rules that date decisions.
   *
   * @return the rules
   */
  public LabelRules labelRules() {
    return labelRules;
  }

  /**
   * Evaluates an application, dating the decision on the application's date.
   *
   * @param application the application, possibly incomplete
   * @return the decision
   * @throws InvalidInputException if the application's referential is not the rule set's
   */
  public EligibilityDecision evaluate(LabelApplication application) {
    Objects.requireNonNull(application, "application");
    return evaluate(application, application.date());
  }

  /**
   * Evaluates an application, dating the decision on a given day.
   *
   * @param application the application, possibly incomplete
   * @param decidedOn the day of the decision, from which validity and follow-up are counted
   * @return the decision
   * @throws InvalidInputException if the application's referential is not the rule set's
   */
  public EligibilityDecision evaluate(LabelApplication application, LocalDate decidedOn) {
    Objects.requireNonNull(application, "application");
    Objects.requireNonNull(decidedOn, "decidedOn");
    if (application.referential() != ruleSet.referential()) {
      throw new InvalidInputException(
          EligibilityMessages.BUNDLE.message(
              "eligibility.referential",
              application.referential().name(),
              ruleSet.referential().name(),
              ruleSet.id()));
    }
    SurveyEvidence users = SurveyEvidence.of(application.userSurvey());
    SurveyEvidence agents = SurveyEvidence.of(application.agentSurvey());
    List<TierAssessment> assessments = new ArrayList<>();
    LabelTier reached = null;
    for (LabelTier tier : LabelTier.values()) {
      TierAssessment assessment = assess(tier, application, users, agents);
      assessments.add(assessment);
      if (assessment.reached()) {
        reached = tier;
      }
    }
    LabelTier next = EligibilityDecision.next(reached);
    TierGap gap =
        next == null ? null : new TierGap(next, assessments.get(next.ordinal()).failing());
    LocalDate validUntil = reached == null ? null : decidedOn.plus(labelRules.validity());
    LocalDate followUp = reached == null ? null : decidedOn.plus(labelRules.followUpAuditDelay());
    return new EligibilityDecision(
        ruleSet.reference(),
        application.structure(),
        decidedOn,
        reached,
        assessments,
        gap,
        validUntil,
        followUp);
  }

  private TierAssessment assess(
      LabelTier tier,
      LabelApplication application,
      @Nullable SurveyEvidence users,
      @Nullable SurveyEvidence agents) {
    TierRequirements requirements = ruleSet.requirements(tier);
    SurveyThreshold threshold = requirements.surveyThreshold();
    BinomialInterval interval = BinomialInterval.of(threshold.method(), threshold.confidence());
    List<CriterionFinding> findings = new ArrayList<>();
    findings.add(
        size(
            "userSurvey.size",
            CriterionKind.USER_SURVEY_SIZE,
            users,
            requirements.minUserSurveySize()));
    findings.add(
        surveyScore(
            "userSurvey.score",
            CriterionKind.USER_SURVEY_SCORE,
            users,
            requirements.minUserScore(),
            threshold,
            interval));
    findings.add(
        size(
            "agentSurvey.size",
            CriterionKind.AGENT_SURVEY_SIZE,
            agents,
            requirements.minAgentSurveySize()));
    findings.add(
        surveyScore(
            "agentSurvey.score",
            CriterionKind.AGENT_SURVEY_SCORE,
            agents,
            requirements.minAgentScore(),
            threshold,
            interval));
    int engagements = Referentials.of(ruleSet.referential()).size();
    for (int number = 1; number <= engagements; number++) {
      EngagementAuditResult result = application.engagementResult(number).orElse(null);
      findings.add(
          audit(
              "engagement." + number,
              CriterionKind.ENGAGEMENT_AUDIT_SCORE,
              number,
              ruleSet.auditThreshold(tier, number),
              result == null ? null : result.score(),
              result == null ? List.of() : result.missingCriteria()));
    }
    BigDecimal orMinimum = requirements.minOrCriteriaScore();
    if (tier == LabelTier.OR && orMinimum != null) {
      OrCriteriaAuditResult result = application.orCriteria();
      findings.add(
          audit(
              "orCriteria.score",
              CriterionKind.OR_CRITERIA_SCORE,
              null,
              orMinimum,
              result == null ? null : result.score(),
              result == null
                  ? List.of()
                  : result.missingCriteria().stream().map(OrCriterion::name).toList()));
    }
    return new TierAssessment(tier, findings.stream().allMatch(CriterionFinding::passed), findings);
  }

  private static CriterionFinding size(
      String id, CriterionKind kind, @Nullable SurveyEvidence survey, long minimum) {
    BigDecimal required = BigDecimal.valueOf(minimum);
    if (survey == null) {
      return finding(
          id,
          kind,
          null,
          required,
          null,
          null,
          null,
          null,
          false,
          List.of(),
          "finding.survey.missing");
    }
    BigDecimal observed = BigDecimal.valueOf(survey.respondents());
    BigDecimal margin = observed.subtract(required);
    boolean passed = margin.signum() >= 0;
    return finding(
        id,
        kind,
        null,
        required,
        observed,
        null,
        null,
        margin,
        passed,
        List.of(),
        passed ? "finding.size.passed" : "finding.size.failed",
        plain(observed),
        plain(required),
        plain(margin.abs()));
  }

  private static CriterionFinding surveyScore(
      String id,
      CriterionKind kind,
      @Nullable SurveyEvidence survey,
      BigDecimal required,
      SurveyThreshold threshold,
      BinomialInterval calculator) {
    if (survey == null) {
      return finding(
          id,
          kind,
          null,
          required,
          null,
          null,
          null,
          null,
          false,
          List.of(),
          "finding.survey.missing");
    }
    Double score = survey.score();
    if (score == null) {
      return finding(
          id,
          kind,
          null,
          required,
          null,
          null,
          null,
          null,
          false,
          List.of(),
          "finding.survey.no.valid.answer");
    }
    BigDecimal point = BigDecimal.valueOf(score);
    ConfidenceInterval interval = survey.interval(calculator);
    BigDecimal low = BigDecimal.valueOf(interval.low()).min(point);
    IntervalVerdict verdict;
    if (point.compareTo(required) < 0) {
      verdict = IntervalVerdict.NOT_MET;
    } else if (low.compareTo(required) >= 0) {
      verdict = IntervalVerdict.MET;
    } else {
      verdict = IntervalVerdict.MET_BY_POINT_ONLY;
    }
    boolean byLowerBound = threshold.basis() == SurveyThresholdBasis.LOWER_BOUND;
    BigDecimal decisive = byLowerBound ? low : point;
    BigDecimal margin = decisive.subtract(required);
    boolean passed = margin.signum() >= 0;
    String key =
        switch (verdict) {
          case MET -> "finding.survey.met";
          case MET_BY_POINT_ONLY ->
              passed ? "finding.survey.point.only.passed" : "finding.survey.point.only.failed";
          case NOT_MET -> "finding.survey.failed";
        };
    return finding(
        id,
        kind,
        null,
        required,
        point,
        interval,
        verdict,
        margin,
        passed,
        List.of(),
        key,
        plain(floor(point)),
        plain(required),
        plain(passed ? floor(margin) : ceiling(margin.negate())),
        plain(floor(BigDecimal.valueOf(interval.low()))),
        plain(ceiling(BigDecimal.valueOf(interval.high()))),
        plain(BigDecimal.valueOf(threshold.confidence()).multiply(HUNDRED)),
        threshold.method().name());
  }

  private static CriterionFinding audit(
      String id,
      CriterionKind kind,
      @Nullable Integer engagement,
      BigDecimal required,
      @Nullable BigDecimal score,
      List<String> missing) {
    if (score == null) {
      return finding(
          id,
          kind,
          engagement,
          required,
          null,
          null,
          null,
          null,
          false,
          List.of(),
          kind == CriterionKind.OR_CRITERIA_SCORE ? "finding.or.missing" : "finding.audit.missing");
    }
    List<String> sorted = missing.stream().sorted().toList();
    if (!sorted.isEmpty()) {
      return finding(
          id,
          kind,
          engagement,
          required,
          score,
          null,
          null,
          null,
          false,
          sorted,
          "finding.audit.incomplete",
          plain(floor(score)),
          plain(required),
          String.join(", ", sorted));
    }
    BigDecimal margin = score.subtract(required);
    boolean passed = margin.signum() >= 0;
    return finding(
        id,
        kind,
        engagement,
        required,
        score,
        null,
        null,
        margin,
        passed,
        List.of(),
        passed ? "finding.score.passed" : "finding.score.failed",
        plain(floor(score)),
        plain(required),
        plain(passed ? floor(margin) : ceiling(margin.negate())));
  }

  private static CriterionFinding finding(
      String id,
      CriterionKind kind,
      @Nullable Integer engagement,
      BigDecimal required,
      @Nullable BigDecimal observed,
      @Nullable ConfidenceInterval interval,
      @Nullable IntervalVerdict verdict,
      @Nullable BigDecimal margin,
      boolean passed,
      List<String> missing,
      String key,
      String... arguments) {
    return new CriterionFinding(
        id,
        kind,
        engagement,
        required,
        observed,
        interval,
        verdict,
        margin,
        passed,
        missing,
        key,
        List.of(arguments));
  }

  private static BigDecimal floor(BigDecimal value) {
    return value.setScale(DISPLAY_DECIMALS, RoundingMode.FLOOR);
  }

  private static BigDecimal ceiling(BigDecimal value) {
    return value.setScale(DISPLAY_DECIMALS, RoundingMode.CEILING);
  }

  private static String plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
  }
}
