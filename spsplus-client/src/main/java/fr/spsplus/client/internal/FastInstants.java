package fr.spsplus.client.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * A fast path for the one timestamp shape the platform writes, {@code 2026-03-02T09:15:00Z}
 * (optionally with 1 to 9 fraction digits), in front of the {@link Instant} deserializer Jackson
 * would use anyway.
 *
 * <p>Why: the standard deserializer parses through {@link DateTimeFormatter#ISO_INSTANT}, whose
 * general machinery (a field map, resolution, a query) costs more than the rest of an experience's
 * decoding; profiling the client benchmark (issue #8) put it at a third of the answer's decoding.
 *
 * <p>Exactness: {@link #parseStrict(String)} accepts only the canonical UTC form with fields in
 * range (month 1 to 12, the day within its month, hour 0 to 23, minute and second 0 to 59), for
 * which it returns exactly what {@code Instant.parse} returns; any other text (offsets, lower-case
 * {@code t}/{@code z}, leap seconds, {@code 24:00}, signed or long years, epoch numbers, blanks,
 * errors) returns null and goes to the standard deserializer unchanged, so its answers and its
 * errors stay the same. A property with a {@code @JsonFormat} of its own gets the standard
 * deserializer alone.
 */
final class FastInstants {

  private FastInstants() {}

  /**
   * Returns a module that wraps the {@link Instant} deserializer Jackson chose with the fast path.
   *
   * @return the module
   */
  static SimpleModule module() {
    SimpleModule module = new SimpleModule("spsplus-client-fast-instants");
    module.setDeserializerModifier(
        new BeanDeserializerModifier() {
          @Override
          public JsonDeserializer<?> modifyDeserializer(
              DeserializationConfig config,
              BeanDescription description,
              JsonDeserializer<?> deserializer) {
            return description.getBeanClass() == Instant.class
                ? new Deserializer(deserializer)
                : deserializer;
          }
        });
    return module;
  }

  /**
   * Parses {@code yyyy-MM-ddTHH:mm:ss[.f{1,9}]Z}, upper-case, fields in range.
   *
   * @param text the text
   * @return the instant, or null if the text is not in that exact form (it may still be valid for
   *     the standard parser)
   */
  static @Nullable Instant parseStrict(String text) {
    int length = text.length();
    if (length < 20 || length == 21 || length > 30 || text.charAt(length - 1) != 'Z') {
      return null;
    }
    if (text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    int hour = digits(text, 11, 13);
    int minute = digits(text, 14, 16);
    int second = digits(text, 17, 19);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23) {
      return null;
    }
    if (minute < 0 || minute > 59 || second < 0 || second > 59) {
      return null;
    }
    if (day > lengthOfMonth(year, month)) {
      return null;
    }
    int nanos = 0;
    if (length > 20) {
      if (text.charAt(19) != '.') {
        return null;
      }
      int fraction = digits(text, 20, length - 1);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction;
      for (int i = length - 1 - 20; i < 9; i++) {
        nanos *= 10;
      }
    } else if (text.charAt(19) != 'Z') {
      return null;
    }
    long epochSecond = epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second;
    return Instant.ofEpochSecond(epochSecond, nanos);
  }

  /** The decimal value of {@code text[from, to)}, or -1 if a character is not an ASCII digit. */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      int digit = text.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static int lengthOfMonth(int year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean isLeap(long year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /** Days from 1970-01-01 in the proleptic Gregorian calendar (the algorithm of LocalDate). */
  private static long epochDay(long year, int month, int day) {
    // The year is 0 to 9999 here: the negative-year branch of LocalDate is not needed.
    long total = 365 * year + (year + 3) / 4 - (year + 99) / 100 + (year + 399) / 400;
    total += (367 * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!isLeap(year)) {
        total--;
      }
    }
    return total - 719_528L;
  }

  /** The fast path, then the wrapped deserializer for everything else. */
  private static final class Deserializer extends StdDeserializer<Object>
      implements ContextualDeserializer, ResolvableDeserializer {

    private static final long serialVersionUID = 1L;

    private final JsonDeserializer<?> standard;

    Deserializer(JsonDeserializer<?> standard) {
      super(Instant.class);
      this.standard = standard;
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (parser.hasToken(JsonToken.VALUE_STRING)) {
        Instant fast = parseStrict(parser.getText());
        if (fast != null) {
          return fast;
        }
      }
      return standard.deserialize(parser, context);
    }

    @Override
    public Object deserializeWithType(
        JsonParser parser, DeserializationContext context, TypeDeserializer types)
        throws IOException {
      return standard.deserializeWithType(parser, context, types);
    }

    @Override
    public JsonDeserializer<?> createContextual(
        DeserializationContext context, @Nullable BeanProperty property)
        throws JsonMappingException {
      if (standard instanceof ContextualDeserializer contextual) {
        JsonDeserializer<?> specific = contextual.createContextual(context, property);
        // A property-specific configuration (a @JsonFormat): the standard deserializer alone.
        return specific == standard ? this : specific;
      }
      return this;
    }

    @Override
    public void resolve(DeserializationContext context) throws JsonMappingException {
      if (standard instanceof ResolvableDeserializer resolvable) {
        resolvable.resolve(context);
      }
    }

    @Override
    public @Nullable Object getNullValue(DeserializationContext context)
        throws JsonMappingException {
      return standard.getNullValue(context);
    }

    @Override
    public @Nullable Object getEmptyValue(DeserializationContext context)
        throws JsonMappingException {
      return standard.getEmptyValue(context);
    }

    @Override
    public AccessPattern getNullAccessPattern() {
      return standard.getNullAccessPattern();
    }

    @Override
    public AccessPattern getEmptyAccessPattern() {
      return standard.getEmptyAccessPattern();
    }

    @Override
    public LogicalType logicalType() {
      return standard.logicalType();
    }
  }
}
