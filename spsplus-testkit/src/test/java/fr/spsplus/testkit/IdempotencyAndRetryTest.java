package fr.spsplus.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.ConflictException;
import fr.spsplus.client.RequestOptions;
import fr.spsplus.client.RetryPolicy;
import fr.spsplus.client.Sleeper;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.client.testing.RecordingSleeper;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.testkit.fault.Fault;
import fr.spsplus.testkit.fault.Route;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Idempotency keys, dropped connections, {@code 429} and {@code 503} with {@code Retry-After}: what
 * the fake does and what the real client makes of it. No test sleeps: retries wait on a recording
 * sleeper or on the fake's clock. Texts are synthetic.
 */
class IdempotencyAndRetryTest {

  private static final StructureCode LAVAL = StructureCode.of("3Tn8gzTdcz");
  private static final Route SUBMIT = Route.operation("submitExperience");

  private FakePlatform fake;
  private PlatformClient platform;

  @BeforeEach
  void start() {
    fake = FakePlatform.builder().manualModeration().start();
    platform = fake.platformClient().build();
  }

  @AfterEach
  void stop() {
    platform.close();
    fake.close();
    ContractAssertions.assertAnswersConform(fake);
  }

  private static ExperienceSubmission submission(String text) {
    return new ExperienceSubmission("Accueil", text, Feeling.NEUTRE, List.of(LAVAL), List.of());
  }

  private static RequestOptions key(String key) {
    return RequestOptions.builder().idempotencyKey(key).build();
  }

  @Test
  void theSameKeyAndBodyReplayTheFirstAnswer() {
    Experience first = platform.submitExperience(submission("Attente correcte."), key("avis-1"));
    fake.advance(Duration.ofMinutes(5));
    Experience again = platform.submitExperience(submission("Attente correcte."), key("avis-1"));

    assertThat(again).isEqualTo(first);
    assertThat(fake.copiesOf(submission("Attente correcte."))).isEqualTo(1);
    List<Exchange> exchanges = fake.exchanges(SUBMIT);
    assertThat(exchanges).extracting(Exchange::status).containsExactly(201, 201);
    assertThat(exchanges.get(0).replayed()).isFalse();
    assertThat(exchanges.get(0).responseHeader("Idempotent-Replayed")).isEmpty();
    assertThat(exchanges.get(1).replayed()).isTrue();
    assertThat(exchanges.get(1).responseHeader("Idempotent-Replayed")).contains("true");
    assertThat(exchanges.get(1).responseBody()).isEqualTo(exchanges.get(0).responseBody());
    assertThat(exchanges.get(1).responseHeader("Location"))
        .isEqualTo(exchanges.get(0).responseHeader("Location"))
        .contains("/v1/experiences/" + first.id());
    assertThat(exchanges.get(1).requestId()).isNotEqualTo(exchanges.get(0).requestId());
  }

  @Test
  void theSameKeyWithAnotherBodyIsAConflictAndNothingIsDone() {
    platform.submitExperience(submission("Premier texte."), key("avis-2"));

    assertThatThrownBy(() -> platform.submitExperience(submission("Autre texte."), key("avis-2")))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(409);
              assertThat(e.errorCode()).contains("IDEMPOTENCY_KEY_REUSED");
            });
    assertThat(fake.experiences()).hasSize(1);
    assertThat(fake.copiesOf(submission("Autre texte."))).isZero();
  }

  @Test
  void keysBelongToACredentialAndAreForgottenAfterTheirRetention() {
    platform.submitExperience(submission("Texte A."), key("avis-3"));
    try (PlatformClient oauth =
        fake.platformClient().credentials(fake.oauthCredentials()).build()) {
      oauth.submitExperience(submission("Texte B."), key("avis-3"));
    }
    fake.advance(FakePlatform.IDEMPOTENCY_RETENTION.plusSeconds(1));
    platform.submitExperience(submission("Texte C."), key("avis-3"));

    assertThat(fake.experiences()).hasSize(3);
  }

  @Test
  void aConnectionDroppedAfterTheRequestWasReadLeavesExactlyOneCopy() {
    fake.scriptFaults(SUBMIT, Fault.dropConnection());

    Experience experience = platform.submitExperience(submission("Envoyé une fois."));

    assertThat(fake.copiesOf(submission("Envoyé une fois."))).isEqualTo(1);
    assertThat(fake.experiences()).containsExactly(experience);
    List<Exchange> exchanges = fake.exchanges(SUBMIT);
    assertThat(exchanges).hasSize(2);
    assertThat(exchanges.get(0).dropped()).isTrue();
    assertThat(exchanges.get(0).fault()).isEqualTo(Fault.dropConnection());
    assertThat(exchanges.get(1).replayed()).isTrue();
    assertThat(exchanges.get(1).requestHeader("Idempotency-Key"))
        .isEqualTo(exchanges.get(0).requestHeader("Idempotency-Key"))
        .isPresent();
    assertThat(exchanges.get(1).requestBody()).isEqualTo(exchanges.get(0).requestBody());
  }

  @Test
  void withoutTheKeyTheSameDropWouldHaveStoredTwoCopies() {
    // What idempotency prevents: two POSTs of the same body under two keys are two submissions.
    try (Raw raw = new Raw(fake)) {
      String body =
          "{\"title\":\"Accueil\",\"text\":\"Deux fois.\",\"feeling\":\"NEUTRE\","
              + "\"structures\":[\"3Tn8gzTdcz\"],\"channels\":[]}";
      for (String key : List.of("first-attempt", "second-attempt")) {
        Map<String, String> headers = new java.util.HashMap<>(raw.bearer());
        headers.put("Idempotency-Key", key);
        assertThat(raw.send("POST", "/v1/experiences", body, headers).status()).isEqualTo(201);
      }
    }
    assertThat(fake.copiesOf(submission("Deux fois."))).isEqualTo(2);
  }

  @Test
  void aBatchRetriedAfterADropIsStoredOnce() {
    fake.scriptFaults(Route.operation("publishResultBatch"), Fault.dropConnection());
    IndicatorResult result =
        IndicatorResult.builder(
                LAVAL, IndicatorCode.TAUX_ABANDON.id(), ReportingPeriod.ofMonth(2026, 2))
            .value(4.5)
            .status(PublicationStatus.PUBLISHABLE)
            .build();

    assertThat(platform.publishResults(List.of(result))).containsExactly(result);
    assertThat(fake.results()).containsExactly(result);
    assertThat(fake.exchanges(Route.operation("publishResultBatch")))
        .extracting(Exchange::status, Exchange::replayed)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(0, false),
            org.assertj.core.groups.Tuple.tuple(200, true));
  }

  @Test
  void aKeyWhoseFirstRequestIsStillBeingProcessedIsAConflict() throws Exception {
    CountDownLatch slowCallEntered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Sleeper blocking =
        duration -> {
          slowCallEntered.countDown();
          release.await();
        };
    try (FakePlatform slow = FakePlatform.builder().latencySleeper(blocking).start();
        PlatformClient client = slow.platformClient().build()) {
      slow.scriptFaults(SUBMIT, Fault.latency(Duration.ofSeconds(30)));
      CompletableFuture<Experience> first =
          client.submitExperienceAsync(submission("Lent."), key("avis-lent"));
      assertThat(slowCallEntered.await(10, TimeUnit.SECONDS)).isTrue();

      assertThatThrownBy(() -> client.submitExperience(submission("Lent."), key("avis-lent")))
          .isInstanceOfSatisfying(
              ConflictException.class,
              e -> assertThat(e.errorCode()).contains("IDEMPOTENCY_KEY_IN_PROGRESS"));
      release.countDown();

      assertThat(first.get(10, TimeUnit.SECONDS).id()).isEqualTo(1);
      assertThat(client.submitExperience(submission("Lent."), key("avis-lent")).id()).isEqualTo(1);
      assertThat(slow.experiences()).hasSize(1);
      ContractAssertions.assertAnswersConform(slow);
    }
  }

  @Test
  void aRateLimitedCallWaitsRetryAfterThenSucceeds() {
    RecordingSleeper sleeper = new RecordingSleeper();
    try (PlatformClient recorded =
        fake.platformClient()
            .options(
                ClientOptions.builder()
                    .retryPolicy(RetryPolicy.builder().sleeper(sleeper).build())
                    .clock(fake.clock())
                    .build())
            .build()) {
      fake.scriptFaults(
          SUBMIT,
          Fault.rateLimited(Duration.ofSeconds(7)),
          Fault.unavailable(Duration.ofSeconds(2)));

      Experience experience = recorded.submitExperience(submission("Patience."));

      assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(7), Duration.ofSeconds(2));
      assertThat(fake.exchanges(SUBMIT))
          .extracting(Exchange::status)
          .containsExactly(429, 503, 201);
      assertThat(fake.exchanges(SUBMIT).get(0).responseHeader("Retry-After")).contains("7");
      assertThat(fake.exchanges(SUBMIT).get(1).responseHeader("Retry-After")).contains("2");
      assertThat(fake.experiences()).containsExactly(experience);
    }
  }

  @Test
  void theFakesOwnRateLimitResetsOnItsClock() {
    try (FakePlatform limited =
            FakePlatform.builder().rateLimit(2, Duration.ofSeconds(60)).manualModeration().start();
        PlatformClient client = limited.platformClient().build()) {
      Experience sent = client.submitExperience(submission("Un."));
      limited.advance(Duration.ofSeconds(15));
      client.experience(sent.id());
      // Third call in the window: 429 with Retry-After 45; the client's sleeper moves the fake's
      // clock 45 s forward, the window resets, and the retry succeeds.
      client.moderation(sent.id());

      List<Exchange> exchanges = limited.exchanges();
      assertThat(exchanges).extracting(Exchange::status).containsExactly(201, 200, 429, 200);
      assertThat(exchanges.get(0).responseHeader("X-RateLimit-Remaining")).contains("1");
      assertThat(exchanges.get(1).responseHeader("X-RateLimit-Remaining")).contains("0");
      assertThat(exchanges.get(1).responseHeader("X-RateLimit-Reset")).contains("45");
      assertThat(exchanges.get(2).responseHeader("Retry-After")).contains("45");
      assertThat(exchanges.get(2).responseBody()).contains("\"code\":\"RATE_LIMITED\"");
      assertThat(exchanges.get(3).responseHeader("X-RateLimit-Remaining")).contains("1");
      assertThat(limited.now()).isEqualTo(FakePlatform.DEFAULT_START.plusSeconds(60));
      ContractAssertions.assertAnswersConform(limited);
    }
  }
}
