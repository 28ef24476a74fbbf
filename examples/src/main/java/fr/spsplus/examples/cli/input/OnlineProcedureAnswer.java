package fr.spsplus.examples.cli.input;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.ScaleAnswer;
import fr.spsplus.core.survey.SurveyScale;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One user's rating of an online procedure ("démarche en ligne") with the three levels of the "Je
 * donne mon avis" button (DINUM): the input of the indicator "qualité des démarches en ligne"
 * (https://www.plus.transformation.gouv.fr/engagement/6), whose value is the share of a structure's
 * procedures whose score (good 10, medium 5, bad 0) reaches 8/10.
 *
 * @param responseId the rating tool's opaque id of the answer: 1 to 128 printable ASCII characters
 * @param structure the structure that offers the procedure
 * @param procedure the procedure, as a code or a name: 1 to {@value #MAX_PROCEDURE_LENGTH}
 *     characters, not blank
 * @param answeredAt when the answer was given
 * @param answer the answer on {@link SurveyScale#JDMA_3}: {@code GOOD}, {@code MEDIUM}, {@code BAD}
 *     or {@code NSP}
 * @param weight the survey weight, finite and strictly positive, or null (weight 1)
 */
public record OnlineProcedureAnswer(
    String responseId,
    StructureCode structure,
    String procedure,
    Instant answeredAt,
    ScaleAnswer answer,
    @Nullable Double weight) {

  /** The maximum length of {@link #procedure()}, in characters (as for processed requests). */
  public static final int MAX_PROCEDURE_LENGTH = 200;

  private static final MessageBundle MESSAGES =
      MessageBundle.of(OnlineProcedureAnswer.class, "messages");
  private static final Pattern IDENTIFIER = Pattern.compile("\\p{Graph}{1,128}");

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the identifier is malformed, the procedure blank or too long,
   *     the answer not on the JDMA scale, or the weight not strictly positive
   */
  public OnlineProcedureAnswer {
    Objects.requireNonNull(responseId, "responseId");
    if (!IDENTIFIER.matcher(responseId).matches()) {
      throw new InvalidInputException(MESSAGES.message("online.identifier"));
    }
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(procedure, "procedure");
    if (procedure.isBlank() || procedure.length() > MAX_PROCEDURE_LENGTH) {
      throw new InvalidInputException(MESSAGES.message("online.procedure", MAX_PROCEDURE_LENGTH));
    }
    Objects.requireNonNull(answeredAt, "answeredAt");
    Objects.requireNonNull(answer, "answer");
    if (answer.scale() != SurveyScale.JDMA_3) {
      throw new InvalidInputException(MESSAGES.message("online.scale", answer.scale().name()));
    }
    if (weight != null && !(weight > 0 && Double.isFinite(weight))) {
      throw new InvalidInputException(MESSAGES.message("online.weight"));
    }
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
