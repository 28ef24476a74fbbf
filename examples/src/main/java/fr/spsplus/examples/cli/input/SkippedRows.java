package fr.spsplus.examples.cli.input;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.examples.cli.Diagnostics;
import fr.spsplus.examples.cli.output.NumberStyle;
import java.util.Objects;

/**
 * The {@code --skip-invalid} policy: each bad row is reported at once on standard error (file,
 * line, column and reason, in the run's language), counted, and skipped; the other rows are read.
 * {@link #reportSummary(long)} prints the count at the end.
 */
public final class SkippedRows implements InvalidRowPolicy {

  private final Diagnostics diagnostics;
  private long count;

  /**
   * Creates the policy.
   *
   * @param diagnostics where skipped rows are reported
   */
  public SkippedRows(Diagnostics diagnostics) {
    this.diagnostics = Objects.requireNonNull(diagnostics, "diagnostics");
  }

  @Override
  public void onInvalidRow(InvalidInputException error) {
    count++;
    diagnostics.line(InputMessages.message("skip.row", error.localizedMessage()));
  }

  /**
   * Returns the number of rows skipped so far.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * Prints the number of skipped rows out of the rows read.
   *
   * @param rowsRead the number of data rows read, skipped ones included
   */
  public void reportSummary(long rowsRead) {
    NumberStyle numbers = NumberStyle.of(diagnostics.language());
    diagnostics.line(
        InputMessages.message(
            "skip.summary", count, numbers.integer(count), rowsRead, numbers.integer(rowsRead)));
  }
}
