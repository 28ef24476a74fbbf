package fr.spsplus.client.internal;

import java.io.IOException;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;

/** Reads response bodies into memory without ever holding more than a set number of bytes. */
public final class BodyLimits {

  private static final long CHUNK = 8192;

  private BodyLimits() {}

  /** A body crossed its limit; the attempt loop turns it into a client exception. */
  public static final class TooLargeException extends IOException {

    private static final long serialVersionUID = 1L;

    /** The limit that was crossed, in bytes. */
    private final long limit;

    /** Whether the limit is the configured {@code maxResponseBytes}, or a fixed one. */
    private final boolean configured;

    /**
     * Creates the exception for the configured limit, {@code maxResponseBytes}.
     *
     * @param limit the limit, in bytes
     */
    public TooLargeException(long limit) {
      this(limit, true);
    }

    /**
     * Creates the exception.
     *
     * @param limit the limit, in bytes
     * @param configured whether the limit is the configured {@code maxResponseBytes} (else a fixed
     *     limit of the endpoint, such as the token endpoint's)
     */
    public TooLargeException(long limit, boolean configured) {
      super("response body larger than " + limit + " bytes");
      this.limit = limit;
      this.configured = configured;
    }

    /**
     * Tells whether the limit crossed is the configured {@code maxResponseBytes}.
     *
     * @return true for the configured limit, false for a fixed one
     */
    public boolean configured() {
      return configured;
    }

    /**
     * Returns the limit that was crossed.
     *
     * @return the limit, in bytes
     */
    public long limit() {
      return limit;
    }
  }

  /**
   * Reads a whole body, failing as soon as it is known to exceed {@code max} bytes (from its
   * declared length or while reading).
   *
   * @param body the body; not closed
   * @param max the limit, in bytes
   * @return the bytes
   * @throws TooLargeException if the body is larger than the limit
   * @throws IOException if reading fails
   */
  public static byte[] read(ResponseBody body, long max) throws IOException {
    return read(body, max, true);
  }

  /**
   * Reads a whole body under a limit, saying whether the limit is the configured one.
   *
   * @param body the body; not closed
   * @param max the limit, in bytes
   * @param configured whether {@code max} is the configured {@code maxResponseBytes} (for the
   *     message of the failure)
   * @return the bytes
   * @throws TooLargeException if the body is larger than the limit
   * @throws IOException if reading fails
   */
  public static byte[] read(ResponseBody body, long max, boolean configured) throws IOException {
    if (body.contentLength() > max) {
      throw new TooLargeException(max, configured);
    }
    BufferedSource source = body.source();
    Buffer buffer = new Buffer();
    while (source.read(buffer, CHUNK) != -1) {
      if (buffer.size() > max) {
        throw new TooLargeException(max, configured);
      }
    }
    return buffer.readByteArray();
  }

  /**
   * Reads a body if it fits in {@code max} bytes, for error answers: a longer body is not needed.
   *
   * @param body the body, possibly null; not closed
   * @param max the limit, in bytes
   * @return the bytes, or null if the body is absent, too long or unreadable
   */
  public static byte @Nullable [] readIfSmall(@Nullable ResponseBody body, long max) {
    if (body == null) {
      return null;
    }
    try {
      return read(body, max);
    } catch (IOException e) {
      return null;
    }
  }
}
