package fr.spsplus.client;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The application that uses spsplus, added to the {@code User-Agent} header so that the service's
 * operators can tell callers apart: {@code spsplus-java/0.1.0 Java/17.0.12 mon-outil/2.3
 * (+https://example.gouv.fr)}.
 *
 * @param name the application's name, an HTTP token such as {@code mon-outil}
 * @param version its version, an HTTP token such as {@code 2.3}, if you want it sent
 * @param url a page about it, if you want it sent (visible ASCII, no space)
 */
public record AppInfo(String name, @Nullable String version, @Nullable String url) {

  private static final MessageBundle MESSAGES = MessageBundle.of(AppInfo.class, "messages");

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the name or version is not an HTTP token, or the URL has
   *     spaces, parentheses or non-ASCII characters
   */
  public AppInfo {
    ApiKey.requireToken(Objects.requireNonNull(name, "name"), "appInfo.name");
    if (version != null) {
      ApiKey.requireToken(version, "appInfo.version");
    }
    if (url != null) {
      boolean valid = !url.isEmpty();
      for (int i = 0; i < url.length() && valid; i++) {
        char c = url.charAt(i);
        valid = c > ' ' && c < 0x7f && c != '(' && c != ')';
      }
      if (!valid) {
        throw new InvalidInputException(MESSAGES.message("app.url", "appInfo.url"));
      }
    }
  }

  /**
   * Returns the application's name and version.
   *
   * @param name the name
   * @param version the version
   * @return the info
   */
  public static AppInfo of(String name, String version) {
    return new AppInfo(name, Objects.requireNonNull(version, "version"), null);
  }

  /**
   * Returns the text appended to the {@code User-Agent}: {@code name/version (+url)}.
   *
   * @return the product text
   */
  public String userAgentProduct() {
    StringBuilder out = new StringBuilder(name);
    if (version != null) {
      out.append('/').append(version);
    }
    if (url != null) {
      out.append(" (+").append(url).append(')');
    }
    return out.toString();
  }
}
