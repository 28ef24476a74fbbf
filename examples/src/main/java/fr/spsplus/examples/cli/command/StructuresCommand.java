package fr.spsplus.examples.cli.command;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.structure.DirectorySummary;
import fr.spsplus.core.structure.StructureCsvReader;
import fr.spsplus.core.structure.StructureDirectory;
import fr.spsplus.core.structure.StructureRow;
import fr.spsplus.examples.cli.CliCommand;
import fr.spsplus.examples.cli.ExitCode;
import fr.spsplus.examples.cli.OptionConverters;
import fr.spsplus.examples.cli.Session;
import fr.spsplus.examples.cli.input.InputFiles;
import fr.spsplus.examples.cli.input.InvalidRowPolicy;
import fr.spsplus.examples.cli.input.SkippedRows;
import fr.spsplus.examples.cli.output.CsvOutput;
import fr.spsplus.examples.cli.output.NumberStyle;
import fr.spsplus.examples.cli.output.OutputFormat;
import fr.spsplus.examples.cli.output.TextTable;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spsplus structures EXPORT.csv}: reads an open-data structures export ({@code
 * export-structures}, {@link StructureCsvReader#openData()} profile) and prints the summary of its
 * directory: {@code structures}, {@code networks}, {@code roots}, {@code orphans}, {@code
 * max_depth} (a root counts 1) and {@code inactive}, under these names in JSON and CSV.
 *
 * <p>Rows are streamed; the directory itself (the hierarchy) is held in memory, which the full
 * export (about 15,000 structures) fits easily. Duplicate codes and cycles are errors of the whole
 * file, not skippable.
 */
@Command(name = "structures", mixinStandardHelpOptions = true, sortOptions = false)
public final class StructuresCommand extends CliCommand {

  private static final MessageBundle MESSAGES =
      MessageBundle.of(StructuresCommand.class, "messages");

  /** The reader's errors after which no row can be read reliably. */
  private static final Set<String> STRUCTURAL = Set.of("csv.malformed", "csv.encoding");

  @Parameters(
      index = "0",
      paramLabel = "EXPORT.csv",
      descriptionKey = "structures.file",
      converter = OptionConverters.PathConverter.class)
  private Path file = Path.of("");

  @Option(
      names = "--format",
      paramLabel = "table|json|csv",
      descriptionKey = "option.format",
      converter = OptionConverters.FormatConverter.class)
  private OutputFormat format = OutputFormat.TABLE;

  @Option(
      names = "--separator",
      paramLabel = "CHAR",
      descriptionKey = "structures.separator",
      converter = OptionConverters.SeparatorConverter.class)
  private char separator = ';';

  @Option(names = "--skip-invalid", descriptionKey = "option.skip-invalid")
  private boolean skipInvalid;

  /** Creates the command. */
  public StructuresCommand() {}

  @Override
  public Integer call() {
    Session session = session();
    InvalidRowPolicy policy =
        skipInvalid ? new SkippedRows(session.diagnostics()) : InvalidRowPolicy.FAIL;
    List<StructureRow> rows = new ArrayList<>();
    long read = 0;
    String source = file.toString();
    try (InputStream in = InputFiles.open(file, session.diagnostics());
        Stream<StructureRow> stream = header(source, in)) {
      Iterator<StructureRow> iterator = stream.iterator();
      while (true) {
        try {
          if (!iterator.hasNext()) {
            break;
          }
          rows.add(iterator.next());
          read++;
        } catch (InvalidInputException e) {
          if (STRUCTURAL.contains(e.key())) {
            throw inFile(source, e); // the following rows cannot be delimited: never skipped
          }
          read++;
          policy.onInvalidRow(inFile(source, e));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    StructureDirectory directory = located(source, () -> StructureDirectory.fromRows(rows));
    write(directory.summary(), session);
    if (policy instanceof SkippedRows skipped) {
      skipped.reportSummary(read);
    }
    return ExitCode.OK.code();
  }

  private void write(DirectorySummary summary, Session session) {
    Map<String, Integer> figures = figures(summary);
    PrintWriter out = session.out();
    switch (format) {
      case JSON -> out.println(SpsplusJson.compact().write(figures));
      case CSV -> {
        CsvOutput csv = CsvOutput.on(out);
        csv.row(List.copyOf(figures.keySet()));
        csv.row(figures.values().stream().map(String::valueOf).toList());
        csv.flush();
      }
      case TABLE -> {
        Locale locale = session.locale();
        NumberStyle numbers = NumberStyle.of(session.language());
        TextTable table =
            TextTable.of(
                List.of(
                    MESSAGES.format(locale, "structures.column.figure"),
                    MESSAGES.format(locale, "structures.column.count")),
                List.of(TextTable.Align.LEFT, TextTable.Align.RIGHT));
        figures.forEach(
            (key, value) ->
                table.row(
                    List.of(MESSAGES.format(locale, "structures." + key), numbers.integer(value))));
        table.print(out);
      }
    }
    out.flush();
  }

  /**
   * Returns the figures of a summary under their JSON names, in documented order.
   *
   * @param summary the summary
   * @return {@code structures}, {@code networks}, {@code roots}, {@code orphans}, {@code
   *     max_depth}, {@code inactive}
   */
  static Map<String, Integer> figures(DirectorySummary summary) {
    Map<String, Integer> figures = new LinkedHashMap<>();
    figures.put("structures", summary.structures());
    figures.put("networks", summary.networks());
    figures.put("roots", summary.roots());
    figures.put("orphans", summary.orphans());
    figures.put("max_depth", summary.maxDepth());
    figures.put("inactive", summary.inactive());
    return figures;
  }

  /**
   * Opens the rows, reading the header at once; a header without the required columns whose single
   * cell holds another common separator gets a hint to use {@code --separator}.
   */
  private Stream<StructureRow> header(String source, InputStream in) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
    buffered.mark(1 << 16);
    byte[] start = buffered.readNBytes(1 << 16);
    buffered.reset();
    try {
      return StructureCsvReader.openData().withSeparator(separator).stream(buffered);
    } catch (InvalidInputException e) {
      String firstLine = new String(start, StandardCharsets.UTF_8).lines().findFirst().orElse("");
      for (char other : new char[] {';', ',', '\t', '|'}) {
        if (other != separator
            && firstLine.indexOf(separator) < 0
            && firstLine.chars().filter(c -> c == other).count() >= 2) {
          throw new InvalidInputException(
              MESSAGES.message(
                  "structures.separator.hint",
                  source,
                  e.localizedMessage(),
                  other == '\t' ? "tab" : String.valueOf(other)),
              e);
        }
      }
      throw inFile(source, e);
    }
  }

  private static <T> T located(String source, Supplier<T> reading) {
    try {
      return reading.get();
    } catch (InvalidInputException e) {
      throw inFile(source, e);
    }
  }

  private static InvalidInputException inFile(String source, InvalidInputException e) {
    return new InvalidInputException(
        MESSAGES.message("located.file", source, e.localizedMessage()), e);
  }
}
