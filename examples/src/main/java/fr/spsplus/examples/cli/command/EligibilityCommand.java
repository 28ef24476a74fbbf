package fr.spsplus.examples.cli.command;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.label.LabelApplication;
import fr.spsplus.core.label.LabelRuleSet;
import fr.spsplus.core.label.RuleSetReference;
import fr.spsplus.examples.cli.CliCommand;
import fr.spsplus.examples.cli.CliException;
import fr.spsplus.examples.cli.ExitCode;
import fr.spsplus.examples.cli.OptionConverters;
import fr.spsplus.examples.cli.Session;
import fr.spsplus.examples.cli.output.OutputFormat;
import fr.spsplus.indicators.eligibility.DecisionReport;
import fr.spsplus.indicators.eligibility.EligibilityDecision;
import fr.spsplus.indicators.eligibility.LabelEligibility;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spsplus eligibility APPLICATION.json [--rules RULES.json] [--format table|json]}: decides
 * which tier of the label Services Publics+ a structure's application reaches, and what the next
 * tier still needs.
 *
 * <p>The application is a {@link LabelApplication} in the JSON form {@link SpsplusJson} writes
 * (surveys, the audit result of each engagement, the "Or" criteria); the rules are the bundled
 * <strong>illustrative</strong> rule set ({@link LabelRuleSet#illustrativeSpPlus2023()}, invented
 * thresholds: the official ones are not public) unless {@code --rules} gives a rule-set file
 * ({@link LabelRuleSet#fromJson(InputStream, String)}). The decision is taken by {@link
 * LabelEligibility} and dated on the application's date.
 *
 * <p>Output: {@code table} (the default) is the text of {@link DecisionReport} in the run's
 * language; {@code json} is the {@link EligibilityDecision} as {@code SpsplusJson} writes it. When
 * the rule set is illustrative, a warning saying so goes to standard error (whatever the format, so
 * that a JSON consumer's user sees it too). The exit code is 0 whatever the tier, including "not
 * eligible": the command succeeded in deciding. Bad JSON in either file is reported on one line
 * with its JSON path, line and column (exit code 2).
 */
@Command(name = "eligibility", mixinStandardHelpOptions = true, sortOptions = false)
public final class EligibilityCommand extends CliCommand {

  private static final MessageBundle MESSAGES =
      MessageBundle.of(EligibilityCommand.class, "messages");

  @Parameters(
      index = "0",
      paramLabel = "APPLICATION.json",
      descriptionKey = "eligibility.file",
      converter = OptionConverters.PathConverter.class)
  private Path file = Path.of("");

  @Option(
      names = "--rules",
      paramLabel = "RULES.json",
      descriptionKey = "eligibility.rules",
      converter = OptionConverters.PathConverter.class)
  private @Nullable Path rules;

  @Option(
      names = "--format",
      paramLabel = "table|json",
      descriptionKey = "eligibility.format",
      converter = OptionConverters.FormatConverter.class)
  private OutputFormat format = OutputFormat.TABLE;

  /** Creates the command (picocli injects its options). */
  public EligibilityCommand() {}

  @Override
  public Integer call() {
    requireFormat(format, OutputFormat.TABLE, OutputFormat.JSON);
    Session session = session();
    LabelApplication application = readApplication(file, session);
    LabelRuleSet ruleSet =
        rules == null ? LabelRuleSet.illustrativeSpPlus2023() : readRules(rules, session);
    EligibilityDecision decision;
    try {
      decision = LabelEligibility.of(ruleSet).evaluate(application);
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          MESSAGES.message("located.file", file, e.localizedMessage()), e);
    }
    RuleSetReference reference = decision.ruleSet();
    if (reference.illustrative()) {
      session
          .diagnostics()
          .line(
              MESSAGES.message(
                  "eligibility.illustrative",
                  reference.id(),
                  Integer.toString(reference.version())));
    }
    PrintWriter out = session.out();
    if (format == OutputFormat.JSON) {
      out.println(SpsplusJson.pretty().write(decision));
    } else {
      out.print(DecisionReport.text(decision, session.locale()));
    }
    out.flush();
    return ExitCode.OK.code();
  }

  /**
   * Reads a label application.
   *
   * @param file the JSON file, in the form {@link SpsplusJson} writes a {@link LabelApplication}
   * @param session the session (for errors and the progress bar)
   * @return the application
   * @throws InvalidInputException naming the file and the JSON path if the document is invalid
   * @throws CliException with {@link ExitCode#IO} if the file cannot be read
   */
  static LabelApplication readApplication(Path file, Session session) {
    return JsonFiles.read(file, session, LabelApplication.class);
  }

  /**
   * Reads a rule set; its errors already name the file, the JSON path and the rule.
   *
   * @param file the rule-set file
   * @param session the session
   * @return the rule set
   */
  private static LabelRuleSet readRules(Path file, Session session) {
    return JsonFiles.read(file, session, in -> LabelRuleSet.fromJson(in, file.toString()));
  }
}
