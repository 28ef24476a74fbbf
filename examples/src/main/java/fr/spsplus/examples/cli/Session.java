package fr.spsplus.examples.cli;

import fr.spsplus.core.i18n.LocalizedMessage;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One run of the tool: the language chosen with {@code --lang}, the {@code --debug} flag, and the
 * output and error streams. Commands reach it through {@link CliCommand#session()}.
 *
 * <p>Standard output carries the results only (tables, CSV, JSON, SVG); everything for the human at
 * the terminal (errors, skipped rows, the progress bar) goes to standard error through {@link
 * #diagnostics()}, so that {@code spsplus … --format json > out.json} stays parseable.
 */
public final class Session {

  private final Language language;
  private final boolean debug;
  private final PrintWriter out;
  private final PrintWriter err;
  private final Diagnostics diagnostics;

  /**
   * Creates a session.
   *
   * @param language the language of messages and help texts
   * @param debug whether stack traces are shown after error messages
   * @param out the standard output (results)
   * @param err the standard error (messages)
   * @param stderrIsTerminal whether standard error is a terminal (enables the progress bar)
   */
  public Session(
      Language language,
      boolean debug,
      PrintWriter out,
      PrintWriter err,
      boolean stderrIsTerminal) {
    this.language = Objects.requireNonNull(language, "language");
    this.debug = debug;
    this.out = Objects.requireNonNull(out, "out");
    this.err = Objects.requireNonNull(err, "err");
    this.diagnostics = new Diagnostics(err, language, stderrIsTerminal);
  }

  /**
   * Returns the session of a process: the language and {@code --debug} read from the arguments,
   * UTF-8 writers on {@link System#out} and {@link System#err}.
   *
   * @param args the command-line arguments
   * @return the session
   */
  public static Session system(List<String> args) {
    // UTF-8 whatever the platform's default: the bytes go through System.out and System.err as is.
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    return of(args, out, err, Terminals.stderrIsTerminal());
  }

  /**
   * Returns the session of a run on given streams: the language and {@code --debug} read from the
   * arguments, as {@link #system(List)} does. For tests and for applications that embed the tool.
   *
   * @param args the command-line arguments
   * @param out the standard output
   * @param err the standard error
   * @param stderrIsTerminal whether {@code err} is a terminal (enables the progress bar)
   * @return the session
   */
  public static Session of(
      List<String> args, PrintWriter out, PrintWriter err, boolean stderrIsTerminal) {
    return new Session(Language.scan(args), scanDebug(args), out, err, stderrIsTerminal);
  }

  /**
   * Tells whether {@code --debug} appears among the arguments (before any {@code --}).
   *
   * @param args the arguments
   * @return true if stack traces are asked for
   */
  static boolean scanDebug(List<String> args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return false;
      }
      if (arg.equals("--debug")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the language of the run.
   *
   * @return the language
   */
  public Language language() {
    return language;
  }

  /**
   * Returns the locale that renders messages in the run's language.
   *
   * @return {@link Locale#FRENCH} or {@link Locale#ENGLISH}
   */
  public Locale locale() {
    return language.locale();
  }

  /**
   * Tells whether stack traces are shown ({@code --debug}).
   *
   * @return true with {@code --debug}
   */
  public boolean debug() {
    return debug;
  }

  /**
   * Returns the standard output, for results.
   *
   * @return the writer; flushed by the tool at the end of each command
   */
  public PrintWriter out() {
    return out;
  }

  /**
   * Returns the standard error, for picocli's own messages; commands use {@link #diagnostics()}.
   *
   * @return the writer
   */
  PrintWriter err() {
    return err;
  }

  /**
   * Returns the channel of messages to the user on standard error.
   *
   * @return the diagnostics
   */
  public Diagnostics diagnostics() {
    return diagnostics;
  }

  /**
   * Renders a message in the run's language.
   *
   * @param message the message
   * @return the text
   */
  public String text(LocalizedMessage message) {
    return message.format(locale());
  }
}
