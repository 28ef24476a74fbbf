package fr.spsplus.examples.cli.command;

import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.examples.cli.Language;
import fr.spsplus.examples.cli.input.CsvRecordReader;
import fr.spsplus.examples.cli.input.RequestCsvReader;
import fr.spsplus.examples.cli.output.MeasurementOutput;
import fr.spsplus.examples.cli.output.NumberStyle;
import fr.spsplus.examples.cli.output.OutputSection;
import fr.spsplus.examples.cli.output.TextTable.Align;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.request.DelayAccumulator;
import fr.spsplus.indicators.request.DelayPolicy;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;

/**
 * {@code spsplus delays REQUESTS.csv}: the respect of announced delays of every structure × period,
 * from a file of processed requests (format {@code requests}, {@link RequestCsvReader}).
 *
 * <p>{@code RESPECT_DELAI} = requests closed within their announced delay ÷ requests closed, where
 * a request belongs to the period of its <strong>closing</strong> day (official wording,
 * https://www.plus.transformation.gouv.fr/engagement/6; elapsed days in the unit of each request's
 * delay, working days without the public holidays of its zone, as {@link DelayAccumulator} counts
 * them under {@link DelayPolicy#defaults()}). Requests still open belong to no cohort.
 *
 * <p>The overdue backlog at the end of each period (open requests already past their delay, a
 * <strong>proposed</strong> companion of the indicator) is added to each result as the parameters
 * {@code backlog_as_of}, {@code backlog_open}, {@code backlog_overdue} and {@code
 * backlog_oldest_due}, and shown as a second table in {@code --format table}. A period in which no
 * request was closed but some are open at its end gets a result too, without a value (its cohort is
 * empty), so that a stalled structure shows. Periods run up to the one of the latest date of the
 * file; see {@link DelayCohorts}.
 *
 * <p>Dates are days: {@code --zone} has no effect on this command.
 */
@Command(name = "delays", mixinStandardHelpOptions = true, sortOptions = false)
public final class DelaysCommand extends IndicatorCommand<ProcessedRequest> {

  private static final MessageBundle MESSAGES = MessageBundle.of(DelaysCommand.class, "messages");

  private final List<DelayCohorts.Backlog> backlogs = new ArrayList<>();
  private final List<Measurement> measured = new ArrayList<>();

  /** Creates the command (picocli injects its options). */
  public DelaysCommand() {}

  @Override
  protected CsvRecordReader<ProcessedRequest> reader(@Nullable ZoneId localZone) {
    return new RequestCsvReader();
  }

  @Override
  protected List<Measurement> measure(Stream<ProcessedRequest> requests, Grouping grouping) {
    DelayCohorts cohorts = new DelayCohorts(grouping, DelayPolicy.defaults());
    requests.forEach(cohorts::accept);
    backlogs.clear();
    measured.clear();
    for (DelayCohorts.Row row : cohorts.rows()) {
      measured.add(row.measurement());
      backlogs.add(row.backlog());
    }
    return List.copyOf(measured);
  }

  @Override
  protected List<OutputSection> sections(Language language) {
    Locale locale = language.locale();
    NumberStyle numbers = NumberStyle.of(language);
    List<List<String>> rows = new ArrayList<>(backlogs.size());
    for (int i = 0; i < backlogs.size(); i++) {
      Measurement m = measured.get(i);
      DelayCohorts.Backlog backlog = backlogs.get(i);
      rows.add(
          List.of(
              m.structure() == null ? "" : m.structure().value(),
              m.period().code(),
              backlog.asOf().toString(),
              numbers.integer(backlog.open()),
              numbers.integer(backlog.overdue()),
              backlog.open() == 0
                  ? MeasurementOutput.ABSENT
                  : numbers.percent((double) backlog.overdue() / backlog.open(), 1),
              backlog.oldestDue() == null
                  ? MeasurementOutput.ABSENT
                  : MESSAGES.format(
                      locale,
                      "delays.oldest",
                      backlog.oldestDue().toString(),
                      numbers.integer(backlog.oldestDaysOverdue()))));
    }
    return List.of(
        new OutputSection(
            null,
            List.of(),
            MESSAGES.format(locale, "delays.title"),
            List.of(
                MESSAGES.format(locale, "delays.column.structure"),
                MESSAGES.format(locale, "delays.column.period"),
                MESSAGES.format(locale, "delays.column.as-of"),
                MESSAGES.format(locale, "delays.column.open"),
                MESSAGES.format(locale, "delays.column.overdue"),
                MESSAGES.format(locale, "delays.column.share"),
                MESSAGES.format(locale, "delays.column.oldest")),
            List.of(
                Align.LEFT,
                Align.LEFT,
                Align.LEFT,
                Align.RIGHT,
                Align.RIGHT,
                Align.RIGHT,
                Align.LEFT),
            rows));
  }
}
