package fr.spsplus.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.testing.BundleParity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every French message bundle of the testkit has its English twin with the same keys. */
class BundleParityTest {

  @Test
  void everyBundleHasItsEnglishTwin() throws Exception {
    assertThat(BundleParity.assertComplete(Path.of("src/main/resources"))).isEqualTo(4);
  }
}
