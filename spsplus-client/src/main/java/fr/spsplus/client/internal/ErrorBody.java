package fr.spsplus.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import fr.spsplus.client.Quota;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The error code, message and quota read from the body of an error answer, whatever its dialect.
 *
 * <p>Recognised shapes:
 *
 * <ul>
 *   <li>Opendatasoft errors: {@code {"error_code": "ODSQLError", "message": "…"}};
 *   <li>Opendatasoft quota: {@code {"errorcode": 10002, "reset_time": "…", "limit_time_unit":
 *       "day", "call_limit": 10000, "error": "…"}} (note the different keys);
 *   <li>OAuth 2.0 token errors (RFC 6749 §5.2): {@code {"error": "invalid_client",
 *       "error_description": "…"}};
 *   <li>generic {@code {"code": …, "message": …}}, a nested {@code {"error": {"code", "message"}}},
 *       and RFC 9457 problem details ({@code detail}, {@code title}).
 * </ul>
 *
 * <p>A body that is not a JSON object yields an empty result; it is never echoed. The code appears
 * in exception messages, so it is kept only if it is a short token holding no personal data ({@link
 * ClientChecks#shownToken}); the message is never shown.
 *
 * @param code the error code
 * @param message the service's message
 * @param quota the quota, for a quota body
 */
public record ErrorBody(@Nullable String code, @Nullable String message, @Nullable Quota quota) {

  /** Error bodies longer than this are not parsed: 64 KiB. */
  public static final int MAX_BYTES = 64 * 1024;

  private static final ErrorBody EMPTY = new ErrorBody(null, null, null);

  /**
   * Parses an error body.
   *
   * @param body the bytes, or null if the body was missing or too long
   * @return the parsed fields, possibly all absent
   */
  public static ErrorBody parse(byte @Nullable [] body) {
    if (body == null || body.length == 0) {
      return EMPTY;
    }
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (java.io.IOException | RuntimeException e) {
      return EMPTY;
    }
    if (root == null || !root.isObject()) {
      return EMPTY;
    }
    JsonNode nested = root.get("error");
    if (nested != null && nested.isObject()) {
      return new ErrorBody(
          shownCode(first(text(nested.get("code")), text(nested.get("status")))),
          text(nested.get("message")),
          null);
    }
    String code =
        first(text(root.get("error_code")), text(root.get("errorcode")), text(root.get("code")));
    String message;
    if (code == null && text(root.get("error")) != null) {
      code = text(root.get("error"));
      message = first(text(root.get("error_description")), text(root.get("message")));
    } else {
      message =
          first(
              text(root.get("message")),
              text(root.get("error_description")),
              text(root.get("error")),
              text(root.get("detail")),
              text(root.get("title")));
    }
    return new ErrorBody(shownCode(code), message, quota(root));
  }

  /** The longest error code kept: 64 characters. */
  static final int MAX_CODE_LENGTH = 64;

  /**
   * Keeps a code that may appear in messages (a token, no personal data); see {@link
   * ClientChecks#shownToken}.
   */
  private static @Nullable String shownCode(@Nullable String code) {
    return ClientChecks.shownToken(code, MAX_CODE_LENGTH);
  }

  private static @Nullable Quota quota(JsonNode root) {
    JsonNode reset = root.get("reset_time");
    JsonNode limit = root.get("call_limit");
    JsonNode unit = root.get("limit_time_unit");
    if (reset == null && limit == null && unit == null) {
      return null;
    }
    Instant resetAt = null;
    String resetText = text(reset);
    if (resetText != null) {
      try {
        resetAt = OffsetDateTime.parse(resetText).toInstant();
      } catch (DateTimeParseException ignored) {
        resetAt = null;
      }
    }
    Long callLimit = limit != null && limit.canConvertToLong() ? limit.longValue() : null;
    return new Quota(resetAt, callLimit, text(unit));
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    if (node == null) {
      return null;
    }
    if (node.isTextual()) {
      String text = node.textValue().strip();
      return text.isEmpty() ? null : text;
    }
    if (node.isIntegralNumber()) {
      return node.asText();
    }
    return null;
  }

  @SafeVarargs
  private static <T> @Nullable T first(@Nullable T... values) {
    for (T value : values) {
      if (value != null) {
        return value;
      }
    }
    return null;
  }
}
