package fr.spsplus.testkit;

import fr.spsplus.core.internal.Checks;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One attempt of the fake platform to deliver a webhook event.
 *
 * @param deliveryId the delivery id ({@code Spsplus-Delivery-Id}, also the event's id), the same
 *     for every attempt of one event
 * @param eventType the event's type, such as {@code experience.published}
 * @param attempt the attempt's number for this delivery, from 1
 * @param attemptedAt when it was made, on the fake's clock
 * @param status the receiver's status, or 0 when no answer came (connection refused, timeout)
 * @param failure a short description of the failure when no answer came, or null
 * @param nextAttemptAt when the next attempt is due, or null when delivered or given up
 */
public record WebhookAttempt(
    String deliveryId,
    String eventType,
    int attempt,
    Instant attemptedAt,
    int status,
    @Nullable String failure,
    @Nullable Instant nextAttemptAt) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the attempt number is not positive
   */
  public WebhookAttempt {
    Objects.requireNonNull(deliveryId, "deliveryId");
    Objects.requireNonNull(eventType, "eventType");
    Checks.requirePositive(attempt, "attempt");
    Objects.requireNonNull(attemptedAt, "attemptedAt");
  }

  /**
   * Tells whether the receiver accepted the delivery (any {@code 2XX}).
   *
   * @return true when delivered
   */
  public boolean delivered() {
    return status >= 200 && status <= 299;
  }
}
