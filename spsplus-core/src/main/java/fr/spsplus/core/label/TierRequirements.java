package fr.spsplus.core.label;

import fr.spsplus.core.engagement.Engagement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What one tier of the label requires: minimum scores of the user survey, the agent survey, the
 * audit of each engagement and (tier OR only) the additional "Or" criteria, minimum survey sizes,
 * and how survey scores are compared with their minimum.
 *
 * <p>The label requires all of these at once (DITP document on the "Or" tier, {@code seeds/001_…}
 * of the project's references); <strong>none of the official numbers is public</strong>, so every
 * value here is data, supplied by the rule set's author. Scores are percentages from 0 to 100 with
 * at most two decimal places; every minimum is <em>inclusive</em> (a score equal to its minimum
 * passes). Score thresholds are kept without trailing zeros ({@code 80.00} becomes {@code 80}).
 *
 * <p>The audit minimum is given in one of two forms, exclusively: {@link #minAuditScore()}, one
 * value for every engagement, or {@link #engagements()}, one value per engagement number (the rule
 * set then checks that every engagement of its referential has one).
 *
 * <p>Errors name the path of the faulty value relative to this object ({@code minUserScore}, {@code
 * engagements.4}); {@link LabelRuleSet#fromJson(java.io.InputStream, String)} reports them from the
 * document's root ({@code $.tiers.OR.minUserScore}).
 *
 * @param minUserScore the minimum user-survey score, 0 to 100
 * @param minUserSurveySize the minimum number of user-survey respondents, not negative
 * @param minAgentScore the minimum agent-survey score, 0 to 100
 * @param minAgentSurveySize the minimum number of agent-survey respondents, not negative
 * @param surveyThreshold how both survey scores are compared with their minimum
 * @param minAuditScore the minimum audit score of every engagement, 0 to 100; null when {@code
 *     engagements} gives one per engagement
 * @param engagements the minimum audit score of each engagement, by engagement number (1 to {@value
 *     fr.spsplus.core.engagement.Engagement#MAX_NUMBER}); empty when {@code minAuditScore} is given
 *     (copied, sorted by number)
 * @param minOrCriteriaScore the minimum score on the additional "Or" criteria, 0 to 100; required
 *     for the tier OR, null for the others (checked by {@link LabelRuleSet})
 */
public record TierRequirements(
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal minUserScore,
    @PositiveOrZero long minUserSurveySize,
    @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal minAgentScore,
    @PositiveOrZero long minAgentSurveySize,
    @NotNull @Valid SurveyThreshold surveyThreshold,
    @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal minAuditScore,
    Map<
            @NotNull @Positive @Max(Engagement.MAX_NUMBER) Integer,
            @NotNull @DecimalMin("0") @DecimalMax("100") BigDecimal>
        engagements,
    @Nullable @DecimalMin("0") @DecimalMax("100") BigDecimal minOrCriteriaScore) {

  /**
   * Checks, normalises and copies the components.
   *
   * @throws InvalidRuleSetException naming the faulty component: a score outside 0–100 or with more
   *     than two decimal places, a negative size, an engagement number outside 1–{@value
   *     fr.spsplus.core.engagement.Engagement#MAX_NUMBER}, both audit forms or neither
   */
  public TierRequirements {
    minUserScore = RuleChecks.requireScore(minUserScore, "minUserScore");
    RuleChecks.requireSize(minUserSurveySize, "minUserSurveySize");
    minAgentScore = RuleChecks.requireScore(minAgentScore, "minAgentScore");
    RuleChecks.requireSize(minAgentSurveySize, "minAgentSurveySize");
    Objects.requireNonNull(surveyThreshold, "surveyThreshold");
    if (minAuditScore != null) {
      minAuditScore = RuleChecks.requireScore(minAuditScore, "minAuditScore");
    }
    Objects.requireNonNull(engagements, "engagements");
    TreeMap<Integer, BigDecimal> sorted = new TreeMap<>();
    for (Map.Entry<Integer, BigDecimal> entry : engagements.entrySet()) {
      int number = Objects.requireNonNull(entry.getKey(), "engagements key");
      String path = "engagements." + number;
      if (number < 1 || number > Engagement.MAX_NUMBER) {
        throw new InvalidRuleSetException(
            path, RuleChecks.MESSAGES.message("rule.engagement.number", Engagement.MAX_NUMBER));
      }
      sorted.put(number, RuleChecks.requireScore(entry.getValue(), path));
    }
    engagements = Collections.unmodifiableMap(sorted);
    if (minAuditScore == null && engagements.isEmpty()) {
      throw new InvalidRuleSetException(
          "minAuditScore", RuleChecks.MESSAGES.message("rule.audit.form.none"));
    }
    if (minAuditScore != null && !engagements.isEmpty()) {
      throw new InvalidRuleSetException(
          "engagements", RuleChecks.MESSAGES.message("rule.audit.form.both"));
    }
    if (minOrCriteriaScore != null) {
      minOrCriteriaScore = RuleChecks.requireScore(minOrCriteriaScore, "minOrCriteriaScore");
    }
  }

  /**
   * Returns a builder with no value set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these requirements.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.minUserScore = minUserScore;
    builder.minUserSurveySize = minUserSurveySize;
    builder.minAgentScore = minAgentScore;
    builder.minAgentSurveySize = minAgentSurveySize;
    builder.surveyThreshold = surveyThreshold;
    builder.minAuditScore = minAuditScore;
    builder.engagements.putAll(engagements);
    builder.minOrCriteriaScore = minOrCriteriaScore;
    return builder;
  }

  /**
   * Returns the minimum audit score of one engagement: its own value when {@link #engagements()}
   * gives one, otherwise {@link #minAuditScore()}.
   *
   * @param engagement the engagement's number
   * @return the minimum, or empty when the per-engagement form has no value for that number
   */
  public Optional<BigDecimal> auditThreshold(int engagement) {
    BigDecimal own = engagements.get(engagement);
    return Optional.ofNullable(own != null ? own : minAuditScore);
  }

  /**
   * Builds {@link TierRequirements}. Scores may be given as {@link BigDecimal} or {@code double}
   * (converted through its shortest decimal representation: {@code 72.5} is exactly 72.5). The
   * survey threshold defaults to {@link SurveyThreshold#pointEstimate()}; sizes default to 0.
   */
  public static final class Builder {
    private @Nullable BigDecimal minUserScore;
    private long minUserSurveySize;
    private @Nullable BigDecimal minAgentScore;
    private long minAgentSurveySize;
    private SurveyThreshold surveyThreshold = SurveyThreshold.pointEstimate();
    private @Nullable BigDecimal minAuditScore;
    private final TreeMap<Integer, BigDecimal> engagements = new TreeMap<>();
    private @Nullable BigDecimal minOrCriteriaScore;

    private Builder() {}

    /**
     * Sets the minimum user-survey score.
     *
     * @param score 0 to 100
     * @return this builder
     */
    public Builder minUserScore(BigDecimal score) {
      this.minUserScore = Objects.requireNonNull(score, "score");
      return this;
    }

    /**
     * Sets the minimum user-survey score.
     *
     * @param score 0 to 100
     * @return this builder
     */
    public Builder minUserScore(double score) {
      return minUserScore(BigDecimal.valueOf(score));
    }

    /**
     * Sets the minimum number of user-survey respondents.
     *
     * @param size not negative
     * @return this builder
     */
    public Builder minUserSurveySize(long size) {
      this.minUserSurveySize = size;
      return this;
    }

    /**
     * Sets the minimum agent-survey score.
     *
     * @param score 0 to 100
     * @return this builder
     */
    public Builder minAgentScore(BigDecimal score) {
      this.minAgentScore = Objects.requireNonNull(score, "score");
      return this;
    }

    /**
     * Sets the minimum agent-survey score.
     *
     * @param score 0 to 100
     * @return this builder
     */
    public Builder minAgentScore(double score) {
      return minAgentScore(BigDecimal.valueOf(score));
    }

    /**
     * Sets the minimum number of agent-survey respondents.
     *
     * @param size not negative
     * @return this builder
     */
    public Builder minAgentSurveySize(long size) {
      this.minAgentSurveySize = size;
      return this;
    }

    /**
     * Sets how survey scores are compared with their minimum.
     *
     * @param threshold the threshold
     * @return this builder
     */
    public Builder surveyThreshold(SurveyThreshold threshold) {
      this.surveyThreshold = Objects.requireNonNull(threshold, "threshold");
      return this;
    }

    /**
     * Sets one minimum audit score for every engagement, and clears the per-engagement values.
     *
     * @param score 0 to 100
     * @return this builder
     */
    public Builder minAuditScore(BigDecimal score) {
      this.minAuditScore = Objects.requireNonNull(score, "score");
      engagements.clear();
      return this;
    }

    /**
     * Sets one minimum audit score for every engagement, and clears the per-engagement values.
     *
     * @param score 0 to 100
     * @return this builder
     */
    public Builder minAuditScore(double score) {
      return minAuditScore(BigDecimal.valueOf(score));
    }

    /**
     * Sets the minimum audit score of one engagement, and clears the single value for all.
     *
     * @param engagement the engagement's number
     * @param score 0 to 100
     * @return this builder
     */
    public Builder engagement(int engagement, BigDecimal score) {
      engagements.put(engagement, Objects.requireNonNull(score, "score"));
      this.minAuditScore = null;
      return this;
    }

    /**
     * Sets the minimum audit score of one engagement, and clears the single value for all.
     *
     * @param engagement the engagement's number
     * @param score 0 to 100
     * @return this builder
     */
    public Builder engagement(int engagement, double score) {
      return engagement(engagement, BigDecimal.valueOf(score));
    }

    /**
     * Sets the minimum score on the additional "Or" criteria (tier OR only).
     *
     * @param score 0 to 100, or null to remove it
     * @return this builder
     */
    public Builder minOrCriteriaScore(@Nullable BigDecimal score) {
      this.minOrCriteriaScore = score;
      return this;
    }

    /**
     * Sets the minimum score on the additional "Or" criteria (tier OR only).
     *
     * @param score 0 to 100
     * @return this builder
     */
    public Builder minOrCriteriaScore(double score) {
      return minOrCriteriaScore(BigDecimal.valueOf(score));
    }

    /**
     * Builds the requirements.
     *
     * @return the requirements
     * @throws InvalidRuleSetException if a value breaks a rule (the path names it); a missing
     *     survey minimum is reported as out of range
     */
    public TierRequirements build() {
      return new TierRequirements(
          required(minUserScore, "minUserScore"),
          minUserSurveySize,
          required(minAgentScore, "minAgentScore"),
          minAgentSurveySize,
          surveyThreshold,
          minAuditScore,
          engagements,
          minOrCriteriaScore);
    }

    private static BigDecimal required(@Nullable BigDecimal value, String path) {
      if (value == null) {
        throw new InvalidRuleSetException(path, RuleChecks.MESSAGES.message("rule.required"));
      }
      return value;
    }
  }
}
