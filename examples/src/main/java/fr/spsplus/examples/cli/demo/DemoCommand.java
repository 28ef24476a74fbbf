package fr.spsplus.examples.cli.demo;

import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.examples.cli.CliCommand;
import fr.spsplus.examples.cli.CliException;
import fr.spsplus.examples.cli.ExitCode;
import fr.spsplus.examples.cli.OptionConverters;
import fr.spsplus.examples.cli.Session;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spsplus demo [--output DIR]}: the end-to-end demonstration, the first command a newcomer
 * runs. It needs no file and no network: the data are embedded ({@link DemoData}: real structures,
 * synthetic activity from a fixed seed) and the national platform is simulated in this process on
 * loopback ports. See {@link Demo} for the five steps.
 *
 * <p>The narration goes to standard output, in French (English with {@code --lang en}); it is the
 * same on every run but for the folder and two port numbers. The files (the synthetic inputs in the
 * formats of the indicator commands, the label application, the published results and the poster)
 * go to {@code --output DIR}, created if needed, or else to a new temporary folder; either is
 * shown. Exit code 0.
 *
 * <p>Logging: the simulated platform logs its requests at DEBUG (SLF4J, silent unless {@code
 * --debug}) and its HTTP server, OkHttp's {@code mockwebserver3}, at FINE ({@code
 * java.util.logging}, not shown by default); Hibernate Validator, which validates each request in
 * the client, announces its version at INFO through {@code java.util.logging} when it does not go
 * through SLF4J ({@link fr.spsplus.examples.cli.SpsplusCli#main} routes it there). While the
 * demonstration runs, the command raises that logger to WARNING (unless {@code --debug}), so that
 * an embedded run prints the narration only too; warnings and errors still show.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false)
public final class DemoCommand extends CliCommand {

  /** The {@code java.util.logging} loggers quieted while the demonstration runs. */
  static final List<String> QUIET_LOGGERS = List.of("org.hibernate.validator");

  private static final MessageBundle CLI = MessageBundle.of(CliException.class, "messages");

  /** Held strongly: {@code java.util.logging} keeps loggers weakly, and would forget the level. */
  private static final List<Logger> QUIET = QUIET_LOGGERS.stream().map(Logger::getLogger).toList();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      descriptionKey = "demo.output",
      converter = OptionConverters.PathConverter.class)
  private @Nullable Path output;

  /** Creates the command (picocli injects its options). */
  public DemoCommand() {}

  @Override
  public Integer call() {
    Session session = session();
    Path folder = folder(output);
    List<@Nullable Level> previous = new ArrayList<>();
    for (Logger logger : QUIET) {
      previous.add(logger.getLevel());
      if (!session.debug()) {
        logger.setLevel(Level.WARNING);
      }
    }
    try {
      new Demo(session.language(), session.out(), folder).run();
    } finally {
      for (int i = 0; i < QUIET.size(); i++) {
        QUIET.get(i).setLevel(previous.get(i));
      }
    }
    return ExitCode.OK.code();
  }

  /**
   * Returns the folder of the files: the one asked for, created if needed, or a new temporary one.
   *
   * @param output the folder asked for with {@code --output}, or null
   * @return the absolute, normalised folder
   * @throws CliException with {@link ExitCode#IO} if it cannot be created
   */
  private static Path folder(@Nullable Path output) {
    Path folder = output;
    try {
      if (folder == null) {
        folder = Files.createTempDirectory("spsplus-demo-");
      } else {
        Files.createDirectories(folder);
      }
    } catch (IOException e) {
      Path shown = folder == null ? Path.of(System.getProperty("java.io.tmpdir")) : folder;
      throw new CliException(
          ExitCode.IO, CLI.message("file.write", shown, String.valueOf(e.getMessage())), e);
    }
    return folder.toAbsolutePath().normalize();
  }
}
