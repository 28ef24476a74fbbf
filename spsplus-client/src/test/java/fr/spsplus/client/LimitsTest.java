package fr.spsplus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.structure.StructureCode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Locale;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The client's limits against hostile or broken services, each crossed by one test that gets the
 * documented error: a response nested deeper than {@value SpsplusJson#MAX_NESTING_DEPTH} levels or
 * holding a string longer than {@value SpsplusJson#MAX_STRING_LENGTH} characters ({@code DECODE}),
 * an error body over {@code ErrorBody.MAX_BYTES} (read no further, the status still reported), and
 * a service that accepts the connection and never answers ({@code TIMEOUT} after the read timeout).
 * The size cap of bodies and export lines ({@code RESPONSE_TOO_LARGE}) and the call timeout are
 * crossed in {@code HttpTransportTest} and {@code OpenDataClientTest}.
 */
class LimitsTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private PlatformClient client(ClientOptions options) {
    return PlatformClient.builder()
        .baseUrl(server.url("/").toString())
        .credentials(ApiKey.authorization("Bearer", "limits-key-0123456789"))
        .options(options)
        .build();
  }

  private static ClientOptions noRetry() {
    return ClientOptions.builder().retryPolicy(RetryPolicy.none()).build();
  }

  @Test
  void aResponseNestedDeeperThanTheLimitIsADecodingFailure() {
    int depth = SpsplusJson.MAX_NESTING_DEPTH + 1;
    String deep = "{\"code\":\"3Tn8gzTdcz\",\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
    server.enqueue(new MockResponse.Builder().body(deep).build());
    try (PlatformClient platform = client(noRetry())) {
      SpsplusClientException e =
          catchThrowableOfType(
              SpsplusClientException.class,
              () -> platform.structure(StructureCode.of("3Tn8gzTdcz")));
      assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.DECODE);
      assertThat(e.attempts()).isEqualTo(1);
    }
  }

  @Test
  void aResponseWithAStringLongerThanTheLimitIsADecodingFailure() {
    String longName = "n".repeat(SpsplusJson.MAX_STRING_LENGTH + 1);
    server.enqueue(
        new MockResponse.Builder()
            .body(
                "{\"code\":\"3Tn8gzTdcz\",\"network\":{\"name\":\"N\"},\"typology\":{\"label\":\"T\"},"
                    + "\"name\":\""
                    + longName
                    + "\",\"active\":true}")
            .build());
    try (PlatformClient platform = client(noRetry())) {
      SpsplusClientException e =
          catchThrowableOfType(
              SpsplusClientException.class,
              () -> platform.structure(StructureCode.of("3Tn8gzTdcz")));
      assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.DECODE);
    }
  }

  @Test
  void anErrorBodyOverItsLimitIsNotReadButTheStatusIsReported() {
    String code = "{\"code\":\"RATE_LIMITED\",\"message\":\"" + "m".repeat(70 * 1024) + "\"}";
    server.enqueue(new MockResponse.Builder().code(429).body(code).build());
    try (PlatformClient platform = client(noRetry())) {
      RateLimitedException e =
          catchThrowableOfType(
              RateLimitedException.class, () -> platform.structure(StructureCode.of("3Tn8gzTdcz")));
      assertThat(e.statusCode()).isEqualTo(429);
      assertThat(e.errorCode()).as("a body over 64 KiB is not parsed").isEmpty();
    }
  }

  @Test
  void aServiceThatNeverAnswersEndsInATimeoutAfterTheReadTimeout() throws Exception {
    try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                try (Socket socket = silent.accept()) {
                  socket.getInputStream().read(new byte[8192]); // read the request, never answer
                  Thread.sleep(Long.MAX_VALUE);
                } catch (IOException | InterruptedException closed) {
                  // the test is over
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      ClientOptions options =
          ClientOptions.builder()
              .readTimeout(Duration.ofMillis(200))
              .retryPolicy(RetryPolicy.none())
              .build();
      try (PlatformClient platform =
          PlatformClient.builder()
              .baseUrl("http://127.0.0.1:" + silent.getLocalPort())
              .credentials(ApiKey.authorization("Bearer", "limits-key-0123456789"))
              .options(options)
              .build()) {
        SpsplusClientException e =
            catchThrowableOfType(
                SpsplusClientException.class,
                () -> platform.structure(StructureCode.of("3Tn8gzTdcz")));
        assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.TIMEOUT);
        assertThat(e.getMessage(Locale.ENGLISH)).contains("GET /v1/structures/3Tn8gzTdcz");
      } finally {
        acceptor.interrupt();
      }
    }
  }
}
