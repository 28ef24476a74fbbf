package fr.spsplus.examples.cli;

import fr.spsplus.core.SpsplusVersion;
import fr.spsplus.examples.cli.command.DelaysCommand;
import fr.spsplus.examples.cli.command.EligibilityCommand;
import fr.spsplus.examples.cli.command.OnlineQualityCommand;
import fr.spsplus.examples.cli.command.OpenDataCommand;
import fr.spsplus.examples.cli.command.PickupRateCommand;
import fr.spsplus.examples.cli.command.PiiCheckCommand;
import fr.spsplus.examples.cli.command.PosterCommand;
import fr.spsplus.examples.cli.command.SatisfactionCommand;
import fr.spsplus.examples.cli.command.StructuresCommand;
import fr.spsplus.examples.cli.demo.DemoCommand;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code spsplus} command-line tool: the root command, its global options and the way a run
 * ends.
 *
 * <p>Global options, accepted before or after the subcommand's name: {@code --lang fr|en} (French
 * by default, whatever the machine's locale: messages, help texts, table headings and number
 * formats) and {@code --debug} (stack traces after error messages). Every failure is reported as
 * one line on standard error with a documented {@link ExitCode}; results go to standard output.
 *
 * <pre>{@code
 * int status = SpsplusCli.run("structures", "export-structures.csv", "--format", "json");
 * }</pre>
 *
 * <p>Tests and embedding applications build the command line with {@link #newCommandLine(Session,
 * Object...)}, which also accepts extra subcommands (see {@link
 * fr.spsplus.examples.cli.command.IndicatorCommand}).
 */
@Command(
    name = "spsplus",
    mixinStandardHelpOptions = true,
    versionProvider = SpsplusCli.Version.class,
    sortOptions = false,
    subcommands = {
      DemoCommand.class,
      PickupRateCommand.class,
      SatisfactionCommand.class,
      DelaysCommand.class,
      OnlineQualityCommand.class,
      EligibilityCommand.class,
      StructuresCommand.class,
      PiiCheckCommand.class,
      PosterCommand.class,
      OpenDataCommand.class,
      CommandLine.HelpCommand.class
    })
public final class SpsplusCli implements Runnable {

  /** The system property that chooses the logging back end of JBoss Logging. */
  static final String JBOSS_LOGGING_PROVIDER = "org.jboss.logging.provider";

  /** The width of help texts, in columns (fixed, so that help reads the same everywhere). */
  static final int HELP_WIDTH = 100;

  @Option(
      names = "--lang",
      scope = ScopeType.INHERIT,
      paramLabel = "fr|en",
      descriptionKey = "option.lang",
      converter = OptionConverters.LanguageConverter.class)
  @SuppressWarnings("unused") // read before parsing (Language.scan), declared for help and checks
  private Language lang = Language.FR;

  @Option(names = "--debug", scope = ScopeType.INHERIT, descriptionKey = "option.debug")
  @SuppressWarnings("unused") // read before parsing (Session.scanDebug), declared for help
  private boolean debug;

  @Spec private CommandSpec spec;

  private final Session session;

  private SpsplusCli(Session session) {
    this.session = Objects.requireNonNull(session, "session");
  }

  /**
   * Runs the tool on the process's streams and exits with its status code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    configureLogging(Arrays.asList(args));
    System.exit(run(args));
  }

  /**
   * Configures the logging of the process before anything logs: every library logs through SLF4J's
   * simple logger on standard error, at WARN (DEBUG with {@code --debug}). Hibernate Validator logs
   * through JBoss Logging, which would otherwise pick {@code java.util.logging} and print its
   * version at INFO: it is routed to SLF4J too, unless the system property {@value
   * #JBOSS_LOGGING_PROVIDER} is already set.
   *
   * @param args the command-line arguments
   */
  static void configureLogging(List<String> args) {
    if (Session.scanDebug(args)) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "debug");
    }
    if (System.getProperty(JBOSS_LOGGING_PROVIDER) == null) {
      System.setProperty(JBOSS_LOGGING_PROVIDER, "slf4j");
    }
  }

  /**
   * Runs the tool on the process's standard output and error, without exiting.
   *
   * @param args the command-line arguments
   * @return the exit status (see {@link ExitCode})
   */
  public static int run(String... args) {
    return run(Session.system(Arrays.asList(args)), args);
  }

  /**
   * Runs the tool in a session, without exiting.
   *
   * @param session the session (language, streams)
   * @param args the command-line arguments
   * @return the exit status (see {@link ExitCode})
   */
  public static int run(Session session, String... args) {
    try {
      return newCommandLine(session).execute(args);
    } finally {
      session.out().flush();
    }
  }

  /**
   * Builds the command line of a session: the subcommands, help texts in the session's language,
   * its streams, and the one-line error reporting.
   *
   * @param session the session
   * @param extraSubcommands further subcommands (annotated command objects), added after the
   *     built-in ones
   * @return the command line, ready to {@link CommandLine#execute(String...) execute}
   */
  public static CommandLine newCommandLine(Session session, Object... extraSubcommands) {
    CommandLine commandLine = new CommandLine(new SpsplusCli(session));
    for (Object subcommand : extraSubcommands) {
      commandLine.addSubcommand(subcommand);
    }
    ErrorReporter reporter = new ErrorReporter(session);
    commandLine
        .setResourceBundle(HelpTexts.bundle(session.language()))
        .setOut(session.out())
        .setErr(session.err())
        .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF))
        .setUsageHelpAutoWidth(false)
        .setUsageHelpWidth(HELP_WIDTH)
        .setParameterExceptionHandler(reporter)
        .setExecutionExceptionHandler(reporter);
    return commandLine;
  }

  /**
   * Returns the session of this run.
   *
   * @return the session
   */
  Session session() {
    return session;
  }

  /** Prints the help of the tool when no subcommand is given. */
  @Override
  public void run() {
    spec.commandLine().usage(session.out());
  }

  /** Supplies {@code --version} from the library's build-written version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"spsplus " + SpsplusVersion.version()};
    }
  }
}
