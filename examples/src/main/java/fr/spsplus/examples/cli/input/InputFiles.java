package fr.spsplus.examples.cli.input;

import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.examples.cli.CliException;
import fr.spsplus.examples.cli.Diagnostics;
import fr.spsplus.examples.cli.ExitCode;
import fr.spsplus.examples.cli.ProgressBar;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Opens the user's input files: clear errors for a missing file, a directory or a file without read
 * permission ({@link ExitCode#IO}), strict UTF-8 decoding, and a progress bar for large files on a
 * terminal.
 */
public final class InputFiles {

  private static final MessageBundle MESSAGES = MessageBundle.of(CliException.class, "messages");

  private InputFiles() {}

  /**
   * Opens a file as bytes, counting them for the progress bar.
   *
   * @param file the file
   * @param diagnostics where the progress bar is drawn (only on a terminal, for a large file)
   * @return the stream; closing it closes the file and erases the bar
   * @throws CliException with {@link ExitCode#IO} if the file is missing, a directory or unreadable
   */
  public static InputStream open(Path file, Diagnostics diagnostics) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(diagnostics, "diagnostics");
    if (Files.isDirectory(file)) {
      throw new CliException(ExitCode.IO, MESSAGES.message("file.directory", file), null);
    }
    InputStream in;
    long size;
    try {
      in = Files.newInputStream(file);
      size = Files.size(file);
    } catch (NoSuchFileException e) {
      throw new CliException(ExitCode.IO, MESSAGES.message("file.missing", file), e);
    } catch (AccessDeniedException e) {
      throw new CliException(ExitCode.IO, MESSAGES.message("file.denied", file), e);
    } catch (IOException e) {
      throw new CliException(
          ExitCode.IO, MESSAGES.message("file.read", file, String.valueOf(e.getMessage())), e);
    }
    String label = file.getFileName() == null ? file.toString() : file.getFileName().toString();
    ProgressBar bar = ProgressBar.start(diagnostics, size, label);
    return new Counting(new BufferedInputStream(in, 1 << 16), bar);
  }

  /**
   * Opens a file as UTF-8 text, refusing malformed bytes (the reader then reports the line).
   *
   * @param file the file
   * @param diagnostics where the progress bar is drawn
   * @return the reader; closing it closes the file
   * @throws CliException with {@link ExitCode#IO} if the file cannot be opened
   */
  public static Reader openText(Path file, Diagnostics diagnostics) {
    return utf8(open(file, diagnostics));
  }

  /**
   * Decodes bytes as strict UTF-8: malformed input fails instead of becoming {@code U+FFFD}, after
   * every good character before it has been delivered (so that readers name the right line).
   *
   * @param in the bytes
   * @return the reader
   */
  public static Reader utf8(InputStream in) {
    return new StrictUtf8Reader(in);
  }

  /** Counts the bytes read and drives the progress bar. */
  private static final class Counting extends FilterInputStream {
    private final ProgressBar bar;
    private long count;

    Counting(InputStream in, ProgressBar bar) {
      super(in);
      this.bar = bar;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        advance(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        advance(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      advance(skipped);
      return skipped;
    }

    private void advance(long n) {
      count += n;
      bar.update(count);
    }

    @Override
    public void close() throws IOException {
      bar.finish();
      super.close();
    }
  }
}
