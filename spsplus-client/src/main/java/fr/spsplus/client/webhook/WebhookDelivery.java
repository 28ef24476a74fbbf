package fr.spsplus.client.webhook;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A webhook delivery that passed {@link WebhookVerifier#verify}: authentic, fresh and not seen
 * before.
 *
 * @param signedAt when the sender signed it (the {@code t} of the signature header)
 * @param deliveryId the delivery id the sender gave, if any
 */
public record WebhookDelivery(Instant signedAt, @Nullable String deliveryId) {

  /** Checks the components. */
  public WebhookDelivery {
    Objects.requireNonNull(signedAt, "signedAt");
  }
}
