package fr.spsplus.core.privacy;

/**
 * Issuer identification numbers (IIN) of the major payment-card networks and their card lengths,
 * used to tell a card number from any Luhn-valid digit string.
 *
 * <p>Sources: ISO/IEC 7812-1 (structure, Luhn check) and the public IIN ranges of the networks as
 * summarised in the Wikipedia article "Payment card number" (Visa 4; Mastercard 51–55 and
 * 2221–2720; American Express 34, 37; Discover 6011, 644–649, 65; JCB 3528–3589; UnionPay 62;
 * Diners Club 300–305, 36, 38–39; Maestro 5018, 5020, 5038, 5893, 6304, 6759, 6761–6763; Mir
 * 2200–2204). French "CB" cards are co-branded Visa or Mastercard. <strong>14-digit numbers are
 * never reported</strong>: legacy 14-digit Diners cards are rare, and SIRET numbers (14 digits,
 * Luhn-valid by construction) would otherwise be flagged.
 */
final class CardIssuers {

  /** Rows: prefix low, prefix high (same number of digits), min length, max length. */
  private static final int[][] RANGES = {
    {4, 4, 13, 13},
    {4, 4, 16, 16},
    {4, 4, 19, 19},
    {51, 55, 16, 16},
    {2221, 2720, 16, 16},
    {34, 34, 15, 15},
    {37, 37, 15, 15},
    {6011, 6011, 16, 19},
    {644, 649, 16, 19},
    {65, 65, 16, 19},
    {3528, 3589, 16, 19},
    {62, 62, 16, 19},
    {300, 305, 16, 19},
    {36, 36, 16, 19},
    {38, 39, 16, 19},
    {5018, 5018, 13, 19},
    {5020, 5020, 13, 19},
    {5038, 5038, 13, 19},
    {5893, 5893, 13, 19},
    {6304, 6304, 13, 19},
    {6759, 6759, 13, 19},
    {6761, 6763, 13, 19},
    {2200, 2204, 16, 19},
  };

  private CardIssuers() {}

  /**
   * Tells whether a card number of {@code length} digits may start with these digits.
   *
   * @param digits the digits (at least 4)
   * @param length the card length
   * @return true if a network issues such cards
   */
  static boolean plausible(CharSequence digits, int length) {
    for (int[] range : RANGES) {
      if (length < range[2] || length > range[3]) {
        continue;
      }
      int width = String.valueOf(range[0]).length();
      int prefix = 0;
      for (int i = 0; i < width; i++) {
        prefix = prefix * 10 + (digits.charAt(i) - '0');
      }
      if (prefix >= range[0] && prefix <= range[1]) {
        return true;
      }
    }
    return false;
  }
}
