package fr.spsplus.core.label;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.TextRules;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Texts;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The award of a label Services Publics+ to a structure by a certification body.
 *
 * <p>Build it with {@link #award(StructureCode, LabelTier, String, LocalDate, LabelRules)}, which
 * computes the dates from {@link LabelRules}. The label is valid from {@code awardedOn} included to
 * {@code validUntil} excluded: {@code validUntil = awardedOn + validity} is the day it expires. The
 * label is delivered by independent certification bodies after an audit (DITP press release of 18
 * July 2024,
 * https://www.modernisation.gouv.fr/presse/qualite-et-efficacite-des-services-publics-creation-du-label-services-publics).
 *
 * @param structure the labelled structure
 * @param tier the tier awarded
 * @param certificationBody the name of the certification body (an organisation, not a person); at
 *     most {@value fr.spsplus.core.TextRules#TITLE_MAX} characters
 * @param awardedOn the day of the award
 * @param validUntil the day the label expires, after {@code awardedOn}
 * @param followUpAuditDue the day the follow-up audit is due, strictly between {@code awardedOn}
 *     and {@code validUntil}
 */
public record LabelDecision(
    @NotNull StructureCode structure,
    @NotNull LabelTier tier,
    @NotBlank @Size(max = TextRules.TITLE_MAX) String certificationBody,
    @NotNull LocalDate awardedOn,
    @NotNull LocalDate validUntil,
    @NotNull LocalDate followUpAuditDue) {

  private static final MessageBundle MESSAGES = MessageBundle.of(LabelDecision.class, "messages");

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the certification body is blank or too long, or the dates are
   *     out of order
   */
  public LabelDecision {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(tier, "tier");
    Texts.requireText(certificationBody, TextRules.TITLE_MAX, "certificationBody");
    Objects.requireNonNull(awardedOn, "awardedOn");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(followUpAuditDue, "followUpAuditDue");
    if (!awardedOn.isBefore(followUpAuditDue) || !followUpAuditDue.isBefore(validUntil)) {
      throw new InvalidInputException(MESSAGES.message("decision.dates"));
    }
  }

  /**
   * Awards a label, dated by the rules: valid until {@code awardedOn + rules.validity()}, follow-up
   * audit due on {@code awardedOn + rules.followUpAuditDelay()}.
   *
   * @param structure the labelled structure
   * @param tier the tier awarded
   * @param certificationBody the certification body's name
   * @param awardedOn the day of the award
   * @param rules the durations, for example {@link LabelRules#defaults()}
   * @return the decision
   * @throws InvalidInputException if the certification body is blank or too long
   */
  public static LabelDecision award(
      StructureCode structure,
      LabelTier tier,
      String certificationBody,
      LocalDate awardedOn,
      LabelRules rules) {
    Objects.requireNonNull(awardedOn, "awardedOn");
    Objects.requireNonNull(rules, "rules");
    return new LabelDecision(
        structure,
        tier,
        certificationBody,
        awardedOn,
        awardedOn.plus(rules.validity()),
        awardedOn.plus(rules.followUpAuditDelay()));
  }

  /**
   * Tells whether the label is valid on a day: {@code awardedOn <= day < validUntil}. Suspension
   * and withdrawal are tracked by {@link LabelLifecycle}, not here.
   *
   * @param day the day
   * @return true if the day is within the validity
   */
  public boolean isValidOn(LocalDate day) {
    Objects.requireNonNull(day, "day");
    return !day.isBefore(awardedOn) && day.isBefore(validUntil);
  }
}
