package fr.spsplus.client;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An API key, sent with every request either in a header or as a query parameter.
 *
 * <p>Opendatasoft's Explore API v2.1 declares one security scheme, the query parameter {@code
 * apikey} ({@link #opendatasoft(String)}); its help pages also describe the header {@code
 * Authorization: Apikey <key>} ({@code authorization("Apikey", key)}). The Services Publics+ open
 * data needs no key at all.
 *
 * <p>The key is checked before any request: it must not be blank and must not contain white space
 * or control characters (a key pasted with a trailing new line is the usual mistake). Immutable and
 * thread-safe; {@link #toString()} hides the key.
 */
public final class ApiKey implements Credentials {

  private static final MessageBundle MESSAGES = MessageBundle.of(ApiKey.class, "messages");

  /** Where the key travels. */
  public enum Placement {
    /** In a request header. */
    HEADER,
    /** In a query parameter (visible in server and proxy logs; use only where required). */
    QUERY
  }

  private final Placement placement;
  private final String name;
  private final @Nullable String scheme;
  private final String key;

  private ApiKey(Placement placement, String name, @Nullable String scheme, String key) {
    this.placement = placement;
    this.name = name;
    this.scheme = scheme;
    this.key = key;
  }

  /**
   * Returns a key sent as the whole value of a header, for example {@code X-Api-Key: <key>}.
   *
   * @param headerName the header's name (an HTTP token)
   * @param key the key
   * @return the credentials
   * @throws InvalidInputException if the name is not an HTTP token or the key is blank or contains
   *     white space or control characters
   */
  public static ApiKey header(String headerName, String key) {
    return new ApiKey(Placement.HEADER, requireToken(headerName, "headerName"), null, check(key));
  }

  /**
   * Returns a key sent in the {@code Authorization} header after a scheme: {@code Authorization:
   * <scheme> <key>}, for example {@code Apikey} (Opendatasoft) or {@code Bearer}.
   *
   * @param scheme the authentication scheme (an HTTP token)
   * @param key the key
   * @return the credentials
   * @throws InvalidInputException if the scheme is not an HTTP token or the key is invalid
   */
  public static ApiKey authorization(String scheme, String key) {
    return new ApiKey(
        Placement.HEADER, "Authorization", requireToken(scheme, "scheme"), check(key));
  }

  /**
   * Returns a key sent as a query parameter, {@code ?<parameter>=<key>}. The client's logs never
   * show query-string values.
   *
   * @param parameter the parameter's name
   * @param key the key
   * @return the credentials
   * @throws InvalidInputException if the name is not an HTTP token or the key is invalid
   */
  public static ApiKey query(String parameter, String key) {
    return new ApiKey(Placement.QUERY, requireToken(parameter, "parameter"), null, check(key));
  }

  /**
   * Returns an Opendatasoft API key, sent as the query parameter {@code apikey} (the security
   * scheme declared by the Explore API v2.1 specification).
   *
   * @param key the key
   * @return the credentials
   * @throws InvalidInputException if the key is invalid
   */
  public static ApiKey opendatasoft(String key) {
    return query("apikey", key);
  }

  private static String check(String key) {
    Checks.requireNonBlank(key, "apiKey");
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        throw new InvalidInputException(MESSAGES.message("credentials.characters", "apiKey"));
      }
    }
    return key;
  }

  static String requireToken(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!HttpTokens.isToken(value)) {
      throw new InvalidInputException(MESSAGES.message("http.token", field));
    }
    return value;
  }

  /**
   * Returns where the key travels.
   *
   * @return the placement
   */
  public Placement placement() {
    return placement;
  }

  /**
   * Returns the name of the header or of the query parameter.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the scheme written before the key in the {@code Authorization} header.
   *
   * @return the scheme, if the key is sent that way
   */
  public Optional<String> scheme() {
    return Optional.ofNullable(scheme);
  }

  /**
   * Returns the key itself. Never log it.
   *
   * @return the key
   */
  public String secret() {
    return key;
  }

  /** Describes the key's placement; the key itself is shown as {@code ***}. */
  @Override
  public String toString() {
    return switch (placement) {
      case HEADER -> "ApiKey[header " + name + ": " + (scheme == null ? "" : scheme + " ") + "***]";
      case QUERY -> "ApiKey[query " + name + "=***]";
    };
  }
}
