package fr.spsplus.core.arbitraries;

import fr.spsplus.core.audit.RatingScale;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.engagement.Referentials;
import fr.spsplus.core.improvement.Action;
import fr.spsplus.core.improvement.ActionPlan;
import fr.spsplus.core.improvement.ActionStatus;
import fr.spsplus.core.improvement.AdHocIndicator;
import fr.spsplus.core.improvement.EngagementSelfAssessment;
import fr.spsplus.core.improvement.FiveM;
import fr.spsplus.core.improvement.FiveWhys;
import fr.spsplus.core.improvement.ImprovementProposal;
import fr.spsplus.core.improvement.Irritant;
import fr.spsplus.core.improvement.IrritantAnswer;
import fr.spsplus.core.improvement.IrritantOutcome;
import fr.spsplus.core.improvement.IrritantSource;
import fr.spsplus.core.improvement.IrritantStatus;
import fr.spsplus.core.improvement.IrritantTransition;
import fr.spsplus.core.improvement.Ishikawa;
import fr.spsplus.core.improvement.IshikawaCause;
import fr.spsplus.core.improvement.LocalCommittee;
import fr.spsplus.core.improvement.ParticipantRole;
import fr.spsplus.core.improvement.PrioritisedAction;
import fr.spsplus.core.improvement.ProposalAnswer;
import fr.spsplus.core.improvement.ProposalCriteria;
import fr.spsplus.core.improvement.ProposalDecision;
import fr.spsplus.core.improvement.Qqoqccp;
import fr.spsplus.core.improvement.ReportingChannel;
import fr.spsplus.core.improvement.RootCauseAnalysis;
import fr.spsplus.core.improvement.SelfAssessment;
import fr.spsplus.core.indicator.Polarity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitraries for {@code fr.spsplus.core.improvement}. */
public final class ImprovementArbitraries {

  private ImprovementArbitraries() {}

  /**
   * Irritant sources.
   *
   * @return the arbitrary
   */
  public static Arbitrary<IrritantSource> sources() {
    return Arbitraries.of(IrritantSource.class);
  }

  /**
   * Reporting channels.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ReportingChannel> channels() {
    return Arbitraries.of(ReportingChannel.class);
  }

  /**
   * Irritant states.
   *
   * @return the arbitrary
   */
  public static Arbitrary<IrritantStatus> statuses() {
    return Arbitraries.of(IrritantStatus.class);
  }

  /**
   * Closing answers.
   *
   * @return the arbitrary
   */
  public static Arbitrary<IrritantAnswer> answers() {
    return Combinators.combine(Arbitraries.of(IrritantOutcome.class), ArbitraryTexts.paragraphs())
        .as(IrritantAnswer::new);
  }

  /**
   * Single transitions, consistent on their own (an answer exactly when closing), not necessarily
   * allowed from their {@code from} state.
   *
   * @return the arbitrary
   */
  public static Arbitrary<IrritantTransition> transitions() {
    return Combinators.combine(
            statuses().injectNull(0.2),
            statuses(),
            ArbitraryTexts.dates(),
            ArbitraryTexts.paragraphs().injectNull(0.5),
            answers())
        .as(
            (from, to, on, note, answer) ->
                new IrritantTransition(
                    from, to, on, note, to == IrritantStatus.CLOSED ? answer : null));
  }

  /**
   * Five-whys chains of 1 to 5 answers.
   *
   * @return the arbitrary
   */
  public static Arbitrary<FiveWhys> fiveWhys() {
    return Combinators.combine(
            ArbitraryTexts.paragraphs(),
            ArbitraryTexts.paragraphs().list().ofMinSize(1).ofMaxSize(5))
        .as(FiveWhys::new);
  }

  /**
   * QQOQCCP analyses, complete or not.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Qqoqccp> qqoqccps() {
    Arbitrary<String> optional = ArbitraryTexts.paragraphs().injectNull(0.3);
    return Combinators.combine(
            ArbitraryTexts.paragraphs(), optional, optional, optional, optional, optional, optional)
        .as(Qqoqccp::new);
  }

  /**
   * 5M diagrams of 1 to 6 causes.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Ishikawa> ishikawas() {
    Arbitrary<IshikawaCause> causes =
        Combinators.combine(
                Arbitraries.of(FiveM.class),
                ArbitraryTexts.paragraphs(),
                Arbitraries.of(true, false))
            .as(IshikawaCause::new);
    return Combinators.combine(ArbitraryTexts.paragraphs(), causes.list().ofMinSize(1).ofMaxSize(6))
        .as(Ishikawa::new);
  }

  /**
   * Root-cause analyses with one to three methods.
   *
   * @return the arbitrary
   */
  public static Arbitrary<RootCauseAnalysis> analyses() {
    return Combinators.combine(
            fiveWhys().injectNull(0.5), qqoqccps().injectNull(0.5), ishikawas().injectNull(0.5))
        .filter((a, b, c) -> a != null || b != null || c != null)
        .as(RootCauseAnalysis::new);
  }

  /**
   * Irritants reached by random walks of 0 to 10 allowed steps from their report.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Irritant> irritants() {
    Arbitrary<Irritant> reported =
        Combinators.combine(
                ArbitraryTexts.ids(),
                ArbitraryTexts.titles(),
                sources(),
                channels(),
                ArbitraryTexts.dates(),
                Arbitraries.longs().between(0, 1000))
            .as(
                (id, title, source, channel, on, more) -> {
                  Irritant irritant = Irritant.report(id, title, source, channel, on);
                  return more == 0 ? irritant : irritant.withMoreOccurrences(more);
                });
    Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 99).list().ofMaxSize(10);
    Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(0, 120).list().ofSize(10);
    return Combinators.combine(reported, picks, gaps, analyses(), answers(), ArbitraryTexts.ids())
        .as(
            (irritant, choices, days, analysis, answer, actionId) -> {
              Irritant current = irritant;
              LocalDate day = current.since();
              for (int i = 0; i < choices.size(); i++) {
                List<IrritantStatus> next = new ArrayList<>(current.state().allowedNext());
                IrritantStatus target = next.get(choices.get(i) % next.size());
                day = day.plusDays(days.get(i));
                current =
                    switch (target) {
                      case REPORTED -> current.reopen(day, "Réapparu");
                      case PRIORITISED -> current.prioritise(day, 1 + choices.get(i));
                      case ANALYSED -> current.analyse(day, analysis);
                      case ACTION_PLANNED -> current.planAction(day, actionId);
                      case CLOSED -> current.close(day, answer);
                    };
              }
              return current;
            });
  }

  /**
   * Proposal answers citing criteria of {@link ProposalCriteria#proposedDefault()}.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ProposalAnswer> proposalAnswers() {
    return Combinators.combine(
            Arbitraries.of(ProposalDecision.class),
            ArbitraryTexts.dates(),
            Arbitraries.of(ProposalCriteria.proposedDefault().criteria())
                .list()
                .uniqueElements()
                .ofMinSize(1)
                .ofMaxSize(3),
            ArbitraryTexts.paragraphs())
        .as(ProposalAnswer::new);
  }

  /**
   * Criteria lists of 1 to 5 distinct criteria, the proposed default included.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ProposalCriteria> proposalCriteria() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            4,
            ArbitraryTexts.titles()
                .list()
                .uniqueElements()
                .ofMinSize(1)
                .ofMaxSize(5)
                .map(ProposalCriteria::new)),
        Tuple.of(1, Arbitraries.just(ProposalCriteria.proposedDefault())));
  }

  /**
   * Proposals, answered (on or after their submission) or awaiting an answer.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ImprovementProposal> proposals() {
    return Combinators.combine(
            ArbitraryTexts.ids(),
            ArbitraryTexts.paragraphs(),
            sources(),
            ArbitraryTexts.dates(),
            ArbitraryTexts.ids().injectNull(0.5),
            proposalAnswers().injectNull(0.3),
            Arbitraries.integers().between(0, 90))
        .as(
            (id, summary, author, submitted, irritant, answer, delay) -> {
              ProposalAnswer dated =
                  answer == null
                      ? null
                      : new ProposalAnswer(
                          answer.decision(),
                          submitted.plusDays(delay),
                          answer.criteria(),
                          answer.reasons());
              return new ImprovementProposal(id, summary, author, submitted, irritant, dated);
            });
  }

  /**
   * Ad-hoc indicators whose target is at least as good as their baseline, measured or not.
   *
   * @return the arbitrary
   */
  public static Arbitrary<AdHocIndicator> indicators() {
    return Combinators.combine(
            ArbitraryTexts.titles(),
            Arbitraries.of("%", "jours", "appels", "minutes", "réclamations"),
            Arbitraries.of(Polarity.class),
            ArbitraryTexts.decimals(0, 1000),
            ArbitraryTexts.decimals(0, 1000),
            ArbitraryTexts.decimals(0, 1000).injectNull(0.3),
            ArbitraryTexts.dates())
        .as(
            (name, unit, polarity, a, b, observed, on) -> {
              BigDecimal baseline = polarity == Polarity.HIGHER_IS_BETTER ? a.min(b) : a.max(b);
              BigDecimal target = polarity == Polarity.HIGHER_IS_BETTER ? a.max(b) : a.min(b);
              return new AdHocIndicator(
                  name, unit, polarity, baseline, target, observed, observed == null ? null : on);
            });
  }

  /**
   * Actions of any status.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Action> actions() {
    return Combinators.combine(
            ArbitraryTexts.ids(),
            ArbitraryTexts.titles(),
            Arbitraries.of(
                "Responsable de l’accueil",
                "Chef de service",
                "Référent qualité",
                "Équipe courrier"),
            ArbitraryTexts.dates(),
            Arbitraries.of(true, false),
            Arbitraries.of(ActionStatus.class),
            indicators(),
            ArbitraryTexts.ids().injectNull(0.5))
        .as(Action::new);
  }

  /**
   * Plans of 1 to 6 actions with distinct identifiers.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ActionPlan> plans() {
    return Combinators.combine(
            ArbitraryTexts.ids(),
            StructureArbitraries.codes(),
            ArbitraryTexts.titles(),
            ArbitraryTexts.dates(),
            actions().list().ofMinSize(1).ofMaxSize(6).uniqueElements(Action::id))
        .as(ActionPlan::new);
  }

  /**
   * Self-assessments of any bundled referential, on the proposed maturity scale or another.
   *
   * @return the arbitrary
   */
  public static Arbitrary<SelfAssessment> selfAssessments() {
    Arbitrary<RatingScale> scales =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just(SelfAssessment.proposedMaturityScale())),
            Tuple.of(1, AuditArbitraries.scales()));
    return Combinators.combine(EngagementArbitraries.referentialIds(), scales)
        .flatAs(
            (referential, scale) ->
                Combinators.combine(
                        StructureArbitraries.codes(),
                        ArbitraryTexts.dates(),
                        levels(referential, scale))
                    .as(
                        (structure, on, levels) ->
                            new SelfAssessment(structure, referential, on, scale, levels)));
  }

  private static Arbitrary<List<EngagementSelfAssessment>> levels(
      ReferentialId referential, RatingScale scale) {
    List<Arbitrary<EngagementSelfAssessment>> parts = new ArrayList<>();
    for (int n = 1; n <= Referentials.of(referential).size(); n++) {
      int engagement = n;
      parts.add(
          Combinators.combine(
                  Arbitraries.integers().between(scale.min(), scale.max()),
                  ArbitraryTexts.paragraphs().injectNull(0.5))
              .as((level, comment) -> new EngagementSelfAssessment(engagement, level, comment)));
    }
    return Combinators.combine(parts).as(List::copyOf);
  }

  /**
   * Single engagement assessments, any level.
   *
   * @return the arbitrary
   */
  public static Arbitrary<EngagementSelfAssessment> engagementSelfAssessments() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 19),
            Arbitraries.integers().between(-5, 15),
            ArbitraryTexts.paragraphs().injectNull(0.5))
        .as(EngagementSelfAssessment::new);
  }

  /**
   * Prioritised actions, any rank.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PrioritisedAction> prioritisedActions() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 20),
            ArbitraryTexts.titles(),
            ArbitraryTexts.ids().injectNull(0.5))
        .as(PrioritisedAction::new);
  }

  /**
   * Local committees with 1 to 60 participants and 0 to 5 ranked actions.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LocalCommittee> committees() {
    Arbitrary<Map<ParticipantRole, Integer>> participants =
        Arbitraries.integers()
            .between(0, 15)
            .list()
            .ofSize(ParticipantRole.values().length)
            .filter(counts -> counts.stream().mapToInt(Integer::intValue).sum() > 0)
            .map(
                counts -> {
                  Map<ParticipantRole, Integer> map = new EnumMap<>(ParticipantRole.class);
                  for (ParticipantRole role : ParticipantRole.values()) {
                    map.put(role, counts.get(role.ordinal()));
                  }
                  return map;
                });
    Arbitrary<List<PrioritisedAction>> priorities =
        Combinators.combine(ArbitraryTexts.titles(), ArbitraryTexts.ids().injectNull(0.5))
            .as((title, id) -> new Object[] {title, id})
            .list()
            .ofMaxSize(5)
            .map(
                parts -> {
                  List<PrioritisedAction> ranked = new ArrayList<>();
                  for (int i = 0; i < parts.size(); i++) {
                    ranked.add(
                        new PrioritisedAction(
                            i + 1, (String) parts.get(i)[0], (String) parts.get(i)[1]));
                  }
                  return ranked;
                });
    return Combinators.combine(
            StructureArbitraries.codes(), ArbitraryTexts.dates(), participants, priorities)
        .as(LocalCommittee::new);
  }
}
