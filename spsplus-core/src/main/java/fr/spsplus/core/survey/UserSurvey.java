package fr.spsplus.core.survey;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The user survey (enquête usagers) of a structure over a period, as a label application uses it:
 * the score reported by the survey (with its number of respondents), or the raw answers, or both.
 *
 * <p>The label Services Publics+ requires a minimum user-survey score; neither the questionnaire
 * nor the scoring rule nor the minimum is public. spsplus therefore keeps the score as reported, a
 * percentage from 0 to 100, and, when only answers are known, computes one with {@link
 * #effectiveScore()}: the share of the default top box among valid answers (a <strong>proposed
 * default</strong>).
 *
 * @param structure the surveyed structure; every answer is about it
 * @param period the period of the survey
 * @param score the reported score, a percentage from 0 to 100, or null when only answers are known
 * @param n the number of respondents: positive with a score; equal to the number of distinct
 *     response identifiers when answers are given
 * @param answers the raw answers, possibly empty when a score is given (copied)
 */
public record UserSurvey(
    @NotNull @Valid StructureCode structure,
    @NotNull @Valid ReportingPeriod period,
    @Nullable @DecimalMin("0") @DecimalMax("100") Double score,
    @PositiveOrZero long n,
    @NotNull List<@NotNull @Valid SurveyAnswer> answers) {

  /**
   * Checks and copies the components.
   *
   * @throws InvalidInputException if there is neither a score nor an answer, if the score is not in
   *     0..100 or comes with n = 0, if n does not count the respondents of the answers, or if an
   *     answer is about another structure
   */
  public UserSurvey {
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(period, "period");
    answers = List.copyOf(answers);
    for (SurveyAnswer answer : answers) {
      if (!answer.structure().equals(structure)) {
        throw new InvalidInputException(Surveys.MESSAGES.message("survey.structure.mismatch"));
      }
    }
    score = Surveys.requireConsistent(score, n, answers, SurveyAnswer::responseId);
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
  public static UserSurvey ofScore(
      StructureCode structure, ReportingPeriod period, double score, long n) {
    return new UserSurvey(structure, period, score, n, List.of());
  }

  /**
   * Returns a survey known by its raw answers; n is the number of distinct response identifiers.
   *
   * @param structure the structure
   * @param period the period
   * @param answers the answers, at least one, all about {@code structure}
   * @return the survey, without a reported score
   * @throws InvalidInputException if there is no answer or an answer is about another structure
   */
  public static UserSurvey ofAnswers(
      StructureCode structure, ReportingPeriod period, List<SurveyAnswer> answers) {
    long n = answers.stream().map(SurveyAnswer::responseId).distinct().count();
    return new UserSurvey(structure, period, null, n, answers);
  }

  /**
   * Returns the score to compare with a minimum: the reported score when there is one; otherwise
   * the weighted share, in percent, of the answers in their scale's default top box among the
   * answers that are not {@code NSP} (a proposed default).
   *
   * @return the score from 0 to 100, or empty when there is no score and every answer is {@code
   *     NSP}
   */
  public OptionalDouble effectiveScore() {
    if (score != null) {
      return OptionalDouble.of(score);
    }
    return Surveys.topBoxPercent(
        answers.stream().map(SurveyAnswer::answer).toList(),
        answers.stream().map(SurveyAnswer::effectiveWeight).toList());
  }
}
