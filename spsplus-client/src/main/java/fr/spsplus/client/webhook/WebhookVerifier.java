package fr.spsplus.client.webhook;

import fr.spsplus.client.internal.ClientChecks;
import fr.spsplus.client.webhook.WebhookVerificationException.Reason;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Checks that a webhook delivery is authentic, fresh and new.
 *
 * <p><b>Scheme.</b> The sender computes {@code HMAC-SHA256(secret, "<t>.<body>")}, where {@code
 * <t>} is the Unix time in seconds and {@code <body>} the exact bytes sent, and writes it in lower-
 * or upper-case hex in the header {@value #SIGNATURE_HEADER}: {@code Spsplus-Signature:
 * t=1772446530,v1=3e7077c5…}. Several {@code v1} entries may be present (during a rotation of
 * secrets); entries of other schemes are ignored, so a future {@code v2} does not break this
 * verifier. The header {@value #DELIVERY_ID_HEADER} carries an id that stays the same when the
 * sender redelivers. This follows the widely used Stripe-style construction; the platform's own
 * webhook contract is not public yet, so this scheme is a <em>proposed default</em>.
 *
 * <p><b>Checks, in order.</b>
 *
 * <ol>
 *   <li>the header is well formed ({@link Reason#MALFORMED_HEADER});
 *   <li>a {@code v1} matches under one of the secrets, compared in constant time with {@link
 *       MessageDigest#isEqual} ({@link Reason#SIGNATURE_MISMATCH});
 *   <li>the timestamp is within the tolerance of the clock, default {@value
 *       #DEFAULT_TOLERANCE_MINUTES} minutes, in the past ({@link Reason#TIMESTAMP_TOO_OLD}) or the
 *       future ({@link Reason#TIMESTAMP_IN_FUTURE}, allowing for clock drift);
 *   <li>neither the signature (which identifies timestamp and body) nor the delivery id was
 *       accepted before ({@link Reason#REPLAYED}). The signature is remembered for the tolerance
 *       window, after which step 3 refuses it anyway; the delivery id for {@link
 *       #DEFAULT_DELIVERY_ID_RETENTION} (proposed default), since senders redeliver for hours.
 * </ol>
 *
 * <p>Only deliveries that pass steps 1 to 3 are remembered, so forged requests cannot fill the
 * store. Immutable and thread-safe (given a thread-safe store); {@link #toString()} hides the
 * secrets.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.builder().secret(System.getenv("SPSPLUS_WEBHOOK_SECRET")).build();
 * WebhookDelivery delivery = verifier.verify(rawBody,
 *     request.getHeader(WebhookVerifier.SIGNATURE_HEADER),
 *     request.getHeader(WebhookVerifier.DELIVERY_ID_HEADER));
 * }</pre>
 */
public final class WebhookVerifier {

  /** The header that carries the timestamp and signatures. */
  public static final String SIGNATURE_HEADER = "Spsplus-Signature";

  /** The header that carries the delivery id. */
  public static final String DELIVERY_ID_HEADER = "Spsplus-Delivery-Id";

  /** The default tolerance, in minutes: 5, the replay window commonly used by webhook senders. */
  public static final int DEFAULT_TOLERANCE_MINUTES = 5;

  /** How long a delivery id is remembered by default: 24 hours. Proposed default. */
  public static final Duration DEFAULT_DELIVERY_ID_RETENTION = Duration.ofHours(24);

  /** How many keys the default in-memory replay store holds: 100,000. Proposed default. */
  public static final int DEFAULT_REPLAY_CAPACITY = 100_000;

  private static final int MAX_DELIVERY_ID_LENGTH = 200;
  private static final MessageBundle MESSAGES = MessageBundle.of(WebhookVerifier.class, "messages");

  private final List<byte[]> keys;
  private final Duration tolerance;
  private final Duration deliveryIdRetention;
  private final Clock clock;
  private final WebhookReplayStore replayStore;

  private WebhookVerifier(Builder builder) {
    if (builder.keys.isEmpty()) {
      throw new InvalidInputException(MESSAGES.message("webhook.secret.missing", "secret"));
    }
    this.keys = List.copyOf(builder.keys);
    this.tolerance = builder.tolerance;
    this.deliveryIdRetention = builder.deliveryIdRetention;
    this.clock = builder.clock;
    this.replayStore =
        builder.replayStore != null
            ? builder.replayStore
            : WebhookReplayStore.inMemory(DEFAULT_REPLAY_CAPACITY);
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a delivery.
   *
   * @param body the body exactly as received, before any parsing
   * @param signatureHeader the value of {@value #SIGNATURE_HEADER}, or null if it was absent
   * @param deliveryId the value of {@value #DELIVERY_ID_HEADER}, or null if it was absent
   * @return the verified delivery
   * @throws WebhookVerificationException if the delivery must be refused
   */
  public WebhookDelivery verify(
      byte[] body, @Nullable String signatureHeader, @Nullable String deliveryId) {
    Objects.requireNonNull(body, "body");
    Header header = Header.parse(signatureHeader);
    if (header == null || (deliveryId != null && !validDeliveryId(deliveryId))) {
      throw refused(Reason.MALFORMED_HEADER);
    }
    byte[] matched = null;
    for (byte[] key : keys) {
      byte[] expected = Hmac.sign(key, header.timestamp(), body);
      for (byte[] candidate : header.signatures()) {
        if (MessageDigest.isEqual(expected, candidate)) {
          matched = expected;
        }
      }
    }
    if (matched == null) {
      throw refused(Reason.SIGNATURE_MISMATCH);
    }
    Instant now = clock.instant();
    Instant signedAt = Instant.ofEpochSecond(header.timestamp());
    if (signedAt.plus(tolerance).isBefore(now)) {
      throw refused(Reason.TIMESTAMP_TOO_OLD);
    }
    if (signedAt.minus(tolerance).isAfter(now)) {
      throw refused(Reason.TIMESTAMP_IN_FUTURE);
    }
    // Step 3 accepts this signature until signedAt + tolerance inclusive; keep it one second more.
    Instant signatureExpiry = signedAt.plus(tolerance).plusSeconds(1);
    if (!replayStore.remember("v1:" + Hmac.hex(matched), signatureExpiry, now)) {
      throw refused(Reason.REPLAYED);
    }
    if (deliveryId != null
        && !replayStore.remember("id:" + deliveryId, now.plus(deliveryIdRetention), now)) {
      throw refused(Reason.REPLAYED);
    }
    return new WebhookDelivery(signedAt, deliveryId);
  }

  private static boolean validDeliveryId(String id) {
    if (id.isEmpty() || id.length() > MAX_DELIVERY_ID_LENGTH) {
      return false;
    }
    return id.chars().allMatch(c -> c > ' ' && c < 0x7f);
  }

  private static WebhookVerificationException refused(Reason reason) {
    return new WebhookVerificationException(
        reason, MESSAGES.message("webhook.refused", MESSAGES.message("webhook." + reason.name())));
  }

  @Override
  public String toString() {
    return "WebhookVerifier[secrets="
        + keys.size()
        + " x ***, tolerance="
        + ClientChecks.describe(tolerance)
        + ", store="
        + replayStore
        + "]";
  }

  /** The parsed signature header. */
  private record Header(long timestamp, List<byte[]> signatures) {

    static @Nullable Header parse(@Nullable String value) {
      if (value == null || value.length() > 4096) {
        return null;
      }
      Long timestamp = null;
      List<byte[]> signatures = new ArrayList<>();
      for (String part : value.split(",")) {
        int equals = part.indexOf('=');
        if (equals < 0) {
          return null;
        }
        String name = part.substring(0, equals).strip();
        String text = part.substring(equals + 1).strip();
        if (name.equals("t")) {
          if (timestamp != null || !text.matches("\\d{1,12}")) {
            return null;
          }
          timestamp = Long.parseLong(text);
        } else if (name.equals("v1")) {
          byte[] signature = Hmac.unhex(text);
          if (signature != null) {
            signatures.add(signature);
          }
        }
      }
      return timestamp == null || signatures.isEmpty() ? null : new Header(timestamp, signatures);
    }
  }

  /** Builds a {@link WebhookVerifier}; not thread-safe. */
  public static final class Builder {

    private final List<byte[]> keys = new ArrayList<>();
    private Duration tolerance = Duration.ofMinutes(DEFAULT_TOLERANCE_MINUTES);
    private Duration deliveryIdRetention = DEFAULT_DELIVERY_ID_RETENTION;
    private Clock clock = Clock.systemUTC();
    private @Nullable WebhookReplayStore replayStore;

    private Builder() {}

    /**
     * Adds a secret (call again to accept several during a rotation).
     *
     * @param secret the shared secret, at least 16 bytes in UTF-8
     * @return this builder
     * @throws InvalidInputException if the secret is blank or too short
     */
    public Builder secret(String secret) {
      keys.add(WebhookSecrets.key(secret));
      return this;
    }

    /**
     * Sets how far the signing time may be from the clock, either way (default {@value
     * #DEFAULT_TOLERANCE_MINUTES} minutes).
     *
     * @param tolerance 1 second to 1 hour
     * @return this builder
     * @throws InvalidInputException if out of bounds
     */
    public Builder tolerance(Duration tolerance) {
      this.tolerance =
          ClientChecks.requireBetween(
              tolerance, Duration.ofSeconds(1), Duration.ofHours(1), "tolerance");
      return this;
    }

    /**
     * Sets how long a delivery id is remembered (default 24 hours).
     *
     * @param retention 1 minute to 30 days
     * @return this builder
     * @throws InvalidInputException if out of bounds
     */
    public Builder deliveryIdRetention(Duration retention) {
      this.deliveryIdRetention =
          ClientChecks.requireBetween(
              retention, Duration.ofMinutes(1), Duration.ofDays(30), "deliveryIdRetention");
      return this;
    }

    /**
     * Sets the clock (default {@link Clock#systemUTC()}).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the replay store (default {@link WebhookReplayStore#inMemory(int)} of {@value
     * #DEFAULT_REPLAY_CAPACITY} keys, one per verifier).
     *
     * @param store the store, shared by every instance that receives deliveries
     * @return this builder
     */
    public Builder replayStore(WebhookReplayStore store) {
      this.replayStore = Objects.requireNonNull(store, "store");
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws InvalidInputException if no secret was given
     */
    public WebhookVerifier build() {
      return new WebhookVerifier(this);
    }
  }
}
