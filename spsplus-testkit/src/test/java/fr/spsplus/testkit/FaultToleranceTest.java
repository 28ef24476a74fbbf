package fr.spsplus.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.RequestOptions;
import fr.spsplus.client.RetryPolicy;
import fr.spsplus.client.SpsplusClientException;
import fr.spsplus.client.SpsplusServiceException;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.client.platform.PlatformEvent;
import fr.spsplus.client.webhook.WebhookVerificationException;
import fr.spsplus.client.webhook.WebhookVerifier;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.experience.StructureAnswer;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.testkit.fault.Fault;
import fr.spsplus.testkit.fault.RandomFaults;
import fr.spsplus.testkit.fault.Route;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The client and the fake platform under a seeded storm of faults, from 8 threads: connections
 * dropped <em>after</em> the request was read and processed, {@code 500}, {@code 502}, {@code 503}
 * with {@code Retry-After}, {@code 429} with {@code Retry-After}, and slow answers. Faults are
 * drawn {@linkplain RandomFaults.Builder#perRequest() per request}, so each request and its retries
 * get the same faults on every run whatever the threads' interleaving; waits (backoff, {@code
 * Retry-After}, latency) pass on the fake's clock, never for real. The outcome of every call is
 * therefore the same on every run, and the figures are asserted exactly.
 *
 * <p>What must hold, for experiences ({@code POST} with an idempotency key), answers ({@code PUT})
 * and results ({@code PUT} and {@code POST} batches):
 *
 * <ul>
 *   <li>the client's report accounts for every call: succeeded, failed for a retryable reason
 *       (connection, {@code 429}, {@code 5xx}, after the retry policy gave up), or refused before
 *       sending;
 *   <li>the platform holds exactly one copy of everything reported as succeeded;
 *   <li>it holds nothing of what was refused, and nothing of what failed unless one attempt was
 *       processed before its connection dropped; replaying each failure with the same idempotency
 *       key (or the same {@code PUT}) then succeeds and leaves exactly one copy.
 * </ul>
 *
 * <p>Texts are synthetic. The figures are printed (counts only) for the README.
 */
class FaultToleranceTest {

  private static final int THREADS = 8;
  private static final long SEED = 20260302L;

  /** The faults of every write, about 30 % of the calls. */
  private static RandomFaults storm(String operationId) {
    return RandomFaults.builder(SEED)
        .route(Route.operation(operationId))
        .perRequest()
        .rate(Fault.dropConnection(), 0.08)
        .rate(Fault.serverError(500), 0.04)
        .rate(Fault.serverError(502), 0.03)
        .rate(Fault.unavailable(Duration.ofSeconds(1)), 0.03)
        .rate(Fault.rateLimited(Duration.ofSeconds(2)), 0.05)
        .rate(Fault.latency(Duration.ofSeconds(5)), 0.07)
        .build();
  }

  /** What the client reported for one call. */
  enum Outcome {
    SUCCEEDED,
    FAILED_RETRYABLE,
    FAILED_OTHER,
    REFUSED_BEFORE_SENDING
  }

  private FakePlatform fake;
  private final ExecutorService threads = Executors.newFixedThreadPool(THREADS);

  @AfterEach
  void stop() throws InterruptedException {
    threads.shutdownNow();
    assertThat(threads.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    if (fake != null) {
      fake.close();
    }
  }

  /**
   * Starts a fake whose latency faults pass on its own clock, and whose rate limit is out of the
   * way.
   */
  private FakePlatform start(FakePlatform.Builder builder) {
    AtomicReference<FakePlatform> self = new AtomicReference<>();
    fake =
        builder
            .manualModeration()
            .rateLimit(1_000_000, Duration.ofMinutes(1))
            .latencySleeper(duration -> self.get().sleeper().sleep(duration))
            .start();
    self.set(fake);
    return fake;
  }

  /** A client with the default three attempts, waiting on the fake's clock, seeded jitter. */
  private PlatformClient client() {
    return fake.platformClient()
        .options(
            ClientOptions.builder()
                .retryPolicy(
                    RetryPolicy.builder()
                        .sleeper(fake.sleeper())
                        .random(() -> new SplittableRandom(SEED))
                        .build())
                .clock(fake.clock())
                .build())
        .executor(threads)
        .build();
  }

  static Outcome outcomeOf(Throwable failure) {
    if (failure instanceof SpsplusClientException client) {
      return switch (client.kind()) {
        case CONNECTION, TIMEOUT -> Outcome.FAILED_RETRYABLE;
        case PRE_FLIGHT -> Outcome.REFUSED_BEFORE_SENDING;
        default -> Outcome.FAILED_OTHER;
      };
    }
    if (failure instanceof SpsplusServiceException service) {
      int status = service.statusCode();
      return status == 408 || status == 429 || status >= 500
          ? Outcome.FAILED_RETRYABLE
          : Outcome.FAILED_OTHER;
    }
    throw new AssertionError("not a documented client failure", failure);
  }

  /** Runs the calls from the 8 threads; returns each call's outcome, in the calls' order. */
  private <T> List<Outcome> runAll(List<Callable<T>> calls) throws Exception {
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> call : calls) {
      futures.add(threads.submit(call));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Future<T> future : futures) {
      try {
        future.get(60, TimeUnit.SECONDS);
        outcomes.add(Outcome.SUCCEEDED);
      } catch (ExecutionException e) {
        outcomes.add(outcomeOf(e.getCause()));
      }
    }
    return outcomes;
  }

  private static Map<Outcome, Integer> report(List<Outcome> outcomes) {
    Map<Outcome, Integer> report = new EnumMap<>(Outcome.class);
    for (Outcome outcome : Outcome.values()) {
      report.put(outcome, 0);
    }
    outcomes.forEach(o -> report.merge(o, 1, Integer::sum));
    return report;
  }

  private static void print(
      String what, Map<Outcome, Integer> report, FakePlatform fake, Route route) {
    List<Exchange> exchanges = fake.exchanges(route);
    Map<String, Long> faults = new TreeMap<>();
    for (Exchange e : exchanges) {
      String fault = e.fault() == null ? "none" : e.fault().toString();
      faults.merge(fault, 1L, Long::sum);
    }
    System.out.printf(
        "%s: report %s; %d requests; faults %s; replayed answers %d%n",
        what,
        report,
        exchanges.size(),
        faults,
        exchanges.stream().filter(Exchange::replayed).count());
  }

  /** Whether an exchange was processed by the fake: answered 2xx, or dropped after processing. */
  private static boolean processed(Exchange e) {
    return e.dropped() || (e.status() >= 200 && e.status() < 300);
  }

  // ------------------------------------------------------------------ experiences

  @Test
  void aThousandSubmissionsFromEightThreadsAreEachStoredExactlyOnce() throws Exception {
    start(FakePlatform.builder().randomFaults(storm("submitExperience")));
    List<StructureCode> codes = fake.structures().stream().map(Structure::code).toList();
    List<ExperienceSubmission> submissions = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      // Every 100th text carries a (synthetic) phone number: the client refuses to send it.
      String text =
          i % 100 == 99
              ? "Rappelez-moi au 06 12 34 56 " + String.format("%02d", i % 97) + " s’il vous plaît."
              : "Avis n° " + i + " : attente de " + (i % 40 + 1) + " minutes, réponse claire.";
      submissions.add(
          new ExperienceSubmission(
              "Accueil " + i,
              text,
              Feeling.values()[i % Feeling.values().length],
              List.of(codes.get(i % codes.size())),
              List.of()));
    }
    Function<Integer, RequestOptions> key =
        i -> RequestOptions.builder().idempotencyKey(String.format("avis-%04d", i)).build();

    List<Outcome> outcomes;
    try (PlatformClient platform = client()) {
      List<Callable<Experience>> calls = new ArrayList<>();
      for (int i = 0; i < submissions.size(); i++) {
        int n = i;
        calls.add(() -> platform.submitExperience(submissions.get(n), key.apply(n)));
      }
      outcomes = runAll(calls);

      Map<Outcome, Integer> report = report(outcomes);
      print("experiences", report, fake, Route.operation("submitExperience"));
      assertThat(report.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
      assertThat(report.get(Outcome.FAILED_OTHER)).isZero();
      assertThat(report.get(Outcome.REFUSED_BEFORE_SENDING)).isEqualTo(10);

      Map<String, List<Exchange>> attemptsByKey = new HashMap<>();
      for (Exchange e : fake.exchanges(Route.operation("submitExperience"))) {
        attemptsByKey
            .computeIfAbsent(
                e.requestHeader("Idempotency-Key").orElseThrow(), k -> new ArrayList<>())
            .add(e);
      }
      List<Integer> failed = new ArrayList<>();
      int storedDespiteFailure = 0;
      for (int i = 0; i < submissions.size(); i++) {
        ExperienceSubmission submission = submissions.get(i);
        List<Exchange> attempts =
            attemptsByKey.getOrDefault(String.format("avis-%04d", i), List.of());
        switch (outcomes.get(i)) {
          case SUCCEEDED -> assertThat(fake.copiesOf(submission)).as("copies of %d", i).isOne();
          case REFUSED_BEFORE_SENDING -> {
            assertThat(fake.copiesOf(submission)).isZero();
            assertThat(attempts).isEmpty();
          }
          default -> {
            // Stored only if an attempt was processed before its connection dropped.
            boolean processed = attempts.stream().anyMatch(FaultToleranceTest::processed);
            assertThat(fake.copiesOf(submission))
                .as("copies of %d", i)
                .isEqualTo(processed ? 1 : 0);
            assertThat(attempts).hasSize(RetryPolicy.DEFAULT_MAX_ATTEMPTS);
            storedDespiteFailure += processed ? 1 : 0;
            failed.add(i);
          }
        }
      }
      System.out.printf(
          "experiences: %d failures, %d of them stored by an attempt whose answer was lost%n",
          failed.size(), storedDespiteFailure);

      // Replay each failure with its idempotency key, faults gone: each succeeds, stored once.
      fake.clearFaults();
      for (int i : failed) {
        Experience replayed = platform.submitExperience(submissions.get(i), key.apply(i));
        assertThat(fake.copiesOf(submissions.get(i))).isOne();
        assertThat(fake.experience(replayed.id())).contains(replayed);
      }
      long stored = 1000 - report.get(Outcome.REFUSED_BEFORE_SENDING);
      assertThat(fake.experiences()).hasSize((int) stored);

      // The figures, the same on every run (faults drawn per request, waits on the fake's clock).
      assertThat(report)
          .containsEntry(Outcome.SUCCEEDED, EXPECTED_SUCCEEDED)
          .containsEntry(Outcome.FAILED_RETRYABLE, 990 - EXPECTED_SUCCEEDED);
      assertThat(storedDespiteFailure).isEqualTo(EXPECTED_STORED_DESPITE_FAILURE);
    }
  }

  static final int EXPECTED_SUCCEEDED = 980;
  static final int EXPECTED_STORED_DESPITE_FAILURE = 9;

  // ------------------------------------------------------------------ answers

  @Test
  void answersPutFromEightThreadsUnderFaultsAreEachStoredOnce() throws Exception {
    start(FakePlatform.builder().randomFaults(storm("putAnswer")));
    // One structure answers 400 experiences; they are created from the 8 threads too, and
    // sorted by id (1 to 400, whatever the order they were stored in), so that each PUT, hence
    // the faults it draws, is the same on every run.
    StructureCode structure = fake.structures().get(0).code();
    int count = 400;
    try (PlatformClient platform = client()) {
      List<Callable<Experience>> submissions = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        ExperienceSubmission submission =
            new ExperienceSubmission(
                "Démarche " + i,
                "Dossier traité en " + (i % 30 + 1) + " jours.",
                Feeling.NEUTRE,
                List.of(structure),
                List.of());
        submissions.add(() -> platform.submitExperience(submission));
      }
      assertThat(runAll(submissions)).containsOnly(Outcome.SUCCEEDED);
      fake.moderateAll();
      List<Experience> experiences = fake.experiences();
      assertThat(experiences).extracting(Experience::id).isSorted().hasSize(count);
      List<StructureAnswer> answers = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        answers.add(
            StructureAnswer.draft(
                    structure,
                    "Bonjour,",
                    "Merci pour votre retour n° " + i + ", nous en tenons compte.",
                    "Le service accueil")
                .publish(Instant.EPOCH));
      }

      List<Callable<StructureAnswer>> calls = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        calls.add(() -> platform.publishAnswer(experiences.get(n).id(), answers.get(n)));
      }
      List<Outcome> outcomes = runAll(calls);
      Map<Outcome, Integer> report = report(outcomes);
      print("answers", report, fake, Route.operation("putAnswer"));
      assertThat(report.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(count);
      assertThat(report.get(Outcome.FAILED_OTHER)).isZero();

      List<Integer> failed = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        List<StructureAnswer> stored =
            fake.experience(experiences.get(i).id()).orElseThrow().answers();
        StructureAnswer sent = answers.get(i);
        if (outcomes.get(i) == Outcome.SUCCEEDED) {
          assertThat(stored).singleElement().satisfies(a -> sameAnswer(a, sent));
        } else {
          assertThat(stored).hasSizeLessThanOrEqualTo(1);
          failed.add(i);
        }
      }
      fake.clearFaults();
      for (int i : failed) {
        StructureAnswer sent = answers.get(i);
        platform.publishAnswer(experiences.get(i).id(), sent);
        assertThat(fake.experience(experiences.get(i).id()).orElseThrow().answers())
            .singleElement()
            .satisfies(a -> sameAnswer(a, sent));
      }
      assertThat(report)
          .containsEntry(Outcome.SUCCEEDED, EXPECTED_ANSWERS_SUCCEEDED)
          .containsEntry(Outcome.FAILED_RETRYABLE, count - EXPECTED_ANSWERS_SUCCEEDED);
    }
  }

  static final int EXPECTED_ANSWERS_SUCCEEDED = 397;

  private static void sameAnswer(StructureAnswer stored, StructureAnswer sent) {
    assertThat(stored.structure()).isEqualTo(sent.structure());
    assertThat(stored.body()).isEqualTo(sent.body());
    assertThat(stored.status()).isEqualTo(sent.status());
  }

  // ------------------------------------------------------------------ results

  @Test
  void resultsPublishedFromEightThreadsUnderFaultsAreEachStoredOnce() throws Exception {
    start(
        FakePlatform.builder()
            .randomFaults(storm("putResult"))
            .randomFaults(storm("publishResultBatch")));
    List<StructureCode> codes = fake.structures().stream().map(Structure::code).toList();
    List<IndicatorCode> indicators =
        List.of(
            IndicatorCode.TAUX_DECROCHE_AGENT,
            IndicatorCode.TAUX_DECROCHE_GLOBAL,
            IndicatorCode.TAUX_ABANDON,
            IndicatorCode.NIVEAU_SERVICE);
    List<IndicatorResult> results = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      results.add(
          IndicatorResult.builder(
                  codes.get(i % codes.size()),
                  indicators.get((i / codes.size()) % indicators.size()).id(),
                  ReportingPeriod.ofMonth(2026, 1 + (i / (codes.size() * indicators.size())) % 12))
              .value((i * 37 % 1000) / 10.0)
              .status(PublicationStatus.PUBLISHABLE)
              .build());
    }
    assertThat(results.stream().map(r -> r.structure() + " " + r.indicator() + " " + r.period()))
        .doesNotHaveDuplicates();
    List<IndicatorResult> single = results.subList(0, 400);
    List<List<IndicatorResult>> batches = new ArrayList<>();
    for (int i = 400; i < 600; i += 4) {
      batches.add(results.subList(i, i + 4));
    }

    try (PlatformClient platform = client()) {
      List<Callable<Object>> calls = new ArrayList<>();
      for (IndicatorResult result : single) {
        calls.add(() -> platform.publishResult(result));
      }
      for (int b = 0; b < batches.size(); b++) {
        RequestOptions key =
            RequestOptions.builder().idempotencyKey(String.format("lot-%03d", b)).build();
        List<IndicatorResult> batch = batches.get(b);
        calls.add(() -> platform.publishResults(batch, key));
      }
      List<Outcome> outcomes = runAll(calls);
      Map<Outcome, Integer> singles = report(outcomes.subList(0, single.size()));
      Map<Outcome, Integer> lots = report(outcomes.subList(single.size(), outcomes.size()));
      print("results (PUT)", singles, fake, Route.operation("putResult"));
      print("results (batches)", lots, fake, Route.operation("publishResultBatch"));
      assertThat(outcomes).hasSize(450).doesNotContain(Outcome.FAILED_OTHER);

      List<Runnable> replays = new ArrayList<>();
      for (int i = 0; i < outcomes.size(); i++) {
        List<IndicatorResult> sent =
            i < single.size() ? List.of(single.get(i)) : batches.get(i - single.size());
        if (outcomes.get(i) == Outcome.SUCCEEDED) {
          sent.forEach(r -> assertThat(storedCopies(r)).isOne());
        } else {
          sent.forEach(r -> assertThat(storedCopies(r)).isLessThanOrEqualTo(1));
          int n = i;
          replays.add(
              n < single.size()
                  ? () -> platform.publishResult(single.get(n))
                  : () ->
                      platform.publishResults(
                          batches.get(n - single.size()),
                          RequestOptions.builder()
                              .idempotencyKey(String.format("lot-%03d", n - single.size()))
                              .build()));
        }
      }
      fake.clearFaults();
      replays.forEach(Runnable::run);
      assertThat(fake.results()).hasSize(600);
      results.forEach(r -> assertThat(storedCopies(r)).isOne());
      assertThat(singles).containsEntry(Outcome.SUCCEEDED, EXPECTED_PUT_RESULTS_SUCCEEDED);
      assertThat(lots).containsEntry(Outcome.SUCCEEDED, EXPECTED_BATCHES_SUCCEEDED);
    }
  }

  static final int EXPECTED_PUT_RESULTS_SUCCEEDED = 396;
  static final int EXPECTED_BATCHES_SUCCEEDED = 49;

  private long storedCopies(IndicatorResult result) {
    return fake.results().stream().filter(result::equals).count();
  }

  // ------------------------------------------------------------------ OAuth

  /**
   * 8 threads × 50 calls; when every thread has made 25, the fake's clock passes the token's
   * lifetime. {@code clientSeesTheClock}: the client shares the fake's clock and renews before
   * expiry; otherwise its clock stands still and it learns of the expiry from the fake's {@code
   * 401}s. Either way: one renewal, and no call fails.
   */
  private void burstAcrossTokenExpiry(boolean clientSeesTheClock) throws Exception {
    start(FakePlatform.builder().tokenLifetime(Duration.ofMinutes(10)));
    StructureCode code = fake.structures().get(0).code();
    CyclicBarrier halfway = new CyclicBarrier(THREADS, () -> fake.advance(Duration.ofMinutes(11)));
    try (PlatformClient platform =
        fake.platformClient()
            .credentials(fake.oauthCredentials())
            .options(
                ClientOptions.builder()
                    .retryPolicy(RetryPolicy.builder().sleeper(fake.sleeper()).build())
                    .clock(
                        clientSeesTheClock ? fake.clock() : Clock.fixed(fake.now(), ZoneOffset.UTC))
                    .build())
            .build()) {
      List<Callable<Integer>> bursts = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        bursts.add(
            () -> {
              for (int call = 0; call < 50; call++) {
                if (call == 25) {
                  halfway.await(30, TimeUnit.SECONDS);
                }
                platform.structure(code);
              }
              return 50;
            });
      }
      assertThat(runAll(bursts)).containsOnly(Outcome.SUCCEEDED).hasSize(THREADS);
    }
    List<Exchange> calls = fake.exchanges(Route.operation("getStructure"));
    long refused = calls.stream().filter(e -> e.status() == 401).count();
    System.out.printf(
        "OAuth burst (client %s the clock): %d calls, %d answered 401 and replayed, %d token"
            + " requests%n",
        clientSeesTheClock ? "sees" : "does not see",
        calls.size(),
        refused,
        fake.requestCount(Route.operation(Route.OAUTH_TOKEN)));
    assertThat(fake.requestCount(Route.operation(Route.OAUTH_TOKEN))).isEqualTo(2);
    assertThat(calls.stream().filter(e -> e.status() == 200)).hasSize(THREADS * 50);
    if (clientSeesTheClock) {
      assertThat(refused).isZero();
    } else {
      assertThat(refused).isBetween(1L, (long) THREADS);
    }
  }

  @Test
  void aTokenExpiringInTheMiddleOfABurstIsRenewedOnceAndNoCallFails() throws Exception {
    burstAcrossTokenExpiry(true);
  }

  @Test
  void aTokenThePlatformDeclaresExpiredInTheMiddleOfABurstIsRenewedOnceAndNoCallFails()
      throws Exception {
    burstAcrossTokenExpiry(false);
  }

  // ------------------------------------------------------------------ webhooks

  /** One request the subscriber received, as it came. */
  record Delivery(byte[] body, String signature, String deliveryId) {}

  @Test
  void duplicatedReorderedAndReplayedWebhookDeliveriesAreCaughtByTheVerifier() throws Exception {
    String secret = "whsec-synthetic-fault-0123456789";
    List<Delivery> received = Collections.synchronizedList(new ArrayList<>());
    Set<String> acknowledgedOnce = ConcurrentHashMap.newKeySet();
    try (MockWebServer subscriber = new MockWebServer()) {
      subscriber.setDispatcher(
          new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
              String id = request.getHeaders().get(WebhookVerifier.DELIVERY_ID_HEADER);
              received.add(
                  new Delivery(
                      request.getBody().toByteArray(),
                      request.getHeaders().get(WebhookVerifier.SIGNATURE_HEADER),
                      id));
              // Every third event is received, then its acknowledgement is lost (answered 500):
              // the platform delivers it again, with the same delivery id and a new signature.
              boolean loseAck = Integer.parseInt(id.replaceAll("\\D", "")) % 3 == 0;
              int status = loseAck && acknowledgedOnce.add(id) ? 500 : 204;
              return new MockResponse.Builder().code(status).build();
            }
          });
      subscriber.start();
      start(
          FakePlatform.builder().webhook(URI.create(subscriber.url("/hooks").toString()), secret));
      List<Long> ids = new ArrayList<>();
      try (PlatformClient platform = client()) {
        for (int i = 0; i < 30; i++) {
          ids.add(
              platform
                  .submitExperience(
                      new ExperienceSubmission(
                          "Accueil " + i,
                          "Très bon accueil, merci (" + i + ").",
                          Feeling.POSITIF,
                          List.of(fake.structures().get(0).code()),
                          List.of()))
                  .id());
        }
      }
      ids.forEach(fake::publish);
      fake.deliverPendingWebhooks();
      fake.advance(Duration.ofSeconds(FakePlatform.WEBHOOK_FIRST_BACKOFF_SECONDS));
      assertThat(fake.pendingWebhooks()).isZero();
    }
    List<PlatformEvent> events = fake.events();
    assertThat(events).hasSize(30);
    assertThat(received).hasSize(40); // 30 first deliveries, 10 redeliveries

    // The stream the verifier sees: every request twice (a proxy that duplicates), shuffled (a
    // network that reorders), and five captured requests replayed without their delivery id.
    List<Delivery> stream = new ArrayList<>();
    stream.addAll(received);
    stream.addAll(received);
    Collections.shuffle(stream, new Random(SEED));
    for (int i = 0; i < 5; i++) {
      Delivery captured = received.get(i * 7);
      stream.add(new Delivery(captured.body(), captured.signature(), null));
    }
    WebhookVerifier verifier = WebhookVerifier.builder().secret(secret).clock(fake.clock()).build();
    List<String> accepted = new ArrayList<>();
    Map<WebhookVerificationException.Reason, Integer> refused =
        new EnumMap<>(WebhookVerificationException.Reason.class);
    for (Delivery delivery : stream) {
      try {
        verifier.verify(delivery.body(), delivery.signature(), delivery.deliveryId());
        accepted.add(PlatformEvent.parse(delivery.body()).orElseThrow().id());
      } catch (WebhookVerificationException e) {
        refused.merge(e.reason(), 1, Integer::sum);
      }
    }
    System.out.printf(
        "webhooks: %d events, %d requests received, %d verified (duplicated, shuffled, replayed):"
            + " %d accepted, refused %s%n",
        events.size(), received.size(), stream.size(), accepted.size(), refused);

    // Each event accepted exactly once; everything else refused as a replay.
    assertThat(accepted)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(events.stream().map(PlatformEvent::id).toList());
    assertThat(accepted)
        .as("the order they were accepted in is not the events' order")
        .isNotEqualTo(events.stream().map(PlatformEvent::id).toList());
    assertThat(refused)
        .containsOnlyKeys(WebhookVerificationException.Reason.REPLAYED)
        .containsEntry(WebhookVerificationException.Reason.REPLAYED, stream.size() - 30);
    // The receiver restores the order from the events' own timestamps and ids.
    List<PlatformEvent> restored =
        accepted.stream()
            .map(id -> events.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow())
            .sorted(Comparator.comparing(PlatformEvent::createdAt).thenComparing(PlatformEvent::id))
            .toList();
    assertThat(restored).isEqualTo(events);

    // Replayed later, past the tolerance: too old. With the timestamp forged to now: no match.
    fake.advance(Duration.ofMinutes(WebhookVerifier.DEFAULT_TOLERANCE_MINUTES + 1));
    WebhookVerifier fresh = WebhookVerifier.builder().secret(secret).clock(fake.clock()).build();
    Delivery old = received.get(0);
    assertThat(catchReason(() -> fresh.verify(old.body(), old.signature(), old.deliveryId())))
        .isEqualTo(WebhookVerificationException.Reason.TIMESTAMP_TOO_OLD);
    String forged = old.signature().replaceFirst("t=\\d+", "t=" + fake.now().getEpochSecond());
    assertThat(catchReason(() -> fresh.verify(old.body(), forged, "replay-1")))
        .isEqualTo(WebhookVerificationException.Reason.SIGNATURE_MISMATCH);
  }

  private static WebhookVerificationException.Reason catchReason(Runnable verification) {
    try {
      verification.run();
    } catch (WebhookVerificationException e) {
      return e.reason();
    }
    throw new AssertionError("accepted");
  }
}
