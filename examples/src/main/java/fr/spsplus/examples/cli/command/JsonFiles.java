package fr.spsplus.examples.cli.command;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.examples.cli.CliException;
import fr.spsplus.examples.cli.ExitCode;
import fr.spsplus.examples.cli.Session;
import fr.spsplus.examples.cli.input.InputFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Reads the JSON documents the commands take as input, with the errors every command gives. */
final class JsonFiles {

  private static final MessageBundle MESSAGES = MessageBundle.of(JsonFiles.class, "messages");
  private static final MessageBundle CLI = MessageBundle.of(CliException.class, "messages");

  /** Reads a document from an open stream. */
  @FunctionalInterface
  interface DocumentReader<T> {
    T read(InputStream in) throws IOException;
  }

  private JsonFiles() {}

  /**
   * Reads a value in the form {@link SpsplusJson} writes it.
   *
   * @param <T> the type
   * @param file the JSON file
   * @param session the session (for errors and the progress bar)
   * @param type the type to read
   * @return the value
   * @throws InvalidInputException naming the file and the JSON path if the document is invalid
   * @throws CliException with {@link ExitCode#IO} if the file cannot be read
   */
  static <T> T read(Path file, Session session, Class<T> type) {
    try {
      return read(file, session, in -> SpsplusJson.compact().read(in, type));
    } catch (InvalidInputException e) {
      throw new InvalidInputException(
          MESSAGES.message("located.file", file, e.localizedMessage()), e);
    }
  }

  /**
   * Opens a file and reads it with a reader whose errors already name the file.
   *
   * @param <T> the type
   * @param file the file
   * @param session the session (for the progress bar)
   * @param reader reads the document
   * @return the document
   * @throws CliException with {@link ExitCode#IO} if the file cannot be read
   */
  static <T> T read(Path file, Session session, DocumentReader<T> reader) {
    try (InputStream in = InputFiles.open(file, session.diagnostics())) {
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      throw new CliException(
          ExitCode.IO,
          CLI.message("file.read", file, String.valueOf(e.getCause().getMessage())),
          e);
    }
  }
}
