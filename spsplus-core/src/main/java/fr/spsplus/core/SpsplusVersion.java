package fr.spsplus.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the spsplus library, read from a resource written by the build.
 *
 * <p>Used in the client's {@code User-Agent} ({@code spsplus-java/<version>}) and by the CLI's
 * {@code --version}.
 */
public final class SpsplusVersion {

  private static final String RESOURCE = "version.properties";
  private static final String VERSION = load();

  private SpsplusVersion() {}

  /**
   * Returns the version of spsplus, for example {@code 0.1.0-SNAPSHOT}.
   *
   * @return the version written by the build, never empty
   */
  public static String version() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in = SpsplusVersion.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource fr/spsplus/core/" + RESOURCE);
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "").trim();
      if (version.isEmpty() || version.startsWith("${")) {
        throw new IllegalStateException("resource " + RESOURCE + " was not filtered by the build");
      }
      return version;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
