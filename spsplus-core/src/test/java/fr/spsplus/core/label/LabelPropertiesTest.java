package fr.spsplus.core.label;

import static fr.spsplus.core.testing.RoundTrips.assertJsonRoundTrip;
import static fr.spsplus.core.testing.RoundTrips.assertValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.arbitraries.LabelArbitraries;
import fr.spsplus.core.audit.EngagementAuditResult;
import fr.spsplus.core.engagement.Referentials;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class LabelPropertiesTest {

  @Property
  void rulesRoundTripAndAreValid(@ForAll("rules") LabelRules rules) {
    assertJsonRoundTrip(rules, LabelRules.class);
    assertValid(rules);
  }

  @Property
  void decisionsRoundTripAndAreValid(@ForAll("decisions") LabelDecision decision) {
    assertJsonRoundTrip(decision, LabelDecision.class);
    assertValid(decision);
  }

  @Property
  void transitionsRoundTripAndAreValid(@ForAll("transitions") LabelTransition transition) {
    assertJsonRoundTrip(transition, LabelTransition.class);
    assertValid(transition);
  }

  @Property
  void lifecyclesRoundTripAndAreValid(@ForAll("lifecycles") LabelLifecycle lifecycle) {
    assertJsonRoundTrip(lifecycle, LabelLifecycle.class);
    assertValid(lifecycle);
  }

  @Property
  void ruleSetsRoundTripThroughTheCodecAndTheStrictReaderAndAreValid(
      @ForAll("ruleSets") LabelRuleSet rules) {
    assertJsonRoundTrip(rules, LabelRuleSet.class);
    assertThat(
            LabelRuleSet.fromJson(
                new ByteArrayInputStream(rules.toJson().getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(rules);
    assertValid(rules);
  }

  @Property
  void ruleSetTiersAreOrderedOnEveryCriterion(@ForAll("ruleSets") LabelRuleSet rules) {
    int size = Referentials.of(rules.referential()).size();
    for (LabelTier higher : List.of(LabelTier.ARGENT, LabelTier.OR)) {
      TierRequirements high = rules.requirements(higher);
      TierRequirements low = rules.requirements(LabelTier.values()[higher.ordinal() - 1]);
      assertThat(high.minUserScore()).isGreaterThanOrEqualTo(low.minUserScore());
      assertThat(high.minAgentScore()).isGreaterThanOrEqualTo(low.minAgentScore());
      assertThat(high.minUserSurveySize()).isGreaterThanOrEqualTo(low.minUserSurveySize());
      assertThat(high.minAgentSurveySize()).isGreaterThanOrEqualTo(low.minAgentSurveySize());
      assertThat(high.surveyThreshold().isAtLeastAsStrictAs(low.surveyThreshold())).isTrue();
      for (int n = 1; n <= size; n++) {
        assertThat(rules.auditThreshold(higher, n))
            .isGreaterThanOrEqualTo(
                rules.auditThreshold(LabelTier.values()[higher.ordinal() - 1], n));
      }
    }
  }

  @Property
  void applicationsRoundTripAndAreValid(@ForAll("applications") LabelApplication application) {
    assertJsonRoundTrip(application, LabelApplication.class);
    assertValid(application);
    assertThat(application.toBuilder().build()).isEqualTo(application);
  }

  @Property
  void applicationsDoNotDependOnTheOrderOfTheirEvidence(
      @ForAll("applications") LabelApplication application, @ForAll Random random) {
    List<EngagementAuditResult> shuffled = new ArrayList<>();
    for (EngagementAuditResult result : application.engagementResults()) {
      List<String> missing = new ArrayList<>(result.missingCriteria());
      Collections.shuffle(missing, random);
      shuffled.add(new EngagementAuditResult(result.engagement(), result.score(), missing));
    }
    Collections.shuffle(shuffled, random);
    LabelApplication reordered =
        new LabelApplication(
            application.structure(),
            application.referential(),
            application.date(),
            application.userSurvey(),
            application.agentSurvey(),
            shuffled,
            application.orCriteria(),
            application.grid());
    assertThat(reordered).isEqualTo(application);
  }

  @Property
  void orCriteriaResultsRoundTripAndAreValid(
      @ForAll("orCriteriaResults") OrCriteriaAuditResult result) {
    assertJsonRoundTrip(result, OrCriteriaAuditResult.class);
    assertValid(result);
  }

  @Property
  void surveyThresholdsRoundTripAndAreValid(@ForAll("surveyThresholds") SurveyThreshold threshold) {
    assertJsonRoundTrip(threshold, SurveyThreshold.class);
    assertValid(threshold);
    assertThat(threshold.isAtLeastAsStrictAs(threshold)).isTrue();
  }

  @Provide
  Arbitrary<LabelRuleSet> ruleSets() {
    return LabelArbitraries.ruleSets();
  }

  @Provide
  Arbitrary<LabelApplication> applications() {
    return LabelArbitraries.applications();
  }

  @Provide
  Arbitrary<OrCriteriaAuditResult> orCriteriaResults() {
    return LabelArbitraries.orCriteriaResults();
  }

  @Provide
  Arbitrary<SurveyThreshold> surveyThresholds() {
    return LabelArbitraries.surveyThresholds();
  }

  @Property
  void enumsRoundTrip(@ForAll LabelTier tier, @ForAll LabelStatus status) {
    assertJsonRoundTrip(tier, LabelTier.class);
    assertJsonRoundTrip(status, LabelStatus.class);
  }

  @Property
  void basesRoundTrip(@ForAll SurveyThresholdBasis basis) {
    assertJsonRoundTrip(basis, SurveyThresholdBasis.class);
  }

  @Property
  void tierOrderIsTheDeclarationOrder(@ForAll LabelTier a, @ForAll LabelTier b) {
    assertThat(a.isAtLeast(b)).isEqualTo(a.ordinal() >= b.ordinal());
    assertThat(a.isAbove(b)).isEqualTo(a.ordinal() > b.ordinal());
    assertThat(a.isAtLeast(b) || b.isAtLeast(a)).isTrue();
    assertThat(a.isAbove(b) && b.isAbove(a)).isFalse();
    assertThat(a.isAtLeast(b) && b.isAtLeast(a)).isEqualTo(a == b);
  }

  @Property
  void decisionsAreDatedByTheirRules(
      @ForAll("rules") LabelRules rules, @ForAll("days") LocalDate awardedOn) {
    LabelDecision decision =
        LabelDecision.award(
            fr.spsplus.core.structure.StructureCode.of("S1"),
            LabelTier.OR,
            "Body",
            awardedOn,
            rules);
    assertThat(decision.validUntil()).isEqualTo(awardedOn.plus(rules.validity()));
    assertThat(decision.followUpAuditDue()).isEqualTo(awardedOn.plus(rules.followUpAuditDelay()));
    assertThat(decision.isValidOn(awardedOn)).isTrue();
    assertThat(decision.isValidOn(decision.validUntil().minusDays(1))).isTrue();
    assertThat(decision.isValidOn(decision.validUntil())).isFalse();
    assertThat(decision.isValidOn(awardedOn.minusDays(1))).isFalse();
  }

  /**
   * Random requests never lead a lifecycle into a forbidden state: an allowed request moves it, a
   * forbidden one throws, names the states and leaves the lifecycle unchanged.
   */
  @Property
  void randomRequestsNeverReachAForbiddenState(
      @ForAll("days") LocalDate start,
      @ForAll @Size(max = 15) List<LabelStatus> requests,
      @ForAll @Size(15) List<@IntRange(max = 200) Integer> gaps) {
    LabelLifecycle lifecycle = LabelLifecycle.applied(start, "Candidature");
    LocalDate day = start;
    for (int i = 0; i < requests.size(); i++) {
      LabelStatus requested = requests.get(i);
      LabelStatus current = lifecycle.state();
      day = day.plusDays(gaps.get(i));
      if (current.canMoveTo(requested)) {
        lifecycle = lifecycle.moveTo(requested, day, "Étape");
        assertThat(lifecycle.state()).isEqualTo(requested);
      } else {
        LabelLifecycle before = lifecycle;
        LocalDate on = day;
        InvalidInputException e =
            catchThrowableOfType(
                InvalidInputException.class, () -> before.moveTo(requested, on, "Étape"));
        assertThat(e.key()).isEqualTo("lifecycle.forbidden");
        assertThat(e.getMessage()).contains(current.name()).contains(requested.name());
        assertThat(e.getMessage(Locale.ENGLISH))
            .contains(current.name())
            .contains(requested.name());
        assertThat(lifecycle).isEqualTo(before);
      }
    }
    List<LabelTransition> history = lifecycle.history();
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i - 1).to().canMoveTo(history.get(i).to())).isTrue();
      assertThat(history.get(i - 1).to().isFinal()).isFalse();
      assertThat(history.get(i).on()).isAfterOrEqualTo(history.get(i - 1).on());
    }
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 9000).map(LocalDate.of(2010, 1, 1)::plusDays);
  }

  @Provide
  Arbitrary<LabelRules> rules() {
    return LabelArbitraries.rules();
  }

  @Provide
  Arbitrary<LabelDecision> decisions() {
    return LabelArbitraries.decisions();
  }

  @Provide
  Arbitrary<LabelTransition> transitions() {
    return LabelArbitraries.transitions();
  }

  @Provide
  Arbitrary<LabelLifecycle> lifecycles() {
    return LabelArbitraries.lifecycles();
  }
}
