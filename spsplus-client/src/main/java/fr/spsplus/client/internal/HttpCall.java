package fr.spsplus.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import fr.spsplus.client.RequestOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One logical call to a service, as the API layers describe it to {@link HttpTransport}: method,
 * path below the base URL, query parameters, body and per-call options. Immutable.
 *
 * <p>Path segments and query values are raw text: the transport encodes them ({@code "IND-27" AND
 * x} becomes {@code %22IND-27%22%20AND%20x}). The segments {@code .} and {@code ..} are refused, so
 * that no value can climb out of the base path.
 */
public final class HttpCall {

  /** Methods that are idempotent by definition (RFC 9110 §9.2.2). */
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");

  /** Methods that carry an {@code Idempotency-Key} unless the caller disables it. */
  private static final Set<String> KEYED = Set.of("POST", "PATCH");

  /** The media type of {@link Builder#jsonBody} bodies. */
  static final String JSON_UTF8 = "application/json; charset=utf-8";

  /** A query parameter; repeated names are allowed ({@code refine=a&refine=b}). */
  public record QueryParameter(String name, String value) {

    /** Checks the components. */
    public QueryParameter {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
    }
  }

  private final String method;
  private final List<String> pathSegments;
  private final List<QueryParameter> query;
  private final byte @Nullable [] body;
  private final @Nullable String contentType;
  private final RequestOptions options;
  private final boolean streamed;
  private final String accept;

  private HttpCall(Builder builder) {
    this.method = builder.method;
    this.pathSegments = List.copyOf(builder.pathSegments);
    this.query = List.copyOf(builder.query);
    this.body = builder.body;
    this.contentType = builder.contentType;
    this.options = builder.options;
    this.streamed = builder.streamed;
    this.accept = builder.accept;
  }

  /**
   * Starts a {@code GET}.
   *
   * @param pathSegments the path below the base URL, one raw segment per element
   * @return a builder
   */
  public static Builder get(String... pathSegments) {
    return new Builder("GET", pathSegments);
  }

  /**
   * Starts a {@code POST}.
   *
   * @param pathSegments the path below the base URL
   * @return a builder
   */
  public static Builder post(String... pathSegments) {
    return new Builder("POST", pathSegments);
  }

  /**
   * Starts a {@code PUT}.
   *
   * @param pathSegments the path below the base URL
   * @return a builder
   */
  public static Builder put(String... pathSegments) {
    return new Builder("PUT", pathSegments);
  }

  /**
   * Starts a {@code PATCH}.
   *
   * @param pathSegments the path below the base URL
   * @return a builder
   */
  public static Builder patch(String... pathSegments) {
    return new Builder("PATCH", pathSegments);
  }

  /**
   * Starts a {@code DELETE}.
   *
   * @param pathSegments the path below the base URL
   * @return a builder
   */
  public static Builder delete(String... pathSegments) {
    return new Builder("DELETE", pathSegments);
  }

  /**
   * Returns the method.
   *
   * @return the method, upper case
   */
  public String method() {
    return method;
  }

  /**
   * Returns the raw path segments below the base URL.
   *
   * @return the segments
   */
  public List<String> pathSegments() {
    return pathSegments;
  }

  /**
   * Returns the query parameters, in order.
   *
   * @return the parameters
   */
  public List<QueryParameter> query() {
    return query;
  }

  /**
   * Returns the body.
   *
   * @return the bytes, or null for a call without body
   */
  public byte @Nullable [] body() {
    return body == null ? null : body.clone();
  }

  /** The body itself, for the transport, which never modifies it: no copy per call. */
  byte @Nullable [] bodyBytes() {
    return body;
  }

  /**
   * Returns the media type of the body.
   *
   * @return the media type, or null without body
   */
  public @Nullable String contentType() {
    return contentType;
  }

  /**
   * Returns the per-call options.
   *
   * @return the options
   */
  public RequestOptions options() {
    return options;
  }

  /**
   * Tells whether the answer is read as a stream by the caller rather than buffered.
   *
   * @return true for a streamed answer
   */
  public boolean streamed() {
    return streamed;
  }

  /**
   * Returns the media types accepted in the answer.
   *
   * @return the {@code Accept} header value
   */
  public String accept() {
    return accept;
  }

  /**
   * Tells whether the method is idempotent by definition.
   *
   * @return true for GET, HEAD, PUT, DELETE and OPTIONS
   */
  public boolean idempotentMethod() {
    return IDEMPOTENT.contains(method);
  }

  /**
   * Tells whether the method carries an {@code Idempotency-Key} by default.
   *
   * @return true for POST and PATCH
   */
  public boolean keyedMethod() {
    return KEYED.contains(method);
  }

  /** Builds an {@link HttpCall}; not thread-safe. */
  public static final class Builder {

    private final String method;
    private final List<String> pathSegments = new ArrayList<>();
    private final List<QueryParameter> query = new ArrayList<>();
    private byte @Nullable [] body;
    private @Nullable String contentType;
    private RequestOptions options = RequestOptions.none();
    private boolean streamed;
    private String accept = "application/json";

    private Builder(String method, String... segments) {
      this.method = method;
      for (String segment : segments) {
        Objects.requireNonNull(segment, "segment");
        if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
          throw new IllegalArgumentException("path segment empty, '.' or '..'");
        }
        pathSegments.add(segment);
      }
    }

    /**
     * Adds a query parameter; a null value adds nothing.
     *
     * @param name the name
     * @param value the raw value, or null
     * @return this builder
     */
    public Builder query(String name, @Nullable Object value) {
      if (value != null) {
        query.add(new QueryParameter(name, value.toString()));
      }
      return this;
    }

    /**
     * Sets a JSON body, written once with spsplus's JSON conventions and sent unchanged on every
     * attempt.
     *
     * @param value the value to write (a record, a map…)
     * @return this builder
     */
    public Builder jsonBody(Object value) {
      try {
        this.body = Json.MAPPER.writeValueAsBytes(Objects.requireNonNull(value, "value"));
      } catch (JsonProcessingException e) {
        throw new IllegalArgumentException("cannot write " + value.getClass().getName(), e);
      }
      this.contentType = JSON_UTF8;
      return this;
    }

    /**
     * Sets a raw body.
     *
     * @param bytes the bytes
     * @param mediaType their media type
     * @return this builder
     */
    public Builder body(byte[] bytes, String mediaType) {
      this.body = bytes.clone();
      this.contentType = Objects.requireNonNull(mediaType, "mediaType");
      return this;
    }

    /**
     * Sets the per-call options.
     *
     * @param options the options
     * @return this builder
     */
    public Builder options(RequestOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * Marks the answer as streamed: the caller reads it incrementally, the call timeout does not
     * apply (unless a per-call timeout is set), and the body is not limited as a whole.
     *
     * @return this builder
     */
    public Builder streamed() {
      this.streamed = true;
      return this;
    }

    /**
     * Sets the media types accepted in the answer (default {@code application/json}).
     *
     * @param mediaTypes the {@code Accept} header value
     * @return this builder
     */
    public Builder accept(String mediaTypes) {
      this.accept = Objects.requireNonNull(mediaTypes, "mediaTypes");
      return this;
    }

    /**
     * Builds the call.
     *
     * @return the call
     */
    public HttpCall build() {
      return new HttpCall(this);
    }
  }
}
