package fr.spsplus.core.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.privacy.PersonalDataDetector;
import fr.spsplus.core.privacy.PersonalDataMatch;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The rules every fuzz target of spsplus checks ({@code @FuzzTest}s, run by Jazzer in regression
 * mode in every build and in fuzzing mode by {@code fuzz.sh}): only the exceptions a parser
 * documents may escape, and a documented error has a message in French and in English that never
 * repeats a piece of personal data of the input. Anything else is rethrown, so that Jazzer reports
 * it as a finding (with the input saved as a reproducer). Published in the core test-jar.
 */
public final class Fuzzing {

  /** The largest input a fuzz target reads, in bytes: 64 KiB (larger inputs are skipped). */
  public static final int MAX_INPUT_BYTES = 64 * 1024;

  private Fuzzing() {}

  /** An action on one input that may throw anything. */
  @FunctionalInterface
  public interface Action {

    /**
     * Runs the action.
     *
     * @throws Exception anything
     */
    void run() throws Exception;
  }

  /**
   * Runs an action; lets the documented exceptions pass (after checking their messages), and turns
   * any other throwable into a finding.
   *
   * @param input the text of the input, to check that no personal datum of it is echoed
   * @param action what to do with the input
   * @param documented the exceptions the API documents for bad input
   * @return the documented exception that was thrown, or null if none
   * @throws AssertionError a finding: an undocumented exception, or a bad message
   */
  @SafeVarargs
  public static Throwable allowOnly(
      CharSequence input, Action action, Class<? extends Throwable>... documented) {
    try {
      action.run();
      return null;
    } catch (Throwable thrown) {
      for (Class<? extends Throwable> type : documented) {
        if (type.isInstance(thrown)) {
          checkMessages(thrown, input);
          return thrown;
        }
      }
      throw new AssertionError(
          "undocumented " + thrown.getClass().getName() + " escaped the parser", thrown);
    }
  }

  /**
   * Checks the message of a documented error: present in French and English (so that formatting its
   * pattern with its arguments works), and free of the personal data found in the input.
   *
   * @param error the error
   * @param input the input that caused it
   * @throws AssertionError if a message is blank or repeats a piece of personal data
   */
  public static void checkMessages(Throwable error, CharSequence input) {
    String french = error.getMessage();
    String english =
        error instanceof InvalidInputException invalid
            ? invalid.getMessage(Locale.ENGLISH)
            : englishOf(error);
    if (french == null || french.isBlank() || english == null || english.isBlank()) {
      throw new AssertionError("blank message in " + error.getClass().getName(), error);
    }
    List<PersonalDataMatch> data = PersonalDataDetector.standard().scan(input);
    for (PersonalDataMatch match : data) {
      String value = input.subSequence(match.start(), match.end()).toString();
      if (french.contains(value) || english.contains(value)) {
        throw new AssertionError(
            "the message of "
                + error.getClass().getName()
                + " repeats a piece of personal data of the input ("
                + match.kind()
                + ")");
      }
    }
  }

  private static String englishOf(Throwable error) {
    try {
      Object message =
          error.getClass().getMethod("getMessage", Locale.class).invoke(error, Locale.ENGLISH);
      return message == null ? null : message.toString();
    } catch (ReflectiveOperationException e) {
      return error.getMessage();
    }
  }

  /**
   * Returns a JSON text with the name of every object property blanked out (replaced by spaces, so
   * that offsets are kept), as far as the text can be tokenised. Messages name the JSON path of a
   * faulty value, property names included, by design (the path is how the author finds the value);
   * a fuzz target that reads JSON checks its messages against the personal data of this text, that
   * is of the values only.
   *
   * @param json the text
   * @return the text without its property names
   */
  public static String withoutJsonKeys(String json) {
    char[] out = json.toCharArray();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token != JsonToken.FIELD_NAME) {
          continue;
        }
        int start = (int) parser.currentTokenLocation().getCharOffset();
        if (start < 0 || start >= out.length || out[start] != '"') {
          continue;
        }
        int end = start + 1;
        while (end < out.length && out[end] != '"') {
          end += out[end] == '\\' ? 2 : 1;
        }
        for (int i = start; i <= end && i < out.length; i++) {
          out[i] = ' ';
        }
      }
    } catch (IOException | RuntimeException malformed) {
      // the rest of the text cannot be told apart: it is kept, values and names alike
    }
    return new String(out);
  }

  /**
   * Decodes bytes as UTF-8, replacing malformed sequences (for targets that take text).
   *
   * @param bytes the bytes
   * @return the text
   */
  public static String lenientUtf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Tells whether bytes are well-formed UTF-8.
   *
   * @param bytes the bytes
   * @return true if they decode without error
   */
  public static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
