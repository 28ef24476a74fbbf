package fr.spsplus.examples.cli;

import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.examples.cli.output.OutputFormat;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The base of every {@code spsplus} subcommand: access to the run's {@link Session}, and the check
 * of {@code --format} against the formats a command offers.
 *
 * <p>A subcommand returns {@link ExitCode#OK} and throws on failure; the root command turns every
 * failure into one line on standard error and its {@link ExitCode}.
 */
public abstract class CliCommand implements Callable<Integer> {

  private static final MessageBundle MESSAGES = MessageBundle.of(CliCommand.class, "messages");

  /** The command's model, injected by picocli. */
  @Spec protected CommandSpec spec;

  /** Creates the command (picocli injects its model). */
  protected CliCommand() {}

  /**
   * Returns the session of this run, held by the root command.
   *
   * @return the session
   * @throws IllegalStateException if the command is not under a {@link SpsplusCli}
   */
  protected final Session session() {
    Object root = spec.root().userObject();
    if (root instanceof SpsplusCli cli) {
      return cli.session();
    }
    throw new IllegalStateException("a spsplus command must run under SpsplusCli");
  }

  /**
   * Requires a format that this command offers.
   *
   * @param format the format asked for
   * @param accepted the formats the command offers
   * @return the format
   * @throws CliException with {@link ExitCode#BAD_INPUT} if the format is not offered
   */
  protected final OutputFormat requireFormat(OutputFormat format, OutputFormat... accepted) {
    List<OutputFormat> offered = Arrays.asList(accepted);
    if (!offered.contains(format)) {
      throw new CliException(
          ExitCode.BAD_INPUT,
          MESSAGES.message(
              "format.unsupported",
              format.code(),
              offered.stream().map(OutputFormat::code).collect(Collectors.joining(", "))),
          null);
    }
    return format;
  }
}
