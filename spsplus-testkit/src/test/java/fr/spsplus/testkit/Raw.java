package fr.spsplus.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/**
 * Raw HTTP calls to the fake, for the requests a well-behaved client never sends (unknown fields,
 * missing keys, broken parameters).
 */
final class Raw implements AutoCloseable {

  /**
   * An answer.
   *
   * @param status the status
   * @param headers the headers, first value of each
   * @param body the body text
   */
  record Answer(int status, okhttp3.Headers headers, String body) {
    String header(String name) {
      return headers.get(name);
    }
  }

  private final OkHttpClient http =
      new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
  private final FakePlatform fake;

  Raw(FakePlatform fake) {
    this.fake = fake;
  }

  Answer get(String target, Map<String, String> headers) {
    return call("GET", target, null, headers);
  }

  Answer send(String method, String target, @Nullable String json, Map<String, String> headers) {
    return call(method, target, json, headers);
  }

  private Answer call(
      String method, String target, @Nullable String json, Map<String, String> headers) {
    Request.Builder request = new Request.Builder().url(fake.baseUrl() + target);
    headers.forEach(request::header);
    RequestBody body =
        json == null
            ? (method.equals("GET") ? null : RequestBody.create(new byte[0]))
            : RequestBody.create(
                json.getBytes(StandardCharsets.UTF_8), MediaType.get("application/json"));
    request.method(method, body);
    try (Response response = http.newCall(request.build()).execute()) {
      return new Answer(response.code(), response.headers(), response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Map<String, String> bearer() {
    return Map.of("Authorization", "Bearer " + fake.apiKey());
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
