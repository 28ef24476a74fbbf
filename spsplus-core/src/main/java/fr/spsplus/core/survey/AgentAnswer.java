package fr.spsplus.core.survey;

import fr.spsplus.core.InvalidInputException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.Objects;

/**
 * One answer of one agent to one question of the agent survey (enquête agents) of the label
 * Services Publics+. The questionnaire is not public, so questions are free codes chosen by the
 * certification body or the network (for example {@code Q3} or {@code SENS_DU_TRAVAIL}).
 *
 * @param respondentId the opaque identifier of the agent's questionnaire (never a name or an
 *     e-mail): 1 to 128 printable ASCII characters, no blank
 * @param question the question's code: 1 to 64 ASCII letters, digits, {@code -}, {@code _} or
 *     {@code .}
 * @param answer the answer
 */
public record AgentAnswer(
    @NotNull @Pattern(regexp = "\\p{Graph}{1,128}") String respondentId,
    @NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String question,
    @NotNull @Valid ScaleAnswer answer) {

  /** The format of a question code. */
  static final String QUESTION = "[A-Za-z0-9._-]{1,64}";

  private static final java.util.regex.Pattern QUESTION_PATTERN =
      java.util.regex.Pattern.compile(QUESTION);

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the identifier or the question code is malformed
   */
  public AgentAnswer {
    Surveys.requireIdentifier(respondentId, "respondentId");
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(answer, "answer");
    if (!QUESTION_PATTERN.matcher(question).matches()) {
      throw new InvalidInputException(Surveys.MESSAGES.message("survey.question.format"));
    }
  }
}
