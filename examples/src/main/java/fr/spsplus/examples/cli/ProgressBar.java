package fr.spsplus.examples.cli;

import java.util.Locale;
import java.util.Objects;

/**
 * A progress bar on standard error for reading a large file, driven by the number of bytes read.
 *
 * <p>It is drawn only when standard error is a terminal and the file is at least {@link
 * #LARGE_INPUT_BYTES} long; otherwise every call does nothing. It is redrawn only when the whole
 * percentage changes (at most 101 times), so it costs nothing measurable per row, and it depends on
 * no clock.
 */
public final class ProgressBar {

  /** The size from which a file is "large" and gets a progress bar: 8 MiB (about 100,000 rows). */
  public static final long LARGE_INPUT_BYTES = 8L * 1024 * 1024;

  /** The number of cells of the drawn bar. */
  static final int WIDTH = 30;

  private static final ProgressBar NONE = new ProgressBar(null, 0, "");

  private final Diagnostics diagnostics;
  private final long total;
  private final String label;
  private int shownPercent = -1;

  private ProgressBar(Diagnostics diagnostics, long total, String label) {
    this.diagnostics = diagnostics;
    this.total = total;
    this.label = label;
  }

  /**
   * Returns the bar for reading an input of a known size: a drawing bar on a terminal for a large
   * input, an inert one otherwise.
   *
   * @param diagnostics where to draw
   * @param totalBytes the size of the input, in bytes
   * @param label a short label (the file name)
   * @return the bar
   */
  public static ProgressBar start(Diagnostics diagnostics, long totalBytes, String label) {
    Objects.requireNonNull(diagnostics, "diagnostics");
    Objects.requireNonNull(label, "label");
    if (!diagnostics.terminal() || totalBytes < LARGE_INPUT_BYTES) {
      return NONE;
    }
    return new ProgressBar(diagnostics, totalBytes, label);
  }

  /**
   * Returns the inert bar.
   *
   * @return a bar that never draws
   */
  public static ProgressBar none() {
    return NONE;
  }

  /**
   * Tells whether this bar draws anything.
   *
   * @return false for the inert bar
   */
  public boolean visible() {
    return diagnostics != null;
  }

  /**
   * Reports the number of bytes read so far.
   *
   * @param done the bytes read, from 0 to the total
   */
  public void update(long done) {
    if (diagnostics == null) {
      return;
    }
    int percent = percent(done, total);
    if (percent != shownPercent) {
      shownPercent = percent;
      diagnostics.progress(render(label, done, total));
    }
  }

  /** Erases the bar at the end of the reading. */
  public void finish() {
    if (diagnostics != null) {
      diagnostics.clearProgress();
    }
  }

  private static int percent(long done, long total) {
    if (total <= 0) {
      return 100;
    }
    long clamped = Math.max(0, Math.min(done, total));
    return (int) (clamped * 100 / total);
  }

  /**
   * Draws the bar: the label, {@value #WIDTH} cells and the whole percentage.
   *
   * @param label the label
   * @param done the bytes read
   * @param total the total bytes
   * @return for example {@code calls.csv [█████████░░░░░░░░░░░░░░░░░░░░░] 30 %}
   */
  static String render(String label, long done, long total) {
    int percent = percent(done, total);
    int filled = percent * WIDTH / 100;
    return label
        + " ["
        + "█".repeat(filled)
        + "░".repeat(WIDTH - filled)
        + "] "
        + String.format(Locale.ROOT, "%3d", percent)
        + " %";
  }
}
