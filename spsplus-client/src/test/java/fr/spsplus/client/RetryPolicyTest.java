package fr.spsplus.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.client.testing.MaxRandom;
import fr.spsplus.core.InvalidInputException;
import java.time.Duration;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  @Test
  void defaultsAreTheNamedConstants() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.maxAttempts()).isEqualTo(3);
    assertThat(policy.baseDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(20));
    assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
    assertThat(policy.toString())
        .isEqualTo(
            "RetryPolicy[maxAttempts=3, baseDelay=500 ms, maxBackoff=20 s, maxRetryAfter=60 s]");
  }

  @Test
  void ceilingDoublesUntilTheCap() {
    RetryPolicy policy =
        RetryPolicy.builder()
            .baseDelay(Duration.ofMillis(500))
            .maxBackoff(Duration.ofSeconds(5))
            .build();
    assertThat(policy.ceiling(1)).isEqualTo(Duration.ofMillis(500));
    assertThat(policy.ceiling(2)).isEqualTo(Duration.ofMillis(1000));
    assertThat(policy.ceiling(4)).isEqualTo(Duration.ofMillis(4000));
    assertThat(policy.ceiling(5)).isEqualTo(Duration.ofSeconds(5));
    assertThat(policy.ceiling(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void backoffSpansZeroToTheCeilingInclusive() {
    RetryPolicy highest = RetryPolicy.builder().random(() -> new MaxRandom(false)).build();
    RetryPolicy lowest = RetryPolicy.builder().random(() -> new MaxRandom(true)).build();
    assertThat(highest.backoff(2)).isEqualTo(Duration.ofMillis(1000));
    assertThat(lowest.backoff(2)).isEqualTo(Duration.ZERO);
  }

  @Property
  void backoffStaysWithinItsCeiling(
      @ForAll @IntRange(min = 1, max = 64) int attempt,
      @ForAll @LongRange(min = 0, max = 60_000) long baseMillis,
      @ForAll @LongRange(min = 0, max = 600_000) long capMillis,
      @ForAll long seed) {
    RetryPolicy policy =
        RetryPolicy.builder()
            .baseDelay(Duration.ofMillis(baseMillis))
            .maxBackoff(Duration.ofMillis(capMillis))
            .random(() -> new SplittableRandom(seed))
            .build();
    Duration wait = policy.backoff(attempt);
    assertThat(wait).isBetween(Duration.ZERO, policy.ceiling(attempt));
    assertThat(policy.ceiling(attempt)).isLessThanOrEqualTo(policy.maxBackoff());
  }

  @Property
  void ceilingNeverDecreases(
      @ForAll @IntRange(min = 1, max = 63) int attempt,
      @ForAll @LongRange(min = 0, max = 60_000) long baseMillis) {
    RetryPolicy policy = RetryPolicy.builder().baseDelay(Duration.ofMillis(baseMillis)).build();
    assertThat(policy.ceiling(attempt + 1)).isGreaterThanOrEqualTo(policy.ceiling(attempt));
  }

  @Test
  void settingsAreBounded() {
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(0))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().maxAttempts(11))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RetryPolicy.builder().baseDelay(Duration.ofMillis(-1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("« baseDelay » doit être compris entre 0 s et 60 s (reçu : PT-0.001S).");
    assertThatThrownBy(() -> RetryPolicy.defaults().backoff(0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
