package fr.spsplus.client.webhook;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** Checks webhook secrets and turns them into HMAC keys. */
final class WebhookSecrets {

  /** The shortest secret accepted: 16 bytes (128 bits). Proposed minimum. */
  static final int MIN_SECRET_BYTES = 16;

  private static final MessageBundle MESSAGES = MessageBundle.of(WebhookSecrets.class, "messages");

  private WebhookSecrets() {}

  static byte[] key(String secret) {
    Objects.requireNonNull(secret, "secret");
    byte[] key = secret.getBytes(StandardCharsets.UTF_8);
    if (secret.isBlank() || key.length < MIN_SECRET_BYTES) {
      throw new InvalidInputException(
          MESSAGES.message("webhook.secret.short", "secret", MIN_SECRET_BYTES));
    }
    return key;
  }
}
