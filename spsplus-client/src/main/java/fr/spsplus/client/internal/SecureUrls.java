package fr.spsplus.client.internal;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import java.util.Objects;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * The rule every URL the client calls must follow: HTTPS, except for loopback hosts, and no user
 * information (credentials do not belong in a URL).
 *
 * <p>Loopback hosts are {@code localhost}, the IPv4 block {@code 127.0.0.0/8} and the IPv6 address
 * {@code ::1}, written literally: no name is resolved, so the check cannot be fooled by DNS.
 */
public final class SecureUrls {

  private static final MessageBundle MESSAGES = ClientMessages.BUNDLE;
  private static final Pattern IPV4_LOOPBACK =
      Pattern.compile("127\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){2}");

  private SecureUrls() {}

  /**
   * Parses and checks a URL.
   *
   * @param url the URL text
   * @param field the name of the setting, for the message
   * @return the parsed URL
   * @throws InvalidInputException if the text is not an http(s) URL, carries user information, or
   *     uses plain http for a host that is not a loopback address
   */
  public static HttpUrl require(String url, String field) {
    Objects.requireNonNull(url, field);
    HttpUrl parsed = HttpUrl.parse(url);
    if (parsed == null) {
      throw new InvalidInputException(MESSAGES.message("url.invalid", field));
    }
    if (!parsed.username().isEmpty() || !parsed.password().isEmpty()) {
      throw new InvalidInputException(MESSAGES.message("url.userinfo", field));
    }
    if (!parsed.isHttps() && !isLoopback(parsed.host())) {
      throw new InvalidInputException(MESSAGES.message("url.insecure", field));
    }
    return parsed;
  }

  /**
   * Tells whether a host, as {@link HttpUrl#host()} gives it, is a loopback address.
   *
   * @param host the canonical host
   * @return true for {@code localhost}, {@code 127.x.y.z} and {@code ::1}
   */
  public static boolean isLoopback(String host) {
    return host.equals("localhost") || host.equals("::1") || IPV4_LOOPBACK.matcher(host).matches();
  }
}
