package fr.spsplus.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the {@code spsplus} command line in-process, with captured standard output and error.
 *
 * @param status the exit status
 * @param out what was written on standard output
 * @param err what was written on standard error
 */
public record CliRun(int status, String out, String err) {

  /**
   * Runs the tool with the built-in commands.
   *
   * @param args the arguments
   * @return the outcome
   */
  public static CliRun of(String... args) {
    return with(List.of(), false, args);
  }

  /**
   * Runs the tool with extra subcommands.
   *
   * @param extra the extra subcommands
   * @param terminal whether standard error is a terminal
   * @param args the arguments
   * @return the outcome
   */
  public static CliRun with(List<Object> extra, boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Session session =
        Session.of(Arrays.asList(args), new PrintWriter(out), new PrintWriter(err), terminal);
    int status;
    try {
      status = SpsplusCli.newCommandLine(session, extra.toArray()).execute(args);
    } finally {
      session.out().flush();
    }
    return new CliRun(status, out.toString(), err.toString());
  }

  /**
   * Returns the lines of standard error.
   *
   * @return the lines
   */
  public List<String> errLines() {
    return err.isEmpty() ? List.of() : List.of(err.split("\n"));
  }

  /**
   * Returns the lines of standard output.
   *
   * @return the lines
   */
  public List<String> outLines() {
    return out.isEmpty() ? List.of() : List.of(out.split("\n"));
  }
}
