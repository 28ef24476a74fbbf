package fr.spsplus.examples.cli;

import fr.spsplus.core.SpsplusVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code spsplus} command-line tool. */
@Command(
    name = "spsplus",
    mixinStandardHelpOptions = true,
    versionProvider = SpsplusCli.Version.class,
    description = "Services Publics+ : indicateurs, label, plateforme nationale.")
public final class SpsplusCli implements Runnable {

  @CommandLine.Spec private CommandLine.Model.CommandSpec spec;

  /**
   * Runs the tool and exits with its status code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /**
   * Runs the tool without exiting.
   *
   * @param args the command-line arguments
   * @return the exit status (0 on success)
   */
  public static int run(String... args) {
    return new CommandLine(new SpsplusCli()).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Supplies {@code --version} from the library's build-written version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"spsplus " + SpsplusVersion.version()};
    }
  }
}
