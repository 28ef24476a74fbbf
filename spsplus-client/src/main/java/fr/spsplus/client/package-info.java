/**
 * The transport shared by the clients of the Services Publics+ platform: credentials, retries,
 * idempotency keys, per-call options, errors.
 *
 * <p><b>Clients.</b> A client (such as {@link fr.spsplus.client.opendata.OpenDataClient}) is built
 * once, is immutable and thread-safe, and is {@link java.lang.AutoCloseable}: share it. Its builder
 * takes the service's base URL and {@link fr.spsplus.client.Credentials} ({@link
 * fr.spsplus.client.ApiKey}, {@link fr.spsplus.client.OAuthClientCredentials} or none), and the
 * transport settings as {@link fr.spsplus.client.ClientOptions}: named default timeouts, the {@link
 * fr.spsplus.client.RetryPolicy}, the response size limit, {@link fr.spsplus.client.AppInfo} for
 * the {@code User-Agent}, and optionally an {@code OkHttpClient} to share connections. {@link
 * fr.spsplus.client.RequestOptions} override a single call.
 *
 * <p><b>Safety.</b> URLs must use HTTPS (plain http only for loopback hosts, for tests). A {@code
 * POST} carries an {@code Idempotency-Key} generated once per logical call and reused on every
 * retry; only calls that are safe to repeat are retried. Credentials hide themselves in {@code
 * toString()}. The logger {@code fr.spsplus.client.http} writes, at DEBUG, the method, the path and
 * the names of the query parameters, the status, the duration, the request id and the attempt
 * number of each call; never headers, bodies, query values, tokens or keys.
 *
 * <p><b>Errors</b> are unchecked {@link fr.spsplus.client.SpsplusException}s: {@link
 * fr.spsplus.client.SpsplusClientException} when no usable answer came back, {@link
 * fr.spsplus.client.SpsplusServiceException} (one subclass per status family) when the service
 * answered with an error. Messages are French, {@code getMessage(Locale.ENGLISH)} English.
 *
 * <pre>{@code
 * ClientOptions options = ClientOptions.builder()
 *     .retryPolicy(RetryPolicy.builder().maxAttempts(5).build())
 *     .appInfo(AppInfo.of("tableau-de-bord-qualite", "1.4"))
 *     .build();
 * try (OpenDataClient openData = OpenDataClient.builder().options(options).build()) {
 *   long structures = openData.count(openData.query(Dataset.STRUCTURES));
 * } catch (RateLimitedException e) {
 *   // e.resetTime(): when to come back
 * }
 * }</pre>
 */
@NullMarked
package fr.spsplus.client;

import org.jspecify.annotations.NullMarked;
