package fr.spsplus.examples.cli.output;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/** The renderings a command can write on standard output, chosen with {@code --format}. */
public enum OutputFormat {
  /** An aligned table for humans, in the run's language and number formats. */
  TABLE,
  /** JSON for programs: numbers with a dot, stable keys, codes rather than labels. */
  JSON,
  /** CSV (RFC 4180, comma, header row, UTF-8) for spreadsheets: numbers with a dot. */
  CSV;

  private static final MessageBundle MESSAGES = MessageBundle.of(OutputFormat.class, "messages");

  /**
   * Returns the code written on the command line.
   *
   * @return {@code table}, {@code json} or {@code csv}
   */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a format code, ignoring case and surrounding blanks.
   *
   * @param code {@code table}, {@code json} or {@code csv}
   * @return the format
   * @throws InvalidInputException if the code is none of them
   */
  public static OutputFormat parse(String code) {
    Objects.requireNonNull(code, "code");
    String key = code.strip().toLowerCase(Locale.ROOT);
    for (OutputFormat format : values()) {
      if (format.code().equals(key)) {
        return format;
      }
    }
    throw new InvalidInputException(
        MESSAGES.message(
            "format.values",
            Arrays.stream(values()).map(OutputFormat::code).collect(Collectors.joining(", "))));
  }
}
