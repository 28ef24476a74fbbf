package fr.spsplus.examples.cli.command;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.examples.cli.CliCommand;
import fr.spsplus.examples.cli.CliException;
import fr.spsplus.examples.cli.ExitCode;
import fr.spsplus.examples.cli.OptionConverters;
import fr.spsplus.examples.cli.Session;
import fr.spsplus.examples.cli.poster.PosterResults;
import fr.spsplus.examples.cli.poster.PosterSvg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spsplus poster RESULTS.json -o poster.svg}: draws the engagement-6 results poster of a
 * structure (see {@link PosterResults} for the input, {@link PosterSvg} for the drawing).
 *
 * <p>The SVG goes to the file given with {@code -o}, written whole or not at all (a temporary file
 * in the same folder, then moved in place), or to standard output without {@code -o} or with {@code
 * -o -}. Bad JSON is reported with its JSON path, line and column.
 */
@Command(name = "poster", mixinStandardHelpOptions = true, sortOptions = false)
public final class PosterCommand extends CliCommand {

  private static final MessageBundle MESSAGES = MessageBundle.of(PosterCommand.class, "messages");
  private static final MessageBundle CLI = MessageBundle.of(CliException.class, "messages");

  @Parameters(
      index = "0",
      paramLabel = "RESULTS.json",
      descriptionKey = "poster.file",
      converter = OptionConverters.PathConverter.class)
  private Path file = Path.of("");

  @Option(
      names = {"-o", "--output"},
      paramLabel = "poster.svg",
      descriptionKey = "poster.output",
      converter = OptionConverters.PathConverter.class)
  private @Nullable Path output;

  /** Creates the command. */
  public PosterCommand() {}

  @Override
  public Integer call() {
    Session session = session();
    PosterResults results = read(file, session);
    String svg = PosterSvg.render(results);
    if (output == null || output.toString().equals("-")) {
      session.out().print(svg);
      session.out().flush();
    } else {
      write(output, svg);
      session
          .diagnostics()
          .line(
              MESSAGES.message(
                  "poster.written",
                  output,
                  results.results().size(),
                  Integer.toString(results.results().size())));
    }
    return ExitCode.OK.code();
  }

  /**
   * Reads a results document.
   *
   * @param file the JSON file
   * @param session the session (for the progress bar)
   * @return the results
   * @throws InvalidInputException naming the file and the JSON path if the document is invalid
   */
  static PosterResults read(Path file, Session session) {
    return JsonFiles.read(file, session, PosterResults.class);
  }

  private static void write(Path target, String content) {
    Path absolute = target.toAbsolutePath();
    Path folder = absolute.getParent();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(folder, ".spsplus-poster-", ".svg.tmp");
      Files.writeString(temporary, content, StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.REPLACE_EXISTING,
            StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new CliException(ExitCode.IO, CLI.message("file.write", target, describe(e)), e);
    }
  }

  private static Object describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return MESSAGES.message("write.folder");
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return MESSAGES.message("write.denied");
    }
    return String.valueOf(e.getMessage());
  }
}
