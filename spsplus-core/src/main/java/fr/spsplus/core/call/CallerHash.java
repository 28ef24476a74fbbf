package fr.spsplus.core.call;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A pseudonymous identifier of a caller: a keyed hash of the phone number, never the number itself.
 * It lets a calculator count unique callers (a caller is served if any attempt of the day was
 * answered) without keeping personal data in its state.
 *
 * <p>The value is a hexadecimal string of 32 to 128 digits (16 to 64 bytes: MD5 to SHA-512 sizes),
 * stored in lower case. A value that looks like a phone number (only digits and the usual
 * separators) is rejected, so that a raw number cannot be stored by mistake; messages never repeat
 * the value, and {@link #toString()} redacts it.
 *
 * <p>{@link #hmacSha256(CharSequence, byte[])} computes the recommended form: HMAC-SHA-256 (RFC
 * 2104, FIPS 198-1) of the normalised number under a secret key held by the caller, so that the
 * hash cannot be reversed by hashing every possible number. The same key must be used for every
 * record that is compared; rotating it (for example every year) limits linkability over time.
 * Pseudonymised data remain personal data under the GDPR (recital 26): keep the key secret and the
 * hashes in the same protected systems as the calls.
 *
 * @param value the hash, 32 to 128 hexadecimal digits, even count, lower case
 */
public record CallerHash(@NotNull @Pattern(regexp = "(?:[0-9a-f]{2}){16,64}") String value) {

  /**
   * The minimum key length for {@link #hmacSha256}, in bytes: the SHA-256 output size (RFC 2104
   * §3).
   */
  public static final int MIN_KEY_BYTES = 32;

  private static final MessageBundle MESSAGES = MessageBundle.of(CallerHash.class, "messages");
  private static final java.util.regex.Pattern HEX =
      java.util.regex.Pattern.compile("(?:[0-9a-f]{2}){16,64}");
  private static final java.util.regex.Pattern PHONE_LIKE =
      java.util.regex.Pattern.compile("[0-9][0-9 .()/+-]*|[+(][0-9 .()/+-]*");
  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("\\+?[0-9]{3,20}");

  /**
   * Checks the value and stores it in lower case.
   *
   * @throws InvalidInputException if the value looks like a phone number, or is not 32 to 128
   *     hexadecimal digits in an even count; the message does not repeat the value
   */
  public CallerHash {
    Objects.requireNonNull(value, "value");
    String stripped = value.strip();
    if (looksLikePhoneNumber(stripped)) {
      throw new InvalidInputException(MESSAGES.message("caller.hash.phone"));
    }
    value = stripped.toLowerCase(Locale.ROOT);
    if (!HEX.matcher(value).matches()) {
      throw new InvalidInputException(MESSAGES.message("caller.hash.format"));
    }
  }

  private static boolean looksLikePhoneNumber(String text) {
    if (!PHONE_LIKE.matcher(text).matches()) {
      return false;
    }
    long digits = text.chars().filter(c -> c >= '0' && c <= '9').count();
    return digits >= 3 && digits <= 20;
  }

  /**
   * Returns a hash received from another system.
   *
   * @param value the hash, hexadecimal
   * @return the caller hash
   * @throws InvalidInputException if the value looks like a phone number or is not a hash
   */
  public static CallerHash of(String value) {
    return new CallerHash(value);
  }

  /**
   * Hashes a phone number with HMAC-SHA-256 under a secret key.
   *
   * <p>The number is first normalised: spaces, dots, hyphens, slashes and parentheses are removed,
   * and a leading {@code 00} becomes {@code +}. National and international forms of the same line
   * ({@code 06…} and {@code +336…}) still give different hashes: convert numbers to one form
   * (E.164, {@code +33612345678}, is recommended) before hashing.
   *
   * @param phoneNumber the number; it is neither stored nor put in any message
   * @param key the secret key, at least {@value #MIN_KEY_BYTES} bytes; not retained
   * @return the hash, 64 hexadecimal digits
   * @throws InvalidInputException if the key is shorter than {@value #MIN_KEY_BYTES} bytes, or if
   *     the number, once normalised, is not an optional {@code +} followed by 3 to 20 digits
   */
  public static CallerHash hmacSha256(CharSequence phoneNumber, byte[] key) {
    Objects.requireNonNull(phoneNumber, "phoneNumber");
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_BYTES) {
      throw new InvalidInputException(MESSAGES.message("caller.key.short", MIN_KEY_BYTES));
    }
    StringBuilder normalised = new StringBuilder(phoneNumber.length());
    for (int i = 0; i < phoneNumber.length(); i++) {
      char c = phoneNumber.charAt(i);
      if (" .-/()\t\u00a0".indexOf(c) < 0) {
        normalised.append(c);
      }
    }
    if (normalised.length() >= 2 && normalised.charAt(0) == '0' && normalised.charAt(1) == '0') {
      normalised.replace(0, 2, "+");
    }
    if (!NUMBER.matcher(normalised).matches()) {
      throw new InvalidInputException(MESSAGES.message("caller.number.format"));
    }
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal(normalised.toString().getBytes(StandardCharsets.US_ASCII));
      return new CallerHash(HexFormat.of().formatHex(digest));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is required of every Java platform", e);
    }
  }

  /** Returns {@code CallerHash[redacted]}: the hash is pseudonymous personal data. */
  @Override
  public String toString() {
    return "CallerHash[redacted]";
  }
}
