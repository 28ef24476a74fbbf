package fr.spsplus.core.survey;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The agent survey (enquête agents) of a structure over a period, as a label application uses it:
 * the score reported by the survey (with its number of respondents), or the raw answers, or both.
 *
 * <p>The label Services Publics+ requires a minimum agent-survey score; neither the questionnaire
 * nor the scoring rule nor the minimum is public. The score is kept as reported, a percentage from
 * 0 to 100; {@link #effectiveScore()} computes one from answers as the share of the default top box
 * among valid answers (a <strong>proposed default</strong>).
 *
 * @param structure the surveyed structure
 * @param period the period of the survey
 * @param score the reported score, a percentage from 0 to 100, or null when only answers are known
 * @param n the number of respondents: positive with a score; equal to the number of distinct
 *     respondent identifiers when answers are given
 * @param answers the raw answers, possibly empty when a score is given (copied)
 */
public record AgentSurvey(
    @NotNull @Valid StructureCode structure,
    @NotNull @Valid ReportingPeriod period,
    @Nullable @DecimalMin("0") @DecimalMax("100") Double score,
    @PositiveOrZero long n,
    @NotNull List<@NotNull @Valid AgentAnswer> answers) {

  /**
   * Checks and copies the components.
   *
   * @throws InvalidInputException if there is neither a score nor an answer, if the score is not in
   *     0..100 or comes with n = 0, or if n does not count the respondents of the answers
   */
  public AgentSurvey {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(period, "period");
    answers = List.copyOf(answers);
    score = Surveys.requireConsistent(score, n, answers, AgentAnswer::respondentId);
  }

  /**
   * Returns a survey known by its reported score.
   *
   * @param structure the structure
   * @param period the period
   * @param score the score, 0 to 100
   * @param n the number of respondents, positive
   * @return the survey, without raw answers
   * @throws InvalidInputException if the score or n is invalid
   */
  public static AgentSurvey ofScore(
      StructureCode structure, ReportingPeriod period, double score, long n) {
    return new AgentSurvey(structure, period, score, n, List.of());
  }

  /**
   * Returns a survey known by its raw answers; n is the number of distinct respondent identifiers.
   *
   * @param structure the structure
   * @param period the period
   * @param answers the answers, at least one
   * @return the survey, without a reported score
   * @throws InvalidInputException if there is no answer
   */
  public static AgentSurvey ofAnswers(
      StructureCode structure, ReportingPeriod period, List<AgentAnswer> answers) {
    long n = answers.stream().map(AgentAnswer::respondentId).distinct().count();
    return new AgentSurvey(structure, period, null, n, answers);
  }

  /**
   * Returns the score to compare with a minimum: the reported score when there is one; otherwise
   * the share, in percent, of the answers in their scale's default top box among the answers that
   * are not {@code NSP} (a proposed default).
   *
   * @return the score from 0 to 100, or empty when there is no score and every answer is {@code
   *     NSP}
   */
  public OptionalDouble effectiveScore() {
    if (score != null) {
      return OptionalDouble.of(score);
    }
    return Surveys.topBoxPercent(
        answers.stream().map(AgentAnswer::answer).toList(),
        Collections.nCopies(answers.size(), 1.0));
  }
}
