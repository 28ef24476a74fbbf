package fr.spsplus.examples.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Decodes UTF-8 strictly: bytes that are not UTF-8 raise a {@link CharacterCodingException} instead
 * of becoming {@code U+FFFD}. Unlike {@link java.io.InputStreamReader}, every character decoded
 * before the bad bytes is delivered first, and the error comes with the next read, so that a reader
 * counting lines can name the line of the bad bytes.
 */
final class StrictUtf8Reader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private boolean endOfInput;
  private boolean flushed;
  private @Nullable CharacterCodingException pending;

  StrictUtf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, buffer.length);
    if (pending != null) {
      throw pending;
    }
    if (length == 0) {
      return 0;
    }
    if (flushed) {
      // The end was reported; decoding again after the flush would throw IllegalStateException
      // ("Current state = FLUSHED"). Found by fuzzing: a file whose last line has no line break.
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(buffer, offset, length);
    while (true) {
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        try {
          result.throwException();
        } catch (CharacterCodingException e) {
          pending = e;
        }
        int delivered = out.position() - offset;
        if (delivered > 0) {
          return delivered;
        }
        throw Objects.requireNonNull(pending);
      }
      int delivered = out.position() - offset;
      if (result.isOverflow() || delivered > 0) {
        return delivered;
      }
      if (endOfInput) {
        if (!flushed) {
          decoder.flush(out);
          flushed = true;
          delivered = out.position() - offset;
        }
        return delivered == 0 ? -1 : delivered;
      }
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
