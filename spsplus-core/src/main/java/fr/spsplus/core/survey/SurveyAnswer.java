package fr.spsplus.core.survey;

import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One answer of one user to one question of a survey.
 *
 * <p>Answers carry no personal data: the response identifier is the survey tool's opaque id of the
 * questionnaire, which groups the answers of one respondent. The optional weight comes from a
 * post-stratification (redressement) of the sample; calculators then keep Σw, Σw² and Σw·y and use
 * the effective sample size (Σw)² ÷ Σw² (Kish), a <strong>proposed default</strong> documented in
 * {@code spsplus-indicators}.
 *
 * @param responseId the opaque identifier of the questionnaire: 1 to 128 printable ASCII
 *     characters, no blank
 * @param structure the structure the answer is about
 * @param answeredAt when the answer was given (turned into a local date in the structure's time
 *     zone by whoever assigns it to a period)
 * @param question the question
 * @param answer the answer, on the question's scale
 * @param weight the survey weight, finite and strictly positive, or null for an unweighted answer
 *     (weight 1)
 */
public record SurveyAnswer(
    @NotNull @Pattern(regexp = "\\p{Graph}{1,128}") String responseId,
    @NotNull @Valid StructureCode structure,
    @NotNull Instant answeredAt,
    @NotNull SurveyQuestion question,
    @NotNull @Valid ScaleAnswer answer,
    @Nullable @Positive Double weight) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the response identifier is malformed or the
   *     weight is not finite and strictly positive
   */
  public SurveyAnswer {
    Surveys.requireIdentifier(responseId, "responseId");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(answeredAt, "answeredAt");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    if (weight != null) {
      Checks.requirePositive(weight, "weight");
    }
  }

  /**
   * Returns an unweighted answer on the question's {@link SurveyQuestion#defaultScale() default
   * scale}.
   *
   * @param responseId the questionnaire's identifier
   * @param structure the structure
   * @param answeredAt when the answer was given
   * @param question the question
   * @param answer the answer's code on the default scale, read tolerantly
   * @return the answer
   * @throws fr.spsplus.core.InvalidInputException if a component is invalid
   */
  public static SurveyAnswer of(
      String responseId,
      StructureCode structure,
      Instant answeredAt,
      SurveyQuestion question,
      String answer) {
    Objects.requireNonNull(question, "question");
    return new SurveyAnswer(
        responseId,
        structure,
        answeredAt,
        question,
        ScaleAnswer.of(question.defaultScale(), answer),
        null);
  }

  /**
   * Returns this answer with a weight.
   *
   * @param weight the weight, finite and strictly positive
   * @return a new answer
   * @throws fr.spsplus.core.InvalidInputException if the weight is invalid
   */
  public SurveyAnswer withWeight(double weight) {
    return new SurveyAnswer(responseId, structure, answeredAt, question, answer, weight);
  }

  /**
   * Returns the weight to use in sums.
   *
   * @return the weight, or 1 for an unweighted answer
   */
  public double effectiveWeight() {
    return weight == null ? 1.0 : weight;
  }
}
