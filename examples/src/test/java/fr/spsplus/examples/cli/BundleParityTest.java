package fr.spsplus.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.testing.BundleParity;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every French bundle of the CLI (messages and help texts) has its English twin. */
class BundleParityTest {

  @Test
  void everyFrenchBundleHasItsEnglishTwin() throws IOException {
    assertThat(BundleParity.assertComplete(Path.of("src/main/resources"))).isEqualTo(7);
  }
}
