package fr.spsplus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestOptionsTest {

  @Test
  void defaultsGenerateKeysAndKeepTheClientTimeout() {
    RequestOptions options = RequestOptions.none();
    assertThat(options.idempotencyKeyEnabled()).isTrue();
    assertThat(options.idempotencyKey()).isEmpty();
    assertThat(options.timeout()).isEmpty();
    assertThat(options.headers()).isEmpty();
    assertThat(RequestOptions.withoutIdempotencyKey().idempotencyKeyEnabled()).isFalse();
  }

  @Test
  void toStringHidesTheKeyAndHeaderValues() {
    RequestOptions options =
        RequestOptions.builder()
            .idempotencyKey("secret-op-1")
            .header("X-Trace", "trace-value")
            .timeout(Duration.ofSeconds(5))
            .build();
    assertThat(options.toString())
        .isEqualTo("RequestOptions[idempotencyKey=(given), timeout=5 s, headers=[X-Trace]]");
    assertThat(options.toBuilder().build().idempotencyKey()).contains("secret-op-1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "has space", "accentué"})
  void badKeysAreRefused(String key) {
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(key))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void keysLongerThan255AreRefused() {
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("k".repeat(256)))
        .isInstanceOf(InvalidInputException.class);
    assertThat(RequestOptions.builder().idempotencyKey("k".repeat(255)).build().idempotencyKey())
        .hasValueSatisfying(k -> assertThat(k).hasSize(255));
  }

  @Test
  void aKeyCannotBeGivenWhileKeysAreDisabled() {
    assertThatThrownBy(
            () -> RequestOptions.builder().idempotencyKey("k").idempotencyKeyEnabled(false).build())
        .isInstanceOf(InvalidInputException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Authorization", "idempotency-key", "User-Agent", "Host", "Cookie"})
  void managedHeadersCannotBeSet(String name) {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> RequestOptions.builder().header(name, "x"));
    assertThat(e.getMessage()).contains(name);
  }

  @Test
  void headerValuesCannotInjectLines() {
    assertThatThrownBy(() -> RequestOptions.builder().header("X-A", "a\r\nX-B: b"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void laterHeadersReplaceEarlierOnesCaseInsensitively() {
    RequestOptions options =
        RequestOptions.builder().header("X-Trace", "1").header("x-trace", "2").build();
    assertThat(options.headers()).containsExactly(java.util.Map.entry("x-trace", "2"));
  }
}
