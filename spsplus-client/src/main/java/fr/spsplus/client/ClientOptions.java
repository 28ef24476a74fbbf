package fr.spsplus.client;

import fr.spsplus.client.internal.ClientChecks;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;

/**
 * The transport settings of a client: timeouts, retries, response size limit, application info, and
 * optionally the {@link OkHttpClient} to build on. Service-specific settings (base URL,
 * credentials) belong to each client's builder.
 *
 * <p><b>Sharing connections.</b> Give several clients the same {@code OkHttpClient} to share its
 * connection pool and threads. The client derives its own instance from it ({@link
 * OkHttpClient#newBuilder()}), applying these timeouts and turning off OkHttp's silent retries
 * (retries are this library's business, so that a {@code POST} without idempotency key is never
 * repeated), and never shuts the given instance down. Without one, each client creates its own and
 * releases it on {@code close()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClientOptions {

  /**
   * Connection timeout: 10 seconds, OkHttp's default. A reachable server completes TCP and TLS
   * handshakes in well under a second; waiting longer rarely helps, and retries take over.
   */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

  /**
   * Read timeout, the longest silence while waiting for bytes: 30 seconds. Services compute large
   * pages and start exports within a few seconds; 30 s leaves a wide margin while still detecting a
   * dead connection.
   */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

  /** Write timeout, the longest stall while sending bytes: 30 seconds, as for reading. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);

  /**
   * Call timeout, the longest time for one attempt of a buffered call (connect, send, wait, read
   * the whole body): 60 seconds, twice the read timeout. Streamed answers (open-data exports) are
   * not subject to it, since reading a large export legitimately takes longer; the read timeout
   * still applies to them, and a per-call timeout ({@link RequestOptions#timeout()}) when set.
   */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  /**
   * Largest response body read into memory: 16 MiB. A page of 100 open-data records weighs tens of
   * kilobytes; 16 MiB leaves room for long free-text fields while keeping a broken or hostile
   * server from exhausting memory. For a streamed export, the limit applies to each line (one
   * record). Proposed default.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

  private static final ClientOptions DEFAULTS = builder().build();

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final long maxResponseBytes;
  private final RetryPolicy retryPolicy;
  private final @Nullable AppInfo appInfo;
  private final @Nullable OkHttpClient okHttpClient;
  private final Clock clock;

  private ClientOptions(Builder builder) {
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.writeTimeout = builder.writeTimeout;
    this.callTimeout = builder.callTimeout;
    this.maxResponseBytes = builder.maxResponseBytes;
    this.retryPolicy = builder.retryPolicy;
    this.appInfo = builder.appInfo;
    this.okHttpClient = builder.okHttpClient;
    this.clock = builder.clock;
  }

  /**
   * Returns the default settings.
   *
   * @return the defaults
   */
  public static ClientOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder with the default settings.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder that starts from these settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.connectTimeout = connectTimeout;
    builder.readTimeout = readTimeout;
    builder.writeTimeout = writeTimeout;
    builder.callTimeout = callTimeout;
    builder.maxResponseBytes = maxResponseBytes;
    builder.retryPolicy = retryPolicy;
    builder.appInfo = appInfo;
    builder.okHttpClient = okHttpClient;
    builder.clock = clock;
    return builder;
  }

  /**
   * Returns the connection timeout.
   *
   * @return the timeout
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Returns the read timeout.
   *
   * @return the timeout
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * Returns the write timeout.
   *
   * @return the timeout
   */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * Returns the timeout of one attempt of a buffered call; zero means none.
   *
   * @return the timeout
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * Returns the largest response body read into memory, in bytes (per line for streamed exports).
   *
   * @return the limit
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * Returns the retry policy.
   *
   * @return the policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Returns the application info added to the {@code User-Agent}.
   *
   * @return the info, if set
   */
  public Optional<AppInfo> appInfo() {
    return Optional.ofNullable(appInfo);
  }

  /**
   * Returns the {@code OkHttpClient} the client builds on.
   *
   * @return the injected client, if any
   */
  public Optional<OkHttpClient> okHttpClient() {
    return Optional.ofNullable(okHttpClient);
  }

  /**
   * Returns the clock used to read {@code Retry-After} dates, rate-limit resets and token expiry.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "ClientOptions[connectTimeout="
        + ClientChecks.describe(connectTimeout)
        + ", readTimeout="
        + ClientChecks.describe(readTimeout)
        + ", writeTimeout="
        + ClientChecks.describe(writeTimeout)
        + ", callTimeout="
        + ClientChecks.describe(callTimeout)
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", retryPolicy="
        + retryPolicy
        + ", appInfo="
        + (appInfo == null ? "(none)" : appInfo.userAgentProduct())
        + ", okHttpClient="
        + (okHttpClient == null ? "(own)" : "(injected)")
        + "]";
  }

  /** Builds {@link ClientOptions}; not thread-safe. */
  public static final class Builder {

    private static final Duration MAX_TIMEOUT = Duration.ofHours(24);

    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private @Nullable AppInfo appInfo;
    private @Nullable OkHttpClient okHttpClient;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the connection timeout (default 10 s). Raise it on slow or congested networks.
     *
     * @param timeout 1 ms to 24 h
     * @return this builder
     * @throws InvalidInputException if out of bounds
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the read timeout (default 30 s). Raise it for services that think long before answering.
     *
     * @param timeout 1 ms to 24 h
     * @return this builder
     * @throws InvalidInputException if out of bounds
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = positive(timeout, "readTimeout");
      return this;
    }

    /**
     * Sets the write timeout (default 30 s). Raise it to send large bodies over slow links.
     *
     * @param timeout 1 ms to 24 h
     * @return this builder
     * @throws InvalidInputException if out of bounds
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = positive(timeout, "writeTimeout");
      return this;
    }

    /**
     * Sets the timeout of one attempt of a buffered call (default 60 s); zero means none.
     *
     * @param timeout zero to 24 h
     * @return this builder
     * @throws InvalidInputException if out of bounds
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout =
          ClientChecks.requireBetween(timeout, Duration.ZERO, MAX_TIMEOUT, "callTimeout");
      return this;
    }

    private static Duration positive(Duration timeout, String field) {
      return ClientChecks.requireBetween(timeout, Duration.ofMillis(1), MAX_TIMEOUT, field);
    }

    /**
     * Sets the largest response body read into memory (default 16 MiB); crossing it fails the call
     * with {@link SpsplusClientException.Kind#RESPONSE_TOO_LARGE}.
     *
     * @param bytes 1 KiB to 2 GiB
     * @return this builder
     * @throws InvalidInputException if out of bounds
     */
    public Builder maxResponseBytes(long bytes) {
      this.maxResponseBytes =
          Checks.requireBetween(bytes, 1024, Integer.MAX_VALUE, "maxResponseBytes");
      return this;
    }

    /**
     * Sets the retry policy (default {@link RetryPolicy#defaults()}).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the application info added to the {@code User-Agent} (default none).
     *
     * @param appInfo the info
     * @return this builder
     */
    public Builder appInfo(AppInfo appInfo) {
      this.appInfo = Objects.requireNonNull(appInfo, "appInfo");
      return this;
    }

    /**
     * Sets the {@code OkHttpClient} to build on, to share its connection pool, dispatcher, proxy or
     * TLS settings. It is never shut down by spsplus.
     *
     * @param client the client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Sets the clock (default {@link Clock#systemUTC()}); tests use a fixed clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the settings.
     *
     * @return the settings
     */
    public ClientOptions build() {
      return new ClientOptions(this);
    }
  }
}
