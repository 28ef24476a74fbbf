package fr.spsplus.client.webhook;

import fr.spsplus.client.SpsplusException;
import fr.spsplus.core.i18n.LocalizedMessage;
import java.util.Objects;

/**
 * A webhook delivery was refused: answer it with {@code 400} (or {@code 401}) and do not act on it.
 * {@link #reason()} tells why; the message never repeats the header or the body.
 */
public final class WebhookVerificationException extends SpsplusException {

  private static final long serialVersionUID = 1L;

  /** Why a delivery was refused, as a stable code. */
  public enum Reason {
    /** The signature header is missing, or has no timestamp or no {@code v1} signature. */
    MALFORMED_HEADER,
    /** No {@code v1} signature matches the body and timestamp under any configured secret. */
    SIGNATURE_MISMATCH,
    /** The signature is older than the tolerance: possibly a replay of a captured delivery. */
    TIMESTAMP_TOO_OLD,
    /** The signature is dated further in the future than the tolerance allows. */
    TIMESTAMP_IN_FUTURE,
    /** This signature, or this delivery id, was already accepted. */
    REPLAYED
  }

  private final Reason reason;

  WebhookVerificationException(Reason reason, LocalizedMessage message) {
    super(message, null);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Returns why the delivery was refused.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
