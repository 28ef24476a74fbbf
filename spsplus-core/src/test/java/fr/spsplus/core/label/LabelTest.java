package fr.spsplus.core.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.structure.StructureCode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelTest {

  private static final StructureCode ROMANS = StructureCode.of("3Tn8gzTdcz");
  private static final LocalDate MARCH_1 = LocalDate.of(2025, 3, 1);

  @Test
  void tiersAreOrderedBronzeArgentOr() {
    LabelTier[] shuffled = {LabelTier.OR, LabelTier.BRONZE, LabelTier.ARGENT};
    Arrays.sort(shuffled);
    assertThat(shuffled).containsExactly(LabelTier.BRONZE, LabelTier.ARGENT, LabelTier.OR);
    assertThat(LabelTier.OR.isAbove(LabelTier.ARGENT)).isTrue();
    assertThat(LabelTier.ARGENT.isAtLeast(LabelTier.ARGENT)).isTrue();
    assertThat(LabelTier.BRONZE.isAtLeast(LabelTier.ARGENT)).isFalse();
  }

  @Test
  void defaultRulesAreThreeYearsAndEighteenMonthsNormalised() {
    LabelRules rules = LabelRules.defaults();
    assertThat(rules.validity()).isEqualTo(Period.ofYears(3));
    assertThat(rules.followUpAuditDelay()).isEqualTo(Period.of(1, 6, 0));
    assertThat(rules.withFollowUpAuditDelay(Period.ofMonths(12)).followUpAuditDelay())
        .isEqualTo(Period.ofYears(1));
  }

  @Test
  void rulesRejectDaysAndAFollowUpAfterTheValidity() {
    InvalidInputException days =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> LabelRules.defaults().withFollowUpAuditDelay(Period.ofDays(500)));
    assertThat(days.getMessage())
        .isEqualTo(
            "« followUpAuditDelay » doit être une durée strictement positive exprimée en années"
                + " et en mois, sans jours.");
    assertThat(days.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "\"followUpAuditDelay\" must be a strictly positive duration in years and months,"
                + " without days.");
    InvalidInputException late =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> LabelRules.defaults().withValidity(Period.ofMonths(18)));
    assertThat(late.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "The follow-up audit delay (\"followUpAuditDelay\") must be strictly shorter than the"
                + " label's validity (\"validity\").");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> new LabelRules(Period.ZERO, Period.ofMonths(1)))
                .key())
        .isEqualTo("rules.period");
  }

  @Test
  void awardComputesTheDatesFromTheRules() {
    LabelDecision decision =
        LabelDecision.award(
            ROMANS, LabelTier.ARGENT, "Organisme X", MARCH_1, LabelRules.defaults());
    assertThat(decision.validUntil()).isEqualTo(LocalDate.of(2028, 3, 1));
    assertThat(decision.followUpAuditDue()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(decision.isValidOn(LocalDate.of(2028, 2, 29))).isTrue();
    assertThat(decision.isValidOn(LocalDate.of(2028, 3, 1))).isFalse();
    LabelDecision leap =
        LabelDecision.award(
            ROMANS, LabelTier.OR, "Organisme X", LocalDate.of(2024, 2, 29), LabelRules.defaults());
    assertThat(leap.validUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(leap.followUpAuditDue()).isEqualTo(LocalDate.of(2025, 8, 29));
  }

  @Test
  void decisionWithDatesOutOfOrderIsRejected() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new LabelDecision(
                    ROMANS, LabelTier.OR, "Organisme X", MARCH_1, MARCH_1.plusYears(3), MARCH_1));
    assertThat(e.getMessage())
        .isEqualTo(
            "Dates du label incohérentes : il faut « awardedOn » < « followUpAuditDue » <"
                + " « validUntil ».");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Inconsistent label dates: \"awardedOn\" < \"followUpAuditDue\" < \"validUntil\" is"
                + " required.");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () ->
                        LabelDecision.award(
                            ROMANS, LabelTier.OR, " ", MARCH_1, LabelRules.defaults()))
                .getMessage())
        .isEqualTo("« certificationBody » ne doit pas être vide.");
  }

  @Test
  void lifecycleRecordsEveryTransitionWithItsDayAndReason() {
    LabelLifecycle label =
        LabelLifecycle.applied(LocalDate.of(2025, 1, 6), "Candidature déposée")
            .moveTo(LabelStatus.AUDITED, LocalDate.of(2025, 3, 12), "Audit initial")
            .moveTo(LabelStatus.AWARDED, LocalDate.of(2025, 4, 2), "Palier argent")
            .moveTo(LabelStatus.SUSPENDED, LocalDate.of(2026, 9, 15), "Audit de suivi")
            .moveTo(LabelStatus.AWARDED, LocalDate.of(2026, 12, 1), "Écarts corrigés");
    assertThat(label.state()).isEqualTo(LabelStatus.AWARDED);
    assertThat(label.since()).isEqualTo(LocalDate.of(2026, 12, 1));
    assertThat(label.history())
        .extracting(LabelTransition::from)
        .containsExactly(
            null,
            LabelStatus.APPLIED,
            LabelStatus.AUDITED,
            LabelStatus.AWARDED,
            LabelStatus.SUSPENDED);
    assertThat(label.stateOn(LocalDate.of(2025, 1, 5))).isEmpty();
    assertThat(label.stateOn(LocalDate.of(2025, 3, 12))).contains(LabelStatus.AUDITED);
    assertThat(label.stateOn(LocalDate.of(2026, 10, 1))).contains(LabelStatus.SUSPENDED);
  }

  @Test
  void forbiddenTransitionNamesTheCurrentRequestedAndAllowedStates() {
    LabelLifecycle applied = LabelLifecycle.applied(MARCH_1, "Candidature");
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> applied.moveTo(LabelStatus.AWARDED, MARCH_1, "Trop tôt"));
    assertThat(e.getMessage())
        .isEqualTo(
            "Transition du label interdite : état actuel APPLIED, état demandé AWARDED ; états"
                + " autorisés depuis APPLIED : AUDITED, WITHDRAWN.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Forbidden label transition: current state APPLIED, requested state AWARDED; states"
                + " allowed from APPLIED: AUDITED, WITHDRAWN.");
    LabelLifecycle expired =
        applied
            .moveTo(LabelStatus.AUDITED, MARCH_1, "Audit")
            .moveTo(LabelStatus.AWARDED, MARCH_1, "Bronze")
            .moveTo(LabelStatus.EXPIRED, MARCH_1.plusYears(3), "Échéance");
    InvalidInputException last =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> expired.moveTo(LabelStatus.AWARDED, MARCH_1.plusYears(3), "Renouvellement"));
    assertThat(last.getMessage()).endsWith("états autorisés depuis EXPIRED : aucun (état final).");
    assertThat(last.getMessage(Locale.ENGLISH))
        .endsWith("states allowed from EXPIRED: none (final state).");
  }

  @Test
  void transitionDatedBeforeThePreviousOneIsRejected() {
    LabelLifecycle applied = LabelLifecycle.applied(MARCH_1, "Candidature");
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> applied.moveTo(LabelStatus.AUDITED, MARCH_1.minusDays(1), "Audit"));
    assertThat(e.getMessage())
        .isEqualTo(
            "Une transition du label ne peut pas être datée du 2025-02-28 : elle précéderait la"
                + " précédente, datée du 2025-03-01.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "A label transition cannot be dated 2025-02-28: it would precede the previous one,"
                + " dated 2025-03-01.");
  }

  @Test
  void historiesThatDoNotFollowTheTableAreRejected() {
    LabelTransition apply = new LabelTransition(null, LabelStatus.APPLIED, MARCH_1, "Candidature");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () ->
                        new LabelLifecycle(
                            List.of(
                                new LabelTransition(
                                    null, LabelStatus.AWARDED, MARCH_1, "Sans candidature"))))
                .key())
        .isEqualTo("lifecycle.start");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () ->
                        new LabelLifecycle(
                            List.of(
                                apply,
                                new LabelTransition(
                                    LabelStatus.AUDITED, LabelStatus.AWARDED, MARCH_1, "Saut"))))
                .getMessage())
        .isEqualTo(
            "Historique du label incohérent : la transition n°1 part de AUDITED au lieu de"
                + " APPLIED, l’état atteint à l’étape précédente.");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () ->
                        new LabelLifecycle(
                            List.of(
                                apply,
                                new LabelTransition(
                                    LabelStatus.APPLIED, LabelStatus.EXPIRED, MARCH_1, "Saut"))))
                .key())
        .isEqualTo("lifecycle.forbidden");
    assertThat(
            catchThrowableOfType(InvalidInputException.class, () -> new LabelLifecycle(List.of()))
                .getMessage(Locale.ENGLISH))
        .isEqualTo("\"history\" must not be empty: at least one element is expected.");
  }

  @Test
  void transitionTableMatchesTheDocumentation() {
    assertThat(LabelStatus.APPLIED.allowedNext())
        .containsExactly(LabelStatus.AUDITED, LabelStatus.WITHDRAWN);
    assertThat(LabelStatus.AUDITED.allowedNext())
        .containsExactly(LabelStatus.AWARDED, LabelStatus.WITHDRAWN);
    assertThat(LabelStatus.AWARDED.allowedNext())
        .containsExactly(LabelStatus.SUSPENDED, LabelStatus.WITHDRAWN, LabelStatus.EXPIRED);
    assertThat(LabelStatus.SUSPENDED.allowedNext())
        .containsExactly(LabelStatus.AWARDED, LabelStatus.WITHDRAWN, LabelStatus.EXPIRED);
    assertThat(LabelStatus.WITHDRAWN.isFinal()).isTrue();
    assertThat(LabelStatus.EXPIRED.isFinal()).isTrue();
    assertThat(LabelStatus.AWARDED.isFinal()).isFalse();
  }
}
