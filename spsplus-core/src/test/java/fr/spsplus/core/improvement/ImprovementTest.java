package fr.spsplus.core.improvement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.audit.RatingScale;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.indicator.Polarity;
import fr.spsplus.core.structure.StructureCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImprovementTest {

  private static final StructureCode SITE = StructureCode.of("3Tn8gzTdcz");
  private static final LocalDate JAN_6 = LocalDate.of(2025, 1, 6);
  private static final FiveWhys WHYS =
      new FiveWhys(
          "Attente au guichet le lundi matin",
          List.of(
              "Trop d’usagers arrivent à l’ouverture",
              "Les rendez-vous du lundi sont tous le matin",
              "L’agenda ne propose pas l’après-midi"));

  private static Irritant reported() {
    return Irritant.report(
        "IRR-42", "Attente au guichet", IrritantSource.USAGER, ReportingChannel.SURVEY, JAN_6);
  }

  @Test
  void irritantGoesThroughTheLoopAndKeepsItsHistory() {
    IrritantAnswer answer =
        new IrritantAnswer(IrritantOutcome.RESOLVED, "Créneaux de l’après-midi ouverts.");
    Irritant irritant =
        reported()
            .withMoreOccurrences(11)
            .prioritise(JAN_6.plusDays(14), 1)
            .analyse(JAN_6.plusDays(28), RootCauseAnalysis.of(WHYS))
            .planAction(JAN_6.plusDays(30), "ACT-7")
            .close(JAN_6.plusDays(90), answer);
    assertThat(irritant.occurrences()).isEqualTo(12);
    assertThat(irritant.priorityRank()).isEqualTo(1);
    assertThat(irritant.state()).isEqualTo(IrritantStatus.CLOSED);
    assertThat(irritant.answer()).contains(answer);
    assertThat(irritant.analysis().methods()).containsExactly(RootCauseMethod.FIVE_WHYS);
    assertThat(irritant.analysis().fiveWhys().rootCause())
        .isEqualTo("L’agenda ne propose pas l’après-midi");
    assertThat(irritant.history())
        .extracting(IrritantTransition::to)
        .containsExactly(
            IrritantStatus.REPORTED,
            IrritantStatus.PRIORITISED,
            IrritantStatus.ANALYSED,
            IrritantStatus.ACTION_PLANNED,
            IrritantStatus.CLOSED);
    assertThat(irritant.history().get(3).note()).isEqualTo("ACT-7");
    Irritant reopened = irritant.reopen(JAN_6.plusDays(200), "Le problème est revenu");
    assertThat(reopened.state()).isEqualTo(IrritantStatus.REPORTED);
    assertThat(reopened.answer()).isEmpty();
    assertThat(reopened.history()).hasSize(6);
  }

  @Test
  void closingRequiresAReasonedAnswer() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> reported().moveTo(IrritantStatus.CLOSED, JAN_6, "Clos"));
    assertThat(e.getMessage())
        .isEqualTo("Clore un irritant exige une réponse motivée (« answer »).");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("Closing an irritant requires a reasoned answer (\"answer\").");
    InvalidInputException blank =
        catchThrowableOfType(
            InvalidInputException.class, () -> new IrritantAnswer(IrritantOutcome.RESOLVED, " "));
    assertThat(blank.getMessage()).isEqualTo("« reasons » ne doit pas être vide.");
    InvalidInputException stray =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new IrritantTransition(
                    IrritantStatus.REPORTED,
                    IrritantStatus.PRIORITISED,
                    JAN_6,
                    null,
                    new IrritantAnswer(IrritantOutcome.RESOLVED, "Résolu")));
    assertThat(stray.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Only the closing step carries a reasoned answer; the transition to PRIORITISED must"
                + " not have one.");
  }

  @Test
  void forbiddenIrritantTransitionNamesTheStatesInBothLanguages() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> reported().analyse(JAN_6, RootCauseAnalysis.of(WHYS)));
    assertThat(e.getMessage())
        .isEqualTo(
            "Transition de l’irritant interdite : état actuel REPORTED, état demandé ANALYSED ;"
                + " états autorisés depuis REPORTED : PRIORITISED, CLOSED.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Forbidden irritant transition: current state REPORTED, requested state ANALYSED;"
                + " states allowed from REPORTED: PRIORITISED, CLOSED.");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> reported().prioritise(JAN_6.minusDays(1), 1))
                .getMessage(Locale.ENGLISH))
        .isEqualTo(
            "An irritant transition cannot be dated 2025-01-05: it would precede the previous"
                + " one, dated 2025-01-06.");
  }

  @Test
  void analysedStatesRequireAnAnalysis() {
    Irritant prioritised = reported().prioritise(JAN_6, 2);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> prioritised.moveTo(IrritantStatus.ANALYSED, JAN_6, null));
    assertThat(e.getMessage())
        .isEqualTo(
            "Un irritant à l’état ANALYSED doit avoir une analyse des causes (« analysis »).");
    InvalidInputException empty =
        catchThrowableOfType(
            InvalidInputException.class, () -> new RootCauseAnalysis(null, null, null));
    assertThat(empty.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "A root-cause analysis must hold at least one method: five whys, QQOQCCP or 5M.");
  }

  @Test
  void rootCauseToolsCheckTheirShape() {
    List<String> eleven = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      eleven.add("Parce que " + i);
    }
    InvalidInputException tooLong =
        catchThrowableOfType(InvalidInputException.class, () -> new FiveWhys("Problème", eleven));
    assertThat(tooLong.getMessage())
        .isEqualTo("Une analyse « 5 pourquoi » compte de 1 à 10 réponses (reçu : 11).");
    Qqoqccp partial = new Qqoqccp("Attente", "Usagers", null, "Lundi", null, null, null);
    assertThat(partial.complete()).isFalse();
    assertThat(new Qqoqccp("a", "b", "c", "d", "e", "f", "g").complete()).isTrue();
    Ishikawa fishbone =
        new Ishikawa(
            "Attente",
            List.of(
                new IshikawaCause(FiveM.METHODES, "Agenda mal réparti", true),
                new IshikawaCause(FiveM.MAIN_D_OEUVRE, "Absences non remplacées", false),
                new IshikawaCause(FiveM.METHODES, "Pas de pré-accueil", false)));
    assertThat(fishbone.causes(FiveM.METHODES)).hasSize(2);
    assertThat(fishbone.causes(FiveM.MATIERE)).isEmpty();
    assertThat(fishbone.retained())
        .extracting(IshikawaCause::description)
        .containsExactly("Agenda mal réparti");
    assertThat(new RootCauseAnalysis(WHYS, partial, fishbone).methods())
        .containsExactly(
            RootCauseMethod.FIVE_WHYS, RootCauseMethod.QQOQCCP, RootCauseMethod.FIVE_M);
  }

  @Test
  void everyProposalIsAnsweredAgainstTheStatedCriteria() {
    ProposalCriteria stated = ProposalCriteria.proposedDefault();
    ImprovementProposal proposal =
        ImprovementProposal.submit("PROP-3", "Un pré-accueil le lundi", IrritantSource.AGENT, JAN_6)
            .withIrritant("IRR-42");
    assertThat(proposal.hasAnswer()).isFalse();
    ProposalAnswer answer =
        new ProposalAnswer(
            ProposalDecision.ACCEPTED,
            JAN_6.plusDays(10),
            List.of("Bénéfice pour les usagers", "Faisabilité (coût, délai, moyens)"),
            "Mis en place dès février.");
    ImprovementProposal answered = proposal.answer(answer, stated);
    assertThat(answered.hasAnswer()).isTrue();
    assertThat(answered.answer()).isEqualTo(answer);

    InvalidInputException twice =
        catchThrowableOfType(InvalidInputException.class, () -> answered.answer(answer, stated));
    assertThat(twice.getMessage()).isEqualTo("Cette proposition a déjà reçu une réponse.");
    ProposalAnswer unstated =
        new ProposalAnswer(ProposalDecision.REJECTED, JAN_6, List.of("Humeur du jour"), "Non.");
    InvalidInputException criterion =
        catchThrowableOfType(InvalidInputException.class, () -> proposal.answer(unstated, stated));
    assertThat(criterion.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Criterion no. 0 of the answer (\"criteria\") is not one of the criteria the service"
                + " defined and communicated.");
    ProposalAnswer early =
        new ProposalAnswer(
            ProposalDecision.REJECTED,
            JAN_6.minusDays(1),
            List.of("Bénéfice pour les usagers"),
            "Non.");
    InvalidInputException date =
        catchThrowableOfType(InvalidInputException.class, () -> proposal.answer(early, stated));
    assertThat(date.getMessage())
        .isEqualTo(
            "La réponse à une proposition (« answer.answeredOn ») ne peut pas précéder son dépôt"
                + " (« submittedOn »).");
    InvalidInputException noCriteria =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new ProposalAnswer(ProposalDecision.REJECTED, JAN_6, List.of(), "Non."));
    assertThat(noCriteria.getMessage())
        .isEqualTo("« criteria » ne doit pas être vide : au moins un élément est attendu.");
  }

  @Test
  void indicatorTargetIsReachedConsideringThePolarity() {
    AdHocIndicator delay =
        AdHocIndicator.of(
            "Délai moyen de réponse aux courriels",
            "jours",
            Polarity.LOWER_IS_BETTER,
            new BigDecimal("12"),
            new BigDecimal("5"));
    assertThat(delay.targetStatus()).isEqualTo(TargetStatus.NOT_MEASURED);
    AdHocIndicator better = delay.withObservation(new BigDecimal("4.5"), JAN_6);
    assertThat(better.targetStatus()).isEqualTo(TargetStatus.REACHED);
    assertThat(better.improvement()).contains(new BigDecimal("7.5"));
    assertThat(delay.withObservation(new BigDecimal("5.0"), JAN_6).targetStatus())
        .isEqualTo(TargetStatus.REACHED);
    assertThat(delay.withObservation(new BigDecimal("8"), JAN_6).targetStatus())
        .isEqualTo(TargetStatus.NOT_REACHED);
    AdHocIndicator pickUp =
        AdHocIndicator.of(
            "Taux de décroché",
            "%",
            Polarity.HIGHER_IS_BETTER,
            new BigDecimal("72"),
            new BigDecimal("85"));
    assertThat(pickUp.withObservation(new BigDecimal("84.9"), JAN_6).targetStatus())
        .isEqualTo(TargetStatus.NOT_REACHED);
    assertThat(pickUp.withObservation(new BigDecimal("70"), JAN_6).improvement())
        .contains(new BigDecimal("-2"));

    InvalidInputException worse =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                AdHocIndicator.of(
                    "Taux",
                    "%",
                    Polarity.HIGHER_IS_BETTER,
                    new BigDecimal("80"),
                    new BigDecimal("70")));
    assertThat(worse.getMessage())
        .isEqualTo(
            "La cible de l’indicateur (« target ») ne peut pas être moins bonne que la valeur de"
                + " départ (« baseline ») pour la polarité HIGHER_IS_BETTER.");
    assertThat(worse.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "The indicator's target (\"target\") cannot be worse than its baseline (\"baseline\")"
                + " for polarity HIGHER_IS_BETTER.");
    InvalidInputException half =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new AdHocIndicator(
                    "Taux",
                    "%",
                    Polarity.HIGHER_IS_BETTER,
                    BigDecimal.ONE,
                    BigDecimal.TEN,
                    BigDecimal.ONE,
                    null));
    assertThat(half.key()).isEqualTo("indicator.observation");
  }

  @Test
  void actionPlanFindsPublishedAndOverdueActions() {
    AdHocIndicator indicator =
        AdHocIndicator.of(
            "Attente", "minutes", Polarity.LOWER_IS_BETTER, BigDecimal.TEN, BigDecimal.ONE);
    Action early =
        new Action(
            "ACT-1",
            "Pré-accueil",
            "Responsable de l’accueil",
            JAN_6,
            true,
            ActionStatus.IN_PROGRESS,
            indicator,
            "IRR-42");
    Action done =
        new Action(
            "ACT-2",
            "Affichage des horaires",
            "Chef de service",
            JAN_6,
            false,
            ActionStatus.DONE,
            indicator,
            null);
    ActionPlan plan =
        new ActionPlan("PLAN-2025", SITE, "Plan 2025", JAN_6.minusDays(30), List.of(early, done));
    assertThat(plan.publishedActions()).containsExactly(early);
    assertThat(plan.overdueOn(JAN_6)).isEmpty();
    assertThat(plan.overdueOn(JAN_6.plusDays(1))).containsExactly(early);
    ActionPlan updated = plan.withAction(early.withStatus(ActionStatus.DONE));
    assertThat(updated.overdueOn(JAN_6.plusDays(1))).isEmpty();
    assertThat(updated.action("ACT-1").orElseThrow().status()).isEqualTo(ActionStatus.DONE);
    assertThat(
            plan.withAction(early.withObservation(BigDecimal.ONE, JAN_6))
                .action("ACT-1")
                .orElseThrow()
                .indicator()
                .targetStatus())
        .isEqualTo(TargetStatus.REACHED);

    InvalidInputException duplicate =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new ActionPlan("PLAN", SITE, "Plan", JAN_6, List.of(early, early)));
    assertThat(duplicate.getMessage())
        .isEqualTo("L’identifiant d’action « ACT-1 » apparaît plusieurs fois dans le plan.");
    InvalidInputException unknown =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                plan.withAction(
                    new Action(
                        "ACT-9", "x", "Chef", JAN_6, true, ActionStatus.PLANNED, indicator, null)));
    assertThat(unknown.getMessage(Locale.ENGLISH)).isEqualTo("The plan has no action \"ACT-9\".");
  }

  @Test
  void selfAssessmentCoversEachEngagementOnce() {
    RatingScale scale = SelfAssessment.proposedMaturityScale();
    assertThat(scale.label(4)).contains("Maîtrisé et amélioré");
    List<EngagementSelfAssessment> levels = new ArrayList<>();
    for (int n = 8; n >= 1; n--) {
      levels.add(new EngagementSelfAssessment(n, n % 4 + 1, n == 4 ? "Délais non affichés" : null));
    }
    SelfAssessment assessment =
        new SelfAssessment(SITE, ReferentialId.SP_PLUS_2023, JAN_6, scale, levels);
    assertThat(assessment.engagements())
        .extracting(EngagementSelfAssessment::engagement)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(assessment.level(3)).isEqualTo(4);
    assertThat(assessment.weakestEngagements()).containsExactly(4, 8);

    List<EngagementSelfAssessment> missing = new ArrayList<>(levels.subList(0, 7));
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new SelfAssessment(SITE, ReferentialId.SP_PLUS_2023, JAN_6, scale, missing));
    assertThat(e.getMessage())
        .isEqualTo(
            "L’auto-évaluation n’évalue pas l’engagement n°1 du référentiel SP_PLUS_2023 : chaque"
                + " engagement doit l’être une fois.");
    List<EngagementSelfAssessment> twice = new ArrayList<>(levels);
    twice.add(new EngagementSelfAssessment(2, 1, null));
    InvalidInputException duplicate =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new SelfAssessment(SITE, ReferentialId.SP_PLUS_2023, JAN_6, scale, twice));
    assertThat(duplicate.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "The self-assessment assesses engagement no. 2 of referential SP_PLUS_2023 more than"
                + " once.");
    List<EngagementSelfAssessment> lastTwice = new ArrayList<>(levels);
    lastTwice.add(new EngagementSelfAssessment(8, 1, null));
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () ->
                        new SelfAssessment(
                            SITE, ReferentialId.SP_PLUS_2023, JAN_6, scale, lastTwice))
                .key())
        .isEqualTo("self.assessment.duplicate");
    List<EngagementSelfAssessment> nine = new ArrayList<>(levels);
    nine.add(new EngagementSelfAssessment(9, 1, null));
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> new SelfAssessment(SITE, ReferentialId.SP_PLUS_2023, JAN_6, scale, nine))
                .key())
        .isEqualTo("referential.unknown.engagement");
    List<EngagementSelfAssessment> offScale = new ArrayList<>(levels);
    offScale.set(0, new EngagementSelfAssessment(8, 5, null));
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () ->
                        new SelfAssessment(
                            SITE, ReferentialId.SP_PLUS_2023, JAN_6, scale, offScale))
                .getMessage())
        .isEqualTo("La note de « engagement 8 » doit être comprise entre 1 et 4 (reçu : 5).");
  }

  @Test
  void localCommitteeCountsParticipantsByRoleAndRanksActions() {
    LocalCommittee committee =
        new LocalCommittee(
            SITE,
            JAN_6,
            Map.of(
                ParticipantRole.USAGER, 6, ParticipantRole.ELU, 2, ParticipantRole.PARTENAIRE, 0),
            List.of(
                new PrioritisedAction(2, "Affichage des délais", null),
                new PrioritisedAction(1, "Pré-accueil le lundi", "ACT-1")));
    assertThat(committee.total()).isEqualTo(8);
    assertThat(committee.count(ParticipantRole.AGENT)).isZero();
    assertThat(committee.participants()).doesNotContainKey(ParticipantRole.PARTENAIRE);
    assertThat(committee.priorities()).extracting(PrioritisedAction::rank).containsExactly(1, 2);

    InvalidInputException empty =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new LocalCommittee(SITE, JAN_6, Map.of(ParticipantRole.ELU, 0), List.of()));
    assertThat(empty.getMessage())
        .isEqualTo("Un comité local doit compter au moins un participant.");
    assertThat(empty.getMessage(Locale.ENGLISH))
        .isEqualTo("A local committee must have at least one participant.");
    InvalidInputException gap =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new LocalCommittee(
                    SITE,
                    JAN_6,
                    Map.of(ParticipantRole.USAGER, 3),
                    List.of(
                        new PrioritisedAction(1, "a", null), new PrioritisedAction(3, "b", null))));
    assertThat(gap.getMessage())
        .isEqualTo(
            "Les actions priorisées doivent être classées 1, 2, 3… sans trou ni doublon : rang 2"
                + " attendu, rang 3 reçu.");
    InvalidInputException negative =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new LocalCommittee(SITE, JAN_6, Map.of(ParticipantRole.USAGER, -1), List.of()));
    assertThat(negative.getMessage(Locale.ENGLISH))
        .isEqualTo("\"participants.USAGER\" must not be negative (got -1).");
  }
}
