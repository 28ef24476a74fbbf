package fr.spsplus.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.client.AuthenticationException;
import fr.spsplus.client.OAuthClientCredentials;
import fr.spsplus.client.PermissionDeniedException;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.testkit.fault.Route;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import okhttp3.FormBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token endpoint (RFC 6749 §4.4 and §5.2) and bearer tokens that expire on the fake's clock.
 */
class OAuthTest {

  private FakePlatform fake;

  @BeforeEach
  void start() {
    fake =
        FakePlatform.builder()
            .oauthClient("portail-avis", "secret-portail-0123456789")
            .oauthClient("lecteur", "secret-lecteur-0123456789", List.of("structures:read"))
            .tokenLifetime(Duration.ofMinutes(10))
            .start();
  }

  @AfterEach
  void stop() {
    fake.close();
    ContractAssertions.assertAnswersConform(fake);
  }

  private OAuthClientCredentials credentials(String id, String secret, String... scopes) {
    return OAuthClientCredentials.builder()
        .tokenEndpoint(fake.tokenEndpoint())
        .clientId(id)
        .clientSecret(secret)
        .scopes(scopes)
        .build();
  }

  @Test
  void aTokenIsRenewedWhenItExpiresOnTheFakesClock() {
    try (PlatformClient client =
        fake.platformClient()
            .credentials(credentials("portail-avis", "secret-portail-0123456789"))
            .build()) {
      client.structure(StructureCode.of("3Tn8gzTdcz"));
      fake.advance(Duration.ofMinutes(11));
      client.structure(StructureCode.of("XOnFQMfMX2"));
    }

    List<Exchange> tokens = fake.exchanges(Route.operation(Route.OAUTH_TOKEN));
    assertThat(tokens).hasSize(2).allSatisfy(t -> assertThat(t.status()).isEqualTo(200));
    assertThat(tokens.get(0).responseBody())
        .contains("\"access_token\":\"fake-token-000001\"")
        .contains("\"token_type\":\"Bearer\"")
        .contains("\"expires_in\":600");
    assertThat(tokens.get(0).responseHeader("Cache-Control")).contains("no-store");
    assertThat(ContractAssertions.platformExchanges(fake))
        .allSatisfy(e -> assertThat(e.status()).isEqualTo(200));
  }

  @Test
  void anExpiredTokenIsAnsweredUnauthenticatedAndTheClientRenewsIt() {
    // A client whose clock stands still believes its token fresh: the fake's 401 makes it renew.
    try (PlatformClient client =
        fake.platformClient()
            .credentials(credentials("portail-avis", "secret-portail-0123456789"))
            .options(
                fr.spsplus.client.ClientOptions.builder()
                    .clock(
                        java.time.Clock.fixed(FakePlatform.DEFAULT_START, java.time.ZoneOffset.UTC))
                    .build())
            .build()) {
      client.structure(StructureCode.of("3Tn8gzTdcz"));
      fake.advance(Duration.ofMinutes(11));
      client.structure(StructureCode.of("XOnFQMfMX2"));
    }

    assertThat(ContractAssertions.platformExchanges(fake))
        .extracting(Exchange::status)
        .containsExactly(200, 401, 200);
    Exchange refused = ContractAssertions.platformExchanges(fake).get(1);
    assertThat(refused.responseBody()).contains("\"code\":\"UNAUTHENTICATED\"");
    assertThat(refused.responseHeader("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    assertThat(fake.requestCount(Route.operation(Route.OAUTH_TOKEN))).isEqualTo(2);
  }

  @Test
  void aTokenWithoutTheOperationsScopeIsRefused() {
    try (PlatformClient reader =
        fake.platformClient()
            .credentials(credentials("lecteur", "secret-lecteur-0123456789"))
            .build()) {
      assertThat(reader.structure(StructureCode.of("3Tn8gzTdcz")).code().value())
          .isEqualTo("3Tn8gzTdcz");
      assertThatThrownBy(
              () ->
                  reader.submitExperience(
                      new ExperienceSubmission(
                          "T",
                          "Texte.",
                          Feeling.NEUTRE,
                          List.of(StructureCode.of("3Tn8gzTdcz")),
                          List.of())))
          .isInstanceOfSatisfying(
              PermissionDeniedException.class,
              e -> assertThat(e.errorCode()).contains("PERMISSION_DENIED"));
    }
    assertThatThrownBy(
            () -> {
              try (PlatformClient greedy =
                  fake.platformClient()
                      .credentials(
                          credentials("lecteur", "secret-lecteur-0123456789", "results:write"))
                      .build()) {
                greedy.structure(StructureCode.of("3Tn8gzTdcz"));
              }
            })
        .isInstanceOf(AuthenticationException.class);
  }

  @Test
  void theTokenEndpointSpeaksRfc6749() throws Exception {
    OkHttpClient http = new OkHttpClient();
    try {
      Map<String, Object> wrongSecret =
          token(http, okhttp3.Credentials.basic("portail-avis", "nope"), "client_credentials");
      Map<String, Object> wrongGrant =
          token(
              http,
              okhttp3.Credentials.basic("portail-avis", "secret-portail-0123456789"),
              "password");
      assertThat(wrongSecret).containsEntry("status", 401).containsEntry("error", "invalid_client");
      assertThat(wrongSecret.get("WWW-Authenticate").toString()).startsWith("Basic");
      assertThat(wrongGrant)
          .containsEntry("status", 400)
          .containsEntry("error", "unsupported_grant_type");

      Request post =
          new Request.Builder()
              .url(fake.tokenEndpoint().toString())
              .post(
                  new FormBody.Builder()
                      .add("grant_type", "client_credentials")
                      .add("client_id", "portail-avis")
                      .add("client_secret", "secret-portail-0123456789")
                      .add("scope", "experiences:read experiences:write")
                      .build())
              .build();
      try (Response response = http.newCall(post).execute()) {
        assertThat(response.code()).isEqualTo(200);
        assertThat(response.body().string())
            .contains("\"scope\":\"experiences:read experiences:write\"");
      }
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private Map<String, Object> token(OkHttpClient http, String authorization, String grant)
      throws Exception {
    Request request =
        new Request.Builder()
            .url(fake.tokenEndpoint().toString())
            .header("Authorization", authorization)
            .post(new FormBody.Builder().add("grant_type", grant).build())
            .build();
    try (Response response = http.newCall(request).execute()) {
      String body = response.body().string();
      String error = body.replaceAll(".*\"error\":\"([a-z_]+)\".*", "$1");
      String challenge = response.header("WWW-Authenticate");
      return Map.of(
          "status",
          response.code(),
          "error",
          error,
          "WWW-Authenticate",
          challenge == null ? "" : challenge);
    }
  }
}
