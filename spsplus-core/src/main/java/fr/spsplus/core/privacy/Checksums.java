package fr.spsplus.core.privacy;

/**
 * The check-digit algorithms of the detector. Inputs are upper-case ASCII; callers check lengths.
 */
final class Checksums {

  private Checksums() {}

  /**
   * Computes the key of a NIR: {@code 97 − (N mod 97)}, where N is the 13-character number read as
   * an integer after replacing the Corsican département {@code 2A} by {@code 19} and {@code 2B} by
   * {@code 18} (INSEE rule, as implemented by python-stdnum {@code stdnum.fr.nir}).
   *
   * @param nir13 the first 13 characters: digits, with {@code A} or {@code B} allowed at index 6
   *     after a {@code 2} at index 5
   * @return the key, 1 to 97
   */
  static int nirKey(CharSequence nir13) {
    long number = 0;
    for (int i = 0; i < 13; i++) {
      char c = nir13.charAt(i);
      int digit;
      if (i == 5 && (nir13.charAt(6) == 'A' || nir13.charAt(6) == 'B')) {
        digit = 1; // 2A → 19, 2B → 18
      } else if (i == 6 && c == 'A') {
        digit = 9;
      } else if (i == 6 && c == 'B') {
        digit = 8;
      } else {
        digit = c - '0';
      }
      number = number * 10 + digit;
    }
    return (int) (97 - number % 97);
  }

  /**
   * Tells whether 15 characters form a NIR whose key (the last two digits) is right.
   *
   * @param nir15 the characters, without separators
   * @return true if the key matches
   */
  static boolean nirKeyMatches(CharSequence nir15) {
    int key = (nir15.charAt(13) - '0') * 10 + (nir15.charAt(14) - '0');
    return key == nirKey(nir15);
  }

  /**
   * Tells whether digits pass the Luhn check (ISO/IEC 7812-1, annex B).
   *
   * @param digits ASCII digits, without separators
   * @param length how many of them to check, from the start
   * @return true if the weighted sum is a multiple of 10
   */
  static boolean luhn(CharSequence digits, int length) {
    int sum = 0;
    boolean twice = false;
    for (int i = length - 1; i >= 0; i--) {
      int digit = digits.charAt(i) - '0';
      if (twice) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
      twice = !twice;
    }
    return sum % 10 == 0;
  }

  /**
   * Computes the ISO 7064 MOD 97-10 remainder of an IBAN (ISO 13616): the first four characters
   * moved to the end, letters replaced by two-digit numbers (A = 10 … Z = 35).
   *
   * @param iban the IBAN, upper-case, without separators
   * @return the remainder; 1 for a valid IBAN
   */
  static int ibanRemainder(CharSequence iban) {
    int length = iban.length();
    int remainder = 0;
    for (int k = 0; k < length; k++) {
      char c = iban.charAt((k + 4) % length);
      if (c >= '0' && c <= '9') {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      }
    }
    return remainder;
  }
}
