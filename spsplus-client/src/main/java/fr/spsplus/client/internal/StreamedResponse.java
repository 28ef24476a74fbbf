package fr.spsplus.client.internal;

import fr.spsplus.client.ResponseMetadata;
import fr.spsplus.client.SpsplusClientException;
import fr.spsplus.client.SpsplusClientException.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Response;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/**
 * A successful answer whose body is read incrementally by the caller, with constant memory. Not
 * thread-safe; close it (idempotent) to release the connection. Failures while reading are not
 * retried: part of the answer has already been consumed.
 */
public final class StreamedResponse implements AutoCloseable {

  private final Response response;
  private final String method;
  private final String path;
  private final ResponseMetadata metadata;
  private final long maxLineBytes;
  private final AtomicBoolean closed = new AtomicBoolean();

  StreamedResponse(
      Response response, String method, String path, ResponseMetadata metadata, long maxLineBytes) {
    this.response = response;
    this.method = method;
    this.path = path;
    this.metadata = metadata;
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Returns the facts of the answer.
   *
   * @return the metadata
   */
  public ResponseMetadata metadata() {
    return metadata;
  }

  /**
   * Reads the next line (UTF-8, without its {@code \n} or {@code \r\n}). A last line without a
   * final new line is returned too.
   *
   * @return the line, or null at the end of the body
   * @throws SpsplusClientException of kind {@link Kind#RESPONSE_TOO_LARGE} if a line is longer than
   *     the client's response limit, or {@link Kind#CONNECTION}/{@link Kind#TIMEOUT} if reading
   *     fails
   */
  public @Nullable String nextLine() {
    try {
      BufferedSource source = response.body().source();
      long newline = source.indexOf((byte) '\n', 0, maxLineBytes + 1);
      String line;
      if (newline >= 0) {
        line = source.readString(newline, StandardCharsets.UTF_8);
        source.skip(1);
      } else if (source.getBuffer().size() > maxLineBytes) {
        throw CallFailures.of(
            Kind.RESPONSE_TOO_LARGE,
            method,
            path,
            metadata.attempts(),
            new BodyLimits.TooLargeException(maxLineBytes));
      } else if (source.exhausted()) {
        return null;
      } else {
        line = source.readString(StandardCharsets.UTF_8);
      }
      return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    } catch (IOException e) {
      throw CallFailures.of(AttemptLoop.classify(e), method, path, metadata.attempts(), e);
    }
  }

  /**
   * Returns the exception for content that could not be decoded.
   *
   * @param cause the decoding failure, if any
   * @return the exception, to throw
   */
  public SpsplusClientException decodeFailure(@Nullable Throwable cause) {
    return CallFailures.of(Kind.DECODE, method, path, metadata.attempts(), cause);
  }

  /** Releases the connection; further reads fail. */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      response.close();
    }
  }
}
