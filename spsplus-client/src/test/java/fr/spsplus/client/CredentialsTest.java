package fr.spsplus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CredentialsTest {

  @Test
  void apiKeysHideTheirSecret() {
    assertThat(ApiKey.opendatasoft("abc123").toString()).isEqualTo("ApiKey[query apikey=***]");
    assertThat(ApiKey.authorization("Apikey", "abc123").toString())
        .isEqualTo("ApiKey[header Authorization: Apikey ***]");
    assertThat(ApiKey.header("X-Api-Key", "abc123").toString())
        .isEqualTo("ApiKey[header X-Api-Key: ***]");
    assertThat(ApiKey.opendatasoft("abc123").secret()).isEqualTo("abc123");
    assertThat(Credentials.none().toString()).isEqualTo("Credentials.none()");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "abc 123", "abc123\n", "a\tb"})
  void apiKeysAreCheckedBeforeAnyRequestWithoutEchoingThem(String key) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> ApiKey.opendatasoft(key));
    assertThat(e.getMessage()).contains("apiKey");
    if (!key.isBlank()) {
      assertThat(e.getMessage()).doesNotContain(key.strip());
    }
  }

  @Test
  void headerNamesMustBeTokens() {
    assertThatThrownBy(() -> ApiKey.header("X Api", "k")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ApiKey.authorization("Api:key", "k"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void oauthCredentialsHideTheSecret() {
    OAuthClientCredentials credentials =
        OAuthClientCredentials.builder()
            .tokenEndpoint("https://auth.example.gouv.fr/token")
            .clientId("my-client")
            .clientSecret("very-secret")
            .scopes("a", "b", "a")
            .build();
    assertThat(credentials.toString())
        .isEqualTo(
            "OAuthClientCredentials[tokenEndpoint=https://auth.example.gouv.fr/token,"
                + " clientId=my-client, clientSecret=***, scopes=[a, b]]")
        .doesNotContain("very-secret");
    assertThat(credentials.refreshSkew()).isEqualTo(Duration.ofSeconds(60));
    assertThat(credentials.toBuilder().build().scopes()).containsExactly("a", "b");
  }

  @Test
  void oauthTokenEndpointMustBeSecure() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                OAuthClientCredentials.builder()
                    .tokenEndpoint("http://auth.example.gouv.fr/token")
                    .clientId("c")
                    .clientSecret("s")
                    .build());
    assertThat(e.key()).isEqualTo("url.insecure");
    assertThat(e.getMessage()).startsWith("« tokenEndpoint »");
  }

  @Test
  void oauthScopesAndSkewAreChecked() {
    assertThatThrownBy(() -> OAuthClientCredentials.builder().scopes("two words"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> OAuthClientCredentials.builder().refreshSkew(Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> OAuthClientCredentials.builder().refreshSkew(Duration.ofHours(2)))
        .isInstanceOf(InvalidInputException.class);
  }
}
