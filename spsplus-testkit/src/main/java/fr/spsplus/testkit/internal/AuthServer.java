package fr.spsplus.testkit.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The credentials the fake accepts: API keys sent as {@code Authorization: Bearer <key>}, and OAuth
 * 2.0 client credentials (RFC 6749 §4.4) exchanged at the token endpoint for bearer tokens that
 * expire on the fake's clock. Thread-safe.
 */
public final class AuthServer {

  /** The path of the token endpoint: {@value}. */
  public static final String TOKEN_PATH = "/oauth/token";

  /**
   * Who is calling.
   *
   * @param id the identity that scopes idempotency keys and rate limits: {@code key:<n>} for the
   *     n-th API key, {@code client:<id>} for an OAuth client, {@code anonymous}
   * @param scopes the OAuth scopes granted, or null for an API key (every operation)
   */
  public record Principal(String id, @Nullable Set<String> scopes) {

    /** No credentials, or credentials the fake does not know. */
    public static final Principal ANONYMOUS = new Principal("anonymous", Set.of());

    /**
     * Tells whether the principal may call an operation that requires these scopes.
     *
     * @param required the operation's scopes (any one suffices); empty for none
     * @return true when allowed
     */
    public boolean allows(Set<String> required) {
      if (scopes == null || required.isEmpty()) {
        return true;
      }
      for (String scope : required) {
        if (scopes.contains(scope)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * An OAuth client.
   *
   * @param id the client id
   * @param secret the client secret
   * @param scopes the scopes it may obtain
   */
  public record Client(String id, String secret, Set<String> scopes) {}

  private record Token(String clientId, Set<String> scopes, Instant expiresAt) {}

  private final List<String> apiKeys;
  private final Map<String, Client> clients = new LinkedHashMap<>();
  private final Duration tokenLifetime;
  private final FakeTime time;
  private final Map<String, Token> tokens = new HashMap<>();
  private long issued;

  /**
   * Returns the credentials of a fake.
   *
   * @param apiKeys the accepted API keys
   * @param clients the OAuth clients
   * @param tokenLifetime how long a token is valid
   * @param time the fake's time
   */
  public AuthServer(
      List<String> apiKeys, List<Client> clients, Duration tokenLifetime, FakeTime time) {
    this.apiKeys = List.copyOf(apiKeys);
    for (Client client : clients) {
      this.clients.put(client.id(), client);
    }
    this.tokenLifetime = Objects.requireNonNull(tokenLifetime, "tokenLifetime");
    this.time = Objects.requireNonNull(time, "time");
  }

  /**
   * Identifies the caller of a platform operation.
   *
   * @param authorization the {@code Authorization} header, or null
   * @return the principal, or empty when the credentials are missing, unknown or expired
   */
  public synchronized Optional<Principal> authenticate(@Nullable String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.empty();
    }
    String value = authorization.substring(7).strip();
    int key = apiKeys.indexOf(value);
    if (key >= 0) {
      return Optional.of(new Principal("key:" + (key + 1), null));
    }
    Token token = tokens.get(value);
    if (token == null || !time.instant().isBefore(token.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(new Principal("client:" + token.clientId(), token.scopes()));
  }

  /**
   * Answers a request to the token endpoint ({@code POST}, form-encoded).
   *
   * @param authorization the {@code Authorization} header, or null
   * @param contentType the {@code Content-Type} header, or null
   * @param body the request body
   * @return the answer: the token, or an RFC 6749 §5.2 error
   */
  public synchronized Answer token(
      @Nullable String authorization, @Nullable String contentType, byte[] body) {
    if (contentType == null
        || !contentType
            .toLowerCase(java.util.Locale.ROOT)
            .startsWith("application/x-www-form-urlencoded")) {
      return oauthError(400, "invalid_request", "The body must be form-encoded.");
    }
    Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
    String clientId = form.get("client_id");
    String secret = form.get("client_secret");
    if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      String decoded;
      try {
        decoded =
            new String(
                Base64.getDecoder().decode(authorization.substring(6).strip()),
                StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        return invalidClient();
      }
      int colon = decoded.indexOf(':');
      if (colon < 0) {
        return invalidClient();
      }
      clientId = decode(decoded.substring(0, colon));
      secret = decode(decoded.substring(colon + 1));
    }
    Client client = clientId == null ? null : clients.get(clientId);
    if (client == null || !client.secret().equals(secret)) {
      return invalidClient();
    }
    if (!"client_credentials".equals(form.get("grant_type"))) {
      return oauthError(
          400, "unsupported_grant_type", "Only the client_credentials grant is supported.");
    }
    Set<String> granted = new LinkedHashSet<>();
    String scope = form.get("scope");
    if (scope == null || scope.isBlank()) {
      granted.addAll(client.scopes());
    } else {
      for (String requested : scope.strip().split(" +")) {
        if (!client.scopes().contains(requested)) {
          return oauthError(
              400, "invalid_scope", "A requested scope is not granted to this client.");
        }
        granted.add(requested);
      }
    }
    issued++;
    String value = String.format(java.util.Locale.ROOT, "fake-token-%06d", issued);
    tokens.put(
        value, new Token(client.id(), Set.copyOf(granted), time.instant().plus(tokenLifetime)));
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("access_token", value);
    answer.put("token_type", "Bearer");
    answer.put("expires_in", tokenLifetime.getSeconds());
    answer.put("scope", String.join(" ", granted));
    return Answer.json(200, answer)
        .header("Cache-Control", "no-store")
        .header("Pragma", "no-cache");
  }

  /**
   * Returns the number of tokens issued so far.
   *
   * @return the number
   */
  public synchronized long tokensIssued() {
    return issued;
  }

  private static Answer invalidClient() {
    return oauthError(401, "invalid_client", "Unknown client or wrong secret.")
        .header("WWW-Authenticate", "Basic realm=\"spsplus-testkit\"");
  }

  private static Answer oauthError(int status, String error, String description) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("error", error);
    body.put("error_description", description);
    return Answer.json(status, body).header("Cache-Control", "no-store");
  }

  private static Map<String, String> form(String body) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String pair : body.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = decode(equals < 0 ? pair : pair.substring(0, equals));
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      values.putIfAbsent(name, value);
    }
    return values;
  }

  private static String decode(String text) {
    try {
      return URLDecoder.decode(text, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return text;
    }
  }
}
