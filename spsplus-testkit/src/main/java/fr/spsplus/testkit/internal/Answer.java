package fr.spsplus.testkit.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the fake answers to one request, before it is written on the wire: a status, headers and a
 * body that is either bytes or written on demand (streamed exports, in constant memory).
 */
public final class Answer {

  /** Writes a streamed body. */
  @FunctionalInterface
  public interface BodyWriter {

    /**
     * Writes the body.
     *
     * @param out where to write; not to be closed
     * @throws IOException if the client went away
     */
    void writeTo(OutputStream out) throws IOException;
  }

  private final int status;
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final byte @Nullable [] body;
  private final @Nullable BodyWriter stream;

  private Answer(int status, byte @Nullable [] body, @Nullable BodyWriter stream) {
    this.status = status;
    this.body = body;
    this.stream = stream;
  }

  /**
   * Returns a JSON answer.
   *
   * @param status the status
   * @param json the UTF-8 JSON bytes
   * @return the answer
   */
  public static Answer json(int status, byte[] json) {
    Answer answer = new Answer(status, json.clone(), null);
    answer.header("Content-Type", "application/json; charset=utf-8");
    return answer;
  }

  /**
   * Returns a JSON answer of a value, written with the project's conventions.
   *
   * @param status the status
   * @param value the value
   * @return the answer
   */
  public static Answer json(int status, Object value) {
    return json(status, Json.write(value));
  }

  /**
   * Returns an answer without a body.
   *
   * @param status the status
   * @return the answer
   */
  public static Answer empty(int status) {
    return new Answer(status, null, null);
  }

  /**
   * Returns a streamed answer (chunked on the wire).
   *
   * @param status the status
   * @param contentType the media type
   * @param writer writes the body
   * @return the answer
   */
  public static Answer streamed(int status, String contentType, BodyWriter writer) {
    Answer answer = new Answer(status, null, Objects.requireNonNull(writer, "writer"));
    answer.header("Content-Type", contentType);
    answer.header("Transfer-Encoding", "chunked");
    return answer;
  }

  /**
   * Sets a header, replacing any previous value.
   *
   * @param name the name
   * @param value the value
   * @return this answer
   */
  public Answer header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /**
   * Returns the status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * Returns the headers, in order.
   *
   * @return the headers
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns the bytes of a buffered body.
   *
   * @return the bytes, or null for none or a streamed body
   */
  public byte @Nullable [] body() {
    return body == null ? null : body.clone();
  }

  /**
   * Returns the body as text, for the fake's records.
   *
   * @return the UTF-8 text, or null for none or a streamed body
   */
  public @Nullable String bodyText() {
    return body == null ? null : new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Returns the writer of a streamed body.
   *
   * @return the writer, or null
   */
  public @Nullable BodyWriter stream() {
    return stream;
  }

  /**
   * Returns a copy with the same status, headers and body.
   *
   * @return the copy
   */
  public Answer copy() {
    Answer copy = new Answer(status, body, stream);
    copy.headers.putAll(headers);
    return copy;
  }
}
