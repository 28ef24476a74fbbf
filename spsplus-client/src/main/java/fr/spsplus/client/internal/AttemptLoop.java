package fr.spsplus.client.internal;

import fr.spsplus.client.RateLimit;
import fr.spsplus.client.ResponseMetadata;
import fr.spsplus.client.RetryPolicy;
import fr.spsplus.client.ServiceError;
import fr.spsplus.client.SpsplusClientException.Kind;
import fr.spsplus.client.SpsplusServiceException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.UnknownServiceException;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLPeerUnverifiedException;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a request until it gets a usable answer or the {@link RetryPolicy} says stop: the one place
 * where retry decisions are made.
 *
 * <p>Logs at DEBUG, on the logger {@value #LOGGER}: method, path and query parameter
 * <em>names</em>, status, duration, request id and attempt number. Never headers, bodies, query
 * values, tokens or keys.
 */
final class AttemptLoop {

  /** The name of the logger of every call. */
  static final String LOGGER = "fr.spsplus.client.http";

  private static final Logger LOG = LoggerFactory.getLogger(LOGGER);

  /** Statuses that say "try again later" without the request having been acted upon. */
  private static final Set<Integer> TRANSIENT = Set.of(408, 429, 502, 503, 504);

  private final OkHttpClient http;
  private final RetryPolicy policy;
  private final Clock clock;
  private final String userAgent;

  AttemptLoop(OkHttpClient http, RetryPolicy policy, Clock clock, String userAgent) {
    this.http = http;
    this.policy = policy;
    this.clock = clock;
    this.userAgent = userAgent;
  }

  /**
   * What to send.
   *
   * @param method the method
   * @param url the URL, without credentials
   * @param body the body, re-sent as is on every attempt
   * @param headers the headers of every attempt (idempotency key included)
   * @param retryable whether the call is safe to repeat (idempotent, or carries a key)
   * @param callTimeout the timeout of each attempt: null for the client's, zero for none
   * @param authorizer adds credentials to each attempt
   * @param errors turns a service error into the exception to throw
   */
  record Plan(
      String method,
      HttpUrl url,
      @Nullable RequestBody body,
      Headers headers,
      boolean retryable,
      @Nullable Duration callTimeout,
      Authorizer authorizer,
      Function<ServiceError, SpsplusServiceException> errors) {

    Plan {
      Objects.requireNonNull(method, "method");
      Objects.requireNonNull(url, "url");
      Objects.requireNonNull(headers, "headers");
      Objects.requireNonNull(authorizer, "authorizer");
      Objects.requireNonNull(errors, "errors");
    }

    String path() {
      return url.encodedPath();
    }

    /** The path and the names of the query parameters, never their values. */
    String logTarget() {
      if (url.querySize() == 0) {
        return url.encodedPath();
      }
      return url.encodedPath() + "?" + String.join("&", url.queryParameterNames());
    }
  }

  /** Consumes a successful answer. */
  @FunctionalInterface
  interface Handler<T> {

    /**
     * Reads the answer. The handler closes the response, or hands it over with its result.
     *
     * @param response the answer, status 2xx
     * @param metadata its facts
     * @return the result
     * @throws IOException if reading fails (retried when the call allows it)
     */
    T handle(Response response, ResponseMetadata metadata) throws IOException;
  }

  <T> T run(Plan plan, Handler<T> handler) {
    int maxAttempts = plan.retryable() ? policy.maxAttempts() : 1;
    int attempt = 1;
    int sent = 0;
    boolean renewed = false;
    while (true) {
      Request.Builder builder =
          new Request.Builder()
              .url(plan.url())
              .headers(plan.headers())
              .header("User-Agent", userAgent)
              .method(plan.method(), plan.body());
      Object credential = plan.authorizer().authorize(builder, plan.url());
      Call call = http.newCall(builder.build());
      if (plan.callTimeout() != null) {
        call.timeout().timeout(plan.callTimeout().toNanos(), TimeUnit.NANOSECONDS);
      }
      long start = System.nanoTime();
      sent++;
      Response response;
      try {
        response = call.execute();
      } catch (IOException e) {
        if (retryAfterIoFailure(plan, e, attempt, maxAttempts, sent, start)) {
          attempt++;
          continue;
        }
        throw CallFailures.of(classify(e), plan.method(), plan.path(), sent, e);
      }
      Instant now = clock.instant();
      int status = response.code();
      String requestId = requestId(response.headers());
      RateLimit rateLimit = RateLimits.parse(response.headers(), now);
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "{} {} -> {} in {} ms (attempt {}/{}, request id {})",
            plan.method(),
            plan.logTarget(),
            status,
            elapsedMillis(start),
            attempt,
            maxAttempts,
            requestId == null ? "-" : requestId);
      }
      if (response.isSuccessful()) {
        ResponseMetadata metadata = new ResponseMetadata(status, requestId, rateLimit, sent);
        try {
          return handler.handle(response, metadata);
        } catch (BodyLimits.TooLargeException e) {
          response.close();
          throw CallFailures.of(Kind.RESPONSE_TOO_LARGE, plan.method(), plan.path(), sent, e);
        } catch (IOException e) {
          response.close();
          if (retryAfterIoFailure(plan, e, attempt, maxAttempts, sent, start)) {
            attempt++;
            continue;
          }
          throw CallFailures.of(classify(e), plan.method(), plan.path(), sent, e);
        } catch (RuntimeException | Error e) {
          response.close();
          throw e;
        }
      }
      ServiceError error = serviceError(plan, response, now, requestId, rateLimit, sent);
      if (status == 401 && !renewed && plan.authorizer().renew(credential)) {
        renewed = true;
        LOG.debug(
            "{} {}: credentials renewed after 401, replaying once", plan.method(), plan.path());
        continue;
      }
      if (attempt < maxAttempts && retryableStatus(status, plan.retryable())) {
        Duration retryAfter = error.retryAfter();
        if (retryAfter != null && retryAfter.compareTo(policy.maxRetryAfter()) > 0) {
          LOG.debug(
              "{} {}: not retrying, the service asks to wait {} s, more than the {} s allowed",
              plan.method(),
              plan.path(),
              retryAfter.toSeconds(),
              policy.maxRetryAfter().toSeconds());
          throw plan.errors().apply(error);
        }
        Duration wait = retryAfter != null ? retryAfter : policy.backoff(attempt);
        pause(plan, wait, attempt, maxAttempts, "status " + status, sent);
        attempt++;
        continue;
      }
      throw plan.errors().apply(error);
    }
  }

  private boolean retryAfterIoFailure(
      Plan plan, IOException e, int attempt, int maxAttempts, int sent, long start) {
    Kind kind = classify(e);
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} {} failed after {} ms (attempt {}/{}): {}",
          plan.method(),
          plan.logTarget(),
          elapsedMillis(start),
          attempt,
          maxAttempts,
          e.getClass().getSimpleName());
    }
    if (attempt >= maxAttempts || kind == Kind.INTERRUPTED || !retryableFailure(e)) {
      return false;
    }
    pause(plan, policy.backoff(attempt), attempt, maxAttempts, e.getClass().getSimpleName(), sent);
    return true;
  }

  private void pause(
      Plan plan, Duration wait, int attempt, int maxAttempts, String reason, int sent) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} {}: retrying in {} ms after {} (attempt {}/{})",
          plan.method(),
          plan.path(),
          wait.toMillis(),
          reason,
          attempt + 1,
          maxAttempts);
    }
    try {
      policy.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw CallFailures.of(Kind.INTERRUPTED, plan.method(), plan.path(), sent, e);
    }
  }

  private static ServiceError serviceError(
      Plan plan,
      Response response,
      Instant now,
      @Nullable String requestId,
      @Nullable RateLimit rateLimit,
      int sent) {
    byte[] bytes;
    try (response) {
      bytes = BodyLimits.readIfSmall(response.body(), ErrorBody.MAX_BYTES);
    }
    ErrorBody body = ErrorBody.parse(bytes);
    Duration retryAfter = RetryAfter.parse(response.header("Retry-After"), now);
    if (retryAfter == null
        && response.code() == 429
        && body.quota() != null
        && body.quota().resetAt() != null) {
      Duration untilReset = Duration.between(now, body.quota().resetAt());
      retryAfter = untilReset.isNegative() ? Duration.ZERO : untilReset;
    }
    return new ServiceError(
        plan.method(),
        plan.path(),
        response.code(),
        body.code(),
        body.message(),
        requestId,
        retryAfter,
        rateLimit,
        body.quota(),
        sent);
  }

  static boolean retryableStatus(int status, boolean idempotent) {
    return idempotent && (TRANSIENT.contains(status) || status == 500);
  }

  static Kind classify(IOException e) {
    if (Thread.currentThread().isInterrupted()) {
      return Kind.INTERRUPTED;
    }
    return e instanceof InterruptedIOException ? Kind.TIMEOUT : Kind.CONNECTION;
  }

  /** Failures that another attempt cannot cure: bad certificates, broken HTTP, policy refusals. */
  static boolean retryableFailure(IOException e) {
    if (e instanceof SSLPeerUnverifiedException
        || e instanceof ProtocolException
        || e instanceof UnknownServiceException
        || e instanceof BodyLimits.TooLargeException) {
      return false;
    }
    return !(e instanceof SSLHandshakeException && e.getCause() instanceof CertificateException);
  }

  private static @Nullable String requestId(Headers headers) {
    String id = headers.get("X-Request-Id");
    if (id == null) {
      id = headers.get("Request-Id");
    }
    return id == null ? null : ClientChecks.shownToken(id.strip(), 200);
  }

  private static long elapsedMillis(long startNanos) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
  }
}
