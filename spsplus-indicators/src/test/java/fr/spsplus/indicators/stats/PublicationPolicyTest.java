package fr.spsplus.indicators.stats;

import static fr.spsplus.core.indicator.PublicationStatus.INDICATIVE;
import static fr.spsplus.core.indicator.PublicationStatus.INSUFFICIENT_SAMPLE;
import static fr.spsplus.core.indicator.PublicationStatus.PUBLISHABLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PublicationPolicyTest {

  @Test
  void proposedDefaultThresholds() {
    PublicationPolicy policy = PublicationPolicy.defaults();
    assertThat(policy.status(0)).isEqualTo(INSUFFICIENT_SAMPLE);
    assertThat(policy.status(29)).isEqualTo(INSUFFICIENT_SAMPLE);
    assertThat(policy.status(30)).isEqualTo(INDICATIVE);
    assertThat(policy.status(99)).isEqualTo(INDICATIVE);
    assertThat(policy.status(100)).isEqualTo(PUBLISHABLE);
    assertThat(policy.status(Long.MAX_VALUE)).isEqualTo(PUBLISHABLE);
    assertThat(policy.status(29).showsValue()).isFalse();
  }

  @Test
  void configurableThresholds() {
    PublicationPolicy policy = PublicationPolicy.of(10, 10);
    assertThat(policy.status(9)).isEqualTo(INSUFFICIENT_SAMPLE);
    assertThat(policy.status(10)).isEqualTo(PUBLISHABLE);
    assertThat(PublicationPolicy.of(1, 50).status(1)).isEqualTo(INDICATIVE);
  }

  @Test
  void invalidThresholdOrderIsRejected() {
    assertThatThrownBy(() -> PublicationPolicy.of(100, 30))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "Seuils de publication incohérents : « indicativeFrom » (100) doit être inférieur ou"
                + " égal à « publishableFrom » (30).")
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                    .isEqualTo(
                        "Inconsistent publication thresholds: \"indicativeFrom\" (100) must be"
                            + " less than or equal to \"publishableFrom\" (30)."));
    assertThatThrownBy(() -> PublicationPolicy.of(0, 30))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("indicativeFrom");
    assertThatThrownBy(() -> PublicationPolicy.defaults().status(-1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« n »");
  }
}
