package fr.spsplus.examples.cli.input;

import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.ScaleAnswer;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.core.survey.SurveyScale;
import java.time.Instant;
import java.time.ZoneId;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Reads user-survey answers: {@code response_id,structure,answered_at,question,answer[,weight]},
 * one {@link SurveyAnswer} per row.
 *
 * <ul>
 *   <li>{@code response_id}: the survey tool's opaque id of the questionnaire (it groups the
 *       answers of one respondent);
 *   <li>{@code structure}: the structure's SP+ code;
 *   <li>{@code answered_at}: an ISO-8601 date-time with offset, or local in {@code --zone};
 *   <li>{@code question}: a {@link SurveyQuestion} code ({@code SATISFACTION_GLOBALE}, {@code
 *       DELAIS}, {@code ACCESSIBILITE}, {@code EFFORT}, {@code RELATION}, {@code TELEPHONE});
 *   <li>{@code answer}: a point of the 4-point scale, {@code TRES_SATISFAIT}, {@code
 *       PLUTOT_SATISFAIT}, {@code PLUTOT_INSATISFAIT}, {@code TRES_INSATISFAIT}, or {@code NSP};
 *       read as {@link SurveyScale#indexOf(String)} does (case, accents and spaces ignored: {@code
 *       Plutôt satisfait} is {@code PLUTOT_SATISFAIT});
 *   <li>{@code weight} (optional): the post-stratification weight, a decimal with a dot, &gt; 0.
 * </ul>
 */
public final class AnswerCsvReader extends CsvRecordReader<SurveyAnswer> {

  /** The columns, in documented order. */
  public static final CsvLayout LAYOUT =
      CsvLayout.of(
          CsvColumn.required("response_id"),
          CsvColumn.required("structure"),
          CsvColumn.required("answered_at"),
          CsvColumn.required("question"),
          CsvColumn.required("answer"),
          CsvColumn.optional("weight"));

  private final @Nullable ZoneId localZone;

  /**
   * Creates the reader.
   *
   * @param localZone the zone of local date-times ({@code --zone}), or null to require offsets
   */
  public AnswerCsvReader(@Nullable ZoneId localZone) {
    super(LAYOUT);
    this.localZone = localZone;
  }

  @Override
  protected SurveyAnswer map(CsvRow row) {
    String responseId = row.identifier("response_id");
    StructureCode structure = row.structure("structure");
    Instant answeredAt = row.instant("answered_at", localZone);
    SurveyQuestion question = row.code(SurveyQuestion.class, "question");
    ScaleAnswer answer = scaleAnswer(row, "answer", question.defaultScale());
    Double weight = row.optionalWeight("weight");
    return row.build(
        () -> new SurveyAnswer(responseId, structure, answeredAt, question, answer, weight));
  }

  /**
   * Reads an answer on a scale, with a message listing the scale's codes.
   *
   * @param row the row
   * @param column the column
   * @param scale the scale
   * @return the answer
   */
  static ScaleAnswer scaleAnswer(CsvRow row, String column, SurveyScale scale) {
    OptionalInt index = scale.find(row.text(column));
    if (index.isEmpty()) {
      throw row.error(
          column,
          InputMessages.message("expected.answer", scale.name(), String.join(", ", scale.codes())));
    }
    return ScaleAnswer.ofIndex(scale, index.getAsInt());
  }
}
