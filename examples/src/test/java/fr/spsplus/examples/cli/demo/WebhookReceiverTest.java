package fr.spsplus.examples.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.client.webhook.WebhookSigner;
import fr.spsplus.client.webhook.WebhookVerifier;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The demonstration's webhook endpoint: verified deliveries are read, others refused with 401. */
class WebhookReceiverTest {

  private static final String SECRET = "a-secret-of-the-test-receiver";
  private static final Instant NOW = Instant.parse("2026-04-07T09:00:00Z");

  @Test
  void aSignedDeliveryIsReadAndAForgedOneRefused() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    try (WebhookReceiver receiver =
        WebhookReceiver.start(SECRET, Clock.fixed(NOW, ZoneOffset.UTC))) {
      assertThat(receiver.url().toString()).startsWith("http://127.0.0.1:").endsWith("/webhooks");
      byte[] body =
          ("{\"id\":\"evt-1\",\"type\":\"experience.unknown-to-this-version\","
                  + "\"createdAt\":\"2026-04-07T09:00:00Z\"}")
              .getBytes(StandardCharsets.UTF_8);
      String signature = WebhookSigner.of(SECRET).sign(body, NOW);

      HttpResponse<Void> forged =
          http.send(
              post(receiver, body, WebhookSigner.of("another-secret-entirely").sign(body, NOW)),
              HttpResponse.BodyHandlers.discarding());
      assertThat(forged.statusCode()).isEqualTo(401);
      assertThat(receiver.refused()).isEqualTo(1);
      assertThat(receiver.received()).isEmpty();

      HttpResponse<Void> signed =
          http.send(post(receiver, body, signature), HttpResponse.BodyHandlers.discarding());
      assertThat(signed.statusCode()).isEqualTo(204);
      assertThat(receiver.received())
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.event()).as("an unknown type is accepted and ignored").isNull();
                assertThat(r.delivery().deliveryId()).isEqualTo("delivery-1");
                assertThat(r.delivery().signedAt()).isEqualTo(NOW);
              });

      HttpResponse<Void> replayed =
          http.send(post(receiver, body, signature), HttpResponse.BodyHandlers.discarding());
      assertThat(replayed.statusCode()).isEqualTo(401);
      assertThat(receiver.refused()).isEqualTo(2);

      HttpResponse<Void> get =
          http.send(
              HttpRequest.newBuilder(receiver.url()).GET().build(),
              HttpResponse.BodyHandlers.discarding());
      assertThat(get.statusCode()).isEqualTo(405);
    }
  }

  @Test
  void aSignedBodyThatIsNotAnEventIsRefusedWith400AndAnOversizedOneWith413()
      throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    try (WebhookReceiver receiver =
        WebhookReceiver.start(SECRET, Clock.fixed(NOW, ZoneOffset.UTC))) {
      byte[] notAnEvent = "[1, 2, 3]".getBytes(StandardCharsets.UTF_8);
      HttpResponse<Void> unreadable =
          http.send(
              post(receiver, notAnEvent, WebhookSigner.of(SECRET).sign(notAnEvent, NOW), "d-2"),
              HttpResponse.BodyHandlers.discarding());
      assertThat(unreadable.statusCode()).isEqualTo(400);

      byte[] oversized = new byte[WebhookReceiver.MAX_BODY_BYTES + 1];
      java.util.Arrays.fill(oversized, (byte) ' ');
      HttpResponse<Void> tooLarge =
          http.send(
              post(receiver, oversized, WebhookSigner.of(SECRET).sign(oversized, NOW), "d-3"),
              HttpResponse.BodyHandlers.discarding());
      assertThat(tooLarge.statusCode()).isEqualTo(413);
      assertThat(receiver.refused()).isEqualTo(2);
      assertThat(receiver.received()).isEmpty();
    }
  }

  private static HttpRequest post(WebhookReceiver receiver, byte[] body, String signature) {
    return post(receiver, body, signature, "delivery-1");
  }

  private static HttpRequest post(
      WebhookReceiver receiver, byte[] body, String signature, String deliveryId) {
    return HttpRequest.newBuilder(receiver.url())
        .header(WebhookVerifier.SIGNATURE_HEADER, signature)
        .header(WebhookVerifier.DELIVERY_ID_HEADER, deliveryId)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }
}
