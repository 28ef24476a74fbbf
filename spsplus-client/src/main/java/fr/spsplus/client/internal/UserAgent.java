package fr.spsplus.client.internal;

import fr.spsplus.client.AppInfo;
import fr.spsplus.core.SpsplusVersion;
import org.jspecify.annotations.Nullable;

/** Builds the {@code User-Agent} header: {@code spsplus-java/<version> Java/<java.version>}. */
public final class UserAgent {

  private UserAgent() {}

  /**
   * Returns the header value.
   *
   * @param appInfo the application's info, appended when present
   * @return the value, ASCII only
   */
  public static String of(@Nullable AppInfo appInfo) {
    String value =
        "spsplus-java/"
            + token(SpsplusVersion.version())
            + " Java/"
            + token(System.getProperty("java.version", "unknown"));
    return appInfo == null ? value : value + " " + appInfo.userAgentProduct();
  }

  /** Keeps the characters of a product version that are safe in a header token. */
  static String token(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '-'
              || c == '_'
              || c == '+';
      if (safe) {
        out.append(c);
      }
    }
    return out.length() == 0 ? "unknown" : out.toString();
  }
}
