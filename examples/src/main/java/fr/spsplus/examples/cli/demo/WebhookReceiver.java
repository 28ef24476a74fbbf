package fr.spsplus.examples.cli.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.spsplus.client.platform.PlatformEvent;
import fr.spsplus.client.webhook.WebhookDelivery;
import fr.spsplus.client.webhook.WebhookVerificationException;
import fr.spsplus.client.webhook.WebhookVerifier;
import fr.spsplus.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A webhook endpoint as an integrator would write one, in a few lines of the JDK's own HTTP server
 * ({@code com.sun.net.httpserver}) on a loopback port: each {@code POST} is verified by {@link
 * WebhookVerifier} on its raw bytes <em>before</em> it is read, then parsed with {@link
 * PlatformEvent#parse(byte[])}. A verified delivery is answered {@code 204}, a refused one {@code
 * 401} (the platform retries it later, as the contract says), a body over {@value #MAX_BODY_BYTES}
 * bytes {@code 413} without being verified, and a verified body that is not a readable event {@code
 * 400}. Every delivery not answered {@code 204} is counted as refused.
 *
 * <p>Deliveries are kept in arrival order for the demonstration to print. Thread-safe: the server's
 * thread adds, the demonstration reads.
 */
final class WebhookReceiver implements AutoCloseable {

  /** The path of the endpoint. */
  static final String PATH = "/webhooks";

  /** The most bytes read from one delivery: 1 MiB, far above any event of the contract. */
  static final int MAX_BODY_BYTES = 1 << 20;

  private final HttpServer server;
  private final WebhookVerifier verifier;
  private final List<Received> received = new ArrayList<>();
  private int refused;

  /**
   * One delivery accepted by the receiver.
   *
   * @param delivery the verified delivery (signing time and delivery id)
   * @param event the event read from the body, or null for a type this version does not know
   * @param body the raw body
   * @param signature the signature header as received
   */
  record Received(
      WebhookDelivery delivery, @Nullable PlatformEvent event, byte[] body, String signature) {}

  private WebhookReceiver(HttpServer server, WebhookVerifier verifier) {
    this.server = server;
    this.verifier = verifier;
  }

  /**
   * Starts a receiver on a free loopback port.
   *
   * @param secret the secret shared with the platform
   * @param clock the clock the signatures' freshness is judged on (the platform's)
   * @return the started receiver
   * @throws UncheckedIOException if no port can be opened
   */
  static WebhookReceiver start(String secret, Clock clock) {
    WebhookVerifier verifier = WebhookVerifier.builder().secret(secret).clock(clock).build();
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    WebhookReceiver receiver = new WebhookReceiver(server, verifier);
    server.createContext(PATH, receiver::handle);
    server.start();
    return receiver;
  }

  /**
   * Returns the endpoint's URL, to subscribe to the platform's events.
   *
   * @return {@code http://127.0.0.1:<port>/webhooks}
   */
  URI url() {
    InetSocketAddress address = server.getAddress();
    return URI.create(
        "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + PATH);
  }

  /**
   * Returns the deliveries accepted so far, in arrival order.
   *
   * @return a copy of the list
   */
  synchronized List<Received> received() {
    return List.copyOf(received);
  }

  /**
   * Counts the deliveries refused so far.
   *
   * @return the number
   */
  synchronized int refused() {
    return refused;
  }

  /**
   * Verifies a delivery with this receiver's verifier, as if it had arrived (for the counter-proof:
   * a replayed or altered delivery).
   *
   * @param body the body
   * @param signature the signature header
   * @param deliveryId the delivery id header
   * @return the verified delivery
   * @throws WebhookVerificationException if the delivery must be refused
   */
  WebhookDelivery verify(byte[] body, String signature, @Nullable String deliveryId) {
    return verifier.verify(body, signature, deliveryId);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (!exchange.getRequestMethod().equals("POST")) {
        exchange.sendResponseHeaders(405, -1);
        return;
      }
      byte[] body;
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY_BYTES + 1);
      }
      if (body.length > MAX_BODY_BYTES) {
        refuse(exchange, 413);
        return;
      }
      String signature = exchange.getRequestHeaders().getFirst(WebhookVerifier.SIGNATURE_HEADER);
      String deliveryId = exchange.getRequestHeaders().getFirst(WebhookVerifier.DELIVERY_ID_HEADER);
      WebhookDelivery delivery;
      try {
        delivery = verifier.verify(body, signature, deliveryId);
      } catch (WebhookVerificationException e) {
        refuse(exchange, 401);
        return;
      }
      PlatformEvent event;
      try {
        event = PlatformEvent.parse(body).orElse(null);
      } catch (InvalidInputException e) {
        refuse(exchange, 400);
        return;
      }
      synchronized (this) {
        received.add(new Received(delivery, event, body, Objects.requireNonNull(signature)));
      }
      exchange.sendResponseHeaders(204, -1);
    }
  }

  private void refuse(HttpExchange exchange, int status) throws IOException {
    synchronized (this) {
      refused++;
    }
    exchange.sendResponseHeaders(status, -1);
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
  }
}
