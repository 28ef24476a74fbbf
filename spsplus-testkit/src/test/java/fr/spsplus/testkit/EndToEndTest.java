package fr.spsplus.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.client.opendata.OpenDataClient;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.client.platform.PlatformEvent;
import fr.spsplus.client.testing.Contract;
import fr.spsplus.client.webhook.WebhookVerificationException;
import fr.spsplus.client.webhook.WebhookVerifier;
import fr.spsplus.core.experience.AnswerStatus;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.experience.ModerationStatus;
import fr.spsplus.core.experience.RejectionReason;
import fr.spsplus.core.experience.StructureAnswer;
import fr.spsplus.core.experience.UsefulnessVotes;
import fr.spsplus.core.structure.ContactChannel;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real {@link PlatformClient} and {@link OpenDataClient} against the fake, from submission to
 * the webhooks a subscriber receives and verifies with {@link WebhookVerifier}. Texts are
 * synthetic.
 */
class EndToEndTest {

  private static final String SECRET = "whsec-synthetic-0123456789abcdef";
  private static final StructureCode LAVAL = StructureCode.of("3Tn8gzTdcz");
  private static final StructureCode JURA = StructureCode.of("XOnFQMfMX2");

  /** A subscriber: verifies each delivery, then keeps the event (or answers as scripted). */
  static final class Receiver extends Dispatcher {

    final List<PlatformEvent> events = Collections.synchronizedList(new ArrayList<>());
    final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
    final List<String> deliveryIds = Collections.synchronizedList(new ArrayList<>());
    final List<String> refusals = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger failuresLeft = new AtomicInteger();
    WebhookVerifier verifier;

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      if (failuresLeft.getAndDecrement() > 0) {
        return new MockResponse.Builder().code(503).build();
      }
      byte[] body = request.getBody().toByteArray();
      String deliveryId = request.getHeaders().get(WebhookVerifier.DELIVERY_ID_HEADER);
      try {
        verifier.verify(
            body, request.getHeaders().get(WebhookVerifier.SIGNATURE_HEADER), deliveryId);
      } catch (WebhookVerificationException e) {
        refusals.add(e.reason().name());
        return new MockResponse.Builder().code(400).build();
      }
      deliveryIds.add(deliveryId);
      bodies.add(request.getBody().utf8());
      PlatformEvent.parse(body).ifPresent(events::add);
      return new MockResponse.Builder().code(204).build();
    }
  }

  private final MockWebServer receiverServer = new MockWebServer();
  private final Receiver receiver = new Receiver();
  private FakePlatform fake;
  private PlatformClient platform;
  private OpenDataClient openData;

  @BeforeEach
  void start() throws Exception {
    receiverServer.setDispatcher(receiver);
    receiverServer.start();
    fake =
        FakePlatform.builder()
            .webhook(URI.create(receiverServer.url("/hooks/spsplus").toString()), SECRET)
            .start();
    receiver.verifier = WebhookVerifier.builder().secret(SECRET).clock(fake.clock()).build();
    platform = fake.platformClient().build();
    openData = fake.openDataClient().build();
  }

  @AfterEach
  void stop() {
    openData.close();
    platform.close();
    fake.close();
    receiverServer.close();
  }

  private static ExperienceSubmission submission(String text, StructureCode... structures) {
    return new ExperienceSubmission(
        "Démarche simple",
        text,
        Feeling.POSITIF,
        List.of(structures),
        List.of(ContactChannel.TELEPHONE));
  }

  @Test
  void submitModeratePublishAnAnswerAndReceiveVerifiedWebhooks() {
    // The structure is in the open data the fake serves, read with the real open-data client.
    List<Structure> directory = new ArrayList<>();
    openData.structures().forEach(directory::add);
    assertThat(directory).extracting(Structure::code).contains(LAVAL, JURA);

    Experience submitted =
        platform.submitExperience(
            submission("J’ai eu une réponse claire en dix minutes.", LAVAL, JURA));
    assertThat(submitted.status()).isEqualTo(ModerationStatus.SUBMITTED);
    assertThat(platform.moderation(submitted.id()).status()).isEqualTo(ModerationStatus.SUBMITTED);
    assertThat(fake.deliverPendingWebhooks()).isEmpty();

    List<WebhookAttempt> published = fake.advance(FakePlatform.DEFAULT_MODERATION_DELAY);

    Instant decidedAt = submitted.submittedAt().plus(FakePlatform.DEFAULT_MODERATION_DELAY);
    assertThat(platform.moderation(submitted.id()).status()).isEqualTo(ModerationStatus.PUBLISHED);
    assertThat(platform.moderation(submitted.id()).publishedAt()).isEqualTo(decidedAt);
    assertThat(published)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.delivered()).isTrue();
              assertThat(a.eventType()).isEqualTo(PlatformEvent.EXPERIENCE_PUBLISHED);
              assertThat(a.attempt()).isEqualTo(1);
            });

    fake.advance(Duration.ofMinutes(10));
    StructureAnswer answer =
        platform.publishAnswer(
            submitted.id(),
            StructureAnswer.draft(LAVAL, "Bonjour,", "Merci pour ce retour\u00a0!", "L’accueil")
                .publish(Instant.EPOCH));
    assertThat(answer.status()).isEqualTo(AnswerStatus.PUBLISHED);
    assertThat(answer.publishedAt()).isEqualTo(decidedAt.plus(Duration.ofMinutes(10)));
    assertThat(answer.votes()).isEqualTo(UsefulnessVotes.NONE);
    assertThat(fake.deliverPendingWebhooks()).singleElement().matches(WebhookAttempt::delivered);

    assertThat(receiver.refusals).isEmpty();
    assertThat(receiver.events)
        .extracting(PlatformEvent::type)
        .containsExactly(PlatformEvent.EXPERIENCE_PUBLISHED, PlatformEvent.EXPERIENCE_ANSWERED);
    assertThat(receiver.deliveryIds)
        .containsExactlyElementsOf(receiver.events.stream().map(PlatformEvent::id).toList());
    PlatformEvent.ExperiencePublished first =
        (PlatformEvent.ExperiencePublished) receiver.events.get(0);
    assertThat(first.experience().id()).isEqualTo(submitted.id());
    assertThat(first.experience().status()).isEqualTo(ModerationStatus.PUBLISHED);
    assertThat(first.experience().publishedAt()).isEqualTo(decidedAt);
    assertThat(first.experience().answers()).isEmpty();
    assertThat(first.experience().text()).isEqualTo(submitted.text());
    PlatformEvent.ExperienceAnswered second =
        (PlatformEvent.ExperienceAnswered) receiver.events.get(1);
    assertThat(second.experienceId()).isEqualTo(submitted.id());
    assertThat(second.answer()).isEqualTo(answer);
    assertThat(
            Contract.bodyProblems(
                "/components/schemas/ExperiencePublishedEvent", receiver.bodies.get(0)))
        .isEmpty();
    assertThat(
            Contract.bodyProblems(
                "/components/schemas/ExperienceAnsweredEvent", receiver.bodies.get(1)))
        .isEmpty();
    assertThat(fake.experience(submitted.id()).orElseThrow().answers()).containsExactly(answer);
    ContractAssertions.assertRequestsConform(fake, ContractAssertions.platformExchanges(fake));
    ContractAssertions.assertAnswersConform(fake);
  }

  @Test
  void aRejectionIsDeliveredWithoutTheTexts() {
    try (FakePlatform screening =
            FakePlatform.builder()
                .personalDataScreening(PersonalDataScreening.IN_MODERATION)
                .webhook(URI.create(receiverServer.url("/hooks").toString()), SECRET)
                .start();
        PlatformClient lenient =
            screening
                .platformClient()
                .personalDataPolicy(fr.spsplus.core.privacy.PersonalDataPolicy.WARN)
                .build()) {
      receiver.verifier = WebhookVerifier.builder().secret(SECRET).clock(screening.clock()).build();
      Experience sent =
          lenient.submitExperience(submission("Joignable au 06 12 34 56 78 le matin.", JURA));

      screening.advance(Duration.ofHours(1));

      assertThat(lenient.moderation(sent.id()).status()).isEqualTo(ModerationStatus.REJECTED);
      assertThat(lenient.moderation(sent.id()).rejectionReason())
          .isEqualTo(RejectionReason.PERSONAL_DATA);
      assertThat(receiver.events)
          .singleElement()
          .isInstanceOfSatisfying(
              PlatformEvent.ExperienceRejected.class,
              e ->
                  assertThat(e.moderation().rejectionReason())
                      .isEqualTo(RejectionReason.PERSONAL_DATA));
      assertThat(receiver.bodies.get(0)).doesNotContain("06 12").doesNotContain("Joignable");
      assertThat(
              Contract.bodyProblems(
                  "/components/schemas/ExperienceRejectedEvent", receiver.bodies.get(0)))
          .isEmpty();
    }
  }

  @Test
  void aFailedDeliveryIsRetriedWithTheSameIdAfterABackoffOnTheFakesClock() {
    receiver.failuresLeft.set(2);
    Experience sent = platform.submitExperience(submission("Très bien.", LAVAL));
    fake.publish(sent.id());

    WebhookAttempt first = fake.deliverPendingWebhooks().get(0);
    assertThat(first.delivered()).isFalse();
    assertThat(first.status()).isEqualTo(503);
    assertThat(first.nextAttemptAt()).isEqualTo(first.attemptedAt().plusSeconds(30));
    assertThat(fake.deliverPendingWebhooks()).as("not due yet").isEmpty();

    WebhookAttempt second = fake.advance(Duration.ofSeconds(30)).get(0);
    assertThat(second.attempt()).isEqualTo(2);
    assertThat(second.nextAttemptAt()).isEqualTo(second.attemptedAt().plusSeconds(60));
    assertThat(fake.advance(Duration.ofSeconds(59))).isEmpty();
    WebhookAttempt third = fake.advance(Duration.ofSeconds(1)).get(0);

    assertThat(third.delivered()).isTrue();
    assertThat(third.nextAttemptAt()).isNull();
    assertThat(List.of(first, second, third))
        .extracting(WebhookAttempt::deliveryId)
        .containsOnly(first.deliveryId());
    assertThat(receiver.deliveryIds).containsExactly(first.deliveryId());
    assertThat(receiver.refusals).isEmpty();
    assertThat(fake.pendingWebhooks()).isZero();
  }

  @Test
  void aDeliveryThatKeepsFailingIsGivenUpAfterTwentyFourHours() {
    receiver.failuresLeft.set(Integer.MAX_VALUE);
    Experience sent = platform.submitExperience(submission("Bien.", LAVAL));
    fake.publish(sent.id());

    List<WebhookAttempt> attempts = new ArrayList<>(fake.deliverPendingWebhooks());
    while (fake.pendingWebhooks() > 0) {
      WebhookAttempt last = attempts.get(attempts.size() - 1);
      attempts.addAll(fake.advance(Duration.between(fake.now(), last.nextAttemptAt())));
    }

    Instant start = attempts.get(0).attemptedAt();
    for (int i = 1; i < attempts.size(); i++) {
      long expectedWait = Math.min(30L << (i - 1), 3600);
      assertThat(Duration.between(attempts.get(i - 1).attemptedAt(), attempts.get(i).attemptedAt()))
          .isEqualTo(Duration.ofSeconds(expectedWait));
      assertThat(attempts.get(i).attempt()).isEqualTo(i + 1);
    }
    WebhookAttempt last = attempts.get(attempts.size() - 1);
    assertThat(last.nextAttemptAt()).isNull();
    assertThat(Duration.between(start, last.attemptedAt()))
        .isLessThanOrEqualTo(Duration.ofHours(24));
    assertThat(Duration.between(start, last.attemptedAt().plusSeconds(3600)))
        .isGreaterThan(Duration.ofHours(24));
    assertThat(attempts).extracting(WebhookAttempt::deliveryId).containsOnly(last.deliveryId());
    assertThat(receiver.events).isEmpty();
  }
}
