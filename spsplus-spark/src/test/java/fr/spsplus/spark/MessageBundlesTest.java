package fr.spsplus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.testing.BundleParity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MessageBundlesTest {

  @Test
  void everyFrenchBundleHasAnEnglishTwinWithTheSameKeys() throws Exception {
    assertThat(BundleParity.assertComplete(Path.of("src/main/resources"))).isEqualTo(1);
  }
}
