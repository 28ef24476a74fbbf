package fr.spsplus.examples.cli.command;

import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.privacy.PersonalDataDetector;
import fr.spsplus.core.privacy.PersonalDataKind;
import fr.spsplus.core.privacy.PersonalDataMatch;
import fr.spsplus.examples.cli.CliCommand;
import fr.spsplus.examples.cli.ExitCode;
import fr.spsplus.examples.cli.OptionConverters;
import fr.spsplus.examples.cli.Session;
import fr.spsplus.examples.cli.input.InputFiles;
import fr.spsplus.examples.cli.input.InvalidRowPolicy;
import fr.spsplus.examples.cli.input.SkippedRows;
import fr.spsplus.examples.cli.input.TextLineReader;
import fr.spsplus.examples.cli.output.CsvOutput;
import fr.spsplus.examples.cli.output.NumberStyle;
import fr.spsplus.examples.cli.output.OutputFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spsplus pii-check TEXTS.txt}: finds personal data in texts, one text per line, with {@link
 * PersonalDataDetector#standard()}, and tells which lines hold which kinds. The texts themselves
 * are never printed.
 *
 * <p>Output, one entry per line that holds personal data (lines are numbered from 1):
 *
 * <ul>
 *   <li>{@code json} (default): JSON lines {@code {"line": 12, "kinds": ["EMAIL", "PHONE"]}}, kinds
 *       among {@code EMAIL}, {@code PHONE}, {@code NIR}, {@code IBAN}, {@code CARD}, in that order,
 *       each once;
 *   <li>{@code csv}: header {@code line,kinds}, kinds joined by {@code ;};
 *   <li>{@code table}: one sentence per line in the run's language, then a count.
 * </ul>
 *
 * <p>The file is read one line at a time (constant memory); a line longer than {@value
 * TextLineReader#DEFAULT_MAX_LINE_CHARS} characters is an error, or is reported and skipped with
 * {@code --skip-invalid}.
 */
@Command(name = "pii-check", mixinStandardHelpOptions = true, sortOptions = false)
public final class PiiCheckCommand extends CliCommand {

  private static final MessageBundle MESSAGES = MessageBundle.of(PiiCheckCommand.class, "messages");

  @Parameters(
      index = "0",
      paramLabel = "TEXTS.txt",
      descriptionKey = "pii.file",
      converter = OptionConverters.PathConverter.class)
  private Path file = Path.of("");

  @Option(
      names = "--format",
      paramLabel = "json|csv|table",
      descriptionKey = "pii.format",
      converter = OptionConverters.FormatConverter.class)
  private OutputFormat format = OutputFormat.JSON;

  @Option(names = "--skip-invalid", descriptionKey = "option.skip-invalid")
  private boolean skipInvalid;

  /** Creates the command. */
  public PiiCheckCommand() {}

  @Override
  public Integer call() {
    Session session = session();
    PrintWriter out = session.out();
    InvalidRowPolicy policy =
        skipInvalid ? new SkippedRows(session.diagnostics()) : InvalidRowPolicy.FAIL;
    PersonalDataDetector detector = PersonalDataDetector.standard();
    CsvOutput csv = format == OutputFormat.CSV ? CsvOutput.on(out) : null;
    if (csv != null) {
      csv.row("line", "kinds");
    }
    long flagged = 0;
    long lines;
    try (TextLineReader reader =
        new TextLineReader(
            InputFiles.openText(file, session.diagnostics()),
            file.toString(),
            TextLineReader.DEFAULT_MAX_LINE_CHARS,
            policy)) {
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        Set<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
        for (PersonalDataMatch match : detector.scan(text)) {
          kinds.add(match.kind());
        }
        if (kinds.isEmpty()) {
          continue;
        }
        flagged++;
        long line = reader.lineNumber();
        switch (format) {
          case JSON -> out.println(jsonLine(line, kinds));
          case CSV -> csv.row(Long.toString(line), codes(kinds, ";"));
          case TABLE ->
              out.println(
                  session.text(
                      MESSAGES.message(
                          "pii.line",
                          line,
                          String.join(", ", names(kinds).stream().map(session::text).toList()))));
        }
      }
      lines = reader.lineNumber();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (csv != null) {
      csv.flush();
    }
    if (format == OutputFormat.TABLE) {
      NumberStyle numbers = NumberStyle.of(session.language());
      out.println(
          session.text(
              MESSAGES.message(
                  "pii.summary",
                  flagged,
                  numbers.integer(flagged),
                  lines,
                  numbers.integer(lines))));
    }
    out.flush();
    if (policy instanceof SkippedRows skipped) {
      skipped.reportSummary(lines);
    }
    return ExitCode.OK.code();
  }

  /**
   * Writes the JSON line of a text.
   *
   * @param line the line number
   * @param kinds the kinds found, not empty
   * @return for example {@code {"line": 12, "kinds": ["EMAIL", "PHONE"]}}
   */
  static String jsonLine(long line, Set<PersonalDataKind> kinds) {
    return "{\"line\": "
        + line
        + ", \"kinds\": ["
        + kinds.stream().map(k -> "\"" + k.name() + "\"").collect(Collectors.joining(", "))
        + "]}";
  }

  private static String codes(Set<PersonalDataKind> kinds, String separator) {
    return kinds.stream().map(Enum::name).collect(Collectors.joining(separator));
  }

  private static List<LocalizedMessage> names(Set<PersonalDataKind> kinds) {
    return kinds.stream().map(PersonalDataKind::displayName).toList();
  }
}
