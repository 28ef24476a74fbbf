package fr.spsplus.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.client.ApiKey;
import fr.spsplus.client.AppInfo;
import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.Credentials;
import fr.spsplus.client.InvalidRequestException;
import fr.spsplus.client.NotFoundException;
import fr.spsplus.client.RateLimit;
import fr.spsplus.client.RateLimitedException;
import fr.spsplus.client.RequestOptions;
import fr.spsplus.client.RetryPolicy;
import fr.spsplus.client.ServerException;
import fr.spsplus.client.SpsplusClientException;
import fr.spsplus.client.SpsplusServiceException;
import fr.spsplus.client.testing.MaxRandom;
import fr.spsplus.client.testing.RecordingSleeper;
import fr.spsplus.client.testing.SettableClock;
import fr.spsplus.core.SpsplusVersion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The transport against a real loopback server, asserting on the requests it recorded. */
class HttpTransportTest {

  private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");

  @StartStop final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeEach
  void failFastWhenNothingIsQueued() {
    ((QueueDispatcher) server.getDispatcher()).setFailFast(true);
  }

  private final SettableClock clock = new SettableClock(NOW);

  private RetryPolicy.Builder retry() {
    return RetryPolicy.builder().sleeper(sleeper).random(() -> new MaxRandom(false));
  }

  private HttpTransport transport(Credentials credentials, ClientOptions.Builder options) {
    return HttpTransport.create(
        server.url("/api/v1/").toString(), "baseUrl", credentials, options.clock(clock).build());
  }

  private HttpTransport transport() {
    return transport(Credentials.none(), ClientOptions.builder().retryPolicy(retry().build()));
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder()
        .code(code)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).build();
  }

  private static MockResponse dropAfterRequest() {
    return new MockResponse.Builder()
        .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
        .build();
  }

  private List<RecordedRequest> recorded(int count) throws InterruptedException {
    List<RecordedRequest> requests = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("request %d", i + 1).isNotNull();
      requests.add(request);
    }
    return requests;
  }

  // --- identity and URL building -------------------------------------------------------------

  @Test
  void getSendsUserAgentAcceptAndNoIdempotencyKey() throws Exception {
    server.enqueue(json(200, "{\"ok\":true}"));
    ClientOptions.Builder options =
        ClientOptions.builder()
            .retryPolicy(retry().build())
            .appInfo(new AppInfo("tableau-de-bord", "2.1", "https://example.gouv.fr"));
    try (HttpTransport transport = transport(Credentials.none(), options)) {
      HttpResult result =
          transport.execute(HttpCall.get("catalog", "datasets").query("limit", 10).build());

      assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("{\"ok\":true}");
      assertThat(result.metadata().statusCode()).isEqualTo(200);
      assertThat(result.metadata().attempts()).isEqualTo(1);
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/api/v1/catalog/datasets");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("10");
    assertThat(request.getHeaders().get("User-Agent"))
        .isEqualTo(
            "spsplus-java/"
                + SpsplusVersion.version()
                + " Java/"
                + System.getProperty("java.version")
                + " tableau-de-bord/2.1 (+https://example.gouv.fr)");
    assertThat(request.getHeaders().get("Accept")).isEqualTo("application/json");
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
  }

  @Test
  void queryValuesAndPathSegmentsAreEncoded() throws Exception {
    server.enqueue(json(200, "{}"));
    try (HttpTransport transport = transport()) {
      transport.execute(
          HttpCall.get("datasets", "a b/c")
              .query("where", "\"IND-27\" AND valeur >= 50 & x=1+2 #é")
              .query("refine", "actif:Oui")
              .query("refine", "frequence:annuelle")
              .build());
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getTarget())
        .isEqualTo(
            "/api/v1/datasets/a%20b%2Fc"
                + "?where=%22IND-27%22%20AND%20valeur%20%3E%3D%2050%20%26%20x%3D1%2B2%20%23%C3%A9"
                + "&refine=actif%3AOui&refine=frequence%3Aannuelle");
    assertThat(request.getUrl().queryParameter("where"))
        .isEqualTo("\"IND-27\" AND valeur >= 50 & x=1+2 #é");
  }

  @Test
  void pathsResolvedOnceGiveTheSameUrlsAsBeforeAndBeyondTheCache() throws Exception {
    try (HttpTransport transport = transport()) {
      // Query-less paths are resolved once and kept (at most 256); the rest on every call.
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < 300; i++) {
          assertThat(transport.pathOf(HttpCall.get("experiences", "id " + i).build()))
              .isEqualTo("/api/v1/experiences/id%20" + i);
        }
      }
      server.enqueue(json(200, "{}"));
      server.enqueue(json(200, "{}"));
      transport.execute(HttpCall.post("experiences").jsonBody(Map.of()).build());
      transport.execute(HttpCall.post("experiences").query("dry", true).jsonBody(Map.of()).build());
    }
    assertThat(recorded(2))
        .extracting(RecordedRequest::getTarget)
        .containsExactly("/api/v1/experiences", "/api/v1/experiences?dry=true");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json",
        "application/json; charset=utf-8",
        "application/problem+json; charset=UTF-8",
        "not a media type",
        "-"
      })
  void theAnswersMediaTypeIsTheHeaderWhenItParses(String header) {
    MockResponse.Builder answer = new MockResponse.Builder().code(200).body("{}");
    if (!header.equals("-")) {
      answer.setHeader("Content-Type", header);
    }
    server.enqueue(answer.build());
    try (HttpTransport transport = transport()) {
      HttpResult result = transport.execute(HttpCall.get("catalog").build());
      assertThat(result.contentType())
          .isEqualTo(okhttp3.MediaType.parse(header) == null ? null : header);
    }
  }

  @Test
  void dotSegmentsAreRefused() {
    assertThatThrownBy(() -> HttpCall.get("..")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> HttpCall.get(".")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void extraHeadersAreSent() throws Exception {
    server.enqueue(json(200, "{}"));
    try (HttpTransport transport = transport()) {
      transport.execute(
          HttpCall.get("x")
              .options(RequestOptions.builder().header("X-Correlation-Id", "abc-123").build())
              .build());
    }
    assertThat(server.takeRequest().getHeaders().get("X-Correlation-Id")).isEqualTo("abc-123");
  }

  // --- idempotency keys ----------------------------------------------------------------------

  @Test
  void postCarriesOneGeneratedKeyReusedOnEveryRetry() throws Exception {
    server.enqueue(status(503));
    server.enqueue(dropAfterRequest());
    server.enqueue(json(201, "{\"id\":7}"));
    try (HttpTransport transport = transport()) {
      HttpResult result =
          transport.execute(HttpCall.post("answers").jsonBody(Map.of("score", 9)).build());
      assertThat(result.metadata().statusCode()).isEqualTo(201);
      assertThat(result.metadata().attempts()).isEqualTo(3);
    }
    List<RecordedRequest> requests = recorded(3);
    String key = requests.get(0).getHeaders().get("Idempotency-Key");
    assertThat(key).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(requests)
        .allSatisfy(r -> assertThat(r.getHeaders().get("Idempotency-Key")).isEqualTo(key));
    assertThat(requests).allSatisfy(r -> assertThat(r.getBody().utf8()).isEqualTo("{\"score\":9}"));
    assertThat(requests.get(0).getHeaders().get("Content-Type"))
        .isEqualTo("application/json; charset=utf-8");
  }

  @Test
  void twoLogicalCallsGetTwoKeys() throws Exception {
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));
    try (HttpTransport transport = transport()) {
      transport.execute(HttpCall.post("answers").jsonBody(Map.of()).build());
      transport.execute(HttpCall.post("answers").jsonBody(Map.of()).build());
    }
    List<RecordedRequest> requests = recorded(2);
    assertThat(requests.get(0).getHeaders().get("Idempotency-Key"))
        .isNotEqualTo(requests.get(1).getHeaders().get("Idempotency-Key"));
  }

  @Test
  void callerSuppliedKeyWins() throws Exception {
    server.enqueue(status(502));
    server.enqueue(json(200, "{}"));
    try (HttpTransport transport = transport()) {
      transport.execute(
          HttpCall.post("answers")
              .jsonBody(Map.of())
              .options(RequestOptions.builder().idempotencyKey("answer-2026-0042").build())
              .build());
    }
    assertThat(recorded(2))
        .extracting(r -> r.getHeaders().get("Idempotency-Key"))
        .containsExactly("answer-2026-0042", "answer-2026-0042");
  }

  @Test
  void postWithoutKeyIsNeverRetriedOnAnyStatus() throws Exception {
    for (int status : new int[] {408, 429, 500, 502, 503, 504}) {
      server.enqueue(status(status));
      server.enqueue(json(200, "{}"));
      try (HttpTransport transport = transport()) {
        SpsplusServiceException e =
            catchThrowableOfType(
                SpsplusServiceException.class,
                () ->
                    transport.execute(
                        HttpCall.post("answers")
                            .jsonBody(Map.of())
                            .options(RequestOptions.withoutIdempotencyKey())
                            .build()));
        assertThat(e.statusCode()).isEqualTo(status);
        assertThat(e.error().attempts()).isEqualTo(1);
      }
      RecordedRequest request = server.takeRequest();
      assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
      // Drain the unused 200 so that the next round starts clean.
      server.enqueue(json(200, "{}"));
      try (HttpTransport transport = transport()) {
        transport.execute(HttpCall.get("drain").build());
        transport.execute(HttpCall.get("drain").build());
      }
      server.takeRequest();
      server.takeRequest();
    }
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void postWithoutKeyIsNotRetriedAfterTheConnectionDropsOnceTheRequestWasRead() throws Exception {
    server.enqueue(dropAfterRequest());
    server.enqueue(json(200, "{}"));
    try (HttpTransport transport = transport()) {
      SpsplusClientException e =
          catchThrowableOfType(
              SpsplusClientException.class,
              () ->
                  transport.execute(
                      HttpCall.post("answers")
                          .jsonBody(Map.of("a", 1))
                          .options(RequestOptions.withoutIdempotencyKey())
                          .build()));
      assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.CONNECTION);
      assertThat(e.attempts()).isEqualTo(1);
    }
    // The server did read the request: retrying could have acted twice.
    RecordedRequest request = server.takeRequest();
    assertThat(request.getBody().utf8()).isEqualTo("{\"a\":1}");
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "DELETE", "POST-with-key"})
  void safeCallsAreRetriedAfterTheConnectionDropsOnceTheRequestWasRead(String kind)
      throws Exception {
    server.enqueue(dropAfterRequest());
    server.enqueue(json(200, "{}"));
    try (HttpTransport transport = transport()) {
      HttpResult result = transport.execute(call(kind));
      assertThat(result.metadata().attempts()).isEqualTo(2);
    }
    assertThat(recorded(2)).extracting(RecordedRequest::getMethod).containsOnly(method(kind));
    assertThat(sleeper.waits()).containsExactly(Duration.ofMillis(500));
  }

  private static HttpCall call(String kind) {
    return switch (kind) {
      case "GET" -> HttpCall.get("r").build();
      case "PUT" -> HttpCall.put("r").jsonBody(Map.of("v", 1)).build();
      case "DELETE" -> HttpCall.delete("r").build();
      case "POST-with-key" -> HttpCall.post("r").jsonBody(Map.of("v", 1)).build();
      case "POST-without-key" ->
          HttpCall.post("r")
              .jsonBody(Map.of("v", 1))
              .options(RequestOptions.withoutIdempotencyKey())
              .build();
      default -> throw new IllegalArgumentException(kind);
    };
  }

  private static String method(String kind) {
    return kind.startsWith("POST") ? "POST" : kind;
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "PUT", "DELETE", "POST-with-key", "POST-without-key"})
  void status500IsRetriedOnlyForIdempotentCalls(String kind) throws Exception {
    server.enqueue(status(500));
    server.enqueue(json(200, "{}"));
    try (HttpTransport transport = transport()) {
      if (kind.equals("POST-without-key")) {
        assertThatThrownBy(() -> transport.execute(call(kind))).isInstanceOf(ServerException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
      } else {
        assertThat(transport.execute(call(kind)).metadata().attempts()).isEqualTo(2);
        assertThat(server.getRequestCount()).isEqualTo(2);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422, 501})
  void otherStatusesAreNotRetried(int status) {
    server.enqueue(status(status));
    try (HttpTransport transport = transport()) {
      assertThatThrownBy(() -> transport.execute(HttpCall.get("r").build()))
          .isInstanceOf(SpsplusServiceException.class);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // --- backoff and Retry-After ---------------------------------------------------------------

  @Test
  void backoffIsFullJitterExponentialWithTheInjectedRandomSource() throws Exception {
    for (int i = 0; i < 4; i++) {
      server.enqueue(status(503));
    }
    RetryPolicy policy =
        retry()
            .maxAttempts(4)
            .baseDelay(Duration.ofMillis(300))
            .maxBackoff(Duration.ofMillis(1000))
            .build();
    try (HttpTransport transport =
        transport(Credentials.none(), ClientOptions.builder().retryPolicy(policy))) {
      ServerException e =
          catchThrowableOfType(
              ServerException.class, () -> transport.execute(HttpCall.get("r").build()));
      assertThat(e.error().attempts()).isEqualTo(4);
    }
    // With the largest draw: 300, 600, then 1200 capped at 1000.
    assertThat(sleeper.waits())
        .containsExactly(Duration.ofMillis(300), Duration.ofMillis(600), Duration.ofMillis(1000));
  }

  @Test
  void retryAfterInSecondsIsObeyed() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build());
    server.enqueue(json(200, "{}"));
    try (HttpTransport transport = transport()) {
      transport.execute(HttpCall.get("r").build());
    }
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterAsHttpDateIsObeyedWithTheInjectedClock() throws Exception {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(12).atOffset(ZoneOffset.UTC));
    server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", date).build());
    server.enqueue(json(200, "{}"));
    try (HttpTransport transport = transport()) {
      transport.execute(HttpCall.get("r").build());
    }
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(12));
  }

  @Test
  void retryAfterBeyondTheCapFailsAtOnceWithTheDelay() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600").build());
    server.enqueue(json(200, "{}"));
    try (HttpTransport transport = transport()) {
      RateLimitedException e =
          catchThrowableOfType(
              RateLimitedException.class, () -> transport.execute(HttpCall.get("r").build()));
      assertThat(e.retryAfter()).contains(Duration.ofHours(1));
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void exhaustedRetriesThrowTheLastAnswerWithItsFacts() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(
          new MockResponse.Builder()
              .code(503)
              .setHeader("X-Request-Id", "req-" + i)
              .setHeader("X-RateLimit-Limit", "100")
              .setHeader("X-RateLimit-Remaining", "0")
              .setHeader("X-RateLimit-Reset", "30")
              .build());
    }
    try (HttpTransport transport = transport()) {
      ServerException e =
          catchThrowableOfType(
              ServerException.class, () -> transport.execute(HttpCall.get("r").build()));
      assertThat(e.statusCode()).isEqualTo(503);
      assertThat(e.requestId()).contains("req-2");
      assertThat(e.error().attempts()).isEqualTo(3);
      assertThat(e.rateLimit()).contains(new RateLimit(100, 0, NOW.plusSeconds(30)));
      assertThat(e.getMessage())
          .isEqualTo(
              "GET /api/v1/r : erreur du service (statut 503 ; code : aucun ; identifiant de"
                  + " requête : req-2).");
    }
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void interruptedWaitStopsTheCallAndKeepsTheInterruptFlag() {
    server.enqueue(status(503));
    RetryPolicy policy =
        RetryPolicy.builder()
            .sleeper(
                d -> {
                  throw new InterruptedException();
                })
            .build();
    try (HttpTransport transport =
        transport(Credentials.none(), ClientOptions.builder().retryPolicy(policy))) {
      SpsplusClientException e =
          catchThrowableOfType(
              SpsplusClientException.class, () -> transport.execute(HttpCall.get("r").build()));
      assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.INTERRUPTED);
      assertThat(Thread.interrupted()).isTrue();
    }
  }

  // --- timeouts and size limit ---------------------------------------------------------------

  @Test
  void perCallTimeoutOverridesTheClientTimeout() {
    server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
    try (HttpTransport transport =
        transport(Credentials.none(), ClientOptions.builder().retryPolicy(RetryPolicy.none()))) {
      SpsplusClientException e =
          catchThrowableOfType(
              SpsplusClientException.class,
              () ->
                  transport.execute(
                      HttpCall.get("slow")
                          .options(RequestOptions.builder().timeout(Duration.ofMillis(200)).build())
                          .build()));
      assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.TIMEOUT);
      assertThat(e.getMessage())
          .isEqualTo(
              "GET /api/v1/slow : aucune réponse utilisable (délai dépassé) après 1 tentative.");
      assertThat(e.getMessage(Locale.ENGLISH))
          .isEqualTo("GET /api/v1/slow: no usable answer (timed out) after 1 attempt.");
    }
  }

  @Test
  void theCallTimeoutBoundsBufferedAnswersButNotStreamedOnes() {
    // The body arrives 300 ms after the headers; the call timeout is 100 ms.
    MockResponse slowBody =
        new MockResponse.Builder()
            .body("line 1\nline 2\n")
            .bodyDelay(300, TimeUnit.MILLISECONDS)
            .build();
    server.enqueue(slowBody);
    server.enqueue(slowBody);
    ClientOptions.Builder options =
        ClientOptions.builder().callTimeout(Duration.ofMillis(100)).retryPolicy(RetryPolicy.none());
    try (HttpTransport transport = transport(Credentials.none(), options)) {
      SpsplusClientException e =
          catchThrowableOfType(
              SpsplusClientException.class, () -> transport.execute(HttpCall.get("x").build()));
      assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.TIMEOUT);
      try (StreamedResponse lines = transport.open(HttpCall.get("x").streamed().build())) {
        assertThat(lines.nextLine()).isEqualTo("line 1");
        assertThat(lines.nextLine()).isEqualTo("line 2");
        assertThat(lines.nextLine()).isNull();
      }
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void bodiesAboveTheLimitAreRefused(boolean chunked) {
    String big = "x".repeat(5000);
    MockResponse.Builder response = new MockResponse.Builder().code(200);
    if (chunked) {
      response.chunkedBody(big, 512);
    } else {
      response.body(big);
    }
    server.enqueue(response.build());
    ClientOptions.Builder options =
        ClientOptions.builder().retryPolicy(retry().build()).maxResponseBytes(4096);
    try (HttpTransport transport = transport(Credentials.none(), options)) {
      SpsplusClientException e =
          catchThrowableOfType(
              SpsplusClientException.class, () -> transport.execute(HttpCall.get("big").build()));
      assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.RESPONSE_TOO_LARGE);
      assertThat(e.getMessage()).contains("4096 octets");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void bodiesAtTheLimitAreAccepted() {
    server.enqueue(new MockResponse.Builder().body("y".repeat(4096)).build());
    ClientOptions.Builder options =
        ClientOptions.builder().retryPolicy(retry().build()).maxResponseBytes(4096);
    try (HttpTransport transport = transport(Credentials.none(), options)) {
      assertThat(transport.execute(HttpCall.get("big").build()).body()).hasSize(4096);
    }
  }

  // --- errors --------------------------------------------------------------------------------

  @Test
  void opendatasoftBadRequestIsMappedWithoutEchoingTheServiceText() {
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .setHeader("Content-Type", "application/json")
            .setHeader("X-Request-Id", "f00d")
            .body(
                "{\"error_code\": \"InvalidRESTParameterError\", \"message\": \"Invalid value for"
                    + " limit API parameter: 1473 was found but -1 <= limit <= 100 is expected.\"}")
            .build());
    try (HttpTransport transport = transport()) {
      InvalidRequestException e =
          catchThrowableOfType(
              InvalidRequestException.class,
              () -> transport.execute(HttpCall.get("records").query("limit", 1473).build()));
      assertThat(e.errorCode()).contains("InvalidRESTParameterError");
      assertThat(e.error().serviceMessage()).startsWith("Invalid value for limit API parameter");
      assertThat(e.getMessage())
          .isEqualTo(
              "GET /api/v1/records : requête refusée par le service (statut 400 ; code :"
                  + " InvalidRESTParameterError ; identifiant de requête : f00d).");
      assertThat(e.getMessage(Locale.ENGLISH))
          .isEqualTo(
              "GET /api/v1/records: request refused by the service (status 400; code:"
                  + " InvalidRESTParameterError; request id: f00d).");
      assertThat(e.getMessage()).doesNotContain("1473");
    }
  }

  @Test
  void aRedirectIsNotFollowedButReportedWithItsStatus() {
    server.enqueue(
        new MockResponse.Builder()
            .code(307)
            .setHeader("Location", "http://elsewhere.example/api/v1/experiences")
            .build());
    try (HttpTransport transport = transport()) {
      SpsplusServiceException e =
          catchThrowableOfType(
              SpsplusServiceException.class,
              () -> transport.execute(HttpCall.get("records").build()));
      assertThat(e.statusCode()).isEqualTo(307);
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void notFoundIsMapped() {
    server.enqueue(json(404, "<html>not json</html>"));
    try (HttpTransport transport = transport()) {
      NotFoundException e =
          catchThrowableOfType(
              NotFoundException.class, () -> transport.execute(HttpCall.get("nope").build()));
      assertThat(e.errorCode()).isEmpty();
      assertThat(e.requestId()).isEmpty();
    }
  }

  @Test
  void quotaBodyGivesTheResetTimeAndFailsAtOnceWhenTheResetIsFar() {
    server.enqueue(
        json(
            429,
            "{\"errorcode\": 10002, \"reset_time\": \"2026-03-03T00:00:00Z\", \"limit_time_unit\":"
                + " \"day\", \"call_limit\": 10000, \"error\": \"Too many requests on the domain."
                + " Please contact the domain administrator.\"}"));
    try (HttpTransport transport = transport()) {
      RateLimitedException e =
          catchThrowableOfType(
              RateLimitedException.class, () -> transport.execute(HttpCall.get("records").build()));
      assertThat(e.errorCode()).contains("10002");
      assertThat(e.resetTime()).contains(Instant.parse("2026-03-03T00:00:00Z"));
      assertThat(e.quota().orElseThrow().callLimit()).isEqualTo(10_000L);
      assertThat(e.quota().orElseThrow().period()).isEqualTo("day");
      assertThat(e.retryAfter())
          .contains(Duration.between(NOW, Instant.parse("2026-03-03T00:00:00Z")));
      assertThat(e.error().serviceMessage()).startsWith("Too many requests");
    }
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void quotaResettingSoonIsWaitedFor() {
    server.enqueue(json(429, "{\"errorcode\": 10002, \"reset_time\": \"2026-03-02T10:15:45Z\"}"));
    server.enqueue(json(200, "{}"));
    try (HttpTransport transport = transport()) {
      transport.execute(HttpCall.get("records").build());
    }
    assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(15));
  }

  @Test
  void rateLimitHeadersAreExposedOnSuccess() {
    server.enqueue(
        new MockResponse.Builder()
            .body("{}")
            .setHeader("X-RateLimit-Limit", "10000")
            .setHeader("X-RateLimit-Remaining", "9998")
            .setHeader("X-RateLimit-Reset", "1772496000")
            .setHeader("X-Request-Id", "abc")
            .build());
    try (HttpTransport transport = transport()) {
      HttpResult result = transport.execute(HttpCall.get("r").build());
      assertThat(result.metadata().rateLimit())
          .isEqualTo(new RateLimit(10_000, 9_998, Instant.ofEpochSecond(1_772_496_000L)));
      assertThat(result.metadata().requestId()).isEqualTo("abc");
    }
  }

  @Test
  void undecodableBodyIsADecodeFailure() {
    server.enqueue(json(200, "{\"unterminated\": "));
    try (HttpTransport transport = transport()) {
      HttpResult result = transport.execute(HttpCall.get("r").build());
      SpsplusClientException e = catchThrowableOfType(SpsplusClientException.class, result::tree);
      assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.DECODE);
    }
  }

  // --- credentials ---------------------------------------------------------------------------

  @Test
  void apiKeyInQueryOrHeader() throws Exception {
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));
    ClientOptions.Builder options = ClientOptions.builder().retryPolicy(retry().build());
    try (HttpTransport t = transport(ApiKey.opendatasoft("k-123"), options)) {
      t.execute(HttpCall.get("r").query("limit", 1).build());
    }
    try (HttpTransport t = transport(ApiKey.authorization("Apikey", "k-456"), options)) {
      t.execute(HttpCall.get("r").build());
    }
    try (HttpTransport t = transport(ApiKey.header("X-Api-Key", "k-789"), options)) {
      t.execute(HttpCall.get("r").build());
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/r?limit=1&apikey=k-123");
    assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Apikey k-456");
    assertThat(server.takeRequest().getHeaders().get("X-Api-Key")).isEqualTo("k-789");
  }

  // --- lifecycle -----------------------------------------------------------------------------

  @Test
  void closeReleasesOnlyAnOkHttpClientItCreated() {
    OkHttpClient shared = new OkHttpClient();
    try {
      HttpTransport borrowing =
          transport(
              Credentials.none(),
              ClientOptions.builder().okHttpClient(shared).retryPolicy(retry().build()));
      borrowing.close();
      assertThat(shared.dispatcher().executorService().isShutdown()).isFalse();
      assertThatThrownBy(() -> borrowing.execute(HttpCall.get("r").build()))
          .isInstanceOf(IllegalStateException.class);

      HttpTransport owning = transport();
      owning.close();
      owning.close();
      assertThat(owning.isClosed()).isTrue();
    } finally {
      shared.dispatcher().executorService().shutdown();
    }
  }
}
