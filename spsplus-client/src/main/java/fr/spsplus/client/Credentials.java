package fr.spsplus.client;

/**
 * How a client proves who it is: nothing ({@link #none()}), an {@link ApiKey}, or OAuth 2.0 client
 * credentials ({@link OAuthClientCredentials}).
 *
 * <p>Every implementation is immutable and thread-safe, and its {@code toString()} hides the secret
 * ({@code ***}). The client never logs credentials or the tokens it obtains with them.
 */
public sealed interface Credentials permits AnonymousCredentials, ApiKey, OAuthClientCredentials {

  /**
   * Returns the absence of credentials, for open services such as the Services Publics+ open data.
   *
   * @return the anonymous credentials
   */
  static Credentials none() {
    return AnonymousCredentials.INSTANCE;
  }
}
