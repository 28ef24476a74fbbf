package fr.spsplus.client.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * Signs webhook bodies the way {@link WebhookVerifier} expects: the value of the {@value
 * WebhookVerifier#SIGNATURE_HEADER} header, {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}. Meant
 * for tests, fakes of the platform and relays. Immutable and thread-safe; {@link #toString()} hides
 * the secret.
 */
public final class WebhookSigner {

  private final byte[] key;

  private WebhookSigner(byte[] key) {
    this.key = key;
  }

  /**
   * Returns a signer.
   *
   * @param secret the shared secret, at least 16 bytes in UTF-8
   * @return the signer
   * @throws fr.spsplus.core.InvalidInputException if the secret is blank or too short
   */
  public static WebhookSigner of(String secret) {
    return new WebhookSigner(WebhookSecrets.key(secret));
  }

  /**
   * Returns the signature header value for a body sent at an instant.
   *
   * @param body the exact bytes of the body
   * @param sentAt when it is sent (truncated to the second)
   * @return {@code t=<unix seconds>,v1=<hex>}
   */
  public String sign(byte[] body, Instant sentAt) {
    Objects.requireNonNull(body, "body");
    long timestamp = Objects.requireNonNull(sentAt, "sentAt").getEpochSecond();
    return "t=" + timestamp + ",v1=" + Hmac.hex(Hmac.sign(key, timestamp, body));
  }

  @Override
  public String toString() {
    return "WebhookSigner[secret=***]";
  }
}
