package fr.spsplus.examples.cli;

import fr.spsplus.client.SpsplusClientException;
import fr.spsplus.client.SpsplusException;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.core.i18n.MessageBundle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure of a run into <strong>one line</strong> on standard error, in the run's
 * language, and the documented {@link ExitCode}; with {@code --debug}, the stack trace follows.
 *
 * <ul>
 *   <li>command-line mistakes (unknown option, missing argument, bad option value) and bad input
 *       ({@link InvalidInputException}): {@link ExitCode#BAD_INPUT}, with a pointer to the
 *       command's {@code --help} for command-line mistakes;
 *   <li>file problems ({@link CliException} with {@link ExitCode#IO}, {@link IOException}): {@link
 *       ExitCode#IO};
 *   <li>remote failures ({@link SpsplusException} of the client): {@link ExitCode#REMOTE}, except a
 *       request refused before sending because of the user's own values ({@link
 *       SpsplusClientException.Kind#PRE_FLIGHT}), which is {@link ExitCode#BAD_INPUT};
 *   <li>anything else is a defect: {@link ExitCode#INTERNAL}, with the exception's type.
 * </ul>
 */
final class ErrorReporter implements IParameterExceptionHandler, IExecutionExceptionHandler {

  private static final MessageBundle MESSAGES = MessageBundle.of(ErrorReporter.class, "messages");

  private final Session session;

  ErrorReporter(Session session) {
    this.session = Objects.requireNonNull(session, "session");
  }

  @Override
  public int handleParseException(ParameterException failure, String[] args) {
    CommandLine command = failure.getCommandLine();
    String name = command == null ? "spsplus" : command.getCommandSpec().qualifiedName();
    LocalizedMessage detail = MESSAGES.message("error.hint", describe(failure, args), name);
    return report(ExitCode.BAD_INPUT, detail, failure);
  }

  @Override
  public int handleExecutionException(
      Exception failure, CommandLine command, ParseResult parseResult) {
    session.out().flush();
    if (failure instanceof CliException cli) {
      return report(cli.exitCode(), cli.localizedMessage(), failure);
    }
    if (failure instanceof InvalidInputException invalid) {
      return report(ExitCode.BAD_INPUT, invalid.localizedMessage(), failure);
    }
    if (failure instanceof SpsplusClientException client
        && client.kind() == SpsplusClientException.Kind.PRE_FLIGHT) {
      return report(ExitCode.BAD_INPUT, client.localizedMessage(), failure);
    }
    if (failure instanceof SpsplusException remote) {
      return report(ExitCode.REMOTE, remote.localizedMessage(), failure);
    }
    if (failure instanceof UncheckedIOException io) {
      return report(ExitCode.IO, io(io.getCause()), failure);
    }
    if (failure instanceof IOException io) {
      return report(ExitCode.IO, io(io), failure);
    }
    return report(
        ExitCode.INTERNAL,
        MESSAGES.message("error.internal", failure.getClass().getName()),
        failure);
  }

  private int report(ExitCode code, LocalizedMessage message, Throwable failure) {
    Diagnostics diagnostics = session.diagnostics();
    diagnostics.line(MESSAGES.message("error.line", message));
    if (session.debug()) {
      diagnostics.stackTrace(failure);
    }
    return code.code();
  }

  /**
   * Describes an input/output failure: a localized sentence for the common cases, the system's text
   * otherwise.
   *
   * @param failure the failure
   * @return the message
   */
  static LocalizedMessage io(IOException failure) {
    if (failure instanceof NoSuchFileException missing) {
      return MESSAGES.message("file.missing", String.valueOf(missing.getFile()));
    }
    if (failure instanceof AccessDeniedException denied) {
      return MESSAGES.message("file.denied", String.valueOf(denied.getFile()));
    }
    if (failure instanceof FileSystemException system) {
      return MESSAGES.message(
          "error.io.file", String.valueOf(system.getFile()), String.valueOf(system.getReason()));
    }
    return MESSAGES.message("error.io", String.valueOf(failure.getMessage()));
  }

  private static LocalizedMessage describe(ParameterException failure, String[] args) {
    if (failure instanceof UnmatchedArgumentException unmatched) {
      String arguments = String.join(" ", unmatched.getUnmatched());
      List<String> suggestions = unmatched.getSuggestions();
      return suggestions.isEmpty()
          ? MESSAGES.message("parse.unmatched", arguments)
          : MESSAGES.message("parse.unmatched.suggest", arguments, String.join(", ", suggestions));
    }
    if (failure instanceof MissingParameterException missing) {
      List<String> args1 = Arrays.asList(args);
      List<ArgSpec> specs = missing.getMissing();
      if (specs.size() == 1
          && specs.get(0) instanceof OptionSpec option
          && Arrays.stream(option.names()).anyMatch(n -> mentions(args1, n))) {
        return MESSAGES.message("parse.option.no.value", option.longestName());
      }
      return MESSAGES.message(
          "parse.missing", specs.stream().map(ErrorReporter::name).collect(joining()));
    }
    if (failure instanceof OverwrittenOptionException overwritten) {
      return MESSAGES.message("parse.overwritten", name(overwritten.getOverwritten()));
    }
    if (failure instanceof MutuallyExclusiveArgsException) {
      return MESSAGES.message("parse.exclusive");
    }
    ArgSpec spec = failure.getArgSpec();
    Throwable cause = failure.getCause();
    if (spec != null && cause instanceof InvalidInputException invalid) {
      return MESSAGES.message("parse.value", name(spec), invalid.localizedMessage());
    }
    if (spec != null) {
      return MESSAGES.message("parse.value.plain", name(spec));
    }
    return MESSAGES.message("parse.other", String.valueOf(failure.getMessage()));
  }

  private static boolean mentions(List<String> args, String name) {
    return args.stream().anyMatch(a -> a.equals(name) || a.startsWith(name + "="));
  }

  private static String name(ArgSpec spec) {
    if (spec instanceof OptionSpec option) {
      return option.longestName();
    }
    if (spec instanceof PositionalParamSpec positional) {
      return positional.paramLabel();
    }
    return String.valueOf(spec);
  }

  private static java.util.stream.Collector<CharSequence, ?, String> joining() {
    return Collectors.joining(", ");
  }
}
