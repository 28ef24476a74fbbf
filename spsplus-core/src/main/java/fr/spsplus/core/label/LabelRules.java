package fr.spsplus.core.label;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import jakarta.validation.constraints.NotNull;
import java.time.Period;
import java.util.Objects;

/**
 * The durations that date a label decision: how long a label is valid, and when its follow-up audit
 * is due.
 *
 * <ul>
 *   <li><strong>Validity: 3 years</strong> — sourced: "le label est valable trois ans"
 *       (https://www.mutame.com/fonction-publique-territoriale/services-publics-plus-un-label-pour-reinventer-la-relation-usagers).
 *   <li><strong>Follow-up audit: 18 months after the award</strong> — <em>proposed default,
 *       Marianne/Qual-e-pref precedent, not confirmed for Services Publics+</em>. The label
 *       Marianne had "une évaluation de suivi sur site … au bout de 18 mois"
 *       (http://www.modernisation.gouv.fr/la-qualite-des-services-publics-sameliore/en-fixant-des-referentiels/le-label-marianne-0)
 *       and a labelled préfecture (Qual-e-pref) "fait l'objet d'un audit de suivi 18 mois plus
 *       tard"
 *       (https://www.modernisation.gouv.fr/ameliorer-lexperience-usagers/amelioration-continue). No
 *       public text gives the Services Publics+ figure: configure it with {@link
 *       #withFollowUpAuditDelay(Period)}.
 * </ul>
 *
 * <p>Both durations are whole years and months (no days), strictly positive, and the follow-up
 * audit falls strictly within the validity. They are normalised ({@code P18M} becomes {@code
 * P1Y6M}).
 *
 * @param validity how long a label is valid after its award
 * @param followUpAuditDelay how long after the award the follow-up audit is due
 */
public record LabelRules(@NotNull Period validity, @NotNull Period followUpAuditDelay) {

  /** The validity of a label: 3 years (sourced, see the type's documentation). */
  public static final Period VALIDITY = Period.ofYears(3);

  /**
   * The proposed default delay of the follow-up audit: 18 months (Marianne/Qual-e-pref precedent,
   * not confirmed for Services Publics+).
   */
  public static final Period PROPOSED_FOLLOW_UP_AUDIT_DELAY = Period.ofMonths(18);

  private static final MessageBundle MESSAGES = MessageBundle.of(LabelRules.class, "messages");

  /**
   * Checks and normalises the durations.
   *
   * @throws InvalidInputException if a duration has days, is not strictly positive, or if the
   *     follow-up audit does not fall strictly within the validity
   */
  public LabelRules {
    validity = requireMonths(validity, "validity");
    followUpAuditDelay = requireMonths(followUpAuditDelay, "followUpAuditDelay");
    if (followUpAuditDelay.toTotalMonths() >= validity.toTotalMonths()) {
      throw new InvalidInputException(MESSAGES.message("rules.follow.up.after.validity"));
    }
  }

  /**
   * Returns the default rules: validity 3 years (sourced), follow-up audit after 18 months
   * (proposed default).
   *
   * @return the default rules
   */
  public static LabelRules defaults() {
    return new LabelRules(VALIDITY, PROPOSED_FOLLOW_UP_AUDIT_DELAY);
  }

  /**
   * Returns these rules with another validity.
   *
   * @param validity the validity, in years and months
   * @return the new rules
   * @throws InvalidInputException if the rules would break an invariant
   */
  public LabelRules withValidity(Period validity) {
    return new LabelRules(validity, followUpAuditDelay);
  }

  /**
   * Returns these rules with another follow-up audit delay.
   *
   * @param followUpAuditDelay the delay after the award, in years and months
   * @return the new rules
   * @throws InvalidInputException if the rules would break an invariant
   */
  public LabelRules withFollowUpAuditDelay(Period followUpAuditDelay) {
    return new LabelRules(validity, followUpAuditDelay);
  }

  private static Period requireMonths(Period period, String field) {
    Objects.requireNonNull(period, field);
    if (period.getDays() != 0 || period.toTotalMonths() <= 0) {
      throw new InvalidInputException(MESSAGES.message("rules.period", field));
    }
    return period.normalized();
  }
}
