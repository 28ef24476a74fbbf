package fr.spsplus.indicators.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.arbitraries.LabelArbitraries;
import fr.spsplus.core.arbitraries.SurveyArbitraries;
import fr.spsplus.core.audit.EngagementAuditResult;
import fr.spsplus.core.audit.OrCriterion;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.label.LabelApplication;
import fr.spsplus.core.label.LabelRuleSet;
import fr.spsplus.core.label.LabelTier;
import fr.spsplus.core.label.OrCriteriaAuditResult;
import fr.spsplus.core.label.SurveyThreshold;
import fr.spsplus.core.label.SurveyThresholdBasis;
import fr.spsplus.core.label.TierRequirements;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.AgentSurvey;
import fr.spsplus.core.survey.UserSurvey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.jspecify.annotations.Nullable;

/**
 * The laws of the eligibility decision: monotone in the evidence and in the thresholds,
 * deterministic, independent of the order of the evidence, and consistent (a tier is granted only
 * when all its findings pass).
 */
class LabelEligibilityPropertiesTest {

  private static final StructureCode STRUCTURE = StructureCode.of("3Tn8gzTdcz");
  private static final ReportingPeriod YEAR = ReportingPeriod.ofYear(2025);
  private static final LabelRuleSet EXAMPLE = example();

  private static LabelRuleSet example() {
    try (InputStream in = LabelRuleSet.class.getResourceAsStream(LabelRuleSet.EXAMPLE_RESOURCE)) {
      return LabelRuleSet.fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ----- generators -----

  @Provide
  Arbitrary<Tuple2<LabelRuleSet, LabelApplication>> cases() {
    // Without edge cases: they would pile up nulls and the lowest level, starving the tiers;
    // missing evidence has its own property below.
    return Combinators.combine(ruleSets(), applications()).as(Tuple::of).withoutEdgeCases();
  }

  private static Arbitrary<LabelRuleSet> ruleSets() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(LabelRuleSet.illustrativeSpPlus2023())),
        Tuple.of(2, Arbitraries.just(EXAMPLE)),
        Tuple.of(
            2,
            LabelArbitraries.ruleSets()
                .filter(r -> r.referential() == ReferentialId.SP_PLUS_2023)));
  }

  /**
   * Applications around the thresholds of the rule sets above: every score is drawn near a common
   * level (so that all tiers, and none, come up), surveys by score (sometimes by raw answers),
   * engagement and "Or" results mostly complete, each piece sometimes missing.
   */
  private static Arbitrary<LabelApplication> applications() {
    return Arbitraries.integers()
        .between(4_500, 10_000)
        .withDistribution(RandomDistribution.uniform())
        .flatMap(LabelEligibilityPropertiesTest::around);
  }

  /** A score in hundredths near {@code level}, clamped to 0–100. */
  private static Arbitrary<BigDecimal> near(int level, int spread) {
    return Arbitraries.integers()
        .between(-spread, spread)
        .withDistribution(RandomDistribution.uniform())
        .map(d -> BigDecimal.valueOf(Math.max(0, Math.min(10_000, level + d)), 2));
  }

  private static Arbitrary<LabelApplication> around(int level) {
    Arbitrary<UserSurvey> users =
        Arbitraries.frequencyOf(
                Tuple.of(
                    9,
                    Combinators.combine(
                            near(level, 800),
                            Arbitraries.longs()
                                .between(20, 500)
                                .withDistribution(RandomDistribution.uniform()))
                        .as(
                            (score, n) ->
                                UserSurvey.ofScore(STRUCTURE, YEAR, score.doubleValue(), n))),
                Tuple.of(
                    1,
                    SurveyArbitraries.userSurveys().map(s -> LabelArbitraries.about(s, STRUCTURE))))
            .injectNull(0.03);
    Arbitrary<AgentSurvey> agents =
        Combinators.combine(
                near(level - 500, 800),
                Arbitraries.longs().between(3, 120).withDistribution(RandomDistribution.uniform()))
            .as((score, n) -> AgentSurvey.ofScore(STRUCTURE, YEAR, score.doubleValue(), n))
            .injectNull(0.03);
    List<Arbitrary<EngagementAuditResult>> engagements = new ArrayList<>();
    for (int number = 1; number <= 8; number++) {
      int engagement = number;
      engagements.add(
          Arbitraries.frequencyOf(
                  Tuple.of(
                      60,
                      near(level, 600)
                          .map(s -> new EngagementAuditResult(engagement, s, List.of()))),
                  Tuple.of(
                      1,
                      near(level, 600)
                          .map(
                              s ->
                                  new EngagementAuditResult(
                                      engagement, s, List.of("E" + engagement + ".2")))))
              .injectNull(0.005));
    }
    Arbitrary<List<EngagementAuditResult>> results =
        Combinators.combine(engagements).as(list -> list.stream().filter(r -> r != null).toList());
    Arbitrary<OrCriteriaAuditResult> or =
        Arbitraries.frequencyOf(
                Tuple.of(20, near(level - 500, 1_000).map(OrCriteriaAuditResult::of)),
                Tuple.of(
                    1,
                    near(level, 1_000)
                        .map(s -> new OrCriteriaAuditResult(s, List.of(OrCriterion.B2)))))
            .injectNull(0.03);
    return Combinators.combine(users, agents, results, or)
        .as(
            (user, agent, list, orResult) ->
                LabelApplication.builder(STRUCTURE, LocalDate.of(2026, 3, 2))
                    .userSurvey(user)
                    .agentSurvey(agent)
                    .engagementResults(list)
                    .orCriteria(orResult)
                    .build());
  }

  private static int rank(@Nullable LabelTier tier) {
    return tier == null ? -1 : tier.ordinal();
  }

  private static EligibilityDecision evaluate(LabelRuleSet rules, LabelApplication application) {
    return LabelEligibility.of(rules).evaluate(application);
  }

  // ----- laws -----

  @Property
  void aTierIsGrantedExactlyWhenAllItsFindingsPassAndTheTiersBelowToo(
      @ForAll("cases") Tuple2<LabelRuleSet, LabelApplication> input) {
    EligibilityDecision decision = evaluate(input.get1(), input.get2());
    Statistics.label("tier").collect(decision.tier() == null ? "none" : decision.tier().name());
    for (TierAssessment assessment : decision.tiers()) {
      boolean granted = rank(assessment.tier()) <= rank(decision.tier());
      assertThat(assessment.reached()).isEqualTo(granted);
      if (granted) {
        assertThat(assessment.findings()).allSatisfy(f -> assertThat(f.passed()).isTrue());
      } else {
        assertThat(assessment.failing()).isNotEmpty();
      }
      for (CriterionFinding finding : assessment.findings()) {
        if (finding.passed()) {
          assertThat(finding.margin()).isNotNull().isGreaterThanOrEqualTo(BigDecimal.ZERO);
        } else if (finding.margin() != null) {
          assertThat(finding.shortfall()).contains(finding.margin().negate());
        } else {
          assertThat(finding.observed() == null || !finding.missingCriteria().isEmpty()).isTrue();
        }
        assertThat(finding.message()).isNotBlank();
        assertThat(finding.message(Locale.ENGLISH)).isNotEqualTo(finding.message());
      }
    }
    if (decision.tier() != LabelTier.OR) {
      LabelTier next = EligibilityDecision.next(decision.tier());
      assertThat(decision.nextTierGap().tier()).isEqualTo(next);
      assertThat(decision.nextTierGap().failing()).isEqualTo(decision.assessment(next).failing());
    }
    Statistics.label("tier")
        .coverage(
            checker -> {
              checker.check("none").percentage(p -> p > 2);
              checker.check("BRONZE").percentage(p -> p > 2);
              checker.check("ARGENT").percentage(p -> p > 2);
              checker.check("OR").percentage(p -> p > 2);
            });
  }

  @Property
  void theDecisionIsDeterministicAndRoundTripsAsJson(
      @ForAll("cases") Tuple2<LabelRuleSet, LabelApplication> input) {
    EligibilityDecision decision = evaluate(input.get1(), input.get2());
    assertThat(evaluate(input.get1(), input.get2())).isEqualTo(decision);
    String json = SpsplusJson.compact().write(decision);
    assertThat(SpsplusJson.compact().read(json, EligibilityDecision.class)).isEqualTo(decision);
    assertThat(DecisionReport.text(decision)).contains(input.get1().id());
    assertThat(DecisionReport.text(decision, Locale.ENGLISH))
        .isNotEqualTo(DecisionReport.text(decision));
  }

  @Property
  void theDecisionDoesNotDependOnTheOrderOfEngagementsAndCriteria(
      @ForAll("cases") Tuple2<LabelRuleSet, LabelApplication> input, @ForAll Random random) {
    LabelApplication application = input.get2();
    List<EngagementAuditResult> shuffled = new ArrayList<>();
    for (EngagementAuditResult result : application.engagementResults()) {
      List<String> missing = new ArrayList<>(result.missingCriteria());
      missing.add("E" + result.engagement() + ".9");
      Collections.shuffle(missing, random);
      shuffled.add(new EngagementAuditResult(result.engagement(), result.score(), missing));
    }
    Collections.shuffle(shuffled, random);
    List<EngagementAuditResult> sorted =
        shuffled.stream()
            .map(
                r ->
                    new EngagementAuditResult(
                        r.engagement(), r.score(), r.missingCriteria().stream().sorted().toList()))
            .sorted((a, b) -> Integer.compare(a.engagement(), b.engagement()))
            .toList();
    LabelRuleSet rules = input.get1();
    Map<LabelTier, TierRequirements> reversedTiers = new LinkedHashMap<>();
    for (int i = LabelTier.values().length - 1; i >= 0; i--) {
      LabelTier tier = LabelTier.values()[i];
      reversedTiers.put(tier, rules.requirements(tier));
    }
    LabelRuleSet reordered =
        new LabelRuleSet(
            rules.id(),
            rules.version(),
            rules.title(),
            rules.illustrative(),
            rules.referential(),
            rules.provenance(),
            reversedTiers);
    EligibilityDecision a = evaluate(rules, with(application, sorted));
    EligibilityDecision b = evaluate(reordered, with(application, shuffled));
    assertThat(b).isEqualTo(a);
  }

  private static LabelApplication with(
      LabelApplication application, List<EngagementAuditResult> results) {
    return new LabelApplication(
        application.structure(),
        application.referential(),
        application.date(),
        application.userSurvey(),
        application.agentSurvey(),
        results,
        application.orCriteria(),
        application.grid());
  }

  @Property
  void raisingAnyScoreNeverLowersTheTier(
      @ForAll("cases") Tuple2<LabelRuleSet, LabelApplication> input,
      @ForAll @IntRange(min = 0, max = 10) int target,
      @ForAll @DoubleRange(min = 0, max = 1) double fraction) {
    LabelApplication application = input.get2();
    LabelApplication raised = raise(application, target, fraction);
    assertThat(rank(evaluate(input.get1(), raised).tier()))
        .isGreaterThanOrEqualTo(rank(evaluate(input.get1(), application).tier()));
  }

  /**
   * Raises one score towards 100 by {@code fraction} of the way: 0 the user survey, 1 the agent
   * survey, 2 the "Or" criteria, 3 to 10 engagement 1 to 8.
   */
  private static LabelApplication raise(LabelApplication app, int target, double fraction) {
    LabelApplication.Builder builder = app.toBuilder();
    switch (target) {
      case 0 -> {
        UserSurvey s = app.userSurvey();
        if (s != null) {
          double score = s.effectiveScore().orElse(0);
          builder.userSurvey(
              new UserSurvey(
                  s.structure(), s.period(), towards100(score, fraction), s.n(), s.answers()));
        }
      }
      case 1 -> {
        AgentSurvey s = app.agentSurvey();
        if (s != null) {
          double score = s.effectiveScore().orElse(0);
          builder.agentSurvey(
              new AgentSurvey(
                  s.structure(), s.period(), towards100(score, fraction), s.n(), s.answers()));
        }
      }
      case 2 -> {
        OrCriteriaAuditResult or = app.orCriteria();
        if (or != null) {
          builder.orCriteria(
              new OrCriteriaAuditResult(towards100(or.score(), fraction), or.missingCriteria()));
        }
      }
      default -> {
        int engagement = target - 2;
        app.engagementResult(engagement)
            .ifPresent(
                r ->
                    builder.engagementResult(
                        new EngagementAuditResult(
                            engagement, towards100(r.score(), fraction), r.missingCriteria())));
      }
    }
    return builder.build();
  }

  private static double towards100(double score, double fraction) {
    return Math.min(100, score + (100 - score) * fraction);
  }

  private static BigDecimal towards100(BigDecimal score, double fraction) {
    BigDecimal step =
        BigDecimal.valueOf(100).subtract(score).multiply(BigDecimal.valueOf(fraction));
    return score.add(step).setScale(2, RoundingMode.FLOOR).max(score);
  }

  @Property
  void loweringAThresholdNeverLowersTheTier(
      @ForAll("cases") Tuple2<LabelRuleSet, LabelApplication> input,
      @ForAll LabelTier tier,
      @ForAll @IntRange(min = 0, max = 6) int criterion,
      @ForAll @DoubleRange(min = 0, max = 1) double fraction) {
    LabelRuleSet rules = input.get1();
    LabelRuleSet lowered = lower(rules, tier, criterion, fraction);
    assertThat(rank(evaluate(lowered, input.get2()).tier()))
        .isGreaterThanOrEqualTo(rank(evaluate(rules, input.get2()).tier()));
  }

  /**
   * Lowers one minimum of one tier by {@code fraction} of the way down to the tier below (0 for
   * BRONZE), so that the rule set stays valid: 0 user score, 1 user size, 2 agent score, 3 agent
   * size, 4 audit (the single minimum, or one engagement's), 5 "Or" criteria, 6 the survey
   * threshold (lower bound relaxed to the point estimate, or a lower confidence level).
   */
  private static LabelRuleSet lower(
      LabelRuleSet rules, LabelTier tier, int criterion, double fraction) {
    TierRequirements current = rules.requirements(tier);
    TierRequirements below =
        tier == LabelTier.BRONZE
            ? null
            : rules.requirements(LabelTier.values()[tier.ordinal() - 1]);
    TierRequirements.Builder builder = current.toBuilder();
    switch (criterion) {
      case 0 ->
          builder.minUserScore(
              between(
                  below == null ? BigDecimal.ZERO : below.minUserScore(),
                  current.minUserScore(),
                  fraction));
      case 1 ->
          builder.minUserSurveySize(
              between(
                  below == null ? 0 : below.minUserSurveySize(),
                  current.minUserSurveySize(),
                  fraction));
      case 2 ->
          builder.minAgentScore(
              between(
                  below == null ? BigDecimal.ZERO : below.minAgentScore(),
                  current.minAgentScore(),
                  fraction));
      case 3 ->
          builder.minAgentSurveySize(
              between(
                  below == null ? 0 : below.minAgentSurveySize(),
                  current.minAgentSurveySize(),
                  fraction));
      case 4 -> {
        if (current.minAuditScore() != null) {
          BigDecimal floor = BigDecimal.ZERO;
          for (int n = 1; n <= 8 && below != null; n++) {
            floor = floor.max(below.auditThreshold(n).orElseThrow());
          }
          builder.minAuditScore(between(floor, current.minAuditScore(), fraction));
        } else {
          int n = 1 + (int) Math.min(7, fraction * 8);
          BigDecimal floor =
              below == null ? BigDecimal.ZERO : below.auditThreshold(n).orElseThrow();
          builder.engagement(n, between(floor, current.engagements().get(n), fraction));
        }
      }
      case 5 -> {
        if (current.minOrCriteriaScore() != null) {
          builder.minOrCriteriaScore(
              between(BigDecimal.ZERO, current.minOrCriteriaScore(), fraction));
        }
      }
      default -> {
        SurveyThreshold threshold = current.surveyThreshold();
        SurveyThreshold under = below == null ? null : below.surveyThreshold();
        if (threshold.basis() == SurveyThresholdBasis.LOWER_BOUND) {
          if (under == null || under.basis() == SurveyThresholdBasis.POINT_ESTIMATE) {
            builder.surveyThreshold(
                new SurveyThreshold(
                    SurveyThresholdBasis.POINT_ESTIMATE,
                    threshold.method(),
                    threshold.confidence()));
          } else {
            double level =
                under.confidence() + (threshold.confidence() - under.confidence()) * (1 - fraction);
            builder.surveyThreshold(SurveyThreshold.lowerBound(threshold.method(), level));
          }
        }
      }
    }
    return rules.toBuilder().tier(tier, builder.build()).build();
  }

  private static BigDecimal between(BigDecimal floor, BigDecimal current, double fraction) {
    BigDecimal drop = current.subtract(floor).multiply(BigDecimal.valueOf(fraction));
    return current.subtract(drop).setScale(2, RoundingMode.CEILING).max(floor).min(current);
  }

  private static long between(long floor, long current, double fraction) {
    return current - (long) Math.floor((current - floor) * fraction);
  }

  @Property
  void aMissingPieceOfEvidenceMakesTheApplicationNotEligible(
      @ForAll("cases") Tuple2<LabelRuleSet, LabelApplication> input,
      @ForAll @IntRange(min = 0, max = 9) int piece) {
    LabelApplication.Builder builder = input.get2().toBuilder();
    String failing;
    switch (piece) {
      case 0 -> {
        builder.userSurvey(null);
        failing = "userSurvey.size";
      }
      case 1 -> {
        builder.agentSurvey(null);
        failing = "agentSurvey.score";
      }
      default -> {
        builder.withoutEngagement(piece - 1);
        failing = "engagement." + (piece - 1);
      }
    }
    EligibilityDecision decision = evaluate(input.get1(), builder.build());
    assertThat(decision.tier()).isNull();
    assertThat(decision.eligible()).isFalse();
    assertThat(decision.nextTierGap().failing()).extracting(CriterionFinding::id).contains(failing);
    CriterionFinding finding = decision.assessment(LabelTier.BRONZE).finding(failing).orElseThrow();
    assertThat(finding.observed()).isNull();
    assertThat(finding.evaluable()).isFalse();
  }
}
