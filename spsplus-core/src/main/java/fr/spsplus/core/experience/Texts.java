package fr.spsplus.core.experience;

import java.text.Normalizer;
import java.util.Locale;

/** Text helpers of the package. */
final class Texts {

  private Texts() {}

  /**
   * Folds a label for tolerant comparison: accents removed, lower case, surrounding blanks removed,
   * {@code -}, {@code _} and runs of blanks made one space.
   */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    boolean space = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (c == '-' || c == '_' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
