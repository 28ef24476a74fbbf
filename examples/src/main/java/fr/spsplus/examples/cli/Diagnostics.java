package fr.spsplus.examples.cli;

import fr.spsplus.core.i18n.LocalizedMessage;
import java.io.PrintWriter;
import java.util.Objects;

/**
 * The messages of a run to the human at the terminal, on standard error: one-line errors, skipped
 * rows, counts, and the progress bar (drawn in place with carriage returns, only on a terminal).
 *
 * <p>A message printed while a progress bar is shown first erases the bar, so that lines never mix.
 * Not thread-safe: a command reports from one thread.
 */
public final class Diagnostics {

  private final PrintWriter err;
  private final Language language;
  private final boolean terminal;
  private int shownWidth;

  Diagnostics(PrintWriter err, Language language, boolean terminal) {
    this.err = Objects.requireNonNull(err, "err");
    this.language = Objects.requireNonNull(language, "language");
    this.terminal = terminal;
  }

  /**
   * Returns the language of the messages.
   *
   * @return the run's language
   */
  public Language language() {
    return language;
  }

  /**
   * Tells whether standard error is a terminal, where a progress bar may be drawn.
   *
   * @return true on a terminal
   */
  public boolean terminal() {
    return terminal;
  }

  /**
   * Prints a message on its own line, in the run's language, with line breaks replaced by spaces.
   *
   * @param message the message
   */
  public void line(LocalizedMessage message) {
    line(message.format(language.locale()));
  }

  /**
   * Prints a text on its own line, with line breaks replaced by spaces.
   *
   * @param text the text
   */
  public void line(String text) {
    clearProgress();
    err.println(oneLine(text));
    err.flush();
  }

  /**
   * Prints a stack trace (for {@code --debug}).
   *
   * @param failure the failure
   */
  public void stackTrace(Throwable failure) {
    clearProgress();
    failure.printStackTrace(err);
    err.flush();
  }

  /**
   * Draws a progress bar in place of the previous one. Does nothing when standard error is not a
   * terminal.
   *
   * @param bar the bar's text, one line
   */
  void progress(String bar) {
    if (!terminal) {
      return;
    }
    err.print('\r');
    err.print(bar);
    if (bar.length() < shownWidth) {
      err.print(" ".repeat(shownWidth - bar.length()));
      err.print('\r');
      err.print(bar);
    }
    shownWidth = bar.length();
    err.flush();
  }

  /** Erases the progress bar, if one is shown. */
  void clearProgress() {
    if (shownWidth > 0) {
      err.print('\r');
      err.print(" ".repeat(shownWidth));
      err.print('\r');
      err.flush();
      shownWidth = 0;
    }
  }

  /**
   * Replaces every line break of a text by a space, so that a message is one line.
   *
   * @param text the text
   * @return the text on one line
   */
  static String oneLine(String text) {
    return text.replaceAll("\\R+", " ").strip();
  }
}
