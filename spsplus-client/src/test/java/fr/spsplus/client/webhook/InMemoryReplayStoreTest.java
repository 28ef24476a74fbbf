package fr.spsplus.client.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryReplayStoreTest {

  private static final Instant T0 = Instant.parse("2026-03-02T10:00:00Z");

  @Test
  void remembersUntilExpiry() {
    InMemoryReplayStore store = new InMemoryReplayStore(10);
    assertThat(store.remember("a", T0.plusSeconds(60), T0)).isTrue();
    assertThat(store.remember("a", T0.plusSeconds(60), T0.plusSeconds(59))).isFalse();
    assertThat(store.remember("a", T0.plusSeconds(120), T0.plusSeconds(60))).isTrue();
  }

  @Test
  void forgetsExpiredKeysFirstThenTheSoonestToExpire() {
    InMemoryReplayStore store = new InMemoryReplayStore(2);
    store.remember("short", T0.plusSeconds(10), T0);
    store.remember("long", T0.plusSeconds(1000), T0);
    // Full: "short" expires soonest and is forgotten to make room.
    assertThat(store.remember("third", T0.plusSeconds(500), T0)).isTrue();
    assertThat(store.size()).isEqualTo(2);
    assertThat(store.remember("long", T0.plusSeconds(1000), T0)).isFalse();
    assertThat(store.remember("short", T0.plusSeconds(10), T0)).isTrue();
    // Later, expired keys go before anything else.
    assertThat(store.remember("fourth", T0.plusSeconds(2000), T0.plusSeconds(600))).isTrue();
    assertThat(store.remember("long", T0.plusSeconds(1000), T0.plusSeconds(600))).isFalse();
  }

  @Test
  void capacityIsChecked() {
    assertThatThrownBy(() -> WebhookReplayStore.inMemory(0))
        .isInstanceOf(InvalidInputException.class);
    assertThat(WebhookReplayStore.inMemory(5).toString())
        .isEqualTo("WebhookReplayStore.inMemory(5)");
  }
}
