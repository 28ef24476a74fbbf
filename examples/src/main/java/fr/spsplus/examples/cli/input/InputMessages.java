package fr.spsplus.examples.cli.input;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.core.i18n.MessageBundle;

/** The messages of the input readers, and the located errors built from them. */
final class InputMessages {

  static final MessageBundle MESSAGES = MessageBundle.of(InputMessages.class, "messages");

  private InputMessages() {}

  static LocalizedMessage message(String key, Object... arguments) {
    return MESSAGES.message(key, arguments);
  }

  /** An error about a whole file: {@code calls.csv : …}. */
  static InvalidInputException inFile(String source, LocalizedMessage detail) {
    return new InvalidInputException(MESSAGES.message("located.file", source, detail));
  }

  /** An error about a line: {@code calls.csv, ligne 12 : …}. */
  static InvalidInputException atLine(String source, long line, LocalizedMessage detail) {
    return new InvalidInputException(MESSAGES.message("located.line", source, line, detail));
  }

  /** An error about a cell: {@code calls.csv, ligne 12, colonne « outcome » (n° 4) : …}. */
  static InvalidInputException atCell(
      String source, long line, String column, int position, LocalizedMessage detail) {
    return new InvalidInputException(
        MESSAGES.message("located.cell", source, line, column, position, detail));
  }

  /** Tells whether an exception already names its place in a file. */
  static boolean located(InvalidInputException e) {
    return e.localizedMessage().bundle().equals(MESSAGES)
        && e.localizedMessage().key().startsWith("located.");
  }
}
