package fr.spsplus.examples.cli.input;

import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.ScaleAnswer;
import fr.spsplus.core.survey.SurveyScale;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Reads ratings of online procedures: {@code response_id,structure,procedure,answered_at,answer
 * [,weight]}, one {@link OnlineProcedureAnswer} per row.
 *
 * <ul>
 *   <li>{@code response_id}: the rating tool's opaque id of the answer;
 *   <li>{@code structure}: the SP+ code of the structure that offers the procedure;
 *   <li>{@code procedure}: the procedure, a code or a name, 1 to {@value
 *       OnlineProcedureAnswer#MAX_PROCEDURE_LENGTH} characters;
 *   <li>{@code answered_at}: an ISO-8601 date-time with offset, or local in {@code --zone};
 *   <li>{@code answer}: a level of the "Je donne mon avis" button, {@code GOOD} (10/10), {@code
 *       MEDIUM} (5/10), {@code BAD} (0/10), or {@code NSP} (no opinion; case ignored);
 *   <li>{@code weight} (optional): a decimal with a dot, &gt; 0.
 * </ul>
 */
public final class OnlineAnswerCsvReader extends CsvRecordReader<OnlineProcedureAnswer> {

  /** The columns, in documented order. */
  public static final CsvLayout LAYOUT =
      CsvLayout.of(
          CsvColumn.required("response_id"),
          CsvColumn.required("structure"),
          CsvColumn.required("procedure"),
          CsvColumn.required("answered_at"),
          CsvColumn.required("answer"),
          CsvColumn.optional("weight"));

  private final @Nullable ZoneId localZone;

  /**
   * Creates the reader.
   *
   * @param localZone the zone of local date-times ({@code --zone}), or null to require offsets
   */
  public OnlineAnswerCsvReader(@Nullable ZoneId localZone) {
    super(LAYOUT);
    this.localZone = localZone;
  }

  @Override
  protected OnlineProcedureAnswer map(CsvRow row) {
    String responseId = row.identifier("response_id");
    StructureCode structure = row.structure("structure");
    String procedure = row.text("procedure", OnlineProcedureAnswer.MAX_PROCEDURE_LENGTH);
    Instant answeredAt = row.instant("answered_at", localZone);
    ScaleAnswer answer = AnswerCsvReader.scaleAnswer(row, "answer", SurveyScale.JDMA_3);
    Double weight = row.optionalWeight("weight");
    return row.build(
        () ->
            new OnlineProcedureAnswer(
                responseId, structure, procedure, answeredAt, answer, weight));
  }
}
