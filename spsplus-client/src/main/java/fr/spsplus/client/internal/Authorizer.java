package fr.spsplus.client.internal;

import fr.spsplus.client.ApiKey;
import fr.spsplus.client.Credentials;
import fr.spsplus.client.OAuthClientCredentials;
import java.time.Clock;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/** Adds credentials to each attempt of a call, and renews them after a {@code 401}. */
interface Authorizer {

  /** The authorizer that adds nothing. */
  Authorizer NONE = (request, url) -> null;

  /**
   * Adds the credentials to a request about to be sent.
   *
   * @param request the request being built; its URL is {@code url}
   * @param url the URL of the request, before credentials
   * @return what was used (an access token), to pass back to {@link #renew(Object)}, or null
   */
  @Nullable Object authorize(Request.Builder request, HttpUrl url);

  /**
   * Renews the credentials after the service answered {@code 401} to a request sent with {@code
   * rejected}.
   *
   * @param rejected what {@link #authorize} returned for the rejected request
   * @return true if the call should be replayed once with fresh credentials
   */
  default boolean renew(@Nullable Object rejected) {
    return false;
  }

  /**
   * Returns the authorizer for a set of credentials.
   *
   * @param credentials the credentials
   * @param loop the loop that fetches OAuth tokens
   * @param clock the clock for token expiry
   * @return the authorizer
   */
  static Authorizer of(Credentials credentials, AttemptLoop loop, Clock clock) {
    if (credentials instanceof ApiKey key) {
      return switch (key.placement()) {
        case HEADER -> {
          String value = key.scheme().map(s -> s + " " + key.secret()).orElse(key.secret());
          yield (request, url) -> {
            request.header(key.name(), value);
            return null;
          };
        }
        case QUERY ->
            (request, url) -> {
              request.url(url.newBuilder().addQueryParameter(key.name(), key.secret()).build());
              return null;
            };
      };
    }
    if (credentials instanceof OAuthClientCredentials oauth) {
      return new OAuthTokenSource(oauth, loop, clock);
    }
    return NONE;
  }
}
