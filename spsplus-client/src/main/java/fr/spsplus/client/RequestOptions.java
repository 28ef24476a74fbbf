package fr.spsplus.client;

import fr.spsplus.client.internal.ClientChecks;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Settings for one call: its idempotency key, its timeout, extra headers. Everything else is set
 * once on the client.
 *
 * <p><b>Idempotency keys.</b> Every {@code POST} (and {@code PATCH}) carries an {@code
 * Idempotency-Key} header (IETF draft "The Idempotency-Key HTTP Header Field"), generated once per
 * logical call as a random UUID and sent unchanged on every retry, so that the service can
 * recognise a repeated request. Give your own key ({@link Builder#idempotencyKey(String)}) to make
 * a call safe to repeat across restarts of your program, for example a key derived from your own
 * record's id; it wins over the generated one. {@link #withoutIdempotencyKey()} sends no key, for a
 * service that rejects the header; such a call is then never retried.
 *
 * <p>Immutable and thread-safe.
 */
public final class RequestOptions {

  /** The longest idempotency key accepted: 255 characters (the limit Stripe documents). */
  public static final int MAX_IDEMPOTENCY_KEY_LENGTH = 255;

  private static final MessageBundle MESSAGES = MessageBundle.of(RequestOptions.class, "messages");

  /** Headers the client sets itself; extra headers may not replace them. */
  private static final Set<String> RESERVED =
      Set.of(
          "authorization",
          "proxy-authorization",
          "cookie",
          "host",
          "connection",
          "content-length",
          "content-type",
          "transfer-encoding",
          "accept-encoding",
          "idempotency-key",
          "user-agent");

  private static final RequestOptions NONE = builder().build();
  private static final RequestOptions WITHOUT_KEY = builder().idempotencyKeyEnabled(false).build();

  private final @Nullable String idempotencyKey;
  private final boolean idempotencyKeyEnabled;
  private final @Nullable Duration timeout;
  private final Map<String, String> headers;

  private RequestOptions(Builder builder) {
    this.idempotencyKey = builder.idempotencyKey;
    this.idempotencyKeyEnabled = builder.idempotencyKeyEnabled;
    this.timeout = builder.timeout;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(builder.headers));
    if (idempotencyKey != null && !idempotencyKeyEnabled) {
      throw new InvalidInputException(MESSAGES.message("options.key.disabled", "idempotencyKey"));
    }
  }

  /**
   * Returns the options of a call that needs nothing special.
   *
   * @return the default options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Returns options that send no {@code Idempotency-Key}; a {@code POST} made with them is never
   * retried.
   *
   * @return the options
   */
  public static RequestOptions withoutIdempotencyKey() {
    return WITHOUT_KEY;
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
   * Returns a builder that starts from these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.idempotencyKey = idempotencyKey;
    builder.idempotencyKeyEnabled = idempotencyKeyEnabled;
    builder.timeout = timeout;
    builder.headers.putAll(headers);
    return builder;
  }

  /**
   * Returns the caller's idempotency key.
   *
   * @return the key, if the caller gave one
   */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /**
   * Tells whether {@code POST} and {@code PATCH} calls carry an idempotency key (the default).
   *
   * @return false if the caller disabled the header
   */
  public boolean idempotencyKeyEnabled() {
    return idempotencyKeyEnabled;
  }

  /**
   * Returns the timeout of each attempt of this call, replacing the client's call timeout.
   *
   * @return the timeout, if set
   */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /**
   * Returns the extra headers, in the order they were added.
   *
   * @return the headers, unmodifiable
   */
  public Map<String, String> headers() {
    return headers;
  }

  /** Describes the options; header values and the idempotency key are not shown. */
  @Override
  public String toString() {
    return "RequestOptions[idempotencyKey="
        + (idempotencyKey != null ? "(given)" : idempotencyKeyEnabled ? "(generated)" : "(none)")
        + ", timeout="
        + (timeout == null ? "(client)" : ClientChecks.describe(timeout))
        + ", headers="
        + headers.keySet()
        + "]";
  }

  /** Builds {@link RequestOptions}; not thread-safe. */
  public static final class Builder {

    private @Nullable String idempotencyKey;
    private boolean idempotencyKeyEnabled = true;
    private @Nullable Duration timeout;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Sets the idempotency key sent with this call, instead of a generated one. Use a key that
     * identifies the operation (for example your own record's id), never personal data.
     *
     * @param key 1 to {@value #MAX_IDEMPOTENCY_KEY_LENGTH} visible ASCII characters
     * @return this builder
     * @throws InvalidInputException if the key is empty, too long or has other characters
     */
    public Builder idempotencyKey(String key) {
      Objects.requireNonNull(key, "key");
      boolean valid = !key.isEmpty() && key.length() <= MAX_IDEMPOTENCY_KEY_LENGTH;
      for (int i = 0; i < key.length() && valid; i++) {
        char c = key.charAt(i);
        valid = c >= 0x21 && c <= 0x7e;
      }
      if (!valid) {
        throw new InvalidInputException(
            MESSAGES.message("options.key.format", "idempotencyKey", MAX_IDEMPOTENCY_KEY_LENGTH));
      }
      this.idempotencyKey = key;
      return this;
    }

    /**
     * Sets whether {@code POST} and {@code PATCH} calls carry an idempotency key (default true).
     * Without one, such a call is never retried.
     *
     * @param enabled false to send no key
     * @return this builder
     */
    public Builder idempotencyKeyEnabled(boolean enabled) {
      this.idempotencyKeyEnabled = enabled;
      return this;
    }

    /**
     * Sets the timeout of each attempt of this call (connection, request, answer and, for a
     * buffered answer, its body), replacing the client's call timeout.
     *
     * @param timeout 1 ms to 24 h
     * @return this builder
     * @throws InvalidInputException if out of bounds
     */
    public Builder timeout(Duration timeout) {
      this.timeout =
          ClientChecks.requireBetween(
              timeout, Duration.ofMillis(1), Duration.ofHours(24), "timeout");
      return this;
    }

    /**
     * Adds a header, replacing one of the same name (case-insensitive) added before. Headers that
     * the client manages ({@code Authorization}, {@code Idempotency-Key}, {@code User-Agent},
     * {@code Content-Type}, {@code Host}…) cannot be set this way.
     *
     * @param name the header's name, an HTTP token
     * @param value the value: visible ASCII, spaces and tabs; never a secret you would not log
     * @return this builder
     * @throws InvalidInputException if the name is not a token or is reserved, or the value has
     *     control or non-ASCII characters
     */
    public Builder header(String name, String value) {
      ApiKey.requireToken(name, "header");
      Objects.requireNonNull(value, "value");
      if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
        throw new InvalidInputException(MESSAGES.message("options.header.reserved", name));
      }
      if (!HttpTokens.isFieldValue(value)) {
        throw new InvalidInputException(MESSAGES.message("options.header.value", name));
      }
      headers.keySet().removeIf(existing -> existing.equalsIgnoreCase(name));
      headers.put(name, value);
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     * @throws InvalidInputException if a key was given while keys are disabled
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
