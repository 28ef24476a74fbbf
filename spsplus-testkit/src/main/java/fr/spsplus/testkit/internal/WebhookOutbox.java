package fr.spsplus.testkit.internal;

import fr.spsplus.client.platform.PlatformEvent;
import fr.spsplus.client.webhook.WebhookSigner;
import fr.spsplus.client.webhook.WebhookVerifier;
import fr.spsplus.core.SpsplusVersion;
import fr.spsplus.testkit.WebhookAttempt;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * The fake's webhook deliveries: every event is queued for the subscription in force when it
 * happens, and delivered when a test asks ({@link #deliverDue()}), synchronously, so that no test
 * waits for a background thread. A delivery that fails (no answer, or not {@code 2XX}) is retried
 * with exponential backoff on the fake's clock, with the same delivery id and a fresh signature,
 * until the retry window closes. Thread-safe.
 */
public final class WebhookOutbox implements Consumer<PlatformEvent>, AutoCloseable {

  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private record Subscription(URI url, WebhookSigner signer) {}

  private static final class Delivery {
    final long sequence;
    final PlatformEvent event;
    final byte[] body;
    final Subscription subscription;
    final Instant firstAttemptAt;
    Instant nextAttemptAt;
    int attempts;

    Delivery(long sequence, PlatformEvent event, Subscription subscription, Instant at) {
      this.sequence = sequence;
      this.event = event;
      this.body = event.toJson();
      this.subscription = subscription;
      this.firstAttemptAt = at;
      this.nextAttemptAt = at;
    }
  }

  private final FakeTime time;
  private final Duration firstBackoff;
  private final Duration maxBackoff;
  private final Duration retryWindow;
  private final OkHttpClient http;
  private final List<PlatformEvent> events = new ArrayList<>();
  private final List<Delivery> pending = new ArrayList<>();
  private final List<WebhookAttempt> attempts = new ArrayList<>();
  private @Nullable Subscription subscription;
  private long sequence;

  /**
   * Returns an outbox.
   *
   * @param time the fake's time
   * @param firstBackoff the wait after the first failed attempt; doubled after each failure
   * @param maxBackoff the longest wait between two attempts
   * @param retryWindow how long after its first attempt a delivery is retried
   * @param timeout how long the receiver has to answer
   */
  public WebhookOutbox(
      FakeTime time,
      Duration firstBackoff,
      Duration maxBackoff,
      Duration retryWindow,
      Duration timeout) {
    this.time = Objects.requireNonNull(time, "time");
    this.firstBackoff = firstBackoff;
    this.maxBackoff = maxBackoff;
    this.retryWindow = retryWindow;
    this.http =
        new OkHttpClient.Builder()
            .callTimeout(timeout)
            .connectTimeout(timeout)
            .readTimeout(timeout)
            .followRedirects(false)
            .retryOnConnectionFailure(false)
            .build();
  }

  /**
   * Sets the endpoint that receives the next events (the events already queued keep theirs).
   *
   * @param url the receiver's URL
   * @param secret the shared secret, at least 16 bytes
   */
  public synchronized void subscribe(URI url, String secret) {
    this.subscription =
        new Subscription(Objects.requireNonNull(url, "url"), WebhookSigner.of(secret));
  }

  /** Stops queueing events for delivery (they are still recorded). */
  public synchronized void unsubscribe() {
    this.subscription = null;
  }

  @Override
  public synchronized void accept(PlatformEvent event) {
    events.add(event);
    Subscription current = subscription;
    if (current != null) {
      pending.add(new Delivery(++sequence, event, current, time.instant()));
    }
  }

  /**
   * Makes every attempt that is due now, one after the other, in the order they fell due.
   *
   * @return the attempts made
   */
  public List<WebhookAttempt> deliverDue() {
    List<Delivery> due;
    synchronized (this) {
      Instant now = time.instant();
      due =
          pending.stream()
              .filter(d -> !d.nextAttemptAt.isAfter(now))
              .sorted(
                  Comparator.comparing((Delivery d) -> d.nextAttemptAt)
                      .thenComparingLong(d -> d.sequence))
              .toList();
    }
    List<WebhookAttempt> made = new ArrayList<>();
    for (Delivery delivery : due) {
      made.add(attempt(delivery));
    }
    return made;
  }

  private WebhookAttempt attempt(Delivery delivery) {
    Instant at = time.instant();
    Request request =
        new Request.Builder()
            .url(delivery.subscription.url().toString())
            .post(RequestBody.create(delivery.body, JSON))
            .header(
                WebhookVerifier.SIGNATURE_HEADER,
                delivery.subscription.signer().sign(delivery.body, at))
            .header(WebhookVerifier.DELIVERY_ID_HEADER, delivery.event.id())
            .header("User-Agent", "spsplus-testkit/" + SpsplusVersion.version())
            .build();
    int status = 0;
    String failure = null;
    try (Response response = http.newCall(request).execute()) {
      status = response.code();
    } catch (IOException e) {
      failure = e.getClass().getSimpleName();
    }
    synchronized (this) {
      delivery.attempts++;
      Instant next = null;
      if (status >= 200 && status <= 299) {
        pending.remove(delivery);
      } else {
        long factor = 1L << Math.min(delivery.attempts - 1, 30);
        Duration wait = firstBackoff.multipliedBy(factor);
        if (wait.compareTo(maxBackoff) > 0) {
          wait = maxBackoff;
        }
        Instant candidate = at.plus(wait);
        if (candidate.isAfter(delivery.firstAttemptAt.plus(retryWindow))) {
          pending.remove(delivery);
        } else {
          delivery.nextAttemptAt = candidate;
          next = candidate;
        }
      }
      WebhookAttempt attempt =
          new WebhookAttempt(
              delivery.event.id(),
              delivery.event.type(),
              delivery.attempts,
              at,
              status,
              failure,
              next);
      attempts.add(attempt);
      return attempt;
    }
  }

  /**
   * Returns every event that happened, delivered or not.
   *
   * @return a copy, in order
   */
  public synchronized List<PlatformEvent> events() {
    return List.copyOf(events);
  }

  /**
   * Returns every attempt made.
   *
   * @return a copy, in order
   */
  public synchronized List<WebhookAttempt> attempts() {
    return List.copyOf(attempts);
  }

  /**
   * Returns the number of deliveries not yet made or to be retried.
   *
   * @return the number
   */
  public synchronized int pending() {
    return pending.size();
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
