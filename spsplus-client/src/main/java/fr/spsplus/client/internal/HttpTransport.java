package fr.spsplus.client.internal;

import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.Credentials;
import fr.spsplus.client.RequestOptions;
import fr.spsplus.client.SpsplusServiceException;
import fr.spsplus.core.InvalidInputException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Cache;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The transport every spsplus API client is built on: base URL, credentials, User-Agent,
 * idempotency keys, retries, size limits, error mapping and logging. Immutable and thread-safe once
 * built; {@link #close()} releases the OkHttp resources if the transport created them.
 *
 * <p>An API layer describes each call as an {@link HttpCall} and either {@linkplain
 * #execute(HttpCall) buffers} the answer or {@linkplain #open(HttpCall) streams} it.
 */
public final class HttpTransport implements AutoCloseable {

  private final HttpUrl baseUrl;
  private final OkHttpClient http;
  private final boolean ownsHttp;
  private final ClientOptions options;
  private final AttemptLoop loop;
  private final Authorizer authorizer;
  private final String userAgent;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * The URLs of query-less calls, by path segments: at most {@value #MAX_CACHED_URLS}, then paths
   * carrying ids are resolved on each call (a few microseconds) rather than kept.
   */
  private final ConcurrentHashMap<List<String>, HttpUrl> urls = new ConcurrentHashMap<>();

  private static final int MAX_CACHED_URLS = 256;

  private HttpTransport(HttpUrl baseUrl, Credentials credentials, ClientOptions options) {
    this.baseUrl = baseUrl;
    this.options = options;
    OkHttpClient given = options.okHttpClient().orElse(null);
    this.ownsHttp = given == null;
    OkHttpClient.Builder builder = given == null ? new OkHttpClient.Builder() : given.newBuilder();
    this.http =
        builder
            .connectTimeout(options.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .readTimeout(options.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .writeTimeout(options.writeTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .callTimeout(options.callTimeout().toMillis(), TimeUnit.MILLISECONDS)
            // Retries are decided by the attempt loop alone: OkHttp's silent retry would repeat a
            // POST without idempotency key after a dropped connection.
            .retryOnConnectionFailure(false)
            // Never follow a redirect: a 3xx is reported as a service error with its status. A
            // followed redirect could take the request, its body and its idempotency key to a host
            // the TLS rule (https except on loopback) was never checked for.
            .followRedirects(false)
            .followSslRedirects(false)
            .build();
    this.userAgent = UserAgent.of(options.appInfo().orElse(null));
    this.loop = new AttemptLoop(http, options.retryPolicy(), options.clock(), userAgent);
    this.authorizer = Authorizer.of(credentials, loop, options.clock());
  }

  /**
   * Creates a transport.
   *
   * @param baseUrl the base URL of the service; https, or http for a loopback host
   * @param baseUrlField the name of the setting, for error messages
   * @param credentials the credentials
   * @param options the transport settings
   * @return the transport
   * @throws InvalidInputException if the base URL is not an http(s) URL, carries user information
   *     or a query, or uses plain http for a host that is not a loopback address
   */
  public static HttpTransport create(
      String baseUrl, String baseUrlField, Credentials credentials, ClientOptions options) {
    HttpUrl url = SecureUrls.require(baseUrl, baseUrlField);
    if (url.encodedQuery() != null || url.encodedFragment() != null) {
      throw new InvalidInputException(ClientMessages.BUNDLE.message("url.query", baseUrlField));
    }
    return new HttpTransport(
        url,
        Objects.requireNonNull(credentials, "credentials"),
        Objects.requireNonNull(options, "options"));
  }

  /**
   * Returns the base URL.
   *
   * @return the URL
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the transport settings.
   *
   * @return the settings
   */
  public ClientOptions options() {
    return options;
  }

  /**
   * Returns the {@code User-Agent} sent with every request.
   *
   * @return the header value
   */
  public String userAgent() {
    return userAgent;
  }

  /**
   * Sends a call and reads its whole answer into memory.
   *
   * @param call the call
   * @return the answer
   * @throws fr.spsplus.client.SpsplusClientException if no usable answer arrived
   * @throws SpsplusServiceException if the service answered with an error status
   * @throws IllegalStateException if the transport is closed
   */
  public HttpResult execute(HttpCall call) {
    AttemptLoop.Plan plan = plan(call);
    long max = options.maxResponseBytes();
    return loop.run(
        plan,
        (response, metadata) -> {
          try (response) {
            byte[] body = BodyLimits.read(response.body(), max);
            return new HttpResult(
                plan.method(), plan.path(), body, contentType(response), metadata);
          }
        });
  }

  /**
   * Sends a call and hands its answer over for incremental reading; the caller must close it.
   *
   * @param call the call, usually {@linkplain HttpCall.Builder#streamed() streamed}
   * @return the open answer
   * @throws fr.spsplus.client.SpsplusClientException if no usable answer arrived
   * @throws SpsplusServiceException if the service answered with an error status
   * @throws IllegalStateException if the transport is closed
   */
  public StreamedResponse open(HttpCall call) {
    AttemptLoop.Plan plan = plan(call);
    long max = options.maxResponseBytes();
    return loop.run(
        plan,
        (response, metadata) ->
            new StreamedResponse(response, plan.method(), plan.path(), metadata, max));
  }

  /**
   * Returns the path a call would use, for messages about a call refused before sending.
   *
   * @param call the call
   * @return the encoded path, without query string
   */
  public String pathOf(HttpCall call) {
    return url(call).encodedPath();
  }

  private HttpUrl url(HttpCall call) {
    if (!call.query().isEmpty()) {
      return resolve(call);
    }
    // Most calls of an API go to a handful of fixed paths: resolved and encoded once each.
    HttpUrl cached = urls.get(call.pathSegments());
    if (cached == null) {
      cached = resolve(call);
      if (urls.size() < MAX_CACHED_URLS) {
        urls.putIfAbsent(call.pathSegments(), cached);
      }
    }
    return cached;
  }

  private HttpUrl resolve(HttpCall call) {
    HttpUrl.Builder url = baseUrl.newBuilder();
    if (baseUrl.pathSegments().get(baseUrl.pathSize() - 1).isEmpty()) {
      url.removePathSegment(baseUrl.pathSize() - 1);
    }
    for (String segment : call.pathSegments()) {
      url.addPathSegment(segment);
    }
    for (HttpCall.QueryParameter parameter : call.query()) {
      url.addQueryParameter(parameter.name(), parameter.value());
    }
    return url.build();
  }

  /** The JSON media type, parsed once rather than on every call. */
  private static final MediaType JSON_UTF8 = MediaType.get(HttpCall.JSON_UTF8);

  private static MediaType mediaType(String contentType) {
    return contentType.equals(HttpCall.JSON_UTF8) ? JSON_UTF8 : MediaType.get(contentType);
  }

  /**
   * The answer's media type as {@code ResponseBody.contentType()} gives it (the header if it parses
   * as a media type, else null), without parsing the usual JSON values on every call.
   */
  private static @Nullable String contentType(Response response) {
    String header = response.header("Content-Type");
    if (header == null || header.equals("application/json") || header.equals(HttpCall.JSON_UTF8)) {
      return header;
    }
    MediaType type = MediaType.parse(header);
    return type == null ? null : type.toString();
  }

  private AttemptLoop.Plan plan(HttpCall call) {
    if (closed.get()) {
      throw new IllegalStateException("client closed");
    }
    RequestOptions requestOptions = call.options();
    Headers.Builder headers = new Headers.Builder().add("Accept", call.accept());
    for (Map.Entry<String, String> header : requestOptions.headers().entrySet()) {
      headers.set(header.getKey(), header.getValue());
    }
    // One key per logical call, generated here, before the first attempt, and reused by all.
    String key = requestOptions.idempotencyKey().orElse(null);
    if (key == null && call.keyedMethod() && requestOptions.idempotencyKeyEnabled()) {
      key = UUID.randomUUID().toString();
    }
    if (key != null) {
      headers.set("Idempotency-Key", key);
    }
    byte[] bytes = call.bodyBytes();
    RequestBody body = null;
    if (bytes != null) {
      body = RequestBody.create(bytes, mediaType(Objects.requireNonNull(call.contentType())));
    } else if (!call.method().equals("GET")
        && !call.method().equals("HEAD")
        && !call.method().equals("DELETE")) {
      body = RequestBody.create(new byte[0], null);
    }
    Duration timeout = requestOptions.timeout().orElse(null);
    if (timeout == null && call.streamed()) {
      timeout = Duration.ZERO;
    }
    return new AttemptLoop.Plan(
        call.method(),
        url(call),
        body,
        headers.build(),
        call.idempotentMethod() || key != null,
        timeout,
        authorizer,
        SpsplusServiceException::of);
  }

  /**
   * Releases the connection pool and threads if this transport created its {@code OkHttpClient}; an
   * injected one is left alone. Idempotent.
   */
  @Override
  public void close() {
    if (closed.compareAndSet(false, true) && ownsHttp) {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
      Cache cache = http.cache();
      if (cache != null) {
        try {
          cache.close();
        } catch (java.io.IOException ignored) {
          // Nothing more to release.
        }
      }
    }
  }

  /**
   * Tells whether {@link #close()} was called.
   *
   * @return true once closed
   */
  public boolean isClosed() {
    return closed.get();
  }

  @Override
  public String toString() {
    return "HttpTransport[" + baseUrl.redact() + ", " + (ownsHttp ? "own" : "shared") + " OkHttp]";
  }
}
