package fr.spsplus.client.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.client.testing.SettableClock;
import fr.spsplus.client.webhook.WebhookVerificationException.Reason;
import fr.spsplus.core.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookVerifierTest {

  private static final String SECRET = "whsec_test_0123456789abcdef";
  private static final Instant SENT = Instant.ofEpochSecond(1_772_446_530L); // 2026-03-02T10:15:30Z
  private static final byte[] BODY =
      "{\"event\":\"experience.published\",\"id\":\"exp_42\"}".getBytes(StandardCharsets.UTF_8);

  /**
   * HMAC-SHA256(SECRET, "1772446530." + BODY), computed independently with Python 3: {@code
   * hmac.new(secret, t + b"." + body, hashlib.sha256).hexdigest()}.
   */
  private static final String GOLDEN =
      "3e7077c5774c0c188fde1f4a0e0b8d710baeee0381b5db6652d9307faed04194";

  private final SettableClock clock = new SettableClock(SENT.plusSeconds(2));

  private WebhookVerifier.Builder verifier() {
    return WebhookVerifier.builder().secret(SECRET).clock(clock);
  }

  private static Reason refusal(Runnable verification) {
    return catchThrowableOfType(WebhookVerificationException.class, verification::run).reason();
  }

  @Test
  void signerMatchesAnIndependentImplementation() {
    assertThat(WebhookSigner.of(SECRET).sign(BODY, SENT)).isEqualTo("t=1772446530,v1=" + GOLDEN);
  }

  @Test
  void acceptsAValidDelivery() {
    WebhookDelivery delivery =
        verifier().build().verify(BODY, "t=1772446530,v1=" + GOLDEN, "dlv_001");
    assertThat(delivery).isEqualTo(new WebhookDelivery(SENT, "dlv_001"));
  }

  @Test
  void acceptsUpperCaseHexSpacesAndUnknownSchemes() {
    String header = " t=1772446530 , v0=abc, v1=" + GOLDEN.toUpperCase(Locale.ROOT) + " ,v2=zz";
    assertThat(verifier().build().verify(BODY, header, null).signedAt()).isEqualTo(SENT);
  }

  @Test
  void refusesATamperedBody() {
    byte[] tampered =
        "{\"event\":\"experience.published\",\"id\":\"exp_43\"}".getBytes(StandardCharsets.UTF_8);
    WebhookVerifier verifier = verifier().build();
    assertThat(refusal(() -> verifier.verify(tampered, "t=1772446530,v1=" + GOLDEN, null)))
        .isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void refusesATamperedTimestamp() {
    WebhookVerifier verifier = verifier().build();
    assertThat(refusal(() -> verifier.verify(BODY, "t=1772446531,v1=" + GOLDEN, null)))
        .isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void refusesAnotherSecret() {
    String header = WebhookSigner.of("another-secret-of-16+bytes").sign(BODY, SENT);
    WebhookVerifier verifier = verifier().build();
    assertThat(refusal(() -> verifier.verify(BODY, header, null)))
        .isEqualTo(Reason.SIGNATURE_MISMATCH);
  }

  @Test
  void acceptsAnyOfSeveralSecretsDuringARotation() {
    String newSecret = "whsec_new_secret_fedcba987654";
    WebhookVerifier verifier = verifier().secret(newSecret).build();
    String header = WebhookSigner.of(newSecret).sign(BODY, SENT);
    assertThat(verifier.verify(BODY, header, null).signedAt()).isEqualTo(SENT);
  }

  @Test
  void refusesStaleDeliveriesBeyondFiveMinutes() {
    String header = WebhookSigner.of(SECRET).sign(BODY, SENT);
    clock.advance(Duration.ofMinutes(5).minusSeconds(2)); // exactly 5 minutes after signing
    assertThat(verifier().build().verify(BODY, header, null).signedAt()).isEqualTo(SENT);
    clock.advance(Duration.ofSeconds(1));
    WebhookVerifier fresh = verifier().build();
    assertThat(refusal(() -> fresh.verify(BODY, header, null))).isEqualTo(Reason.TIMESTAMP_TOO_OLD);
  }

  @Test
  void refusesDeliveriesDatedTooFarInTheFuture() {
    Instant ahead = clock.instant().plus(Duration.ofMinutes(5)).plusSeconds(1);
    String header = WebhookSigner.of(SECRET).sign(BODY, ahead);
    WebhookVerifier verifier = verifier().build();
    assertThat(refusal(() -> verifier.verify(BODY, header, null)))
        .isEqualTo(Reason.TIMESTAMP_IN_FUTURE);
    String withinDrift = WebhookSigner.of(SECRET).sign(BODY, ahead.minusSeconds(1));
    assertThat(verifier.verify(BODY, withinDrift, null).signedAt())
        .isEqualTo(ahead.minusSeconds(1));
  }

  @Test
  void refusesTheSameSignedDeliveryTwiceEvenUnderAnotherDeliveryId() {
    WebhookVerifier verifier = verifier().build();
    String header = WebhookSigner.of(SECRET).sign(BODY, SENT);
    verifier.verify(BODY, header, "dlv_001");
    assertThat(refusal(() -> verifier.verify(BODY, header, "dlv_001"))).isEqualTo(Reason.REPLAYED);
    assertThat(refusal(() -> verifier.verify(BODY, header, "dlv_forged")))
        .isEqualTo(Reason.REPLAYED);
    assertThat(refusal(() -> verifier.verify(BODY, header, null))).isEqualTo(Reason.REPLAYED);
  }

  @Test
  void refusesARedeliveryOfAnAlreadySeenDeliveryId() {
    WebhookVerifier verifier = verifier().build();
    verifier.verify(BODY, WebhookSigner.of(SECRET).sign(BODY, SENT), "dlv_001");
    clock.advance(Duration.ofHours(2));
    String resent = WebhookSigner.of(SECRET).sign(BODY, clock.instant());
    assertThat(refusal(() -> verifier.verify(BODY, resent, "dlv_001"))).isEqualTo(Reason.REPLAYED);
    // A genuinely new delivery is signed anew, a second later.
    clock.advance(Duration.ofSeconds(1));
    String next = WebhookSigner.of(SECRET).sign(BODY, clock.instant());
    assertThat(verifier.verify(BODY, next, "dlv_002").deliveryId()).isEqualTo("dlv_002");
  }

  @Test
  void forgedDeliveriesAreNotRemembered() {
    WebhookVerifier verifier = verifier().build();
    String forged = "t=1772446530,v1=" + "0".repeat(64);
    assertThat(refusal(() -> verifier.verify(BODY, forged, "dlv_001")))
        .isEqualTo(Reason.SIGNATURE_MISMATCH);
    // The id was not burnt by the forgery: the genuine delivery still passes.
    assertThat(verifier.verify(BODY, "t=1772446530,v1=" + GOLDEN, "dlv_001").deliveryId())
        .isEqualTo("dlv_001");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "v1=3e7077c5774c0c188fde1f4a0e0b8d710baeee0381b5db6652d9307faed04194",
        "t=1772446530",
        "t=1772446530,v1=not-hex",
        "t=abc,v1=3e7077c5774c0c188fde1f4a0e0b8d710baeee0381b5db6652d9307faed04194",
        "t=1,t=2,v1=3e7077c5774c0c188fde1f4a0e0b8d710baeee0381b5db6652d9307faed04194",
        "garbage"
      })
  void refusesMalformedHeaders(String header) {
    WebhookVerifier verifier = verifier().build();
    WebhookVerificationException e =
        catchThrowableOfType(
            WebhookVerificationException.class, () -> verifier.verify(BODY, header, null));
    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_HEADER);
    assertThat(e.getMessage())
        .isEqualTo(
            "Livraison de webhook refusée : en-tête de signature absent ou mal formé"
                + " (t=<secondes>,v1=<hex> attendu).");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Webhook delivery refused: signature header missing or malformed (t=<seconds>,v1=<hex>"
                + " expected).");
  }

  @Test
  void refusesAMissingHeaderAndBadDeliveryIds() {
    WebhookVerifier verifier = verifier().build();
    assertThat(refusal(() -> verifier.verify(BODY, null, null))).isEqualTo(Reason.MALFORMED_HEADER);
    String header = "t=1772446530,v1=" + GOLDEN;
    assertThat(refusal(() -> verifier.verify(BODY, header, "with space")))
        .isEqualTo(Reason.MALFORMED_HEADER);
    assertThat(refusal(() -> verifier.verify(BODY, header, "x".repeat(201))))
        .isEqualTo(Reason.MALFORMED_HEADER);
  }

  @Test
  void exactlyOneOfEightConcurrentReplaysIsAccepted() throws Exception {
    WebhookVerifier verifier = verifier().build();
    String header = WebhookSigner.of(SECRET).sign(BODY, SENT);
    int threads = 8;
    CyclicBarrier start = new CyclicBarrier(threads);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<Boolean>> outcomes = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        Callable<Boolean> attempt =
            () -> {
              start.await();
              try {
                verifier.verify(BODY, header, "dlv_001");
                return true;
              } catch (WebhookVerificationException e) {
                return false;
              }
            };
        outcomes.add(pool.submit(attempt));
      }
      int accepted = 0;
      for (Future<Boolean> outcome : outcomes) {
        accepted += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(accepted).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void secretsAreCheckedAndHidden() {
    assertThatThrownBy(() -> WebhookVerifier.builder().secret("short"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("« secret » : le secret de webhook doit compter au moins 16 octets.");
    assertThatThrownBy(() -> WebhookVerifier.builder().build())
        .isInstanceOf(InvalidInputException.class);
    assertThat(verifier().build().toString())
        .isEqualTo(
            "WebhookVerifier[secrets=1 x ***, tolerance=300 s,"
                + " store=WebhookReplayStore.inMemory(100000)]")
        .doesNotContain(SECRET);
    assertThat(WebhookSigner.of(SECRET).toString()).doesNotContain(SECRET);
  }

  @Property
  void everySignedBodyVerifiesAndAnyFlippedByteDoesNot(
      @ForAll byte[] body, @ForAll @IntRange(min = 0, max = 1000) int flip) {
    WebhookVerifier verifier =
        WebhookVerifier.builder()
            .secret(SECRET)
            .clock(clock)
            .replayStore(WebhookReplayStore.inMemory(10))
            .build();
    String header = WebhookSigner.of(SECRET).sign(body, SENT);
    if (body.length > 0) {
      byte[] tampered = body.clone();
      tampered[flip % body.length] ^= 0x01;
      assertThat(refusal(() -> verifier.verify(tampered, header, null)))
          .isEqualTo(Reason.SIGNATURE_MISMATCH);
    }
    assertThat(verifier.verify(body, header, null).signedAt()).isEqualTo(SENT);
  }
}
