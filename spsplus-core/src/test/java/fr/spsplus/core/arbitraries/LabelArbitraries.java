package fr.spsplus.core.arbitraries;

import fr.spsplus.core.audit.EngagementAuditResult;
import fr.spsplus.core.audit.OrCriterion;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.engagement.Referentials;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.label.LabelApplication;
import fr.spsplus.core.label.LabelDecision;
import fr.spsplus.core.label.LabelLifecycle;
import fr.spsplus.core.label.LabelRuleSet;
import fr.spsplus.core.label.LabelRules;
import fr.spsplus.core.label.LabelStatus;
import fr.spsplus.core.label.LabelTier;
import fr.spsplus.core.label.LabelTransition;
import fr.spsplus.core.label.OrCriteriaAuditResult;
import fr.spsplus.core.label.SurveyThreshold;
import fr.spsplus.core.label.SurveyThresholdBasis;
import fr.spsplus.core.label.TierRequirements;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.AgentSurvey;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.UserSurvey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.jspecify.annotations.Nullable;

/** Arbitraries for {@code fr.spsplus.core.label}. */
public final class LabelArbitraries {

  private LabelArbitraries() {}

  /**
   * Label tiers.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LabelTier> tiers() {
    return Arbitraries.of(LabelTier.class);
  }

  /**
   * Label states.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LabelStatus> statuses() {
    return Arbitraries.of(LabelStatus.class);
  }

  /**
   * Rules with a validity of 2 months to 10 years and a follow-up audit strictly within it, the
   * defaults included.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LabelRules> rules() {
    Arbitrary<LabelRules> any =
        Arbitraries.integers()
            .between(2, 120)
            .flatMap(
                validity ->
                    Arbitraries.integers()
                        .between(1, validity - 1)
                        .map(
                            followUp ->
                                new LabelRules(
                                    Period.ofMonths(validity), Period.ofMonths(followUp))));
    return Arbitraries.frequencyOf(
        Tuple.of(4, any), Tuple.of(1, Arbitraries.just(LabelRules.defaults())));
  }

  /**
   * Decisions awarded under arbitrary rules.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LabelDecision> decisions() {
    return Combinators.combine(
            StructureArbitraries.codes(),
            tiers(),
            ArbitraryTexts.titles(),
            ArbitraryTexts.dates(),
            rules())
        .as(LabelDecision::award);
  }

  /**
   * Single transitions, not necessarily allowed (the lifecycle checks that).
   *
   * @return the arbitrary
   */
  public static Arbitrary<LabelTransition> transitions() {
    return Combinators.combine(
            statuses().injectNull(0.2),
            statuses(),
            ArbitraryTexts.dates(),
            ArbitraryTexts.paragraphs())
        .as(LabelTransition::new);
  }

  /**
   * Lifecycles reached by random walks of 0 to 8 allowed transitions after the application, each 0
   * to 400 days after the previous one.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LabelLifecycle> lifecycles() {
    Arbitrary<List<Integer>> choices = Arbitraries.integers().between(0, 99).list().ofMaxSize(8);
    Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(0, 400).list().ofSize(8);
    return Combinators.combine(ArbitraryTexts.dates(), ArbitraryTexts.paragraphs(), choices, gaps)
        .as(
            (start, reason, picks, days) -> {
              LabelLifecycle lifecycle = LabelLifecycle.applied(start, reason);
              LocalDate day = start;
              for (int i = 0; i < picks.size(); i++) {
                List<LabelStatus> next = new ArrayList<>(lifecycle.state().allowedNext());
                if (next.isEmpty()) {
                  break;
                }
                day = day.plusDays(days.get(i));
                lifecycle =
                    lifecycle.moveTo(next.get(picks.get(i) % next.size()), day, "Étape " + (i + 1));
              }
              return lifecycle;
            });
  }

  /**
   * Score thresholds and audit scores: 0 to 100 with 0 to 2 decimal places, bounds included.
   *
   * @return the arbitrary
   */
  public static Arbitrary<BigDecimal> scores() {
    return Arbitraries.integers()
        .between(0, 10_000)
        .edgeCases(c -> c.includeOnly(0, 10_000))
        .map(hundredths -> BigDecimal.valueOf(hundredths, 2).stripTrailingZeros());
  }

  /**
   * Audit results of the "Or" criteria: any score, complete half of the time, otherwise with 1 to 4
   * criteria missing.
   *
   * @return the arbitrary
   */
  public static Arbitrary<OrCriteriaAuditResult> orCriteriaResults() {
    Arbitrary<List<OrCriterion>> missing =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(List.<OrCriterion>of())),
            Tuple.of(
                1,
                Arbitraries.of(OrCriterion.class)
                    .list()
                    .uniqueElements()
                    .ofMinSize(1)
                    .ofMaxSize(4)));
    return Combinators.combine(scores(), missing).as(OrCriteriaAuditResult::new);
  }

  /**
   * Survey thresholds of any basis, binomial method and level from 0.5 to 0.999.
   *
   * @return the arbitrary
   */
  public static Arbitrary<SurveyThreshold> surveyThresholds() {
    return Combinators.combine(
            Arbitraries.of(SurveyThresholdBasis.class), binomialMethods(), confidences())
        .as(SurveyThreshold::new);
  }

  private static Arbitrary<IntervalMethod> binomialMethods() {
    return Arbitraries.of(
        IntervalMethod.WILSON,
        IntervalMethod.CLOPPER_PEARSON,
        IntervalMethod.JEFFREYS,
        IntervalMethod.AGRESTI_COULL);
  }

  private static Arbitrary<Double> confidences() {
    return Arbitraries.integers().between(500, 999).map(thousandths -> thousandths / 1000.0);
  }

  /**
   * Valid rule sets for any bundled referential (mostly the current one), the bundled illustrative
   * one included: tiers built from the bottom up by non-negative increments, each tier's audit
   * minimum in either form, survey thresholds that never get more lenient.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LabelRuleSet> ruleSets() {
    Arbitrary<ReferentialId> referentials =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(ReferentialId.SP_PLUS_2023)),
            Tuple.of(1, Arbitraries.of(ReferentialId.class)));
    Arbitrary<LabelRuleSet> any =
        referentials.flatMap(
            referential -> {
              int size = Referentials.of(referential).size();
              Arbitrary<List<Integer>> steps =
                  Arbitraries.integers().between(0, 1500).list().ofSize(3 * (size + 6));
              Arbitrary<List<Boolean>> forms = Arbitraries.of(true, false).list().ofSize(3);
              Arbitrary<List<Double>> levels = confidences().list().ofSize(3);
              return Combinators.combine(
                      ArbitraryTexts.ids(),
                      Arbitraries.integers().between(1, 50),
                      ArbitraryTexts.titles(),
                      Arbitraries.of(true, false),
                      ArbitraryTexts.paragraphs(),
                      steps,
                      forms,
                      Combinators.combine(
                              Arbitraries.integers().between(0, 3), binomialMethods(), levels)
                          .as(Tuple::of))
                  .as(
                      (id, version, title, illustrative, provenance, increments, uniform, survey) ->
                          ruleSet(
                              id,
                              version,
                              title,
                              illustrative,
                              provenance,
                              referential,
                              increments,
                              uniform,
                              survey.get1(),
                              survey.get2(),
                              survey.get3()));
            });
    return Arbitraries.frequencyOf(
        Tuple.of(8, any), Tuple.of(1, Arbitraries.just(LabelRuleSet.illustrativeSpPlus2023())));
  }

  /**
   * Builds a rule set whose values rise tier by tier: {@code steps} holds, per tier, 6 increments
   * (user score, user size, agent score, agent size, "Or" criteria, uniform audit) then one per
   * engagement, in hundredths of a point (sizes: respondents); {@code pointTiers} tiers from the
   * bottom judge surveys by the point estimate, the others by the lower bound with sorted levels.
   */
  private static LabelRuleSet ruleSet(
      String id,
      int version,
      String title,
      boolean illustrative,
      String provenance,
      ReferentialId referential,
      List<Integer> steps,
      List<Boolean> uniform,
      int pointTiers,
      IntervalMethod method,
      List<Double> levels) {
    int size = Referentials.of(referential).size();
    int stride = size + 6;
    List<Double> sortedLevels = new ArrayList<>(levels);
    Collections.sort(sortedLevels);
    LabelRuleSet.Builder builder =
        LabelRuleSet.builder(id, title)
            .version(version)
            .illustrative(illustrative)
            .referential(referential)
            .provenance(provenance);
    long[] previous = new long[6];
    long[] audit = new long[size];
    LabelTier[] tiers = LabelTier.values();
    for (int t = 0; t < 3; t++) {
      List<Integer> own = steps.subList(t * stride, (t + 1) * stride);
      long[] current = new long[6];
      for (int k = 0; k < 6; k++) {
        current[k] =
            Math.min(
                k == 1 || k == 3 ? 100_000 : 10_000, previous[k] + own.get(k) / (t == 0 ? 1 : 3));
      }
      TierRequirements.Builder tier =
          TierRequirements.builder()
              .minUserScore(BigDecimal.valueOf(current[0], 2))
              .minUserSurveySize(current[1])
              .minAgentScore(BigDecimal.valueOf(current[2], 2))
              .minAgentSurveySize(current[3])
              .surveyThreshold(
                  t < pointTiers
                      ? new SurveyThreshold(
                          SurveyThresholdBasis.POINT_ESTIMATE, method, sortedLevels.get(t))
                      : SurveyThreshold.lowerBound(method, sortedLevels.get(t)));
      if (tiers[t] == LabelTier.OR) {
        tier.minOrCriteriaScore(BigDecimal.valueOf(current[4], 2));
      }
      if (uniform.get(t)) {
        long floor = 0;
        for (long value : audit) {
          floor = Math.max(floor, value);
        }
        long value = Math.min(10_000, Math.max(floor, current[5]) + own.get(5) / 4);
        tier.minAuditScore(BigDecimal.valueOf(value, 2));
        Arrays.fill(audit, value);
      } else {
        for (int n = 0; n < size; n++) {
          audit[n] = Math.min(10_000, audit[n] + own.get(6 + n) / (t == 0 ? 1 : 4));
          tier.engagement(n + 1, BigDecimal.valueOf(audit[n], 2));
        }
      }
      previous = current;
      builder.tier(tiers[t], tier.build());
    }
    return builder.build();
  }

  /**
   * Applications for the current referential: surveys present or not (the agent survey about the
   * user survey's structure), a subset of the engagements with results (some incomplete), the "Or"
   * criteria audited or not, a grid reference or not.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LabelApplication> applications() {
    Arbitrary<EngagementAuditResult> anyResult =
        Arbitraries.integers().between(1, 8).flatMap(LabelArbitraries::engagementResults);
    return Combinators.combine(
            SurveyArbitraries.userSurveys().injectNull(0.2),
            SurveyArbitraries.agentSurveys().injectNull(0.2),
            StructureArbitraries.codes(),
            ArbitraryTexts.dates(),
            anyResult.list().ofMaxSize(10).uniqueElements(EngagementAuditResult::engagement),
            orCriteriaResults().injectNull(0.3),
            AuditArbitraries.gridReferences().injectNull(0.5))
        .as(
            (user, agent, code, date, results, or, grid) -> {
              StructureCode structure = user == null ? code : user.structure();
              return new LabelApplication(
                  structure,
                  ReferentialId.SP_PLUS_2023,
                  date,
                  user,
                  agent == null ? null : about(agent, structure),
                  results,
                  or,
                  grid);
            });
  }

  /**
   * Audit results of one engagement: complete two times out of three, otherwise with 1 to 3
   * criteria missing.
   *
   * @param engagement the engagement's number
   * @return the arbitrary
   */
  public static Arbitrary<EngagementAuditResult> engagementResults(int engagement) {
    Arbitrary<List<String>> missing =
        Arbitraries.frequencyOf(
            Tuple.of(2, Arbitraries.just(List.<String>of())),
            Tuple.of(1, ArbitraryTexts.ids().list().uniqueElements().ofMinSize(1).ofMaxSize(3)));
    return Combinators.combine(scores(), missing)
        .as((score, ids) -> new EngagementAuditResult(engagement, score, ids));
  }

  private static AgentSurvey about(AgentSurvey survey, StructureCode structure) {
    return new AgentSurvey(
        structure, survey.period(), survey.score(), survey.n(), survey.answers());
  }

  /**
   * Returns a user survey about the structure, whatever structure it was about.
   *
   * @param survey the survey, or null
   * @param structure the structure
   * @return the survey about that structure, or null
   */
  public static @Nullable UserSurvey about(@Nullable UserSurvey survey, StructureCode structure) {
    if (survey == null) {
      return null;
    }
    return new UserSurvey(
        structure,
        survey.period(),
        survey.score(),
        survey.n(),
        survey.answers().stream()
            .map(
                a ->
                    new SurveyAnswer(
                        a.responseId(),
                        structure,
                        a.answeredAt(),
                        a.question(),
                        a.answer(),
                        a.weight()))
            .toList());
  }
}
