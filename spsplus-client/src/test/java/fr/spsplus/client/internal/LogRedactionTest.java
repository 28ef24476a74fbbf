package fr.spsplus.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.client.ApiKey;
import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.Credentials;
import fr.spsplus.client.OAuthClientCredentials;
import fr.spsplus.client.RetryPolicy;
import fr.spsplus.client.SpsplusException;
import fr.spsplus.client.SpsplusServiceException;
import fr.spsplus.client.testing.LogCapture;
import fr.spsplus.client.testing.RecordingSleeper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * The client's logs and messages never contain keys, secrets, tokens, bodies or query values. Every
 * secret below is a distinct marker searched for in everything that was logged.
 */
class LogRedactionTest {

  private static final List<String> MARKERS =
      List.of(
          "KEY-IN-QUERY-1",
          "KEY-IN-HEADER-2",
          "CLIENT-SECRET-3",
          "ACCESS-TOKEN-4",
          "JEAN-DUPONT-5",
          "RESPONSE-BODY-6",
          "REQUEST-BODY-7",
          "SERVICE-ECHO-8");

  @StartStop final MockWebServer server = new MockWebServer();

  @Test
  void nothingSecretOrPersonalReachesTheLogsOrTheMessages() {
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            String path = request.getUrl().encodedPath();
            if (path.equals("/oauth/token")) {
              return new MockResponse.Builder()
                  .body("{\"access_token\":\"ACCESS-TOKEN-4\",\"expires_in\":3600}")
                  .build();
            }
            if (path.endsWith("/fail")) {
              return new MockResponse.Builder()
                  .code(400)
                  .setHeader("X-Request-Id", "rid-1")
                  .body(
                      "{\"error_code\":\"ODSQLError\",\"message\":\"SERVICE-ECHO-8 JEAN-DUPONT-5\"}")
                  .build();
            }
            if (path.endsWith("/unavailable")) {
              return new MockResponse.Builder().code(503).body("RESPONSE-BODY-6").build();
            }
            return new MockResponse.Builder()
                .setHeader("X-Request-Id", "rid-ok")
                .body("{\"name\":\"RESPONSE-BODY-6\"}")
                .build();
          }
        });
    ClientOptions options =
        ClientOptions.builder()
            .retryPolicy(RetryPolicy.builder().sleeper(new RecordingSleeper()).build())
            .build();
    List<Credentials> credentials =
        List.of(
            ApiKey.opendatasoft("KEY-IN-QUERY-1"),
            ApiKey.authorization("Apikey", "KEY-IN-HEADER-2"),
            OAuthClientCredentials.builder()
                .tokenEndpoint(server.url("/oauth/token").toString())
                .clientId("client")
                .clientSecret("CLIENT-SECRET-3")
                .build());
    List<String> texts = new ArrayList<>();
    try (LogCapture logs = new LogCapture()) {
      for (Credentials credential : credentials) {
        texts.add(credential.toString());
        try (HttpTransport transport =
            HttpTransport.create(server.url("/api/").toString(), "baseUrl", credential, options)) {
          texts.add(transport.toString());
          transport.execute(
              HttpCall.get("records")
                  .query("where", "nom = \"JEAN-DUPONT-5\"")
                  .query("limit", 10)
                  .build());
          transport.execute(
              HttpCall.post("answers").jsonBody(Map.of("text", "REQUEST-BODY-7")).build());
          for (String failing : List.of("fail", "unavailable")) {
            assertThatThrownBy(
                    () ->
                        transport.execute(
                            HttpCall.get(failing).query("q", "JEAN-DUPONT-5").build()))
                .isInstanceOfSatisfying(
                    SpsplusException.class,
                    e -> {
                      texts.add(e.getMessage());
                      texts.add(e.getMessage(Locale.ENGLISH));
                      texts.add(e.toString());
                    });
          }
        }
      }
      texts.addAll(logs.lines());
      assertThat(logs.lines())
          .anySatisfy(line -> assertThat(line).contains("GET /api/records?where&limit -> 200"))
          .anySatisfy(line -> assertThat(line).contains("POST /api/answers -> 200"))
          .anySatisfy(line -> assertThat(line).contains("request id rid-1"))
          .anySatisfy(line -> assertThat(line).contains("retrying in"));
    }
    for (String marker : MARKERS) {
      assertThat(texts).noneSatisfy(text -> assertThat(text).contains(marker));
    }
  }

  @Test
  void aServiceCannotPutPersonalDataIntoMessagesThroughItsErrorCodeOrRequestId() {
    // Found by ClientDecodersFuzzTest#platformResponses: the X-Request-Id header and the body's
    // error code were shown as sent, so an address or a phone number in them reached the
    // exception's message and the DEBUG log.
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            boolean personal = request.getUrl().encodedPath().endsWith("/personal");
            return new MockResponse.Builder()
                .code(409)
                .setHeader("X-Request-Id", personal ? "req-0612345678" : "req-000042")
                .body(
                    personal
                        ? "{\"code\":\"jean.dupont@example.com\",\"message\":\"x\"}"
                        : "{\"code\":\"IDEMPOTENCY_KEY_REUSED\",\"message\":\"x\"}")
                .build();
          }
        });
    try (LogCapture logs = new LogCapture();
        HttpTransport transport =
            HttpTransport.create(
                server.url("/api/").toString(),
                "baseUrl",
                ApiKey.authorization("Bearer", "key-0123456789"),
                ClientOptions.defaults())) {
      SpsplusServiceException personal =
          catchThrowableOfType(
              SpsplusServiceException.class,
              () -> transport.execute(HttpCall.get("personal").build()));
      SpsplusServiceException ordinary =
          catchThrowableOfType(
              SpsplusServiceException.class,
              () -> transport.execute(HttpCall.get("ordinary").build()));

      assertThat(personal.errorCode()).isEmpty();
      assertThat(personal.requestId()).isEmpty();
      List<String> texts = new ArrayList<>(logs.lines());
      texts.add(personal.getMessage());
      texts.add(personal.getMessage(Locale.ENGLISH));
      assertThat(texts)
          .noneSatisfy(t -> assertThat(t).contains("0612345678"))
          .noneSatisfy(t -> assertThat(t).contains("dupont"));
      assertThat(ordinary.errorCode()).contains("IDEMPOTENCY_KEY_REUSED");
      assertThat(ordinary.requestId()).contains("req-000042");
      assertThat(ordinary.getMessage(Locale.ENGLISH))
          .contains("IDEMPOTENCY_KEY_REUSED")
          .contains("req-000042");
    }
  }
}
