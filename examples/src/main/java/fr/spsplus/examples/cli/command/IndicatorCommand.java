package fr.spsplus.examples.cli.command;

import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.examples.cli.CliCommand;
import fr.spsplus.examples.cli.ExitCode;
import fr.spsplus.examples.cli.Language;
import fr.spsplus.examples.cli.OptionConverters;
import fr.spsplus.examples.cli.Session;
import fr.spsplus.examples.cli.input.CsvRecordReader;
import fr.spsplus.examples.cli.input.CsvRecords;
import fr.spsplus.examples.cli.input.InvalidRowPolicy;
import fr.spsplus.examples.cli.input.SkippedRows;
import fr.spsplus.examples.cli.output.MeasurementOutput;
import fr.spsplus.examples.cli.output.OutputFormat;
import fr.spsplus.examples.cli.output.OutputSection;
import fr.spsplus.indicators.Measurement;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The base of the indicator commands ({@code pickup-rate}, {@code satisfaction}, {@code delays},
 * {@code online-quality}): read one CSV input, hand its records to a calculator with the grouping
 * asked on the command line, and render the results as a table, JSON or CSV.
 *
 * <p>Shared options: the input file; {@code --by day|week|month|quarter|year} (default {@code
 * month}); {@code --zone} (the structures' time zone, default Europe/Paris, also the zone of local
 * date-times in the file, which are refused without it); {@code --format table|json|csv}; {@code
 * --skip-invalid}. Records stream from the file to {@link #measure} one at a time: memory does not
 * grow with the file.
 *
 * <p>A command is a subclass annotated with {@code @Command}, which adds its own options and says
 * how to read and how to measure, usually with a {@link
 * fr.spsplus.indicators.grouping.GroupedAccumulator} of a calculator of {@code spsplus-indicators};
 * it is registered in {@link fr.spsplus.examples.cli.SpsplusCli}'s list of subcommands, with its
 * texts in {@code help.properties} and {@code help_en.properties}. {@link PickupRateCommand} is the
 * model:
 *
 * <pre>{@code
 * @Command(name = "pickup-rate", mixinStandardHelpOptions = true)
 * public final class PickupRateCommand extends IndicatorCommand<CallRecord> {
 *   @Option(names = "--short-abandon", descriptionKey = "pickup.short-abandon")
 *   private int shortAbandonSeconds = 5;
 *
 *   protected CsvRecordReader<CallRecord> reader(ZoneId localZone) {
 *     return new CallCsvReader(localZone);
 *   }
 *
 *   protected List<Measurement> measure(Stream<CallRecord> calls, Grouping grouping) {
 *     GroupedAccumulator<CallRecord, CallAccumulator> grouped =
 *         CallAccumulator.grouped(grouping.calculatorGrouping(), policy());
 *     calls.forEach(grouped::accept);
 *     return grouped.results((structure, period, state) -> state.result(structure, period))
 *         .stream().flatMap(group -> group.all().stream()).toList();
 *   }
 * }
 * }</pre>
 *
 * <p>A command whose output has more than results (the démarches of {@code online-quality}, the
 * backlog of {@code delays}) returns it from {@link #sections(Language)}.
 *
 * @param <R> the record type of the input
 */
public abstract class IndicatorCommand<R> extends CliCommand {

  @Parameters(
      index = "0",
      paramLabel = "FILE.csv",
      descriptionKey = "indicator.file",
      converter = OptionConverters.PathConverter.class)
  private Path file;

  @Option(
      names = "--by",
      paramLabel = "day|week|month|quarter|year",
      descriptionKey = "option.by",
      converter = OptionConverters.GranularityConverter.class)
  private Granularity by = Granularity.MONTH;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      descriptionKey = "option.zone",
      converter = OptionConverters.ZoneConverter.class)
  private @Nullable ZoneId zone;

  @Option(
      names = "--format",
      paramLabel = "table|json|csv",
      descriptionKey = "option.format",
      converter = OptionConverters.FormatConverter.class)
  private OutputFormat format = OutputFormat.TABLE;

  @Option(names = "--skip-invalid", descriptionKey = "option.skip-invalid")
  private boolean skipInvalid;

  /** Creates the command (picocli injects its options). */
  protected IndicatorCommand() {
    this.file = Path.of("");
  }

  /**
   * Returns the reader of the command's input format.
   *
   * @param localZone the zone given with {@code --zone}, in which local date-times of the file are
   *     read; null when {@code --zone} is absent (local date-times are then refused)
   * @return the reader
   */
  protected abstract CsvRecordReader<R> reader(@Nullable ZoneId localZone);

  /**
   * Computes the results of the records: one {@link Measurement} per structure × period ×
   * indicator. The stream is lazy and sequential, read from the file as it is consumed; consume it
   * once, in a streaming way (accumulators), to keep memory constant.
   *
   * @param records the records of the input, in file order
   * @param grouping the granularity and the zone of the periods
   * @return the results, in any order (they are sorted for display)
   */
  protected abstract List<Measurement> measure(Stream<R> records, Grouping grouping);

  /**
   * Returns the detail to write after the results, computed by the last {@link #measure} call: for
   * example the démarches of {@code online-quality}. None by default.
   *
   * @param language the run's language, for titles, headings and numbers in tables
   * @return the sections, in order
   */
  protected List<OutputSection> sections(Language language) {
    return List.of();
  }

  /**
   * Returns the grouping asked on the command line.
   *
   * @return {@code --by} and {@code --zone} (Europe/Paris by default)
   */
  protected final Grouping grouping() {
    return new Grouping(by, zone == null ? ReportingPeriod.DEFAULT_ZONE : zone);
  }

  @Override
  public final Integer call() {
    Session session = session();
    InvalidRowPolicy policy =
        skipInvalid ? new SkippedRows(session.diagnostics()) : InvalidRowPolicy.FAIL;
    List<Measurement> results;
    long rowsRead;
    try (CsvRecords<R> records = reader(zone).open(file, session.diagnostics(), policy);
        Stream<R> stream = records.stream()) {
      results = measure(stream, grouping());
      rowsRead = records.rowsRead();
    }
    MeasurementOutput.of(session.language())
        .write(
            MeasurementOutput.sorted(results), sections(session.language()), format, session.out());
    if (policy instanceof SkippedRows skipped) {
      skipped.reportSummary(rowsRead);
    }
    return ExitCode.OK.code();
  }
}
