package fr.spsplus.client;

/** The character classes of HTTP (RFC 9110 §5.6.2) used to check names before any request. */
final class HttpTokens {

  private static final String SEPARATORS = "\"(),/:;<=>?@[\\]{}";

  private HttpTokens() {}

  /**
   * Tells whether a text is a non-empty HTTP token (header name, scheme, parameter name).
   *
   * @param value the text
   * @return true if every character is a visible ASCII character other than a separator
   */
  static boolean isToken(String value) {
    if (value.isEmpty()) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= ' ' || c >= 0x7f || SEPARATORS.indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a text can be sent as a header value: visible ASCII, spaces and tabs, no control
   * character (a CR or LF would let a value inject headers).
   *
   * @param value the text
   * @return true if the value is safe
   */
  static boolean isFieldValue(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < ' ' && c != '\t') || c == 0x7f || c > 0x7e) {
        return false;
      }
    }
    return true;
  }
}
