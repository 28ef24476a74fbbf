package fr.spsplus.indicators.eligibility;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.internal.Checks;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The check of one criterion of one tier: what was required, what was observed, by how much it
 * passed or failed, and a message that says so in French or English.
 *
 * <p>Identifiers are stable: {@code userSurvey.size}, {@code userSurvey.score}, {@code
 * agentSurvey.size}, {@code agentSurvey.score}, {@code engagement.1} … {@code engagement.8} (one
 * per engagement of the referential), {@code orCriteria.score} (tier OR only).
 *
 * <p><strong>Margin.</strong> {@code margin = decisive − required}, where the decisive value is the
 * observed value, except for a survey score judged by {@linkplain
 * fr.spsplus.core.label.SurveyThresholdBasis#LOWER_BOUND its lower bound}: then the lower bound of
 * {@code interval} (or the point estimate, should it be lower). Minimums are inclusive: a finding
 * passes exactly when its margin is at least 0 and its evidence is complete. The margin is null
 * when the criterion cannot be evaluated: evidence missing ({@code observed} null) or incomplete
 * (criteria not rated, listed in {@code missingCriteria}; {@code observed} is then the floor the
 * rated criteria reach).
 *
 * <p><strong>Message.</strong> {@code messageKey} names a pattern of this package's bundle, {@code
 * messageArguments} its arguments as text (numbers in plain decimal notation, rounded for display
 * so that a failure never shows a margin of zero: observed values and lower bounds are truncated to
 * 2 decimal places, upper bounds and shortfalls rounded up). {@link #message(Locale)} renders them,
 * numbers in the reader's notation.
 *
 * @param id the criterion's stable identifier, as listed above
 * @param kind what the criterion checks
 * @param engagement the engagement's number for {@link CriterionKind#ENGAGEMENT_AUDIT_SCORE}, null
 *     otherwise
 * @param required the minimum (a score from 0 to 100, or a number of respondents)
 * @param observed the observed value (score or respondents), or null when the evidence is missing
 * @param interval for a survey score, its confidence interval in percent (0 to 100), with the
 *     method and level of the tier's {@link fr.spsplus.core.label.SurveyThreshold}; null otherwise
 * @param verdict for a survey score, how it stands against the minimum given its interval; null
 *     otherwise
 * @param margin the decisive value minus the minimum, or null when the criterion cannot be
 *     evaluated
 * @param passed whether the criterion holds
 * @param missingCriteria the audit criteria not rated (engagement criteria identifiers or "Or"
 *     criteria codes), sorted; empty when the evidence is complete (copied)
 * @param messageKey the key of the message in this package's bundle
 * @param messageArguments the message's arguments, as text (copied)
 */
public record CriterionFinding(
    String id,
    CriterionKind kind,
    @Nullable Integer engagement,
    BigDecimal required,
    @Nullable BigDecimal observed,
    @Nullable ConfidenceInterval interval,
    @Nullable IntervalVerdict verdict,
    @Nullable BigDecimal margin,
    boolean passed,
    List<String> missingCriteria,
    String messageKey,
    List<String> messageArguments) {

  /**
   * Checks and copies the components.
   *
   * @throws InvalidInputException if the identifier is blank, the engagement is given for another
   *     kind (or missing for an engagement), or a passed finding has no margin or a negative one,
   *     or missing criteria
   * @throws NullPointerException if a required component is null
   */
  public CriterionFinding {
    Checks.requireNonBlank(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(required, "required");
    missingCriteria = List.copyOf(Objects.requireNonNull(missingCriteria, "missingCriteria"));
    Checks.requireNonBlank(messageKey, "messageKey");
    messageArguments = List.copyOf(Objects.requireNonNull(messageArguments, "messageArguments"));
    boolean isEngagement = kind == CriterionKind.ENGAGEMENT_AUDIT_SCORE;
    if (isEngagement != (engagement != null)) {
      throw new InvalidInputException(
          EligibilityMessages.BUNDLE.message("finding.engagement.kind", id));
    }
    if (passed && (margin == null || margin.signum() < 0 || !missingCriteria.isEmpty())) {
      throw new InvalidInputException(
          EligibilityMessages.BUNDLE.message("finding.passed.margin", id));
    }
  }

  /**
   * Returns how much the decisive value falls short of the minimum.
   *
   * @return {@code required − decisive} when the criterion fails by a measurable amount; empty when
   *     it passes or cannot be evaluated
   */
  public Optional<BigDecimal> shortfall() {
    return margin != null && margin.signum() < 0 ? Optional.of(margin.negate()) : Optional.empty();
  }

  /**
   * Tells whether the criterion could be evaluated: its evidence is present and complete.
   *
   * @return true when a margin could be computed
   */
  public boolean evaluable() {
    return margin != null;
  }

  /**
   * Returns the criterion's name in the reader's language, for example "Audit de l’engagement 4" or
   * "Audit of engagement 4".
   *
   * @param locale the reader's locale (English for {@code en}, French otherwise)
   * @return the name
   */
  public String label(Locale locale) {
    return EligibilityMessages.text(locale, labelKey(kind), engagement == null ? "" : engagement);
  }

  /**
   * Returns the finding in French: the criterion's name and what was found.
   *
   * @return the French text
   */
  public String message() {
    return message(Locale.FRENCH);
  }

  /**
   * Returns the finding in the reader's language: the criterion's name and what was found.
   *
   * @param locale the reader's locale (English for {@code en}, French otherwise)
   * @return the text
   */
  public String message(Locale locale) {
    return EligibilityMessages.text(
        locale,
        "finding.line",
        label(locale),
        EligibilityMessages.render(locale, messageKey, messageArguments));
  }

  /**
   * Returns the key of a criterion's name.
   *
   * @param kind the criterion's kind
   * @return the key
   */
  static String labelKey(CriterionKind kind) {
    return switch (kind) {
      case USER_SURVEY_SIZE -> "criterion.user.survey.size";
      case USER_SURVEY_SCORE -> "criterion.user.survey.score";
      case AGENT_SURVEY_SIZE -> "criterion.agent.survey.size";
      case AGENT_SURVEY_SCORE -> "criterion.agent.survey.score";
      case ENGAGEMENT_AUDIT_SCORE -> "criterion.engagement.audit.score";
      case OR_CRITERIA_SCORE -> "criterion.or.criteria.score";
    };
  }
}
