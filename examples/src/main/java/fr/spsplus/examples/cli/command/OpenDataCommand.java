package fr.spsplus.examples.cli.command;

import fr.spsplus.client.opendata.Dataset;
import fr.spsplus.client.opendata.DatasetIds;
import fr.spsplus.client.opendata.OpenDataClient;
import fr.spsplus.client.opendata.OpenDataRecord;
import fr.spsplus.client.opendata.RecordQuery;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.examples.cli.CliCommand;
import fr.spsplus.examples.cli.CliException;
import fr.spsplus.examples.cli.ExitCode;
import fr.spsplus.examples.cli.OptionConverters;
import fr.spsplus.examples.cli.Session;
import fr.spsplus.examples.cli.output.CsvOutput;
import fr.spsplus.examples.cli.output.NumberStyle;
import fr.spsplus.examples.cli.output.OutputFormat;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spsplus opendata structures|results|experiences}: reads every record of a Services
 * Publics+ open-data dataset matching a query, from the real portal (default) or any Explore API
 * v2.1-compatible server ({@code --base-url}), and writes them as they arrive: memory stays
 * constant whatever their number (the client pages, then switches to the export endpoint past
 * 10,000 records).
 *
 * <p>Output: {@code json} (default), JSON lines, one record per line with the portal's field names
 * and values; {@code csv}, a header of the first record's field names then one row per record
 * (multivalued fields joined by {@code ;}, geo points as JSON). The number of records read is
 * reported on standard error.
 */
@Command(name = "opendata", mixinStandardHelpOptions = true, sortOptions = false)
public final class OpenDataCommand extends CliCommand {

  private static final MessageBundle MESSAGES = MessageBundle.of(OpenDataCommand.class, "messages");

  @Parameters(
      index = "0",
      paramLabel = "structures|results|experiences",
      descriptionKey = "opendata.dataset",
      converter = DatasetConverter.class)
  private Dataset dataset = Dataset.STRUCTURES;

  @Option(names = "--where", paramLabel = "ODSQL", descriptionKey = "opendata.where")
  private @Nullable String where;

  @Option(names = "--select", paramLabel = "ODSQL", descriptionKey = "opendata.select")
  private @Nullable String select;

  @Option(names = "--order-by", paramLabel = "ODSQL", descriptionKey = "opendata.order-by")
  private @Nullable String orderBy;

  @Option(
      names = "--limit",
      paramLabel = "N",
      descriptionKey = "opendata.limit",
      converter = OptionConverters.CountConverter.class)
  private @Nullable Long limit;

  @Option(names = "--base-url", paramLabel = "URL", descriptionKey = "opendata.base-url")
  private String baseUrl = OpenDataClient.DEFAULT_BASE_URL;

  @Option(names = "--dataset-id", paramLabel = "ID", descriptionKey = "opendata.dataset-id")
  private @Nullable String datasetId;

  @Option(
      names = "--format",
      paramLabel = "json|csv",
      descriptionKey = "opendata.format",
      converter = OptionConverters.FormatConverter.class)
  private OutputFormat format = OutputFormat.JSON;

  /** Creates the command. */
  public OpenDataCommand() {}

  @Override
  public Integer call() {
    requireFormat(format, OutputFormat.JSON, OutputFormat.CSV);
    Session session = session();
    PrintWriter out = session.out();
    long count = 0;
    OpenDataClient.Builder builder = OpenDataClient.builder().baseUrl(baseUrl);
    if (datasetId != null) {
      try {
        builder.datasetIds(DatasetIds.defaults().with(dataset, datasetId));
      } catch (InvalidInputException e) {
        throw option("--dataset-id", e);
      }
    }
    try (OpenDataClient client = build(builder);
        Stream<OpenDataRecord> records = client.stream(query(client))) {
      SpsplusJson json = SpsplusJson.compact();
      CsvOutput csv = format == OutputFormat.CSV ? CsvOutput.on(out) : null;
      List<String> header = null;
      Iterator<OpenDataRecord> iterator = records.iterator();
      try {
        while (iterator.hasNext()) {
          OpenDataRecord record = iterator.next();
          count++;
          if (csv == null) {
            out.println(json.write(record.fields()));
            continue;
          }
          if (header == null) {
            header = List.copyOf(record.fieldNames());
            csv.row(header);
          }
          csv.row(cells(record, header, count));
        }
      } finally {
        // what was read before a failure stays written: the output is a stream
        if (csv != null) {
          csv.flush();
        }
        out.flush();
      }
    }
    out.flush();
    session
        .diagnostics()
        .line(
            MESSAGES.message(
                "opendata.count", count, NumberStyle.of(session.language()).integer(count)));
    return ExitCode.OK.code();
  }

  private static OpenDataClient build(OpenDataClient.Builder builder) {
    try {
      return builder.build();
    } catch (InvalidInputException e) {
      throw option("--base-url", e);
    }
  }

  private static InvalidInputException option(String name, InvalidInputException e) {
    return new InvalidInputException(
        MESSAGES.message("opendata.option", name, e.localizedMessage()), e);
  }

  private RecordQuery query(OpenDataClient client) {
    RecordQuery query = client.query(dataset);
    if (where != null) {
      query = query.where(where);
    }
    if (select != null) {
      query = query.select(select);
    }
    if (orderBy != null) {
      query = query.orderBy(orderBy);
    }
    if (limit != null) {
      query = query.limit(limit);
    }
    return query;
  }

  private static List<String> cells(OpenDataRecord record, List<String> header, long number) {
    for (String field : record.fieldNames()) {
      if (!header.contains(field)) {
        throw new CliException(
            ExitCode.REMOTE, MESSAGES.message("opendata.csv.field", number, field), null);
      }
    }
    List<String> cells = new ArrayList<>(header.size());
    Map<String, @Nullable Object> fields = record.fields();
    for (String name : header) {
      cells.add(cell(fields.get(name)));
    }
    return cells;
  }

  private static String cell(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof List<?> list) {
      return list.stream().map(OpenDataCommand::cell).collect(Collectors.joining(";"));
    }
    if (value instanceof Map<?, ?> map) {
      return SpsplusJson.compact().write(map);
    }
    return value.toString();
  }

  /** Reads {@code structures}, {@code results} or {@code experiences}. */
  public static final class DatasetConverter implements ITypeConverter<Dataset> {
    /** Creates the converter. */
    public DatasetConverter() {}

    @Override
    public Dataset convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "structures" -> Dataset.STRUCTURES;
        case "results" -> Dataset.RESULTS;
        case "experiences" -> Dataset.EXPERIENCES;
        default ->
            throw new InvalidInputException(
                MESSAGES.message("opendata.datasets", "structures, results, experiences"));
      };
    }
  }
}
