package fr.spsplus.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import fr.spsplus.core.testing.BundleParity;
import fr.spsplus.spark.internal.CallInputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageBundlesTest {

  @Test
  void everyFrenchBundleHasAnEnglishTwinWithTheSameKeys() throws Exception {
    assertThat(BundleParity.assertComplete(Path.of("src/main/resources"))).isEqualTo(1);
  }

  /**
   * A pattern that {@link MessageFormat} refuses would fail where the message is rendered: on an
   * executor, while Spark serialises the task's failure, which then never reaches the driver.
   */
  @ParameterizedTest
  @ValueSource(strings = {"messages.properties", "messages_en.properties"})
  void everyPatternIsAValidMessageFormat(String file) throws IOException {
    Properties patterns = new Properties();
    try (InputStream in = SpsplusFunctions.class.getResourceAsStream(file)) {
      assertThat(in).isNotNull();
      patterns.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    Locale locale = file.contains("_en") ? Locale.ENGLISH : Locale.FRENCH;

    assertThat(patterns).isNotEmpty();
    patterns.forEach(
        (key, pattern) ->
            assertThatCode(() -> new MessageFormat((String) pattern, locale))
                .as("%s in %s", key, file)
                .doesNotThrowAnyException());
  }

  @Test
  void anInputIsNamedByItsColumnOrByItsArgument() {
    assertThat(CallInputs.name(null, 2, "attente").format()).isEqualTo("la colonne « attente »");
    assertThat(CallInputs.name(null, 2, "attente").format(Locale.ENGLISH))
        .isEqualTo("column \"attente\"");
    assertThat(CallInputs.name("spsplus_pickup_rate", 1, "outcome").format())
        .isEqualTo("le premier argument de spsplus_pickup_rate (outcome)");
    assertThat(CallInputs.name("spsplus_service_level", 3, "threshold_seconds").format())
        .isEqualTo("le troisième argument de spsplus_service_level (threshold_seconds)");
    assertThat(CallInputs.name("nps", 2, "weight").format(Locale.ENGLISH))
        .isEqualTo("the second argument of nps (weight)");
    assertThat(CallInputs.name("f", 4, "x").format()).isEqualTo("le 4e argument de f (x)");
    assertThat(
            SpsplusFunctions.MESSAGES
                .message("input.null", CallInputs.name("spsplus_p90_wait", 2, "wait_seconds"))
                .format())
        .startsWith("Valeur NULL dans le deuxième argument de spsplus_p90_wait (wait_seconds) :");
  }
}
