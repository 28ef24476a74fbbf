package fr.spsplus.examples.cli;

import fr.spsplus.core.i18n.LocalizedMessage;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A failure that the tool reports to the user as one line, in French or English, with a documented
 * {@link ExitCode}: a missing file, a file that cannot be written, an option that does not fit the
 * command.
 *
 * <p>Bad data inside files is reported with {@link fr.spsplus.core.InvalidInputException} instead
 * (exit code {@link ExitCode#BAD_INPUT}); this class is for the failures around the data.
 */
public final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The message; not serialised (bundles are resolved at run time). */
  private final transient LocalizedMessage localizedMessage;

  private final ExitCode exitCode;

  /**
   * Creates the exception.
   *
   * @param exitCode the exit code the tool ends with
   * @param message what happened, without personal data
   * @param cause the underlying failure, or null
   */
  public CliException(ExitCode exitCode, LocalizedMessage message, @Nullable Throwable cause) {
    super(Objects.requireNonNull(message, "message").key(), cause);
    this.exitCode = Objects.requireNonNull(exitCode, "exitCode");
    this.localizedMessage = message;
  }

  /**
   * Returns the exit code the tool ends with.
   *
   * @return the exit code
   */
  public ExitCode exitCode() {
    return exitCode;
  }

  /**
   * Returns the message as data.
   *
   * @return the message
   */
  public LocalizedMessage localizedMessage() {
    return localizedMessage;
  }

  /** Returns the message in French. */
  @Override
  public String getMessage() {
    return localizedMessage == null ? super.getMessage() : localizedMessage.format();
  }

  /**
   * Returns the message in a language: English for {@code en}, French otherwise.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String getMessage(Locale locale) {
    return localizedMessage == null ? super.getMessage() : localizedMessage.format(locale);
  }
}
