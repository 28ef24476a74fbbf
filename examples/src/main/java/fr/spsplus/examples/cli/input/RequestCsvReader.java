package fr.spsplus.examples.cli.input;

import fr.spsplus.core.request.AnnouncedDelay;
import fr.spsplus.core.request.DelayUnit;
import fr.spsplus.core.request.HolidayZone;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.indicators.calendar.Easter;
import java.time.LocalDate;

/**
 * Reads processed requests: {@code request_id,structure,demarche,received_on,closed_on,
 * announced_delay,delay_unit[,zone]}, one {@link ProcessedRequest} per row.
 *
 * <ul>
 *   <li>{@code request_id}: the information system's opaque id;
 *   <li>{@code structure}: the structure's SP+ code;
 *   <li>{@code demarche}: the procedure, a code or a name, 1 to {@value
 *       ProcessedRequest#MAX_PROCEDURE_LENGTH} characters (quote it if it holds a comma);
 *   <li>{@code received_on}: the day of reception, {@code 2026-03-02}; in 1583 or later for a delay
 *       in working days (the holiday calendars start with the Gregorian computus);
 *   <li>{@code closed_on}: the day of closing, not before {@code received_on}; <strong>empty while
 *       the request is open</strong> (the column itself is required);
 *   <li>{@code announced_delay}: the announced delay, a whole number of days, 0 to {@value
 *       AnnouncedDelay#MAX_AMOUNT};
 *   <li>{@code delay_unit}: {@code CALENDAR_DAYS} or {@code WORKING_DAYS};
 *   <li>{@code zone} (optional): the public-holiday calendar, a {@link HolidayZone} code ({@code
 *       METROPOLE} when absent or empty).
 * </ul>
 */
public final class RequestCsvReader extends CsvRecordReader<ProcessedRequest> {

  /** The columns, in documented order. */
  public static final CsvLayout LAYOUT =
      CsvLayout.of(
          CsvColumn.required("request_id"),
          CsvColumn.required("structure"),
          CsvColumn.required("demarche"),
          CsvColumn.required("received_on"),
          CsvColumn.required("closed_on"),
          CsvColumn.required("announced_delay"),
          CsvColumn.required("delay_unit"),
          CsvColumn.optional("zone"));

  /** Creates the reader. */
  public RequestCsvReader() {
    super(LAYOUT);
  }

  @Override
  protected ProcessedRequest map(CsvRow row) {
    String requestId = row.identifier("request_id");
    StructureCode structure = row.structure("structure");
    String procedure = row.text("demarche", ProcessedRequest.MAX_PROCEDURE_LENGTH);
    LocalDate receivedOn = row.date("received_on");
    LocalDate closedOn = row.optionalDate("closed_on");
    if (closedOn != null && closedOn.isBefore(receivedOn)) {
      throw row.error("closed_on", InputMessages.message("closed.before.received"));
    }
    int amount = row.integer("announced_delay", 0, AnnouncedDelay.MAX_AMOUNT);
    DelayUnit unit = row.code(DelayUnit.class, "delay_unit");
    if (unit == DelayUnit.WORKING_DAYS && receivedOn.getYear() < Easter.FIRST_YEAR) {
      throw row.error("received_on", InputMessages.message("working.days.year", Easter.FIRST_YEAR));
    }
    HolidayZone zone = row.optionalCode(HolidayZone.class, "zone", HolidayZone.METROPOLE);
    return row.build(
        () ->
            ProcessedRequest.builder(
                    requestId, structure, procedure, receivedOn, new AnnouncedDelay(amount, unit))
                .closedOn(closedOn)
                .holidayZone(zone)
                .build());
  }
}
