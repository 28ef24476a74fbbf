package fr.spsplus.testkit;

import fr.spsplus.client.ApiKey;
import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.Credentials;
import fr.spsplus.client.OAuthClientCredentials;
import fr.spsplus.client.RetryPolicy;
import fr.spsplus.client.Sleeper;
import fr.spsplus.client.opendata.OpenDataClient;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.client.platform.PlatformEvent;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.experience.ComplexDocumentReport;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.RejectionReason;
import fr.spsplus.core.experience.StructureAnswer;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.indicator.IndicatorId;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.privacy.PersonalDataDetector;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.testkit.fault.Fault;
import fr.spsplus.testkit.fault.RandomFaults;
import fr.spsplus.testkit.fault.Route;
import fr.spsplus.testkit.internal.AuthServer;
import fr.spsplus.testkit.internal.ContractDocument;
import fr.spsplus.testkit.internal.Cursors;
import fr.spsplus.testkit.internal.FakeTime;
import fr.spsplus.testkit.internal.FaultInjector;
import fr.spsplus.testkit.internal.IdempotencyStore;
import fr.spsplus.testkit.internal.OpenDataApi;
import fr.spsplus.testkit.internal.PlatformApi;
import fr.spsplus.testkit.internal.PlatformStore;
import fr.spsplus.testkit.internal.RateLimiter;
import fr.spsplus.testkit.internal.Router;
import fr.spsplus.testkit.internal.WebhookOutbox;
import fr.spsplus.testkit.opendata.FixtureDataset;
import fr.spsplus.testkit.opendata.OpenDataFixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import mockwebserver3.MockWebServer;
import org.jspecify.annotations.Nullable;

/**
 * A faithful in-process fake of the Services Publics+ national platform, on a loopback port: the
 * whole write API of spsplus's contract ({@link PlatformClient#openApiDocument()}, spsplus's
 * proposal, not the DITP's), an OAuth 2.0 token endpoint, and an Opendatasoft Explore API
 * v2.1-compatible open-data endpoint, with fault injection.
 *
 * <pre>{@code
 * try (FakePlatform fake = FakePlatform.start();
 *     PlatformClient platform = fake.platformClient().build()) {
 *   Experience submitted = platform.submitExperience(submission);
 *   fake.advance(Duration.ofHours(1));                 // moderation decides on the fake's clock
 *   assertThat(platform.moderation(submitted.id()).status()).isEqualTo(ModerationStatus.PUBLISHED);
 * }
 * }</pre>
 *
 * <h2>What it does, as the contract says</h2>
 *
 * <ul>
 *   <li>Every operation of the contract, below a {@linkplain Builder#pathPrefix path prefix}
 *       (default {@code v1}). Parameters and request bodies are checked against the contract's
 *       schemas (request bodies are closed: an unknown field is refused); a broken rule is {@code
 *       400 INVALID_REQUEST} with {@code details} naming each field and rule.
 *   <li>Credentials: {@code Authorization: Bearer} with an {@linkplain Builder#apiKey API key}, or
 *       with a token from the {@linkplain #tokenEndpoint() token endpoint} ({@linkplain
 *       Builder#oauthClient client credentials}, RFC 6749 §4.4), which expires on the fake's clock
 *       and carries the contract's OAuth scopes ({@code 403 PERMISSION_DENIED} without the
 *       operation's scope). Missing, unknown or expired credentials: {@code 401 UNAUTHENTICATED}.
 *   <li>Idempotency: each {@code POST}'s {@code Idempotency-Key} is kept per credential with a
 *       fingerprint of the request; the same key with the same request replays the first answer
 *       with {@code Idempotent-Replayed: true}; with another request, {@code 409
 *       IDEMPOTENCY_KEY_REUSED}; while the first is still being processed, {@code 409
 *       IDEMPOTENCY_KEY_IN_PROGRESS}. Requests refused by the contract's checks are not kept.
 *   <li>Moderation: {@code SUBMITTED → IN_MODERATION → PUBLISHED | REJECTED}, decided by the
 *       {@linkplain Builder#moderator moderator} when the {@linkplain Builder#moderationDelay
 *       delay} has passed <em>on the fake's clock</em> ({@link #advance(Duration)}), or when a test
 *       says so ({@link #moderateAll()}, {@link #publish(long)}, {@link #reject(long,
 *       RejectionReason)}). Personal data ({@link PersonalDataDetector}) in a submission is refused
 *       with {@code 422 PERSONAL_DATA_DETECTED} or rejected in moderation, as {@linkplain
 *       Builder#personalDataScreening configured}; in answers and reports, always {@code 422}.
 *   <li>Answers: {@code 409 EXPERIENCE_NOT_PUBLISHED}, {@code 403 STRUCTURE_NOT_INVOLVED}; the
 *       first {@code PUBLISHED} answer sets {@code publishedAt} and zero votes. Results: upserts
 *       keyed by structure × indicator × period, {@code 400 IDENTITY_MISMATCH}, batches all or
 *       none.
 *   <li>Lists: experiences newest first, structures in code order; opaque keyset cursors valid for
 *       an hour on the fake's clock; {@code nextCursor: null} on the last page.
 *   <li>Every answer carries {@code X-Request-Id} ({@code req-000001}, …) and {@code
 *       X-RateLimit-Limit}, {@code -Remaining}, {@code -Reset} (a {@linkplain Builder#rateLimit
 *       fixed window} per credential on the fake's clock); {@code 429} and {@code 503} carry {@code
 *       Retry-After}. Messages are French, English with {@code Accept-Language: en}.
 *   <li>Webhooks: each event ({@code experience.published}, {@code experience.rejected}, {@code
 *       experience.answered}) is signed as {@link fr.spsplus.client.webhook.WebhookSigner} does and
 *       POSTed to the {@linkplain Builder#webhook subscribed URL} with {@code Spsplus-Delivery-Id}
 *       when a test calls {@link #deliverPendingWebhooks()} or {@link #advance(Duration)}: never in
 *       the background. A failed delivery is retried with the same delivery id after a backoff on
 *       the fake's clock: {@value #WEBHOOK_FIRST_BACKOFF_SECONDS} s, doubling up to an hour, for 24
 *       hours (proposed defaults, as in the contract).
 *   <li>Open data: {@code /api/explore/v2.1/catalog/datasets/{id}/records}, {@code /exports/jsonl}
 *       and {@code /exports/json}, with the portal's limits (100 records per page, {@code offset +
 *       limit} at most 10,000, the real error bodies) and the {@linkplain
 *       fr.spsplus.testkit.opendata subset of ODSQL} documented there; {@linkplain OpenDataFixtures
 *       default datasets} built from real structures; tests {@linkplain #loadDataset load their
 *       own}, of any size.
 *   <li>Deterministic: ids ({@code 1}, {@code 2}…), request ids ({@code req-000001}…), event ids
 *       ({@code evt-000001}…), tokens, cursors and every timestamp (on the fake's clock) are the
 *       same from one run to the next; random faults draw from their own seed.
 *   <li>Faults, per route: {@linkplain #scriptFaults scripted} for the next calls or {@linkplain
 *       #injectRandomFaults drawn at random} under a seed (see {@link Fault}).
 * </ul>
 *
 * <p><b>Why MockWebServer.</b> The fake runs on OkHttp's {@code mockwebserver3}: a real HTTP/1.1
 * server on a loopback socket, so the client under test goes through its whole stack; a dispatcher
 * answers each request; and socket effects drop a connection <em>after</em> the request was read,
 * the failure that makes idempotency keys matter. It is the same OkHttp as the client's.
 *
 * <p>Each exchange is logged at DEBUG on the logger {@code fr.spsplus.testkit}: request id, method,
 * path, status and injected fault; never headers, bodies or query values.
 *
 * <p>Thread-safe. {@link #close()} stops the server.
 */
public final class FakePlatform implements AutoCloseable {

  /** The default path prefix: {@value}, the contract's version. */
  public static final String DEFAULT_PATH_PREFIX = PlatformClient.DEFAULT_PATH_PREFIX;

  /** The API key accepted when none is configured: {@value}. */
  public static final String DEFAULT_API_KEY = "spsplus-testkit-api-key";

  /** The OAuth client id accepted when none is configured: {@value}. */
  public static final String DEFAULT_CLIENT_ID = "spsplus-testkit-client";

  /** The OAuth client secret of {@link #DEFAULT_CLIENT_ID}: {@value}. */
  public static final String DEFAULT_CLIENT_SECRET = "spsplus-testkit-client-secret";

  /** Where the fake's clock starts by default: {@code 2026-03-02T08:00:00Z}, a Monday. */
  public static final Instant DEFAULT_START = Instant.parse("2026-03-02T08:00:00Z");

  /** The default delay between a submission and its moderation decision: one hour (proposed). */
  public static final Duration DEFAULT_MODERATION_DELAY = Duration.ofHours(1);

  /** The default lifetime of an OAuth token: one hour (proposed). */
  public static final Duration DEFAULT_TOKEN_LIFETIME = Duration.ofHours(1);

  /** The default rate limit: {@value} calls per window and credential (proposed). */
  public static final long DEFAULT_RATE_LIMIT = 1_000;

  /** The default rate-limit window: one minute (proposed). */
  public static final Duration DEFAULT_RATE_WINDOW = Duration.ofMinutes(1);

  /** How long idempotency keys are kept: 24 hours, the contract's proposed minimum. */
  public static final Duration IDEMPOTENCY_RETENTION = Duration.ofHours(24);

  /** How long a list cursor stays valid: one hour, the contract's proposed minimum. */
  public static final Duration CURSOR_VALIDITY = Duration.ofHours(1);

  /** The wait after a webhook delivery's first failure, in seconds: {@value}; then doubled. */
  public static final int WEBHOOK_FIRST_BACKOFF_SECONDS = 30;

  /** The longest wait between two attempts of a webhook delivery: one hour. */
  public static final Duration WEBHOOK_MAX_BACKOFF = Duration.ofHours(1);

  /** How long a webhook delivery is retried after its first attempt: 24 hours. */
  public static final Duration WEBHOOK_RETRY_WINDOW = Duration.ofHours(24);

  /** How long a webhook receiver has to answer: 10 seconds, as the contract says. */
  public static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(10);

  private static final MessageBundle MESSAGES = MessageBundle.of(FakePlatform.class, "messages");

  private final MockWebServer server;
  private final String pathPrefix;
  private final FakeTime time;
  private final PlatformStore store;
  private final OpenDataApi openData;
  private final AuthServer auth;
  private final FaultInjector faults;
  private final WebhookOutbox outbox;
  private final Router router;
  private final List<String> apiKeys;
  private final List<AuthServer.Client> clients;
  private final String baseUrl;

  private FakePlatform(Builder builder) {
    this.pathPrefix = builder.pathPrefix;
    this.time = new FakeTime(builder.clock);
    this.outbox =
        new WebhookOutbox(
            time,
            Duration.ofSeconds(WEBHOOK_FIRST_BACKOFF_SECONDS),
            WEBHOOK_MAX_BACKOFF,
            WEBHOOK_RETRY_WINDOW,
            WEBHOOK_TIMEOUT);
    if (builder.webhookUrl != null && builder.webhookSecret != null) {
      outbox.subscribe(builder.webhookUrl, builder.webhookSecret);
    }
    Moderator moderator =
        builder.moderator != null ? builder.moderator : Moderator.personalData(builder.detector);
    this.store =
        new PlatformStore(
            time,
            builder.manualModeration ? null : builder.moderationDelay,
            moderator,
            builder.firstExperienceId,
            builder.structures,
            outbox);
    this.openData = new OpenDataApi();
    builder.datasets.values().forEach(openData::put);
    this.apiKeys = List.copyOf(builder.apiKeys);
    this.clients = List.copyOf(builder.clients.values());
    this.auth = new AuthServer(apiKeys, clients, builder.tokenLifetime, time);
    this.faults = new FaultInjector();
    builder.randomFaults.forEach(faults::random);
    ContractDocument contract = ContractDocument.get();
    PlatformApi api =
        new PlatformApi(
            contract,
            store,
            new Cursors(CURSOR_VALIDITY),
            time,
            builder.detector,
            builder.screening,
            String.join("/", segments(pathPrefix)));
    this.router =
        new Router(
            contract,
            segments(pathPrefix),
            time,
            store,
            api,
            openData,
            auth,
            new RateLimiter(builder.rateLimit, builder.rateWindow),
            new IdempotencyStore(IDEMPOTENCY_RETENTION),
            faults,
            builder.latencySleeper);
    this.server = new MockWebServer();
    server.setDispatcher(router);
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
    } catch (IOException e) {
      outbox.close();
      throw new UncheckedIOException(e);
    }
    this.baseUrl = "http://127.0.0.1:" + server.getPort();
  }

  /**
   * Returns a builder with the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts a fake with the default settings: prefix {@code v1}, the default API key and OAuth
   * client, the default fixtures, automatic moderation after an hour on a clock that stands still
   * at {@link #DEFAULT_START} until advanced.
   *
   * @return the started fake; close it when done
   */
  public static FakePlatform start() {
    return builder().start();
  }

  // ------------------------------------------------------------------ where it is

  /**
   * Returns the base URL of the server, without the path prefix: {@code http://127.0.0.1:<port>}.
   *
   * @return the URL
   */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Returns the path prefix of the platform's operations.
   *
   * @return the prefix, such as {@code v1}
   */
  public String pathPrefix() {
    return pathPrefix;
  }

  /**
   * Returns the base URL of the open-data endpoint, for {@link OpenDataClient.Builder#baseUrl}.
   *
   * @return {@code http://127.0.0.1:<port>/api/explore/v2.1}
   */
  public String openDataUrl() {
    return baseUrl + OpenDataApi.BASE_PATH;
  }

  /**
   * Returns the OAuth 2.0 token endpoint.
   *
   * @return {@code http://127.0.0.1:<port>/oauth/token}
   */
  public URI tokenEndpoint() {
    return URI.create(baseUrl + AuthServer.TOKEN_PATH);
  }

  /**
   * Returns the first accepted API key.
   *
   * @return the key
   * @throws IllegalStateException if the fake accepts OAuth clients only
   */
  public String apiKey() {
    if (apiKeys.isEmpty()) {
      throw new IllegalStateException("this fake accepts no API key");
    }
    return apiKeys.get(0);
  }

  /**
   * Returns credentials the fake accepts: its first API key as a bearer, or else its first OAuth
   * client.
   *
   * @return the credentials
   */
  public Credentials credentials() {
    return apiKeys.isEmpty() ? oauthCredentials() : ApiKey.authorization("Bearer", apiKey());
  }

  /**
   * Returns the client credentials of the fake's first OAuth client, with its token endpoint.
   *
   * @return the credentials
   * @throws IllegalStateException if the fake accepts API keys only
   */
  public OAuthClientCredentials oauthCredentials() {
    if (clients.isEmpty()) {
      throw new IllegalStateException("this fake accepts no OAuth client");
    }
    AuthServer.Client client = clients.get(0);
    return OAuthClientCredentials.builder()
        .tokenEndpoint(tokenEndpoint())
        .clientId(client.id())
        .clientSecret(client.secret())
        .build();
  }

  /**
   * Returns transport settings for clients of this fake: retries wait on the fake's clock ({@link
   * #sleeper()}), never for real.
   *
   * @return the settings
   */
  public ClientOptions clientOptions() {
    return ClientOptions.builder()
        .retryPolicy(RetryPolicy.builder().sleeper(sleeper()).build())
        .clock(time)
        .build();
  }

  /**
   * Returns a builder of platform clients pointed at this fake: its base URL, its path prefix,
   * {@link #credentials()} and {@link #clientOptions()}. Change what you need before building.
   *
   * @return a new builder
   */
  public PlatformClient.Builder platformClient() {
    return PlatformClient.builder()
        .baseUrl(baseUrl)
        .pathPrefix(pathPrefix)
        .credentials(credentials())
        .options(clientOptions());
  }

  /**
   * Returns a builder of open-data clients pointed at this fake's open-data endpoint, with {@link
   * #clientOptions()}.
   *
   * @return a new builder
   */
  public OpenDataClient.Builder openDataClient() {
    return OpenDataClient.builder().baseUrl(openDataUrl()).options(clientOptions());
  }

  // ------------------------------------------------------------------ time

  /**
   * Returns the fake's clock (UTC), for example for a {@link
   * fr.spsplus.client.webhook.WebhookVerifier} that must agree with the signatures' time.
   *
   * @return the clock
   */
  public Clock clock() {
    return time;
  }

  /**
   * Returns the fake's current time.
   *
   * @return the instant
   */
  public Instant now() {
    return time.instant();
  }

  /**
   * Moves the fake's clock forward, then runs what became due: moderation decisions, in the order
   * they fell due, and webhook deliveries (first attempts and retries).
   *
   * @param duration how much, zero or more
   * @return the webhook attempts made
   * @throws InvalidInputException if the duration is negative
   */
  public List<WebhookAttempt> advance(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new InvalidInputException(MESSAGES.message("duration.negative", "duration"));
    }
    time.advance(duration);
    store.tick();
    return outbox.deliverDue();
  }

  /**
   * Returns a sleeper that waits on the fake's clock: it moves the clock forward by the duration
   * and returns at once. Clients built with {@link #clientOptions()} use it between attempts, so
   * that a {@code Retry-After} lets the fake's rate-limit window pass without real waiting.
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return duration -> {
      if (!duration.isNegative()) {
        time.advance(duration);
      }
    };
  }

  // ------------------------------------------------------------------ moderation

  /**
   * Decides now, with the moderator, every experience not yet decided.
   *
   * @return the experiences decided, in id order
   */
  public List<Experience> moderateAll() {
    return store.moderateAll();
  }

  /**
   * Moves an experience to {@code IN_MODERATION}.
   *
   * @param experienceId the experience's id
   * @return the experience
   * @throws InvalidInputException if it is not {@code SUBMITTED}
   * @throws java.util.NoSuchElementException if there is no such experience
   */
  public Experience startModeration(long experienceId) {
    requireKnown(experienceId);
    return store.startModeration(experienceId);
  }

  /**
   * Publishes an experience now, whatever the moderator would say.
   *
   * @param experienceId the experience's id
   * @return the experience
   * @throws InvalidInputException if it is already published or rejected
   * @throws java.util.NoSuchElementException if there is no such experience
   */
  public Experience publish(long experienceId) {
    requireKnown(experienceId);
    return store.publish(experienceId);
  }

  /**
   * Rejects an experience now.
   *
   * @param experienceId the experience's id
   * @param reason why
   * @return the experience
   * @throws InvalidInputException if it is already published or rejected
   * @throws java.util.NoSuchElementException if there is no such experience
   */
  public Experience reject(long experienceId, RejectionReason reason) {
    Objects.requireNonNull(reason, "reason");
    requireKnown(experienceId);
    return store.reject(experienceId, reason);
  }

  private void requireKnown(long experienceId) {
    if (store.experience(experienceId).isEmpty()) {
      throw new java.util.NoSuchElementException("no experience " + experienceId);
    }
  }

  /**
   * Records a visitor's vote on a published answer, as the platform's public site does.
   *
   * @param experienceId the experience's id
   * @param structure the answering structure
   * @param useful whether the visitor found the answer useful
   * @return the answer with the vote
   * @throws InvalidInputException if the structure has no published answer
   */
  public StructureAnswer vote(long experienceId, StructureCode structure, boolean useful) {
    requireKnown(experienceId);
    return store.vote(experienceId, Objects.requireNonNull(structure, "structure"), useful);
  }

  // ------------------------------------------------------------------ state

  /**
   * Returns every experience stored, in id order, after the moderation decisions that are due.
   *
   * @return the experiences
   */
  public List<Experience> experiences() {
    store.tick();
    return store.experiences();
  }

  /**
   * Returns an experience.
   *
   * @param experienceId its id
   * @return the experience, if stored
   */
  public Optional<Experience> experience(long experienceId) {
    store.tick();
    return store.experience(experienceId);
  }

  /**
   * Counts the stored experiences that hold exactly this submission (title, text, feeling,
   * structures and channels): how many times one submission was stored. With idempotency keys
   * honoured, a submission retried after a dropped connection is stored once.
   *
   * @param submission the submission
   * @return the number of copies
   */
  public long copiesOf(ExperienceSubmission submission) {
    Objects.requireNonNull(submission, "submission");
    return store.experiences().stream()
        .filter(e -> e.title().equals(submission.title()))
        .filter(e -> e.text().equals(submission.text()))
        .filter(e -> e.feeling() == submission.feeling())
        .filter(e -> e.structures().equals(submission.structures()))
        .filter(e -> e.channels().equals(submission.channels()))
        .count();
  }

  /**
   * Returns the indicator results stored, in the order first stored.
   *
   * @return the results
   */
  public List<IndicatorResult> results() {
    return store.results();
  }

  /**
   * Returns the result stored for a structure, an indicator and a period.
   *
   * @param structure the structure
   * @param indicator the indicator
   * @param period the period
   * @return the result, if stored
   */
  public Optional<IndicatorResult> result(
      StructureCode structure, IndicatorId indicator, ReportingPeriod period) {
    PlatformStore.ResultKey key =
        new PlatformStore.ResultKey(structure.value(), indicator.value(), period.code());
    return store.results().stream()
        .filter(r -> PlatformStore.ResultKey.of(r).equals(key))
        .findFirst();
  }

  /**
   * Returns the complex-document reports received, in order.
   *
   * @return the reports
   */
  public List<ComplexDocumentReport> documentReports() {
    return store.reports().stream().map(PlatformStore.StoredReport::report).toList();
  }

  /**
   * Returns the directory of structures, in code order.
   *
   * @return the structures
   */
  public List<Structure> structures() {
    return store.structures();
  }

  /**
   * Adds or replaces a structure of the directory.
   *
   * @param structure the structure
   */
  public void putStructure(Structure structure) {
    store.putStructure(Objects.requireNonNull(structure, "structure"));
  }

  /**
   * Returns every request received so far, in order.
   *
   * @return the exchanges
   */
  public List<Exchange> exchanges() {
    return router.exchanges();
  }

  /**
   * Returns the requests received on a route.
   *
   * @param route the route
   * @return the exchanges, in order
   */
  public List<Exchange> exchanges(Route route) {
    Objects.requireNonNull(route, "route");
    return router.exchanges().stream()
        .filter(e -> route.matches(e.operationId(), e.method(), path(e.target())))
        .toList();
  }

  /**
   * Counts the requests received on a route.
   *
   * @param route the route
   * @return the number
   */
  public int requestCount(Route route) {
    return exchanges(route).size();
  }

  private static String path(String target) {
    int query = target.indexOf('?');
    String encoded = query < 0 ? target : target.substring(0, query);
    return okhttp3.HttpUrl.get("http://localhost" + encoded).pathSegments().stream()
        .reduce("", (a, b) -> a + "/" + b);
  }

  // ------------------------------------------------------------------ webhooks

  /**
   * Sets the endpoint that receives the next events, signed with the secret.
   *
   * @param url the receiver's URL (http on loopback is fine)
   * @param secret the shared secret, at least 16 bytes in UTF-8
   * @throws InvalidInputException if the secret is too short
   */
  public void subscribeWebhooks(URI url, String secret) {
    outbox.subscribe(url, secret);
  }

  /**
   * Delivers now, synchronously, every webhook delivery that is due: first attempts and retries
   * whose backoff has passed on the fake's clock.
   *
   * @return the attempts made, in order
   */
  public List<WebhookAttempt> deliverPendingWebhooks() {
    store.tick();
    return outbox.deliverDue();
  }

  /**
   * Returns every event that happened, delivered or not.
   *
   * @return the events, in order
   */
  public List<PlatformEvent> events() {
    store.tick();
    return outbox.events();
  }

  /**
   * Returns every webhook attempt made so far.
   *
   * @return the attempts, in order
   */
  public List<WebhookAttempt> webhookAttempts() {
    return outbox.attempts();
  }

  /**
   * Counts the deliveries not yet made, or failed and to be retried.
   *
   * @return the number
   */
  public int pendingWebhooks() {
    store.tick();
    return outbox.pending();
  }

  // ------------------------------------------------------------------ faults

  /**
   * Scripts faults: the next calls on the route get these faults, one per call, in order ({@link
   * Fault#none()} leaves a call alone). Scripts run before random faults, in the order added.
   *
   * @param route the route
   * @param faults the faults, at least one
   */
  public void scriptFaults(Route route, Fault... faults) {
    Objects.requireNonNull(route, "route");
    List<Fault> list = Arrays.asList(faults.clone());
    Checks.requireNonEmpty(list, "faults").forEach(f -> Objects.requireNonNull(f, "fault"));
    this.faults.script(route, list);
  }

  /**
   * Adds faults drawn at random on a route, reproducibly under their seed.
   *
   * @param faults the faults
   */
  public void injectRandomFaults(RandomFaults faults) {
    this.faults.random(Objects.requireNonNull(faults, "faults"));
  }

  /** Removes every scripted and random fault. */
  public void clearFaults() {
    faults.clear();
  }

  // ------------------------------------------------------------------ open data

  /**
   * Serves a dataset (replacing one with the same id).
   *
   * @param dataset the dataset
   */
  public void loadDataset(FixtureDataset dataset) {
    openData.put(Objects.requireNonNull(dataset, "dataset"));
  }

  /**
   * Stops serving a dataset.
   *
   * @param datasetId its id
   * @return whether it was served
   */
  public boolean removeDataset(String datasetId) {
    return openData.remove(Objects.requireNonNull(datasetId, "datasetId"));
  }

  /**
   * Returns the datasets served.
   *
   * @return the datasets
   */
  public List<FixtureDataset> datasets() {
    return openData.datasets();
  }

  /** Stops the server. Idempotent. */
  @Override
  public void close() {
    try {
      server.close();
    } finally {
      outbox.close();
    }
  }

  @Override
  public String toString() {
    return "FakePlatform[" + baseUrl + "/" + pathPrefix + "]";
  }

  private static List<String> segments(String prefix) {
    List<String> segments = new ArrayList<>();
    for (String segment : prefix.split("/")) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  /** Builds and starts a {@link FakePlatform}; not thread-safe. */
  public static final class Builder {

    private String pathPrefix = DEFAULT_PATH_PREFIX;
    private Clock clock = Clock.fixed(DEFAULT_START, ZoneOffset.UTC);
    private Duration moderationDelay = DEFAULT_MODERATION_DELAY;
    private boolean manualModeration;
    private @Nullable Moderator moderator;
    private PersonalDataDetector detector = PersonalDataDetector.standard();
    private PersonalDataScreening screening = PersonalDataScreening.ON_SUBMISSION;
    private final Set<String> apiKeys = new LinkedHashSet<>(List.of(DEFAULT_API_KEY));
    private final Map<String, AuthServer.Client> clients = new LinkedHashMap<>();
    private boolean defaultCredentials = true;
    private Duration tokenLifetime = DEFAULT_TOKEN_LIFETIME;
    private @Nullable URI webhookUrl;
    private @Nullable String webhookSecret;
    private List<Structure> structures = OpenDataFixtures.structures();
    private final Map<String, FixtureDataset> datasets = new LinkedHashMap<>();
    private final List<RandomFaults> randomFaults = new ArrayList<>();
    private long rateLimit = DEFAULT_RATE_LIMIT;
    private Duration rateWindow = DEFAULT_RATE_WINDOW;
    private Sleeper latencySleeper = Sleeper.system();
    private long firstExperienceId = 1;

    private Builder() {
      clients.put(
          DEFAULT_CLIENT_ID,
          new AuthServer.Client(DEFAULT_CLIENT_ID, DEFAULT_CLIENT_SECRET, contractScopes()));
      for (FixtureDataset dataset : OpenDataFixtures.defaults()) {
        datasets.put(dataset.id(), dataset);
      }
    }

    private static Set<String> contractScopes() {
      Set<String> scopes = new LinkedHashSet<>();
      ContractDocument.get()
          .root()
          .at("/components/securitySchemes/oauth2/flows/clientCredentials/scopes")
          .fieldNames()
          .forEachRemaining(scopes::add);
      return Set.copyOf(scopes);
    }

    /**
     * Sets the path prefix of the platform's operations (default {@value
     * FakePlatform#DEFAULT_PATH_PREFIX}); an empty prefix puts them at the root.
     *
     * @param prefix segments of letters, digits, {@code - _ . ~}, separated by {@code /}
     * @return this builder
     * @throws InvalidInputException if the prefix is not one the client accepts
     */
    public Builder pathPrefix(String prefix) {
      PlatformClient.builder().pathPrefix(Objects.requireNonNull(prefix, "prefix"));
      this.pathPrefix = String.join("/", segments(prefix));
      return this;
    }

    /**
     * Sets the base clock (default: fixed at {@link FakePlatform#DEFAULT_START}, so that time moves
     * only by {@link FakePlatform#advance}). A running clock such as {@code Clock.systemUTC()}
     * makes moderation happen in real time, for demonstrations.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the delay between a submission and its automatic moderation decision (default one hour,
     * a proposed default: the platform publishes no delay), measured on the fake's clock.
     *
     * @param delay zero or more
     * @return this builder
     * @throws InvalidInputException if negative
     */
    public Builder moderationDelay(Duration delay) {
      Objects.requireNonNull(delay, "delay");
      if (delay.isNegative()) {
        throw new InvalidInputException(MESSAGES.message("duration.negative", "delay"));
      }
      this.moderationDelay = delay;
      this.manualModeration = false;
      return this;
    }

    /**
     * Turns automatic moderation off: experiences stay {@code SUBMITTED} until a test decides
     * ({@link FakePlatform#moderateAll()}, {@link FakePlatform#publish}, {@link
     * FakePlatform#reject}).
     *
     * @return this builder
     */
    public Builder manualModeration() {
      this.manualModeration = true;
      return this;
    }

    /**
     * Sets the moderator (default {@link Moderator#personalData} with the {@linkplain
     * #personalDataDetector detector}).
     *
     * @param moderator the moderator
     * @return this builder
     */
    public Builder moderator(Moderator moderator) {
      this.moderator = Objects.requireNonNull(moderator, "moderator");
      return this;
    }

    /**
     * Sets the personal-data detector (default {@link PersonalDataDetector#standard()}, the one the
     * client uses).
     *
     * @param detector the detector
     * @return this builder
     */
    public Builder personalDataDetector(PersonalDataDetector detector) {
      this.detector = Objects.requireNonNull(detector, "detector");
      return this;
    }

    /**
     * Sets when submissions are screened for personal data (default {@link
     * PersonalDataScreening#ON_SUBMISSION}).
     *
     * @param screening when
     * @return this builder
     */
    public Builder personalDataScreening(PersonalDataScreening screening) {
      this.screening = Objects.requireNonNull(screening, "screening");
      return this;
    }

    /**
     * Accepts an API key, sent as {@code Authorization: Bearer <key>}. The first call to this
     * method or to {@link #oauthClient} replaces the default credentials ({@link
     * FakePlatform#DEFAULT_API_KEY} and {@link FakePlatform#DEFAULT_CLIENT_ID}).
     *
     * @param key the key, visible ASCII
     * @return this builder
     */
    public Builder apiKey(String key) {
      dropDefaults();
      apiKeys.add(Checks.requireNonBlank(key, "key"));
      return this;
    }

    /**
     * Accepts an OAuth client that may obtain every scope of the contract.
     *
     * @param clientId the client id
     * @param secret the client secret
     * @return this builder
     */
    public Builder oauthClient(String clientId, String secret) {
      return oauthClient(clientId, secret, contractScopes());
    }

    /**
     * Accepts an OAuth client that may obtain some scopes only (a token without an operation's
     * scope is answered {@code 403 PERMISSION_DENIED}).
     *
     * @param clientId the client id
     * @param secret the client secret
     * @param scopes the scopes it may obtain, such as {@code experiences:write}
     * @return this builder
     */
    public Builder oauthClient(String clientId, String secret, Collection<String> scopes) {
      dropDefaults();
      Checks.requireNonBlank(clientId, "clientId");
      Checks.requireNonBlank(secret, "secret");
      clients.put(clientId, new AuthServer.Client(clientId, secret, Set.copyOf(scopes)));
      return this;
    }

    private void dropDefaults() {
      if (defaultCredentials) {
        apiKeys.clear();
        clients.clear();
        defaultCredentials = false;
      }
    }

    /**
     * Sets how long an OAuth token stays valid on the fake's clock (default one hour).
     *
     * @param lifetime one second or more
     * @return this builder
     */
    public Builder tokenLifetime(Duration lifetime) {
      Objects.requireNonNull(lifetime, "lifetime");
      Checks.requirePositive(lifetime.getSeconds(), "lifetime");
      this.tokenLifetime = lifetime;
      return this;
    }

    /**
     * Subscribes an endpoint to the platform's events.
     *
     * @param url the receiver's URL
     * @param secret the shared secret, at least 16 bytes in UTF-8
     * @return this builder
     * @throws InvalidInputException if the secret is too short
     */
    public Builder webhook(URI url, String secret) {
      fr.spsplus.client.webhook.WebhookSigner.of(secret);
      this.webhookUrl = Objects.requireNonNull(url, "url");
      this.webhookSecret = secret;
      return this;
    }

    /**
     * Sets the directory of structures (default {@link OpenDataFixtures#structures()}, 50 real
     * structures).
     *
     * @param directory the structures
     * @return this builder
     */
    public Builder structures(Collection<Structure> directory) {
      this.structures = List.copyOf(directory);
      return this;
    }

    /**
     * Serves a dataset on the open-data endpoint, replacing a default one with the same id.
     *
     * @param dataset the dataset
     * @return this builder
     */
    public Builder dataset(FixtureDataset dataset) {
      datasets.put(dataset.id(), dataset);
      return this;
    }

    /**
     * Serves none of the {@linkplain OpenDataFixtures#defaults() default datasets} (datasets added
     * by {@link #dataset} after this call are served).
     *
     * @return this builder
     */
    public Builder withoutDefaultDatasets() {
      datasets.clear();
      return this;
    }

    /**
     * Draws faults at random from the start (see {@link FakePlatform#injectRandomFaults}).
     *
     * @param faults the faults, with their seed
     * @return this builder
     */
    public Builder randomFaults(RandomFaults faults) {
      randomFaults.add(Objects.requireNonNull(faults, "faults"));
      return this;
    }

    /**
     * Sets the rate limit per credential (default {@value FakePlatform#DEFAULT_RATE_LIMIT} calls
     * per minute, proposed): a fixed window on the fake's clock.
     *
     * @param limit calls per window, at least 1
     * @param window the window, at least one second
     * @return this builder
     */
    public Builder rateLimit(long limit, Duration window) {
      this.rateLimit = Checks.requirePositive(limit, "limit");
      Objects.requireNonNull(window, "window");
      Checks.requirePositive(window.getSeconds(), "window");
      this.rateWindow = window;
      return this;
    }

    /**
     * Sets how latency faults wait (default {@link Sleeper#system()}, a real wait: latency exists
     * to trip the client's timeouts). A test may inject one that blocks until it says so.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder latencySleeper(Sleeper sleeper) {
      this.latencySleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sets the id of the first experience (default 1).
     *
     * @param id positive
     * @return this builder
     */
    public Builder firstExperienceId(long id) {
      this.firstExperienceId = Checks.requirePositive(id, "id");
      return this;
    }

    /**
     * Starts the fake on a free loopback port (127.0.0.1).
     *
     * @return the started fake; close it when done
     * @throws UncheckedIOException if the server cannot start
     */
    public FakePlatform start() {
      return new FakePlatform(this);
    }
  }
}
