package fr.spsplus.client.internal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An OAuth access token and when to replace it. Compared by identity: the token source uses that to
 * tell whether another thread already replaced a rejected token.
 */
final class AccessToken {

  private final String value;
  private final @Nullable Instant refreshAt;

  AccessToken(String value, @Nullable Instant refreshAt) {
    this.value = value;
    this.refreshAt = refreshAt;
  }

  String value() {
    return value;
  }

  /**
   * Tells whether the token may still be sent at {@code now}; a token without expiry always may.
   */
  boolean usableAt(Instant now) {
    return refreshAt == null || now.isBefore(refreshAt);
  }

  /** Hides the token. */
  @Override
  public String toString() {
    return "AccessToken[***, refreshAt=" + refreshAt + "]";
  }
}
