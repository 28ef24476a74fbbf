package fr.spsplus.examples.cli;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether the process's standard error is an interactive terminal. */
final class Terminals {

  private Terminals() {}

  /**
   * Tells whether standard error is a terminal. On Linux the answer is exact: the target of {@code
   * /proc/self/fd/2} is a terminal device ({@code /dev/pts/…}, {@code /dev/tty…}). Elsewhere it is
   * approximated by the presence of an interactive {@link Console}.
   *
   * @return true if standard error is (most likely) a terminal
   */
  static boolean stderrIsTerminal() {
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | SecurityException | UnsupportedOperationException e) {
      // fall back to the console below
    }
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      // Java 22+: System.console() exists even when redirected; isTerminal() tells the truth.
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // Java 17 to 21: a console exists only when attached to a terminal
    }
  }
}
