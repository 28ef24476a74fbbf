package fr.spsplus.core.improvement;

import static fr.spsplus.core.testing.RoundTrips.assertJsonRoundTrip;
import static fr.spsplus.core.testing.RoundTrips.assertValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.arbitraries.ImprovementArbitraries;
import fr.spsplus.core.indicator.Polarity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ImprovementPropertiesTest {

  @Property
  void irritantsRoundTripAndAreValid(@ForAll("irritants") Irritant irritant) {
    assertJsonRoundTrip(irritant, Irritant.class);
    assertValid(irritant);
  }

  @Property
  void transitionsRoundTripAndAreValid(@ForAll("transitions") IrritantTransition transition) {
    assertJsonRoundTrip(transition, IrritantTransition.class);
    assertValid(transition);
  }

  @Property
  void answersRoundTripAndAreValid(@ForAll("answers") IrritantAnswer answer) {
    assertJsonRoundTrip(answer, IrritantAnswer.class);
    assertValid(answer);
  }

  @Property
  void analysesRoundTripAndAreValid(
      @ForAll("analyses") RootCauseAnalysis analysis,
      @ForAll("fiveWhys") FiveWhys fiveWhys,
      @ForAll("qqoqccps") Qqoqccp qqoqccp,
      @ForAll("ishikawas") Ishikawa ishikawa) {
    assertJsonRoundTrip(analysis, RootCauseAnalysis.class);
    assertValid(analysis);
    assertThat(analysis.methods()).isNotEmpty();
    assertJsonRoundTrip(fiveWhys, FiveWhys.class);
    assertValid(fiveWhys);
    assertJsonRoundTrip(qqoqccp, Qqoqccp.class);
    assertValid(qqoqccp);
    assertJsonRoundTrip(ishikawa, Ishikawa.class);
    assertValid(ishikawa);
    for (IshikawaCause cause : ishikawa.causes()) {
      assertJsonRoundTrip(cause, IshikawaCause.class);
      assertValid(cause);
    }
  }

  @Property
  void proposalsRoundTripAndAreValid(
      @ForAll("proposals") ImprovementProposal proposal,
      @ForAll("proposalAnswers") ProposalAnswer answer,
      @ForAll("criteria") ProposalCriteria criteria) {
    assertJsonRoundTrip(proposal, ImprovementProposal.class);
    assertValid(proposal);
    assertJsonRoundTrip(answer, ProposalAnswer.class);
    assertValid(answer);
    assertJsonRoundTrip(criteria, ProposalCriteria.class);
    assertValid(criteria);
  }

  @Property
  void indicatorsRoundTripAndAreValid(@ForAll("indicators") AdHocIndicator indicator) {
    assertJsonRoundTrip(indicator, AdHocIndicator.class);
    assertValid(indicator);
  }

  @Property
  void actionsAndPlansRoundTripAndAreValid(
      @ForAll("actions") Action action, @ForAll("plans") ActionPlan plan) {
    assertJsonRoundTrip(action, Action.class);
    assertValid(action);
    assertJsonRoundTrip(plan, ActionPlan.class);
    assertValid(plan);
  }

  @Property(tries = 100)
  void selfAssessmentsRoundTripAndAreValid(
      @ForAll("selfAssessments") SelfAssessment assessment,
      @ForAll("engagementSelfAssessments") EngagementSelfAssessment single) {
    assertJsonRoundTrip(assessment, SelfAssessment.class);
    assertValid(assessment);
    assertJsonRoundTrip(single, EngagementSelfAssessment.class);
    assertValid(single);
  }

  @Property
  void committeesRoundTripAndAreValid(
      @ForAll("committees") LocalCommittee committee,
      @ForAll("prioritised") PrioritisedAction action) {
    assertJsonRoundTrip(committee, LocalCommittee.class);
    assertValid(committee);
    assertThat(committee.total()).isPositive();
    assertJsonRoundTrip(action, PrioritisedAction.class);
    assertValid(action);
  }

  @Property
  void enumsRoundTrip(
      @ForAll IrritantSource source,
      @ForAll ReportingChannel channel,
      @ForAll IrritantStatus status,
      @ForAll IrritantOutcome outcome,
      @ForAll ProposalDecision decision,
      @ForAll FiveM family,
      @ForAll RootCauseMethod method,
      @ForAll ActionStatus actionStatus) {
    assertJsonRoundTrip(source, IrritantSource.class);
    assertJsonRoundTrip(channel, ReportingChannel.class);
    assertJsonRoundTrip(status, IrritantStatus.class);
    assertJsonRoundTrip(outcome, IrritantOutcome.class);
    assertJsonRoundTrip(decision, ProposalDecision.class);
    assertJsonRoundTrip(family, FiveM.class);
    assertJsonRoundTrip(method, RootCauseMethod.class);
    assertJsonRoundTrip(actionStatus, ActionStatus.class);
  }

  @Property
  void moreEnumsRoundTrip(
      @ForAll Polarity polarity, @ForAll TargetStatus target, @ForAll ParticipantRole role) {
    assertJsonRoundTrip(polarity, Polarity.class);
    assertJsonRoundTrip(target, TargetStatus.class);
    assertJsonRoundTrip(role, ParticipantRole.class);
  }

  /**
   * Random requests never lead an irritant into a forbidden state: an allowed request moves it, a
   * forbidden one throws and leaves it unchanged; every closing step carries its answer.
   */
  @Property
  void randomRequestsNeverReachAForbiddenState(
      @ForAll("irritants") Irritant start,
      @ForAll @Size(max = 15) List<IrritantStatus> requests,
      @ForAll @Size(15) List<@IntRange(max = 60) Integer> gaps,
      @ForAll("analyses") RootCauseAnalysis analysis,
      @ForAll("answers") IrritantAnswer answer) {
    Irritant irritant = start;
    LocalDate day = irritant.since();
    for (int i = 0; i < requests.size(); i++) {
      IrritantStatus requested = requests.get(i);
      IrritantStatus current = irritant.state();
      day = day.plusDays(gaps.get(i));
      Irritant before = irritant;
      LocalDate on = day;
      int rank = i + 1;
      if (current.canMoveTo(requested)) {
        irritant = request(before, requested, on, rank, analysis, answer);
        assertThat(irritant.state()).isEqualTo(requested);
      } else {
        InvalidInputException e =
            catchThrowableOfType(
                InvalidInputException.class,
                () -> request(before, requested, on, rank, analysis, answer));
        assertThat(e.key()).isEqualTo("irritant.forbidden");
        assertThat(e.getMessage()).contains(current.name()).contains(requested.name());
        assertThat(e.getMessage(Locale.ENGLISH))
            .contains(current.name())
            .contains(requested.name());
        assertThat(irritant).isEqualTo(before);
      }
    }
    List<IrritantTransition> history = irritant.history();
    for (int i = 1; i < history.size(); i++) {
      assertThat(history.get(i - 1).to().canMoveTo(history.get(i).to())).isTrue();
      assertThat(history.get(i).on()).isAfterOrEqualTo(history.get(i - 1).on());
    }
    for (IrritantTransition step : history) {
      assertThat(step.answer() != null).isEqualTo(step.to() == IrritantStatus.CLOSED);
    }
    assertThat(irritant.answer().isPresent()).isEqualTo(irritant.state() == IrritantStatus.CLOSED);
  }

  private static Irritant request(
      Irritant irritant,
      IrritantStatus requested,
      LocalDate on,
      int rank,
      RootCauseAnalysis analysis,
      IrritantAnswer answer) {
    return switch (requested) {
      case CLOSED -> irritant.close(on, answer);
      case ANALYSED -> irritant.analyse(on, analysis);
      case PRIORITISED -> irritant.prioritise(on, rank);
      default -> irritant.moveTo(requested, on, null);
    };
  }

  @Property
  void targetStatusFollowsThePolarity(@ForAll("indicators") AdHocIndicator indicator) {
    TargetStatus status = indicator.targetStatus();
    if (indicator.observed() == null) {
      assertThat(status).isEqualTo(TargetStatus.NOT_MEASURED);
      assertThat(indicator.improvement()).isEmpty();
      return;
    }
    int comparison = indicator.observed().compareTo(indicator.target());
    boolean reached =
        indicator.polarity() == Polarity.HIGHER_IS_BETTER ? comparison >= 0 : comparison <= 0;
    assertThat(status).isEqualTo(reached ? TargetStatus.REACHED : TargetStatus.NOT_REACHED);
    int change = indicator.observed().compareTo(indicator.baseline());
    int expectedSign = indicator.polarity() == Polarity.HIGHER_IS_BETTER ? change : -change;
    assertThat(indicator.improvement().orElseThrow().signum())
        .isEqualTo(Integer.signum(expectedSign));
  }

  @Provide
  Arbitrary<Irritant> irritants() {
    return ImprovementArbitraries.irritants();
  }

  @Provide
  Arbitrary<IrritantTransition> transitions() {
    return ImprovementArbitraries.transitions();
  }

  @Provide
  Arbitrary<IrritantAnswer> answers() {
    return ImprovementArbitraries.answers();
  }

  @Provide
  Arbitrary<RootCauseAnalysis> analyses() {
    return ImprovementArbitraries.analyses();
  }

  @Provide
  Arbitrary<FiveWhys> fiveWhys() {
    return ImprovementArbitraries.fiveWhys();
  }

  @Provide
  Arbitrary<Qqoqccp> qqoqccps() {
    return ImprovementArbitraries.qqoqccps();
  }

  @Provide
  Arbitrary<Ishikawa> ishikawas() {
    return ImprovementArbitraries.ishikawas();
  }

  @Provide
  Arbitrary<ImprovementProposal> proposals() {
    return ImprovementArbitraries.proposals();
  }

  @Provide
  Arbitrary<ProposalAnswer> proposalAnswers() {
    return ImprovementArbitraries.proposalAnswers();
  }

  @Provide
  Arbitrary<ProposalCriteria> criteria() {
    return ImprovementArbitraries.proposalCriteria();
  }

  @Provide
  Arbitrary<AdHocIndicator> indicators() {
    return ImprovementArbitraries.indicators();
  }

  @Provide
  Arbitrary<Action> actions() {
    return ImprovementArbitraries.actions();
  }

  @Provide
  Arbitrary<ActionPlan> plans() {
    return ImprovementArbitraries.plans();
  }

  @Provide
  Arbitrary<SelfAssessment> selfAssessments() {
    return ImprovementArbitraries.selfAssessments();
  }

  @Provide
  Arbitrary<EngagementSelfAssessment> engagementSelfAssessments() {
    return ImprovementArbitraries.engagementSelfAssessments();
  }

  @Provide
  Arbitrary<LocalCommittee> committees() {
    return ImprovementArbitraries.committees();
  }

  @Provide
  Arbitrary<PrioritisedAction> prioritised() {
    return ImprovementArbitraries.prioritisedActions();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.integers().between(0, 9000).map(LocalDate.of(2010, 1, 1)::plusDays);
  }
}
