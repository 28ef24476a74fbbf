package fr.spsplus.examples.cli.input;

import fr.spsplus.core.InvalidInputException;

/**
 * What a reader does with a row it cannot read: stop with the row's error ({@link #FAIL}, the
 * default), or skip it after reporting it ({@link SkippedRows}, {@code --skip-invalid}). A bad row
 * is never dropped silently.
 */
@FunctionalInterface
public interface InvalidRowPolicy {

  /** Stops the reading: the row's error is thrown. */
  InvalidRowPolicy FAIL =
      error -> {
        throw error;
      };

  /**
   * Handles the error of a bad row: throws it to stop the reading, or returns to skip the row.
   *
   * @param error the error, naming the file, the line and the column
   */
  void onInvalidRow(InvalidInputException error);
}
