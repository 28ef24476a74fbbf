package fr.spsplus.examples.cli.input;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.examples.cli.CliException;
import fr.spsplus.examples.cli.ExitCode;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a UTF-8 text of one item per line (the texts of {@code spsplus pii-check}), one line at a
 * time, with a bound on the length of a line.
 *
 * <p>Line ends are LF, CRLF or CR; a leading byte-order mark is skipped; the last line may lack its
 * end. A line longer than the limit is an error naming it (under a skipping policy, the whole line
 * is skipped and the next one read). Bytes that are not UTF-8 stop the reading with an error naming
 * the line.
 */
public final class TextLineReader implements Closeable {

  /** The default limit of a line: 1 Mi characters, as for one JSON string in spsplus. */
  public static final int DEFAULT_MAX_LINE_CHARS = 1 << 20;

  private static final MessageBundle CLI = MessageBundle.of(CliException.class, "messages");

  private final BufferedReader reader;
  private final String source;
  private final int maxLineChars;
  private final InvalidRowPolicy policy;
  private final StringBuilder text = new StringBuilder();
  private long line;

  /**
   * Creates the reader.
   *
   * @param reader the text; closed by {@link #close()}
   * @param source the file's name, for messages
   * @param maxLineChars the longest accepted line, in characters
   * @param policy what to do with a line that is too long
   */
  public TextLineReader(Reader reader, String source, int maxLineChars, InvalidRowPolicy policy) {
    Objects.requireNonNull(reader, "reader");
    this.reader = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    this.source = Objects.requireNonNull(source, "source");
    if (maxLineChars < 1) {
      throw new IllegalArgumentException("maxLineChars must be positive");
    }
    this.maxLineChars = maxLineChars;
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * Reads the next line.
   *
   * @return the line without its end, or null at the end of the text
   * @throws InvalidInputException for a line that is too long (under {@link InvalidRowPolicy#FAIL})
   *     or bytes that are not UTF-8
   * @throws CliException with {@link ExitCode#IO} if the file cannot be read
   */
  public @Nullable String readLine() {
    while (true) {
      text.setLength(0);
      boolean tooLong = false;
      boolean started = false;
      int c;
      try {
        c = reader.read();
        if (c < 0) {
          return null;
        }
        line++;
        started = true;
        while (c >= 0 && c != '\n' && c != '\r') {
          if (text.length() < maxLineChars) {
            text.append((char) c);
          } else {
            tooLong = true;
          }
          c = reader.read();
        }
        if (c == '\r') {
          reader.mark(1);
          if (reader.read() != '\n') {
            reader.reset();
          }
        }
      } catch (CharacterCodingException e) {
        throw InputMessages.atLine(
            source, started ? line : line + 1, InputMessages.message("encoding.line"));
      } catch (IOException e) {
        throw new CliException(
            ExitCode.IO, CLI.message("file.read", source, String.valueOf(e.getMessage())), e);
      }
      if (line == 1 && text.length() > 0 && text.charAt(0) == '\uFEFF') {
        text.deleteCharAt(0);
      }
      if (!tooLong) {
        return text.toString();
      }
      policy.onInvalidRow(
          InputMessages.atLine(source, line, InputMessages.message("line.too.long", maxLineChars)));
    }
  }

  /**
   * Returns the number of the last line read, 1-based (0 before the first).
   *
   * @return the line number
   */
  public long lineNumber() {
    return line;
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
