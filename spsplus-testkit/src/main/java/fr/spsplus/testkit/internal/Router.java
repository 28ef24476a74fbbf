package fr.spsplus.testkit.internal;

import fr.spsplus.client.Sleeper;
import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.testkit.Exchange;
import fr.spsplus.testkit.fault.Fault;
import fr.spsplus.testkit.fault.Route;
import fr.spsplus.testkit.internal.AuthServer.Principal;
import fr.spsplus.testkit.internal.ContractDocument.Match;
import fr.spsplus.testkit.internal.IdempotencyStore.Fresh;
import fr.spsplus.testkit.internal.IdempotencyStore.InProgress;
import fr.spsplus.testkit.internal.IdempotencyStore.Outcome;
import fr.spsplus.testkit.internal.IdempotencyStore.Replay;
import fr.spsplus.testkit.internal.IdempotencyStore.Ticket;
import fr.spsplus.testkit.internal.SchemaValidator.Violation;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.Buffer;
import okio.BufferedSink;
import okio.ByteString;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fake's front door: takes each request from MockWebServer, finds its route (the contract's
 * operations below the path prefix, the token endpoint, the open-data endpoint), applies the fault
 * chosen for the call, authenticates, counts the rate limit, checks idempotency keys, lets the
 * operation run, and writes the answer with the headers every answer carries ({@code X-Request-Id},
 * and {@code X-RateLimit-*} on the platform's operations). Every request is recorded as an {@link
 * Exchange}.
 */
public final class Router extends Dispatcher {

  /** The logger of every exchange, at DEBUG: {@value}. */
  public static final String LOGGER = "fr.spsplus.testkit";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  private static final List<String> OPEN_DATA = List.of("api", "explore", "v2.1");

  private enum Area {
    PLATFORM,
    TOKEN,
    OPEN_DATA,
    OTHER
  }

  private final ContractDocument contract;
  private final List<String> prefix;
  private final FakeTime time;
  private final PlatformStore store;
  private final PlatformApi api;
  private final OpenDataApi openData;
  private final AuthServer auth;
  private final RateLimiter limiter;
  private final IdempotencyStore idempotency;
  private final FaultInjector faults;
  private final Sleeper latency;
  private final List<Exchange> exchanges = new ArrayList<>();
  private long sequence;

  /**
   * Returns the front door of a fake.
   *
   * @param contract the contract
   * @param prefix the path prefix's segments
   * @param time the fake's time
   * @param store the platform's data
   * @param api the platform's operations
   * @param openData the open-data endpoint
   * @param auth the credentials
   * @param limiter the rate limit
   * @param idempotency the idempotency keys
   * @param faults the fault injector
   * @param latency sleeps the latency faults
   */
  public Router(
      ContractDocument contract,
      List<String> prefix,
      FakeTime time,
      PlatformStore store,
      PlatformApi api,
      OpenDataApi openData,
      AuthServer auth,
      RateLimiter limiter,
      IdempotencyStore idempotency,
      FaultInjector faults,
      Sleeper latency) {
    this.contract = contract;
    this.prefix = List.copyOf(prefix);
    this.time = time;
    this.store = store;
    this.api = api;
    this.openData = openData;
    this.auth = auth;
    this.limiter = limiter;
    this.idempotency = idempotency;
    this.faults = faults;
    this.latency = latency;
  }

  /**
   * Returns the exchanges so far.
   *
   * @return a copy, in order
   */
  public synchronized List<Exchange> exchanges() {
    return List.copyOf(exchanges);
  }

  private synchronized long nextSequence() {
    return ++sequence;
  }

  private synchronized void record(Exchange exchange) {
    exchanges.add(exchange);
    if (LOG.isDebugEnabled()) {
      // The method, the path and the outcome: never headers, bodies or query values.
      int query = exchange.target().indexOf('?');
      LOG.debug(
          "{} {} {} -> {}{}",
          exchange.requestId(),
          exchange.method(),
          query < 0 ? exchange.target() : exchange.target().substring(0, query),
          exchange.dropped() ? "dropped" : Integer.toString(exchange.status()),
          exchange.fault() == null ? "" : " (injected " + exchange.fault() + ")");
    }
  }

  /** What one call became, built up as it goes. */
  private static final class Call {
    final long sequence;
    final String requestId;
    final String method;
    final HttpUrl url;
    final Headers headers;
    final byte[] body;
    final Locale locale;
    final Instant receivedAt;
    Area area = Area.OTHER;
    List<String> rest = List.of();
    @Nullable String operationId;
    @Nullable Match match;
    Principal principal = Principal.ANONYMOUS;
    boolean authenticated;
    RateLimiter.@Nullable State rate;
    @Nullable Ticket ticket;
    boolean replayed;

    Call(long sequence, RecordedRequest request, Instant receivedAt) {
      this.sequence = sequence;
      this.requestId = String.format(Locale.ROOT, "req-%06d", sequence);
      this.method = request.getMethod();
      this.url = request.getUrl();
      this.headers = request.getHeaders();
      ByteString bytes = request.getBody();
      this.body = bytes == null ? new byte[0] : bytes.toByteArray();
      String language = headers.get("Accept-Language");
      this.locale =
          language != null && language.strip().toLowerCase(Locale.ROOT).startsWith("en")
              ? Locale.ENGLISH
              : Locale.FRENCH;
      this.receivedAt = receivedAt;
    }

    String target() {
      String query = url.encodedQuery();
      return url.encodedPath() + (query == null ? "" : "?" + query);
    }

    String path() {
      return "/" + String.join("/", url.pathSegments());
    }
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    store.tick();
    Call call = new Call(nextSequence(), request, time.instant());
    locate(call);
    if (call.area == Area.PLATFORM) {
      Optional<Principal> principal = auth.authenticate(call.headers.get("Authorization"));
      call.authenticated = principal.isPresent();
      call.principal = principal.orElse(Principal.ANONYMOUS);
    }
    Fault fault = faults.next(call.operationId, call.method, call.path(), () -> identity(call));
    Answer answer;
    if (fault instanceof Fault.ServerError || fault instanceof Fault.RateLimited) {
      if (call.area == Area.PLATFORM) {
        call.rate = limiter.acquire(call.principal.id(), call.receivedAt);
      }
      answer = injected(call, fault);
    } else {
      try {
        answer = process(call);
      } catch (RuntimeException e) {
        if (call.ticket != null) {
          idempotency.abandon(call.ticket);
        }
        answer =
            platformError(call, 500, "INTERNAL", Messages.BUNDLE.message("internal"), List.of());
      }
      if (fault instanceof Fault.Latency slow) {
        sleep(slow.delay());
      }
      if (call.ticket != null) {
        idempotency.complete(call.ticket, answer);
      }
    }
    decorate(call, answer);
    boolean drop = fault instanceof Fault.DropConnection;
    Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
    for (int i = 0; i < call.headers.size(); i++) {
      requestHeaders
          .computeIfAbsent(call.headers.name(i), n -> new ArrayList<>())
          .add(call.headers.value(i));
    }
    record(
        new Exchange(
            call.sequence,
            call.requestId,
            call.operationId,
            call.method,
            call.target(),
            requestHeaders,
            call.body.length == 0 ? null : new String(call.body, StandardCharsets.UTF_8),
            drop ? 0 : answer.status(),
            answer.headers(),
            answer.bodyText(),
            call.replayed,
            fault instanceof Fault.None ? null : fault,
            call.receivedAt));
    if (drop) {
      return new MockResponse.Builder()
          .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
          .build();
    }
    return toMockResponse(answer);
  }

  /**
   * The identity of a request, for faults drawn per request: its idempotency key, or else its
   * method, target and a digest of its body (the same for every retry of one request).
   */
  private static String identity(Call call) {
    String key = call.headers.get("Idempotency-Key");
    if (key != null) {
      return "key " + key;
    }
    return call.method + " " + call.target() + " " + ByteString.of(call.body).sha256().hex();
  }

  private void sleep(Duration delay) {
    try {
      latency.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void locate(Call call) {
    List<String> segments = call.url.pathSegments();
    if (segments.size() == 1 && segments.get(0).isEmpty()) {
      segments = List.of();
    }
    if (call.path().equals(AuthServer.TOKEN_PATH)) {
      call.area = Area.TOKEN;
      call.operationId = Route.OAUTH_TOKEN;
    } else if (startsWith(segments, OPEN_DATA)) {
      call.area = Area.OPEN_DATA;
      call.rest = segments.subList(OPEN_DATA.size(), segments.size());
      call.operationId = OpenDataApi.operationId(call.rest);
    } else if (startsWith(segments, prefix)) {
      call.area = Area.PLATFORM;
      call.rest = segments.subList(prefix.size(), segments.size());
      Optional<Match> match = contract.match(call.method, call.rest);
      call.match = match.orElse(null);
      call.operationId = match.map(m -> m.operation().id()).orElse(null);
    }
  }

  private static boolean startsWith(List<String> segments, List<String> head) {
    return segments.size() >= head.size() && segments.subList(0, head.size()).equals(head);
  }

  private Answer process(Call call) {
    return switch (call.area) {
      case TOKEN ->
          call.method.equals("POST")
              ? auth.token(
                  call.headers.get("Authorization"), call.headers.get("Content-Type"), call.body)
              : OpenDataApi.error(405, "MethodNotAllowed", "POST only.").header("Allow", "POST");
      case OPEN_DATA -> openData.handle(call.method, call.rest, call.url);
      case PLATFORM -> platform(call);
      case OTHER ->
          platformError(
              call, 404, "NOT_FOUND", Messages.BUNDLE.message("notFound.path"), List.of());
    };
  }

  private Answer platform(Call call) {
    Match match = call.match;
    if (match == null) {
      call.rate = limiter.acquire(call.principal.id(), call.receivedAt);
      List<String> allowed = List.copyOf(contract.methodsOf(call.rest));
      if (allowed.isEmpty()) {
        return platformError(
            call, 404, "NOT_FOUND", Messages.BUNDLE.message("notFound.path"), List.of());
      }
      return platformError(
              call,
              405,
              "METHOD_NOT_ALLOWED",
              Messages.BUNDLE.message("methodNotAllowed", call.method, String.join(", ", allowed)),
              List.of())
          .header("Allow", String.join(", ", allowed));
    }
    call.rate = limiter.acquire(call.principal.id(), call.receivedAt);
    if (!call.authenticated) {
      return platformError(
              call, 401, "UNAUTHENTICATED", Messages.BUNDLE.message("unauthenticated"), List.of())
          .header("WWW-Authenticate", "Bearer realm=\"spsplus-testkit\"");
    }
    if (!call.rate.allowed()) {
      return platformError(
              call,
              429,
              "RATE_LIMITED",
              Messages.BUNDLE.message("rateLimited", call.rate.resetSeconds()),
              List.of())
          .header("Retry-After", Long.toString(call.rate.resetSeconds()));
    }
    if (!call.principal.allows(match.operation().scopes())) {
      return platformError(
          call,
          403,
          "PERMISSION_DENIED",
          Messages.BUNDLE.message("permissionDenied", String.join(" ", match.operation().scopes())),
          List.of());
    }
    try {
      Map<String, String> query = new LinkedHashMap<>();
      for (String name : call.url.queryParameterNames()) {
        String value = call.url.queryParameter(name);
        if (value != null) {
          query.put(name, value);
        }
      }
      PlatformApi.Checked checked =
          api.check(
              match.operation(),
              match.pathParameters(),
              query,
              call.headers::get,
              call.headers.get("Content-Type"),
              call.body);
      if (match.operation().idempotent()) {
        String key = Objects.requireNonNull(checked.text("Idempotency-Key"));
        Outcome outcome =
            idempotency.begin(
                call.principal.id(),
                key,
                IdempotencyStore.fingerprint(call.method, call.target(), call.body),
                call.receivedAt);
        if (outcome instanceof Replay replay) {
          call.replayed = true;
          return replay.answer().header("Idempotent-Replayed", "true");
        }
        if (outcome instanceof InProgress) {
          throw new ApiException(
              409,
              "IDEMPOTENCY_KEY_IN_PROGRESS",
              Messages.BUNDLE.message("idempotency.inProgress"));
        }
        if (!(outcome instanceof Fresh fresh)) {
          throw new ApiException(
              409, "IDEMPOTENCY_KEY_REUSED", Messages.BUNDLE.message("idempotency.reused"));
        }
        call.ticket = fresh.ticket();
      }
      return api.execute(checked);
    } catch (ApiException e) {
      return platformError(call, e.status(), e.code(), e.text(), e.details());
    }
  }

  private Answer injected(Call call, Fault fault) {
    int status;
    Duration retryAfter;
    if (fault instanceof Fault.ServerError error) {
      status = error.status();
      retryAfter = error.retryAfter();
      if (status == 503 && retryAfter == null) {
        retryAfter = Duration.ofSeconds(1); // the contract: a 503 carries Retry-After
      }
    } else {
      status = 429;
      retryAfter = ((Fault.RateLimited) fault).retryAfter();
    }
    Answer answer =
        switch (call.area) {
          case OPEN_DATA -> openDataFault(status, retryAfter);
          case TOKEN -> {
            Map<String, String> body = new LinkedHashMap<>();
            body.put(
                "error",
                status == 429 || status == 503 ? "temporarily_unavailable" : "server_error");
            body.put("error_description", "Simulated failure.");
            yield Answer.json(status, body);
          }
          case PLATFORM, OTHER -> {
            String code =
                status == 429 ? "RATE_LIMITED" : status == 503 ? "UNAVAILABLE" : "INTERNAL";
            LocalizedMessage text =
                status == 429
                    ? Messages.BUNDLE.message("rateLimited", seconds(retryAfter))
                    : Messages.BUNDLE.message(status == 503 ? "unavailable" : "internal");
            yield platformError(call, status, code, text, List.of());
          }
        };
    if (retryAfter != null) {
      answer.header("Retry-After", Long.toString(seconds(retryAfter)));
    }
    return answer;
  }

  private Answer openDataFault(int status, @Nullable Duration retryAfter) {
    if (status == 429) {
      // Opendatasoft's quota body (Explore API v2.1 specification), a different key style.
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("errorcode", 10002);
      Duration wait = retryAfter == null ? Duration.ofDays(1) : retryAfter;
      body.put(
          "reset_time",
          time.instant().plus(wait).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
      body.put("limit_time_unit", "day");
      body.put("call_limit", 10000);
      body.put(
          "error", "Too many requests on the domain. Please contact the domain administrator.");
      return Answer.json(429, body);
    }
    return OpenDataApi.error(
        status, status == 503 ? "ServiceUnavailable" : "InternalError", "Simulated failure.");
  }

  private static long seconds(@Nullable Duration duration) {
    if (duration == null) {
      return 0;
    }
    long seconds = duration.getSeconds();
    return duration.getNano() > 0 ? seconds + 1 : seconds;
  }

  private static Answer platformError(
      Call call, int status, String code, LocalizedMessage text, List<Violation> details) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("code", code);
    body.put("message", text.format(call.locale));
    body.put("requestId", call.requestId);
    if (!details.isEmpty()) {
      List<Map<String, String>> list = new ArrayList<>();
      for (Violation violation : details) {
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("field", violation.field());
        detail.put("rule", violation.rule());
        list.add(detail);
      }
      body.put("details", list);
    }
    return Answer.json(status, body);
  }

  private void decorate(Call call, Answer answer) {
    answer.header("X-Request-Id", call.requestId);
    if (call.area == Area.PLATFORM || call.area == Area.OTHER) {
      RateLimiter.State rate = call.rate;
      if (rate == null) {
        rate = limiter.acquire(call.principal.id(), call.receivedAt);
      }
      answer.header("X-RateLimit-Limit", Long.toString(rate.limit()));
      answer.header("X-RateLimit-Remaining", Long.toString(rate.remaining()));
      answer.header("X-RateLimit-Reset", Long.toString(rate.resetSeconds()));
    }
  }

  private static MockResponse toMockResponse(Answer answer) {
    MockResponse.Builder response = new MockResponse.Builder().code(answer.status());
    for (Map.Entry<String, String> header : answer.headers().entrySet()) {
      response.setHeader(header.getKey(), header.getValue());
    }
    Answer.BodyWriter stream = answer.stream();
    byte[] body = answer.body();
    if (stream != null) {
      response
          .body(new ChunkedBody(stream))
          .removeHeader("Content-Length")
          .setHeader("Transfer-Encoding", "chunked");
    } else if (body != null) {
      response.body(new Buffer().write(body));
    } else {
      response.setHeader("Content-Length", "0");
    }
    return response.build();
  }

  /** A body of unknown length, written in HTTP/1.1 chunks as the writer produces it. */
  private static final class ChunkedBody implements MockResponseBody {

    private final Answer.BodyWriter writer;

    ChunkedBody(Answer.BodyWriter writer) {
      this.writer = writer;
    }

    @Override
    public long getContentLength() {
      return -1;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      ChunkedStream out = new ChunkedStream(sink);
      writer.writeTo(out);
      out.finish();
    }
  }

  private static final class ChunkedStream extends OutputStream {

    private static final int CHUNK = 8192;

    private final BufferedSink sink;
    private final byte[] buffer = new byte[CHUNK];
    private int size;

    ChunkedStream(BufferedSink sink) {
      this.sink = sink;
    }

    @Override
    public void write(int b) throws IOException {
      if (size == CHUNK) {
        emit();
      }
      buffer[size++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      int written = 0;
      while (written < length) {
        if (size == CHUNK) {
          emit();
        }
        int n = Math.min(CHUNK - size, length - written);
        System.arraycopy(bytes, offset + written, buffer, size, n);
        size += n;
        written += n;
      }
    }

    private void emit() throws IOException {
      if (size > 0) {
        sink.writeHexadecimalUnsignedLong(size).writeUtf8("\r\n");
        sink.write(buffer, 0, size).writeUtf8("\r\n");
        sink.emit();
        size = 0;
      }
    }

    void finish() throws IOException {
      emit();
      sink.writeUtf8("0\r\n");
      sink.flush();
    }
  }
}
