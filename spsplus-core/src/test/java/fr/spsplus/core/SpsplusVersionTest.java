package fr.spsplus.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpsplusVersionTest {

  @Test
  void versionIsTheOneWrittenByTheBuild() {
    assertThat(SpsplusVersion.version()).matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?");
  }
}
