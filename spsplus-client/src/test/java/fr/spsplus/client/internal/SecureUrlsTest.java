package fr.spsplus.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SecureUrlsTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://opendata.plus.transformation.gouv.fr/api/explore/v2.1",
        "https://10.0.0.1/x",
        "http://localhost:8080/api",
        "http://127.0.0.1/api",
        "http://127.255.10.3:9000/",
        "http://[::1]:8080/",
        "http://LOCALHOST/"
      })
  void acceptsHttpsAndLoopbackHttp(String url) {
    assertThatCode(() -> SecureUrls.require(url, "baseUrl")).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @CsvSource({
    "http://opendata.plus.transformation.gouv.fr/api, url.insecure",
    "http://localhost.example.com/, url.insecure",
    "http://127.0.0.1.nip.io/, url.insecure",
    "http://128.0.0.1/, url.insecure",
    "http://10.0.0.1/, url.insecure",
    "http://[::2]/, url.insecure",
    "https://user:secret@example.gouv.fr/, url.userinfo",
    "ftp://example.gouv.fr/, url.invalid",
    "not a url, url.invalid"
  })
  void refusesEverythingElseWithAClearMessage(String url, String key) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> SecureUrls.require(url, "baseUrl"));
    assertThat(e.key()).isEqualTo(key);
    assertThat(e.getMessage()).startsWith("« baseUrl »").doesNotContain("secret");
    assertThat(e.getMessage(Locale.ENGLISH)).startsWith("\"baseUrl\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://example.org/api", "http://192.168.1.10/"})
  void theInsecureMessageExplainsTheRule(String url) {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> SecureUrls.require(url, "baseUrl"));
    assertThat(e.getMessage())
        .isEqualTo(
            "« baseUrl » doit utiliser https : http n’est accepté que pour une adresse de bouclage"
                + " (localhost, 127.0.0.0/8, ::1).");
  }
}
