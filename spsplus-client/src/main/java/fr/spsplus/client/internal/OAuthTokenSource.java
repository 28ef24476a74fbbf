package fr.spsplus.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import fr.spsplus.client.AuthenticationException;
import fr.spsplus.client.OAuthClientCredentials;
import fr.spsplus.client.OAuthClientCredentials.ClientAuthentication;
import fr.spsplus.client.ServiceError;
import fr.spsplus.client.SpsplusClientException.Kind;
import fr.spsplus.client.SpsplusServiceException;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;
import okhttp3.FormBody;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Obtains, caches and renews OAuth 2.0 access tokens with the client-credentials grant (RFC 6749
 * §4.4), and adds {@code Authorization: Bearer <token>} to each request.
 *
 * <p>At most one token request is in flight at a time: a thread that finds the cached token stale
 * takes the lock, checks again, and fetches; the others wait for the lock and find the fresh token.
 * After a {@code 401}, {@link #renew(Object)} fetches a new token only if no other thread has
 * already replaced the rejected one. Token requests go through the attempt loop as safe-to-repeat
 * calls (obtaining a token has no side effect) and carry no idempotency key.
 */
final class OAuthTokenSource implements Authorizer {

  private static final Logger LOG = LoggerFactory.getLogger(AttemptLoop.LOGGER);

  /**
   * The longest {@code expires_in} taken as an expiry, in seconds: one year (366 days). Beyond it
   * the token is treated as one without expiry, renewed only when the service answers {@code 401}.
   */
  static final long MAX_LIFETIME_SECONDS = 366L * 24 * 3600;

  private final OAuthClientCredentials credentials;
  private final HttpUrl endpoint;
  private final AttemptLoop loop;
  private final Clock clock;
  private final ReentrantLock lock = new ReentrantLock();
  private volatile @Nullable AccessToken current;

  OAuthTokenSource(OAuthClientCredentials credentials, AttemptLoop loop, Clock clock) {
    this.credentials = credentials;
    this.endpoint = SecureUrls.require(credentials.tokenEndpoint().toString(), "tokenEndpoint");
    this.loop = loop;
    this.clock = clock;
  }

  @Override
  public Object authorize(Request.Builder request, HttpUrl url) {
    AccessToken token = token();
    request.header("Authorization", "Bearer " + token.value());
    return token;
  }

  @Override
  public boolean renew(@Nullable Object rejected) {
    lock();
    try {
      AccessToken token = current;
      if (token != null && token != rejected && token.usableAt(clock.instant())) {
        return true;
      }
      current = fetch();
      return true;
    } finally {
      lock.unlock();
    }
  }

  AccessToken token() {
    AccessToken token = current;
    if (token != null && token.usableAt(clock.instant())) {
      return token;
    }
    lock();
    try {
      token = current;
      if (token != null && token.usableAt(clock.instant())) {
        return token;
      }
      token = fetch();
      current = token;
      return token;
    } finally {
      lock.unlock();
    }
  }

  private void lock() {
    try {
      lock.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CallFailures.of(Kind.INTERRUPTED, "POST", endpoint.encodedPath(), 0, e);
    }
  }

  private AccessToken fetch() {
    FormBody.Builder form = new FormBody.Builder().add("grant_type", "client_credentials");
    if (!credentials.scopes().isEmpty()) {
      form.add("scope", String.join(" ", credentials.scopes()));
    }
    Headers.Builder headers = new Headers.Builder().add("Accept", "application/json");
    if (credentials.clientAuthentication() == ClientAuthentication.CLIENT_SECRET_POST) {
      form.add("client_id", credentials.clientId())
          .add("client_secret", credentials.clientSecret());
    } else {
      headers.add(
          "Authorization",
          okhttp3.Credentials.basic(
              formEncode(credentials.clientId()),
              formEncode(credentials.clientSecret()),
              StandardCharsets.UTF_8));
    }
    Instant requestedAt = clock.instant();
    AttemptLoop.Plan plan =
        new AttemptLoop.Plan(
            "POST",
            endpoint,
            form.build(),
            headers.build(),
            true,
            null,
            Authorizer.NONE,
            OAuthTokenSource::tokenError);
    return loop.run(
        plan,
        (response, metadata) -> {
          byte[] body;
          try (response) {
            // A token answer is a few hundred bytes: the fixed cap of error bodies applies.
            body = BodyLimits.read(response.body(), ErrorBody.MAX_BYTES, false);
          }
          return parse(body, requestedAt, plan, metadata.attempts());
        });
  }

  /** RFC 6749 §5.2: a token endpoint answers 400 (or 401) to bad client credentials. */
  private static SpsplusServiceException tokenError(ServiceError error) {
    int status = error.statusCode();
    return status == 400 || status == 401
        ? new AuthenticationException(error)
        : SpsplusServiceException.of(error);
  }

  private AccessToken parse(byte[] body, Instant requestedAt, AttemptLoop.Plan plan, int attempts) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (IOException | RuntimeException e) {
      throw CallFailures.of(Kind.DECODE, plan.method(), plan.path(), attempts, e);
    }
    JsonNode accessToken = root == null ? null : root.get("access_token");
    JsonNode tokenType = root == null ? null : root.get("token_type");
    if (accessToken == null
        || !accessToken.isTextual()
        || !isVisibleAscii(accessToken.textValue())
        || (tokenType != null && !"bearer".equalsIgnoreCase(tokenType.asText()))) {
      throw CallFailures.of(Kind.DECODE, plan.method(), plan.path(), attempts, null);
    }
    long lifetime = seconds(root.get("expires_in"));
    if (lifetime > MAX_LIFETIME_SECONDS) {
      // A lifetime of more than a year is no expiry in practice, and a huge one would overflow the
      // instant arithmetic below: treat it as "no expiry" (the token is renewed after a 401).
      lifetime = 0;
    }
    Instant refreshAt = null;
    if (lifetime > 0) {
      Duration life = Duration.ofSeconds(lifetime);
      Duration skew = credentials.refreshSkew();
      if (skew.multipliedBy(2).compareTo(life) > 0) {
        skew = life.dividedBy(2);
      }
      refreshAt = requestedAt.plus(life).minus(skew);
    }
    LOG.debug(
        "OAuth token obtained from {}, {}",
        plan.path(),
        lifetime > 0 ? "valid " + lifetime + " s" : "without expiry");
    return new AccessToken(accessToken.textValue(), refreshAt);
  }

  /**
   * Whether a token can be sent in an {@code Authorization: Bearer} header: one or more visible
   * ASCII characters (RFC 6749 §A.12 allows 0x20 to 0x7E; a space would split the header's value,
   * and OkHttp refuses control characters).
   */
  private static boolean isVisibleAscii(String token) {
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= ' ' || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  private static long seconds(@Nullable JsonNode node) {
    if (node == null) {
      return 0;
    }
    if (node.canConvertToLong()) {
      return node.longValue();
    }
    if (node.isTextual() && node.textValue().matches("\\d{1,12}")) {
      return Long.parseLong(node.textValue());
    }
    return 0;
  }

  private static String formEncode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "OAuthTokenSource[" + credentials + "]";
  }
}
