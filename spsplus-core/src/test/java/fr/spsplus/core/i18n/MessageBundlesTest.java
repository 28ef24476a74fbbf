package fr.spsplus.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.testing.BundleParity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

  @Test
  void everyFrenchBundleHasAnEnglishTwinWithTheSameKeys() throws Exception {
    assertThat(BundleParity.assertComplete(Path.of("src/main/resources"))).isGreaterThan(0);
  }

  @Test
  void nestedMessagesAreRenderedInTheSameLanguage() {
    MessageBundle checks = MessageBundle.of(fr.spsplus.core.internal.Checks.class, "checks");
    MessageBundle json = MessageBundle.of(fr.spsplus.core.json.SpsplusJson.class, "messages");
    LocalizedMessage inner = checks.message("blank", "title");
    LocalizedMessage outer = json.message("json.invalid", "$.title", 1, 12, inner);
    assertThat(outer.format())
        .isEqualTo(
            "JSON invalide en $.title (ligne 1, colonne 12) : « title » ne doit pas être vide.");
    assertThat(outer.format(java.util.Locale.ENGLISH))
        .isEqualTo("Invalid JSON at $.title (line 1, column 12): \"title\" must not be blank.");
  }
}
