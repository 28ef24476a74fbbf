package fr.spsplus.testkit.internal;

import fr.spsplus.testkit.internal.SchemaValidator.Violation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The fake's opaque cursors: keyset positions (the sort key of the last item of a page), so that
 * items added between two pages neither repeat nor go missing. A cursor names its listing and a
 * digest of its filters, expires after a validity period (one hour by default, the contract's
 * proposed minimum) measured on the fake's clock, and is signed (HMAC-SHA256 under a fixed key), so
 * that a cursor altered by the client is refused. Base64url text, well under the contract's 1,000
 * characters.
 */
public final class Cursors {

  private static final String SEPARATOR = "\u001f";
  private static final String VERSION = "c1";

  private final Duration validity;
  private final SecretKeySpec key;

  /**
   * Returns the cursors of a fake.
   *
   * @param validity how long a cursor stays valid
   */
  public Cursors(Duration validity) {
    this.validity = Objects.requireNonNull(validity, "validity");
    // A fixed key: the signature detects altered cursors, it protects no secret; a fixed key keeps
    // every answer of the fake reproducible from one run to the next.
    this.key =
        new SecretKeySpec("spsplus-testkit cursors".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  private String sign(String payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)), 0, 12);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Writes a cursor.
   *
   * @param listing the listing, such as {@code experiences}
   * @param filters the listing's filters, as text
   * @param issuedAt the fake's time
   * @param key the sort key of the last item of the page
   * @return the cursor
   */
  public String encode(String listing, String filters, Instant issuedAt, String... key) {
    List<String> parts = new ArrayList<>();
    parts.add(VERSION);
    parts.add(listing);
    parts.add(digest(filters));
    parts.add(Long.toString(issuedAt.toEpochMilli()));
    parts.addAll(Arrays.asList(key));
    String payload = String.join(SEPARATOR, parts);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((payload + SEPARATOR + sign(payload)).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a cursor.
   *
   * @param cursor the cursor the client sent
   * @param listing the listing it must belong to
   * @param filters the filters of the current request, which must be the cursor's
   * @param keySize the number of key parts
   * @param now the fake's time
   * @return the sort key of the last item of the previous page
   * @throws ApiException {@code 400 INVALID_REQUEST} naming the {@code cursor} parameter, rule
   *     {@code cursor} when it was not made by this fake for this listing and these filters, or
   *     {@code expired}
   */
  public List<String> decode(
      String cursor, String listing, String filters, int keySize, Instant now) {
    String text;
    try {
      text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid("cursor");
    }
    int cut = text.lastIndexOf(SEPARATOR);
    if (cut < 0
        || !MessageDigest.isEqual(
            sign(text.substring(0, cut)).getBytes(StandardCharsets.UTF_8),
            text.substring(cut + 1).getBytes(StandardCharsets.UTF_8))) {
      throw invalid("cursor");
    }
    String[] parts = text.substring(0, cut).split(SEPARATOR, -1);
    if (parts.length != 4 + keySize
        || !parts[0].equals(VERSION)
        || !parts[1].equals(listing)
        || !parts[2].equals(digest(filters))) {
      throw invalid("cursor");
    }
    Instant issuedAt;
    try {
      issuedAt = Instant.ofEpochMilli(Long.parseLong(parts[3]));
    } catch (NumberFormatException e) {
      throw invalid("cursor");
    }
    if (now.isAfter(issuedAt.plus(validity))) {
      throw invalid("expired");
    }
    return List.of(parts).subList(4, parts.length);
  }

  private static ApiException invalid(String rule) {
    return new ApiException(
        400,
        "INVALID_REQUEST",
        Messages.BUNDLE.message("cursor." + rule),
        List.of(new Violation("cursor", rule)));
  }

  private static String digest(String text) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
