package fr.spsplus.examples.cli.input;

import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.call.CallerHash;
import fr.spsplus.core.structure.StructureCode;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Reads inbound calls: {@code call_id,structure,arrived_at,outcome,wait_seconds[,handle_seconds]
 * [,caller_hash]}, one {@link CallRecord} per row.
 *
 * <ul>
 *   <li>{@code call_id}: the telephony system's id, 1 to 128 printable ASCII characters;
 *   <li>{@code structure}: the structure's SP+ code;
 *   <li>{@code arrived_at}: an ISO-8601 date-time with offset, or local in {@code --zone} (see
 *       {@link Timestamps});
 *   <li>{@code outcome}: a {@link CallOutcome} code ({@code ANSWERED_AGENT}, {@code
 *       ABANDONED_QUEUE}…);
 *   <li>{@code wait_seconds}: whole seconds queued for an agent, 0 to {@value
 *       CallRecord#MAX_WAIT_SECONDS};
 *   <li>{@code handle_seconds} (optional, 0 when absent): whole seconds with an agent;
 *   <li>{@code caller_hash} (optional): the keyed hash of the caller's number (hexadecimal), never
 *       the number itself.
 * </ul>
 */
public final class CallCsvReader extends CsvRecordReader<CallRecord> {

  /** The columns, in documented order. */
  public static final CsvLayout LAYOUT =
      CsvLayout.of(
          CsvColumn.required("call_id"),
          CsvColumn.required("structure"),
          CsvColumn.required("arrived_at"),
          CsvColumn.required("outcome"),
          CsvColumn.required("wait_seconds"),
          CsvColumn.optional("handle_seconds"),
          CsvColumn.optional("caller_hash"));

  private final @Nullable ZoneId localZone;

  /**
   * Creates the reader.
   *
   * @param localZone the zone of local date-times ({@code --zone}), or null to require offsets
   */
  public CallCsvReader(@Nullable ZoneId localZone) {
    super(LAYOUT);
    this.localZone = localZone;
  }

  @Override
  protected CallRecord map(CsvRow row) {
    String callId = row.identifier("call_id");
    StructureCode structure = row.structure("structure");
    Instant arrivedAt = row.instant("arrived_at", localZone);
    CallOutcome outcome = row.code(CallOutcome.class, "outcome");
    int wait = row.integer("wait_seconds", 0, CallRecord.MAX_WAIT_SECONDS);
    int handle = row.optionalInteger("handle_seconds", 0, CallRecord.MAX_HANDLE_SECONDS, 0);
    CallerHash caller = row.optional("caller_hash", CallerHash::of);
    return row.build(
        () -> new CallRecord(callId, structure, arrivedAt, outcome, wait, handle, caller));
  }
}
