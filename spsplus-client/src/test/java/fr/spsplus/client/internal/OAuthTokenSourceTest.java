package fr.spsplus.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.client.AuthenticationException;
import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.OAuthClientCredentials;
import fr.spsplus.client.OAuthClientCredentials.ClientAuthentication;
import fr.spsplus.client.RequestOptions;
import fr.spsplus.client.RetryPolicy;
import fr.spsplus.client.SpsplusClientException;
import fr.spsplus.client.testing.MaxRandom;
import fr.spsplus.client.testing.RecordingSleeper;
import fr.spsplus.client.testing.SettableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/** OAuth 2.0 client credentials against a loopback token endpoint and API. */
class OAuthTokenSourceTest {

  private static final Instant NOW = Instant.parse("2026-03-02T10:15:30Z");
  private static final String SECRET = "s3cr:t/é";

  @StartStop final MockWebServer server = new MockWebServer();

  private final SettableClock clock = new SettableClock(NOW);
  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final AtomicInteger tokenRequests = new AtomicInteger();
  private final AtomicInteger apiRequests = new AtomicInteger();
  private final Queue<RecordedRequest> tokenCalls = new ConcurrentLinkedQueue<>();
  private final Queue<RecordedRequest> apiCalls = new ConcurrentLinkedQueue<>();

  /** Routes /oauth/token and /api/** to two scripts. */
  private void serve(
      Function<Integer, MockResponse> tokenAnswer, Function<RecordedRequest, MockResponse> api) {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            if (request.getUrl().encodedPath().equals("/oauth/token")) {
              tokenCalls.add(request);
              return tokenAnswer.apply(tokenRequests.incrementAndGet());
            }
            apiCalls.add(request);
            apiRequests.incrementAndGet();
            return api.apply(request);
          }
        });
  }

  private static MockResponse token(String value, Integer expiresIn) {
    String expiry = expiresIn == null ? "" : ", \"expires_in\": " + expiresIn;
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json")
        .body("{\"access_token\": \"" + value + "\", \"token_type\": \"Bearer\"" + expiry + "}")
        .build();
  }

  private static MockResponse ok() {
    return new MockResponse.Builder().body("{}").build();
  }

  private OAuthClientCredentials.Builder credentials() {
    return OAuthClientCredentials.builder()
        .tokenEndpoint(server.url("/oauth/token").toString())
        .clientId("client-id")
        .clientSecret(SECRET)
        .scopes("experiences:write", "reports:read");
  }

  private HttpTransport transport(OAuthClientCredentials credentials) {
    return HttpTransport.create(
        server.url("/api/").toString(),
        "baseUrl",
        credentials,
        ClientOptions.builder()
            .clock(clock)
            .retryPolicy(
                RetryPolicy.builder().sleeper(sleeper).random(() -> new MaxRandom(true)).build())
            .build());
  }

  private static String bearer(RecordedRequest request) {
    return request.getHeaders().get("Authorization");
  }

  @Test
  void tokenIsFetchedOnceWithBasicAuthenticationAndReused() {
    serve(n -> token("tok-" + n, 3600), r -> ok());
    try (HttpTransport transport = transport(credentials().build())) {
      transport.execute(HttpCall.get("r").build());
      transport.execute(HttpCall.get("r").build());
    }
    assertThat(tokenRequests).hasValue(1);
    assertThat(apiCalls).extracting(OAuthTokenSourceTest::bearer).containsOnly("Bearer tok-1");
    RecordedRequest tokenCall = tokenCalls.peek();
    assertThat(tokenCall.getMethod()).isEqualTo("POST");
    assertThat(tokenCall.getHeaders().get("Content-Type"))
        .startsWith("application/x-www-form-urlencoded");
    assertThat(tokenCall.getHeaders().get("Authorization"))
        .isEqualTo(
            okhttp3.Credentials.basic("client-id", "s3cr%3At%2F%C3%A9", StandardCharsets.UTF_8));
    assertThat(tokenCall.getHeaders().get("Idempotency-Key")).isNull();
    HttpUrl form = HttpUrl.get("http://x/?" + tokenCall.getBody().utf8());
    assertThat(form.queryParameter("grant_type")).isEqualTo("client_credentials");
    assertThat(form.queryParameter("scope")).isEqualTo("experiences:write reports:read");
    assertThat(form.queryParameter("client_secret")).isNull();
  }

  @Test
  void clientSecretPostPutsTheCredentialsInTheForm() {
    serve(n -> token("tok-" + n, 3600), r -> ok());
    OAuthClientCredentials creds =
        credentials().clientAuthentication(ClientAuthentication.CLIENT_SECRET_POST).build();
    try (HttpTransport transport = transport(creds)) {
      transport.execute(HttpCall.get("r").build());
    }
    RecordedRequest tokenCall = tokenCalls.peek();
    assertThat(tokenCall.getHeaders().get("Authorization")).isNull();
    HttpUrl form = HttpUrl.get("http://x/?" + tokenCall.getBody().utf8());
    assertThat(form.queryParameter("client_id")).isEqualTo("client-id");
    assertThat(form.queryParameter("client_secret")).isEqualTo(SECRET);
  }

  @Test
  void aTokenThatCannotBeSentInAHeaderIsADecodingFailure() {
    // Found by ClientDecodersFuzzTest#oauthTokenResponses: a token holding a control character
    // made OkHttp refuse the Authorization header with an undocumented IllegalArgumentException.
    serve(n -> token("tok\u007f" + n, 3600), r -> ok());
    try (HttpTransport transport = transport(credentials().build())) {
      SpsplusClientException e =
          catchThrowableOfType(
              SpsplusClientException.class, () -> transport.execute(HttpCall.get("r").build()));
      assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.DECODE);
    }
    assertThat(apiRequests).hasValue(0);
  }

  @Test
  void aTokenAnswerOverTheFixedCapIsTooLargeAndSaysWhichLimit() {
    serve(n -> token("t".repeat(ErrorBody.MAX_BYTES), 3600), r -> ok());
    try (HttpTransport transport = transport(credentials().build())) {
      SpsplusClientException e =
          catchThrowableOfType(
              SpsplusClientException.class, () -> transport.execute(HttpCall.get("r").build()));
      assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.RESPONSE_TOO_LARGE);
      assertThat(e.getMessage(java.util.Locale.ENGLISH))
          .contains("response larger than 65536 bytes, the fixed limit of this endpoint")
          .doesNotContain("maxResponseBytes");
      assertThat(e.getMessage()).contains("la limite fixe de ce point d’accès");
    }
    assertThat(apiRequests).hasValue(0);
  }

  @Test
  void anAbsurdlyLongLifetimeIsTakenAsNoExpiryInsteadOfOverflowing() {
    // Found by ClientDecodersFuzzTest#oauthTokenResponses: "expires_in": 9223372036854775807 made
    // Instant.plus throw ArithmeticException out of the call.
    serve(
        n ->
            new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body(
                    "{\"access_token\": \"tok-"
                        + n
                        + "\", \"token_type\": \"Bearer\", \"expires_in\": "
                        + Long.MAX_VALUE
                        + "}")
                .build(),
        r -> ok());
    try (HttpTransport transport = transport(credentials().build())) {
      transport.execute(HttpCall.get("r").build());
      clock.advance(Duration.ofDays(3650));
      transport.execute(HttpCall.get("r").build());
    }
    assertThat(tokenRequests).hasValue(1);
    assertThat(apiCalls).extracting(OAuthTokenSourceTest::bearer).containsOnly("Bearer tok-1");
  }

  @Test
  void tokenIsRenewedBeforeExpiryWithTheSkew() {
    serve(n -> token("tok-" + n, 600), r -> ok());
    try (HttpTransport transport = transport(credentials().build())) {
      transport.execute(HttpCall.get("r").build());
      clock.advance(Duration.ofSeconds(539)); // 600 s life - 60 s skew: still usable
      transport.execute(HttpCall.get("r").build());
      clock.advance(Duration.ofSeconds(1)); // reaches the refresh point
      transport.execute(HttpCall.get("r").build());
    }
    assertThat(apiCalls)
        .extracting(OAuthTokenSourceTest::bearer)
        .containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-2");
  }

  @Test
  void shortLivedTokensAreRenewedAtHalfTheirLife() {
    serve(n -> token("tok-" + n, 60), r -> ok());
    try (HttpTransport transport = transport(credentials().build())) {
      transport.execute(HttpCall.get("r").build());
      clock.advance(Duration.ofSeconds(29));
      transport.execute(HttpCall.get("r").build());
      clock.advance(Duration.ofSeconds(1));
      transport.execute(HttpCall.get("r").build());
    }
    assertThat(apiCalls)
        .extracting(OAuthTokenSourceTest::bearer)
        .containsExactly("Bearer tok-1", "Bearer tok-1", "Bearer tok-2");
  }

  @Test
  void eightConcurrentCallersCauseExactlyOneTokenRequest() throws Exception {
    int threads = 8;
    List<Thread> workers = new CopyOnWriteArrayList<>();
    serve(
        n -> {
          // Answer only once the 7 other callers are parked waiting for this refresh.
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
          while (parked(workers) < threads - 1 && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
          }
          return token("tok-" + n, 3600);
        },
        r -> ok());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (HttpTransport transport = transport(credentials().build())) {
      CyclicBarrier start = new CyclicBarrier(threads);
      List<Future<?>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(
            pool.submit(
                () -> {
                  workers.add(Thread.currentThread());
                  start.await();
                  return transport.execute(HttpCall.get("r").build());
                }));
      }
      for (Future<?> result : results) {
        result.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(tokenRequests).hasValue(1);
    assertThat(apiRequests).hasValue(threads);
    assertThat(apiCalls).extracting(OAuthTokenSourceTest::bearer).containsOnly("Bearer tok-1");
  }

  private static int parked(List<Thread> workers) {
    int count = 0;
    for (Thread worker : workers) {
      Thread.State state = worker.getState();
      if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING) {
        count++;
      }
    }
    return count;
  }

  @Test
  void a401ForcesOneRefreshAndOneReplayEvenForAPostWithoutKey() {
    serve(
        n -> token("tok-" + n, 3600),
        r ->
            "Bearer tok-1".equals(bearer(r))
                ? new MockResponse.Builder().code(401).build()
                : new MockResponse.Builder().code(201).body("{}").build());
    try (HttpTransport transport = transport(credentials().build())) {
      HttpResult result =
          transport.execute(
              HttpCall.post("answers")
                  .jsonBody(Map.of("v", 1))
                  .options(RequestOptions.withoutIdempotencyKey())
                  .build());
      assertThat(result.metadata().statusCode()).isEqualTo(201);
    }
    assertThat(tokenRequests).hasValue(2);
    assertThat(apiCalls)
        .extracting(OAuthTokenSourceTest::bearer)
        .containsExactly("Bearer tok-1", "Bearer tok-2");
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void aSecond401IsAnAuthenticationError() {
    serve(n -> token("tok-" + n, 3600), r -> new MockResponse.Builder().code(401).build());
    try (HttpTransport transport = transport(credentials().build())) {
      AuthenticationException e =
          catchThrowableOfType(
              AuthenticationException.class, () -> transport.execute(HttpCall.get("r").build()));
      assertThat(e.statusCode()).isEqualTo(401);
    }
    assertThat(tokenRequests).hasValue(2);
    assertThat(apiRequests).hasValue(2);
  }

  @Test
  void tokenWithoutExpiryIsKeptUntilRejected() {
    serve(n -> token("tok-" + n, null), r -> ok());
    try (HttpTransport transport = transport(credentials().build())) {
      transport.execute(HttpCall.get("r").build());
      clock.advance(Duration.ofDays(30));
      transport.execute(HttpCall.get("r").build());
    }
    assertThat(tokenRequests).hasValue(1);
  }

  @Test
  void rejectedClientCredentialsAreAnAuthenticationErrorAndNoApiCallIsMade() {
    serve(
        n ->
            new MockResponse.Builder()
                .code(400)
                .setHeader("Content-Type", "application/json")
                .body("{\"error\": \"invalid_client\", \"error_description\": \"Unknown client\"}")
                .build(),
        r -> ok());
    try (HttpTransport transport = transport(credentials().build())) {
      AuthenticationException e =
          catchThrowableOfType(
              AuthenticationException.class, () -> transport.execute(HttpCall.get("r").build()));
      assertThat(e.errorCode()).contains("invalid_client");
      assertThat(e.error().serviceMessage()).isEqualTo("Unknown client");
      assertThat(e.error().path()).isEqualTo("/oauth/token");
    }
    assertThat(tokenRequests).hasValue(1);
    assertThat(apiRequests).hasValue(0);
  }

  @Test
  void tokenRequestsAreRetriedAsSafeCalls() {
    serve(
        n -> n == 1 ? new MockResponse.Builder().code(503).build() : token("tok-" + n, 3600),
        r -> ok());
    try (HttpTransport transport = transport(credentials().build())) {
      transport.execute(HttpCall.get("r").build());
    }
    assertThat(tokenRequests).hasValue(2);
    assertThat(sleeper.waits()).hasSize(1);
    assertThat(apiCalls).extracting(OAuthTokenSourceTest::bearer).containsOnly("Bearer tok-2");
  }

  @Test
  void unsupportedTokenTypeIsADecodeFailure() {
    serve(
        n ->
            new MockResponse.Builder()
                .body("{\"access_token\": \"t\", \"token_type\": \"mac\"}")
                .build(),
        r -> ok());
    try (HttpTransport transport = transport(credentials().build())) {
      SpsplusClientException e =
          catchThrowableOfType(
              SpsplusClientException.class, () -> transport.execute(HttpCall.get("r").build()));
      assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.DECODE);
    }
    assertThat(apiRequests).hasValue(0);
  }
}
