package fr.spsplus.core.label;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.audit.AuditGridReference;
import fr.spsplus.core.audit.EngagementAuditResult;
import fr.spsplus.core.engagement.EngagementReferential;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.engagement.Referentials;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.AgentSurvey;
import fr.spsplus.core.survey.UserSurvey;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The evidence of a structure's application for the label Services Publics+: the user survey, the
 * agent survey, the audit result of each engagement of the referential, the audit result of the
 * additional "Or" criteria, and the date.
 *
 * <p>The label is awarded after an external audit, a user survey (enquête usagers) and an agent
 * survey (enquête agents)
 * (https://www.mutame.com/fonction-publique-territoriale/services-publics-plus-un-label-pour-reinventer-la-relation-usagers;
 * DITP document on the "Or" tier, {@code seeds/001_…}). An application may be
 * <strong>incomplete</strong> — no agent survey, an engagement without audit result, criteria not
 * rated — : it is still a valid value, and the eligibility evaluation ({@code
 * fr.spsplus.indicators.eligibility.LabelEligibility}) explains what is missing instead of failing.
 * What this record refuses is inconsistent evidence: a survey about another structure, an
 * engagement that is not in the referential, an engagement given twice.
 *
 * <p>Engagement results are kept sorted by engagement number, and each result's missing criteria
 * sorted by identifier, so that two applications with the same evidence are equal whatever order it
 * was given in. Build one with {@link #builder(StructureCode, LocalDate)}; compute audit results
 * from an {@link fr.spsplus.core.audit.Audit} with {@code
 * fr.spsplus.indicators.eligibility.AuditScoring}.
 *
 * @param structure the applying structure
 * @param referential the referential of the engagements the audit covers (the current one, {@link
 *     ReferentialId#SP_PLUS_2023}, has 8)
 * @param date the day the application is assessed (the date of the file submitted to the
 *     certification body); the default award date of a decision
 * @param userSurvey the user survey: a reported score and its number of respondents, raw answers,
 *     or both; null when not provided
 * @param agentSurvey the agent survey, in the same forms; null when not provided
 * @param engagementResults the audit result of each engagement, at most one per engagement, every
 *     number in the referential; possibly missing some (copied, sorted by engagement, missing
 *     criteria sorted)
 * @param orCriteria the audit result of the additional "Or" criteria, or null when they were not
 *     audited
 * @param grid the audit grid the engagement results were computed with, or null when unknown
 *     (traceability only)
 */
public record LabelApplication(
    @NotNull @Valid StructureCode structure,
    @NotNull ReferentialId referential,
    @NotNull LocalDate date,
    @Nullable @Valid UserSurvey userSurvey,
    @Nullable @Valid AgentSurvey agentSurvey,
    List<@Valid @NotNull EngagementAuditResult> engagementResults,
    @Nullable @Valid OrCriteriaAuditResult orCriteria,
    @Nullable @Valid AuditGridReference grid) {

  private static final MessageBundle MESSAGES =
      MessageBundle.of(LabelApplication.class, "messages");

  /**
   * Checks, sorts and copies the components.
   *
   * @throws InvalidInputException if a survey is about another structure, an engagement number is
   *     not in the referential, or an engagement has two results
   */
  public LabelApplication {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(referential, "referential");
    Objects.requireNonNull(date, "date");
    if (userSurvey != null && !userSurvey.structure().equals(structure)) {
      throw new InvalidInputException(
          MESSAGES.message("application.survey.structure", "userSurvey"));
    }
    if (agentSurvey != null && !agentSurvey.structure().equals(structure)) {
      throw new InvalidInputException(
          MESSAGES.message("application.survey.structure", "agentSurvey"));
    }
    Objects.requireNonNull(engagementResults, "engagementResults");
    EngagementReferential engagements = Referentials.of(referential);
    TreeMap<Integer, EngagementAuditResult> byNumber = new TreeMap<>();
    for (EngagementAuditResult result : engagementResults) {
      Objects.requireNonNull(result, "engagementResults");
      engagements.requireNumber(result.engagement());
      List<String> missing = new ArrayList<>(result.missingCriteria());
      missing.sort(Comparator.naturalOrder());
      EngagementAuditResult sorted =
          new EngagementAuditResult(result.engagement(), result.score(), missing);
      if (byNumber.put(result.engagement(), sorted) != null) {
        throw new InvalidInputException(
            MESSAGES.message("application.engagement.duplicate", result.engagement()));
      }
    }
    engagementResults = List.copyOf(byNumber.values());
  }

  /**
   * Returns a builder for the current referential ({@link ReferentialId#SP_PLUS_2023}).
   *
   * @param structure the applying structure
   * @param date the day the application is assessed
   * @return a new builder
   */
  public static Builder builder(StructureCode structure, LocalDate date) {
    return new Builder(structure, date);
  }

  /**
   * Returns a builder holding this application.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder(structure, date);
    builder.referential = referential;
    builder.userSurvey = userSurvey;
    builder.agentSurvey = agentSurvey;
    engagementResults.forEach(r -> builder.results.put(r.engagement(), r));
    builder.orCriteria = orCriteria;
    builder.grid = grid;
    return builder;
  }

  /**
   * Returns the audit result of one engagement.
   *
   * @param engagement the engagement's number
   * @return the result, or empty when the application has none
   */
  public Optional<EngagementAuditResult> engagementResult(int engagement) {
    return engagementResults.stream().filter(r -> r.engagement() == engagement).findFirst();
  }

  /**
   * Returns the engagements of the referential that have no audit result.
   *
   * @return their numbers, in increasing order; empty when every engagement has a result
   */
  public List<Integer> missingEngagements() {
    List<Integer> missing = new ArrayList<>();
    for (int number = 1; number <= Referentials.of(referential).size(); number++) {
      if (engagementResult(number).isEmpty()) {
        missing.add(number);
      }
    }
    return List.copyOf(missing);
  }

  /**
   * Builds a {@link LabelApplication}. Adding a result for an engagement that already has one
   * replaces it.
   */
  public static final class Builder {
    private final StructureCode structure;
    private final LocalDate date;
    private ReferentialId referential = ReferentialId.SP_PLUS_2023;
    private @Nullable UserSurvey userSurvey;
    private @Nullable AgentSurvey agentSurvey;
    private final TreeMap<Integer, EngagementAuditResult> results = new TreeMap<>();
    private @Nullable OrCriteriaAuditResult orCriteria;
    private @Nullable AuditGridReference grid;

    private Builder(StructureCode structure, LocalDate date) {
      this.structure = Objects.requireNonNull(structure, "structure");
      this.date = Objects.requireNonNull(date, "date");
    }

    /**
     * Sets the referential (default {@link ReferentialId#SP_PLUS_2023}).
     *
     * @param referential the referential
     * @return this builder
     */
    public Builder referential(ReferentialId referential) {
      this.referential = Objects.requireNonNull(referential, "referential");
      return this;
    }

    /**
     * Sets the user survey.
     *
     * @param survey the survey, or null to remove it
     * @return this builder
     */
    public Builder userSurvey(@Nullable UserSurvey survey) {
      this.userSurvey = survey;
      return this;
    }

    /**
     * Sets the agent survey.
     *
     * @param survey the survey, or null to remove it
     * @return this builder
     */
    public Builder agentSurvey(@Nullable AgentSurvey survey) {
      this.agentSurvey = survey;
      return this;
    }

    /**
     * Adds (or replaces) the audit result of one engagement.
     *
     * @param result the result
     * @return this builder
     */
    public Builder engagementResult(EngagementAuditResult result) {
      Objects.requireNonNull(result, "result");
      results.put(result.engagement(), result);
      return this;
    }

    /**
     * Adds (or replaces) the complete audit result of one engagement: a score, every criterion
     * rated.
     *
     * @param engagement the engagement's number
     * @param score the score, 0 to 100
     * @return this builder
     * @throws InvalidInputException if the number or the score is out of range
     */
    public Builder engagementScore(int engagement, BigDecimal score) {
      return engagementResult(new EngagementAuditResult(engagement, score, List.of()));
    }

    /**
     * Adds (or replaces) the results of several engagements.
     *
     * @param results the results
     * @return this builder
     */
    public Builder engagementResults(Collection<EngagementAuditResult> results) {
      Objects.requireNonNull(results, "results").forEach(this::engagementResult);
      return this;
    }

    /**
     * Removes the result of one engagement.
     *
     * @param engagement the engagement's number
     * @return this builder
     */
    public Builder withoutEngagement(int engagement) {
      results.remove(engagement);
      return this;
    }

    /**
     * Sets the audit result of the "Or" criteria.
     *
     * @param result the result, or null to remove it
     * @return this builder
     */
    public Builder orCriteria(@Nullable OrCriteriaAuditResult result) {
      this.orCriteria = result;
      return this;
    }

    /**
     * Sets the grid the engagement results were computed with.
     *
     * @param grid the grid's reference, or null
     * @return this builder
     */
    public Builder grid(@Nullable AuditGridReference grid) {
      this.grid = grid;
      return this;
    }

    /**
     * Builds the application.
     *
     * @return the application
     * @throws InvalidInputException if the evidence is inconsistent (see the record)
     */
    public LabelApplication build() {
      return new LabelApplication(
          structure,
          referential,
          date,
          userSurvey,
          agentSurvey,
          List.copyOf(results.values()),
          orCriteria,
          grid);
    }
  }
}
