package fr.spsplus.examples.cli;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.period.Granularity;
import fr.spsplus.examples.cli.output.OutputFormat;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;

/**
 * The converters of option values. Each failure is an {@link InvalidInputException} whose French
 * and English message says what is accepted; the root command reports it on one line, naming the
 * option.
 */
public final class OptionConverters {

  private static final MessageBundle MESSAGES =
      MessageBundle.of(OptionConverters.class, "messages");

  private OptionConverters() {}

  /** {@code --lang}: {@code fr} or {@code en}. */
  public static final class LanguageConverter implements ITypeConverter<Language> {
    /** Creates the converter. */
    public LanguageConverter() {}

    @Override
    public Language convert(String value) {
      return Language.parse(value);
    }
  }

  /** {@code --format}: {@code table}, {@code json} or {@code csv}. */
  public static final class FormatConverter implements ITypeConverter<OutputFormat> {
    /** Creates the converter. */
    public FormatConverter() {}

    @Override
    public OutputFormat convert(String value) {
      return OutputFormat.parse(value);
    }
  }

  /**
   * {@code --by}: {@code day}, {@code week} (ISO week), {@code month}, {@code quarter} or {@code
   * year}.
   */
  public static final class GranularityConverter implements ITypeConverter<Granularity> {
    /** Creates the converter. */
    public GranularityConverter() {}

    @Override
    public Granularity convert(String value) {
      return switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "day" -> Granularity.DAY;
        case "week" -> Granularity.ISO_WEEK;
        case "month" -> Granularity.MONTH;
        case "quarter" -> Granularity.QUARTER;
        case "year" -> Granularity.YEAR;
        default ->
            throw new InvalidInputException(
                MESSAGES.message("option.values", "day, week, month, quarter, year"));
      };
    }
  }

  /** {@code --zone}: a time-zone id of the IANA database, such as {@code Europe/Paris}. */
  public static final class ZoneConverter implements ITypeConverter<ZoneId> {
    /** Creates the converter. */
    public ZoneConverter() {}

    @Override
    public ZoneId convert(String value) {
      try {
        return ZoneId.of(value.strip());
      } catch (DateTimeException e) {
        throw new InvalidInputException(MESSAGES.message("option.zone"), e);
      }
    }
  }

  /** A CSV separator: one character (not a quote nor a line break), or {@code tab}. */
  public static final class SeparatorConverter implements ITypeConverter<Character> {
    /** Creates the converter. */
    public SeparatorConverter() {}

    @Override
    public Character convert(String value) {
      if (value.equalsIgnoreCase("tab") || value.equals("\\t")) {
        return '\t';
      }
      if (value.length() != 1 || "\"\r\n".indexOf(value.charAt(0)) >= 0) {
        throw new InvalidInputException(MESSAGES.message("option.separator"));
      }
      return value.charAt(0);
    }
  }

  /** A count: a decimal integer, zero or more. */
  public static final class CountConverter implements ITypeConverter<Long> {
    /** Creates the converter. */
    public CountConverter() {}

    @Override
    public Long convert(String value) {
      try {
        long count = Long.parseLong(value.strip());
        if (count >= 0) {
          return count;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new InvalidInputException(MESSAGES.message("option.count"));
    }
  }

  /** A positive count: a decimal integer, at least 1. */
  public static final class PositiveCountConverter implements ITypeConverter<Long> {
    /** Creates the converter. */
    public PositiveCountConverter() {}

    @Override
    public Long convert(String value) {
      try {
        long count = Long.parseLong(value.strip());
        if (count >= 1) {
          return count;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw new InvalidInputException(MESSAGES.message("option.positive"));
    }
  }

  /** A file path. */
  public static final class PathConverter implements ITypeConverter<Path> {
    /** Creates the converter. */
    public PathConverter() {}

    @Override
    public Path convert(String value) {
      try {
        return Path.of(value);
      } catch (InvalidPathException e) {
        throw new InvalidInputException(MESSAGES.message("option.path"), e);
      }
    }
  }
}
