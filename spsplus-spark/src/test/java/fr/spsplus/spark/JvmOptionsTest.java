package fr.spsplus.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;
import org.junit.jupiter.api.Test;

/**
 * The JVM options that spark-submit adds (Spark's own list, read from the Spark on the class path)
 * are the ones this test JVM runs with (Surefire's argLine) and the ones the README documents, so
 * that a Spark upgrade that changes them fails here rather than at a user's start-up.
 */
class JvmOptionsTest {

  private static final List<String> SPARK = List.of(JavaModuleOptions.defaultModuleOptionArray());

  @Test
  void theTestsRunWithEveryOptionSparkSubmitWouldAdd() {
    assertThat(ManagementFactory.getRuntimeMXBean().getInputArguments()).containsAll(SPARK);
  }

  @Test
  void theReadmeListsExactlySparksOptions() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    String block = readme.substring(readme.indexOf("```\n-XX:") + 4);
    List<String> documented = block.substring(0, block.indexOf("```")).lines().toList();

    assertThat(documented).containsExactlyElementsOf(SPARK);
  }
}
