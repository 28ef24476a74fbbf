package fr.spsplus.client;

import fr.spsplus.client.internal.ClientChecks;
import fr.spsplus.client.internal.SecureUrls;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * OAuth 2.0 client credentials (<a href="https://www.rfc-editor.org/rfc/rfc6749#section-4.4">RFC
 * 6749 §4.4</a>): the client exchanges its id and secret for an access token at the token endpoint,
 * then sends {@code Authorization: Bearer <token>} with every call.
 *
 * <p>The client caches the token and fetches a new one {@linkplain #refreshSkew() shortly before}
 * it expires. Under concurrency exactly one thread fetches at a time; the others wait for its
 * result. When a call is answered {@code 401}, the client fetches a new token once and replays the
 * call once. A token answer without {@code expires_in} is used until the service rejects it.
 *
 * <p>The token endpoint must use HTTPS (plain http is accepted for loopback hosts only, for tests).
 * Immutable and thread-safe; {@link #toString()} hides the secret.
 */
public final class OAuthClientCredentials implements Credentials {

  /**
   * How long before its expiry a token is replaced: 60 seconds. Proposed default: it absorbs clock
   * differences between the client and the authorisation server and the latency of the call that
   * carries the token. For tokens living less than twice this long, half the lifetime is used.
   */
  public static final Duration DEFAULT_REFRESH_SKEW = Duration.ofSeconds(60);

  private static final MessageBundle MESSAGES =
      MessageBundle.of(OAuthClientCredentials.class, "messages");

  /**
   * How the client authenticates itself at the token endpoint (RFC 6749 §2.3.1; the names are those
   * of the OAuth registry, RFC 7591 §2).
   */
  public enum ClientAuthentication {
    /**
     * HTTP Basic authentication with the form-encoded id and secret; every authorisation server
     * must support it (RFC 6749 §2.3.1). The default.
     */
    CLIENT_SECRET_BASIC,
    /** {@code client_id} and {@code client_secret} in the form body. */
    CLIENT_SECRET_POST
  }

  private final URI tokenEndpoint;
  private final String clientId;
  private final String clientSecret;
  private final List<String> scopes;
  private final Duration refreshSkew;
  private final ClientAuthentication clientAuthentication;

  private OAuthClientCredentials(Builder builder) {
    this.tokenEndpoint =
        SecureUrls.require(
                Objects.requireNonNull(builder.tokenEndpoint, "tokenEndpoint"), "tokenEndpoint")
            .uri();
    this.clientId = requireVisible(builder.clientId, "clientId");
    this.clientSecret = requireVisible(builder.clientSecret, "clientSecret");
    this.scopes = List.copyOf(builder.scopes);
    this.refreshSkew = builder.refreshSkew;
    this.clientAuthentication = builder.clientAuthentication;
  }

  /**
   * Returns a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from these credentials.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.tokenEndpoint = tokenEndpoint.toString();
    builder.clientId = clientId;
    builder.clientSecret = clientSecret;
    builder.scopes.addAll(scopes);
    builder.refreshSkew = refreshSkew;
    builder.clientAuthentication = clientAuthentication;
    return builder;
  }

  private static String requireVisible(@Nullable String value, String field) {
    Objects.requireNonNull(value, field);
    Checks.requireNonBlank(value, field);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < ' ' || c == 0x7f) {
        throw new InvalidInputException(MESSAGES.message("credentials.characters", field));
      }
    }
    return value;
  }

  /**
   * Returns the token endpoint.
   *
   * @return the URL of the token endpoint
   */
  public URI tokenEndpoint() {
    return tokenEndpoint;
  }

  /**
   * Returns the client id (not a secret in OAuth terms, but do not publish it needlessly).
   *
   * @return the client id
   */
  public String clientId() {
    return clientId;
  }

  /**
   * Returns the client secret. Never log it.
   *
   * @return the secret
   */
  public String clientSecret() {
    return clientSecret;
  }

  /**
   * Returns the scopes requested, in order, without duplicates; empty to let the server choose.
   *
   * @return the scopes, unmodifiable
   */
  public List<String> scopes() {
    return scopes;
  }

  /**
   * Returns how long before expiry a token is replaced.
   *
   * @return the skew, not negative
   */
  public Duration refreshSkew() {
    return refreshSkew;
  }

  /**
   * Returns how the client authenticates at the token endpoint.
   *
   * @return the method
   */
  public ClientAuthentication clientAuthentication() {
    return clientAuthentication;
  }

  /** Describes the credentials; the secret is shown as {@code ***}. */
  @Override
  public String toString() {
    return "OAuthClientCredentials[tokenEndpoint="
        + tokenEndpoint
        + ", clientId="
        + clientId
        + ", clientSecret=***, scopes="
        + scopes
        + "]";
  }

  /** Builds {@link OAuthClientCredentials}; not thread-safe. */
  public static final class Builder {

    private @Nullable String tokenEndpoint;
    private @Nullable String clientId;
    private @Nullable String clientSecret;
    private final LinkedHashSet<String> scopes = new LinkedHashSet<>();
    private Duration refreshSkew = DEFAULT_REFRESH_SKEW;
    private ClientAuthentication clientAuthentication = ClientAuthentication.CLIENT_SECRET_BASIC;

    private Builder() {}

    /**
     * Sets the token endpoint (required).
     *
     * @param url the URL; https, or http for a loopback host
     * @return this builder
     */
    public Builder tokenEndpoint(String url) {
      this.tokenEndpoint = Objects.requireNonNull(url, "url");
      return this;
    }

    /**
     * Sets the token endpoint (required).
     *
     * @param url the URL; https, or http for a loopback host
     * @return this builder
     */
    public Builder tokenEndpoint(URI url) {
      return tokenEndpoint(Objects.requireNonNull(url, "url").toString());
    }

    /**
     * Sets the client id (required).
     *
     * @param clientId the id
     * @return this builder
     */
    public Builder clientId(String clientId) {
      this.clientId = Objects.requireNonNull(clientId, "clientId");
      return this;
    }

    /**
     * Sets the client secret (required).
     *
     * @param clientSecret the secret
     * @return this builder
     */
    public Builder clientSecret(String clientSecret) {
      this.clientSecret = Objects.requireNonNull(clientSecret, "clientSecret");
      return this;
    }

    /**
     * Sets the scopes to request, replacing any set before.
     *
     * @param scopes the scopes (RFC 6749 §3.3 scope tokens: visible ASCII, no space, quote or
     *     backslash)
     * @return this builder
     * @throws InvalidInputException if a scope is not a valid scope token
     */
    public Builder scopes(Collection<String> scopes) {
      List<String> checked = new ArrayList<>();
      for (String scope : Objects.requireNonNull(scopes, "scopes")) {
        checked.add(requireScope(scope));
      }
      this.scopes.clear();
      this.scopes.addAll(checked);
      return this;
    }

    /**
     * Sets the scopes to request, replacing any set before.
     *
     * @param scopes the scopes
     * @return this builder
     * @throws InvalidInputException if a scope is not a valid scope token
     */
    public Builder scopes(String... scopes) {
      return scopes(List.of(scopes));
    }

    private static String requireScope(String scope) {
      Objects.requireNonNull(scope, "scope");
      boolean valid = !scope.isEmpty();
      for (int i = 0; i < scope.length() && valid; i++) {
        char c = scope.charAt(i);
        valid = c >= 0x21 && c <= 0x7e && c != '"' && c != '\\';
      }
      if (!valid) {
        throw new InvalidInputException(MESSAGES.message("oauth.scope", "scopes"));
      }
      return scope;
    }

    /**
     * Sets how long before its expiry a token is replaced (default {@link #DEFAULT_REFRESH_SKEW}).
     * Raise it if the authorisation server's clock runs ahead of yours.
     *
     * @param skew the skew, between zero and one hour
     * @return this builder
     * @throws InvalidInputException if the skew is negative or above one hour
     */
    public Builder refreshSkew(Duration skew) {
      this.refreshSkew =
          ClientChecks.requireBetween(skew, Duration.ZERO, Duration.ofHours(1), "refreshSkew");
      return this;
    }

    /**
     * Sets how the client authenticates at the token endpoint (default {@link
     * ClientAuthentication#CLIENT_SECRET_BASIC}).
     *
     * @param method the method
     * @return this builder
     */
    public Builder clientAuthentication(ClientAuthentication method) {
      this.clientAuthentication = Objects.requireNonNull(method, "method");
      return this;
    }

    /**
     * Builds the credentials.
     *
     * @return the credentials
     * @throws NullPointerException if the endpoint, the id or the secret is missing
     * @throws InvalidInputException if the endpoint is not secure or the id or secret is blank or
     *     contains control characters
     */
    public OAuthClientCredentials build() {
      return new OAuthClientCredentials(this);
    }
  }
}
