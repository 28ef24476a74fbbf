package fr.spsplus.core.structure;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import java.util.Objects;

/**
 * The identifier of a structure on the Services Publics+ platform ("Code SP+ de la structure").
 *
 * <p>Real codes are 10-character alphanumeric identifiers such as {@code 3Tn8gzTdcz} (open-data
 * export {@code export-structures}). spsplus accepts any code of 1 to 64 characters made of ASCII
 * letters, digits, {@code -}, {@code _} and {@code .}, so that ministry systems can use their own
 * codes for structures not yet on the platform. Codes are case-sensitive.
 *
 * @param value the code
 */
public record StructureCode(String value) implements Comparable<StructureCode> {

  /** The longest code accepted. */
  private static final int MAX_LENGTH = 64;

  private static final MessageBundle MESSAGES = MessageBundle.of(StructureCode.class, "messages");

  /**
   * Checks the format.
   *
   * @throws InvalidInputException if the code is empty, too long or has other characters
   */
  public StructureCode {
    Objects.requireNonNull(value, "value");
    if (!isWellFormed(value)) {
      throw new InvalidInputException(MESSAGES.message("structure.code.format"));
    }
  }

  /**
   * Returns the code for a text.
   *
   * @param value the code
   * @return the code
   * @throws InvalidInputException if the format is wrong
   */
  public static StructureCode of(String value) {
    return new StructureCode(value);
  }

  /**
   * Tells whether a text has the format of a platform identifier (shared by structure and typology
   * codes).
   */
  static boolean isWellFormed(String value) {
    // The regular expression [A-Za-z0-9._-]{1,64}, as a loop: every answer the client decodes
    // checks its codes, and the matcher cost a sixth of an experience's decoding.
    int length = value.length();
    if (length == 0 || length > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      boolean allowed =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '_'
              || c == '-';
      if (!allowed) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int compareTo(StructureCode other) {
    return value.compareTo(other.value);
  }

  /** Returns the code itself. */
  @Override
  public String toString() {
    return value;
  }
}
