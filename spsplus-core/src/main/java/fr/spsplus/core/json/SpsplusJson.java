package fr.spsplus.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.JsonMappers;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;

/**
 * Reads and writes spsplus types as JSON, without exposing Jackson to the caller.
 *
 * <p>Requires {@code jackson-databind} and {@code jackson-datatype-jsr310} at run time
 * (spsplus-client brings them). Conventions: records as objects with their component names; enum
 * constants by their name, which is the stable, documented code of each value; dates and instants
 * as ISO-8601 text; unknown properties tolerated on input.
 *
 * <p>Bad input raises an {@link InvalidInputException} whose message names the JSON path ({@code
 * $.engagements[2].score}), the line and the column, and what was expected — in French, or in
 * English through {@link InvalidInputException#getMessage(java.util.Locale)}. Limits protect
 * callers from hostile input: nesting depth at most {@value #MAX_NESTING_DEPTH}, strings at most
 * {@value #MAX_STRING_LENGTH} characters.
 *
 * <p>Instances are immutable and thread-safe; share them.
 */
public final class SpsplusJson {

  /** Maximum nesting depth of a JSON document read by spsplus. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Maximum length of one JSON string read by spsplus (1 Mi characters). */
  public static final int MAX_STRING_LENGTH = 1 << 20;

  private static final MessageBundle MESSAGES = MessageBundle.of(SpsplusJson.class, "messages");

  private static final SpsplusJson COMPACT = new SpsplusJson(false);
  private static final SpsplusJson PRETTY = new SpsplusJson(true);

  private final ObjectMapper mapper;

  private SpsplusJson(boolean pretty) {
    this.mapper = JsonMappers.newMapper(pretty);
  }

  /**
   * Returns the compact codec (one line per document).
   *
   * @return the shared instance
   */
  public static SpsplusJson compact() {
    return COMPACT;
  }

  /**
   * Returns the codec that indents its output, for humans.
   *
   * @return the shared instance
   */
  public static SpsplusJson pretty() {
    return PRETTY;
  }

  /**
   * Writes a value as JSON.
   *
   * @param value the value (a record, a list, a map…)
   * @return the JSON text
   */
  public String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /**
   * Reads a value of the given type.
   *
   * @param <T> the type
   * @param json the JSON text
   * @param type the type's class
   * @return the value
   * @throws InvalidInputException if the text is not valid JSON for that type
   */
  public <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    JavaType javaType = mapper.constructType(type);
    return read(javaType, type, () -> mapper.readValue(json, javaType));
  }

  /**
   * Reads a value of the given type from a stream (UTF-8, or UTF-16/32 with a byte-order mark). The
   * stream is not closed.
   *
   * @param <T> the type
   * @param in the stream
   * @param type the type's class
   * @return the value
   * @throws InvalidInputException if the content is not valid JSON for that type, including bytes
   *     that are not valid in the detected encoding
   * @throws UncheckedIOException if the stream cannot be read
   */
  public <T> T read(InputStream in, Class<T> type) {
    Objects.requireNonNull(in, "in");
    JavaType javaType = mapper.constructType(type);
    return read(
        javaType,
        type,
        () -> {
          try (JsonParser parser = mapper.getFactory().createParser(in)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return mapper.readValue(parser, javaType);
          }
        });
  }

  /**
   * Reads a JSON array whose elements have the given type.
   *
   * @param <T> the element type
   * @param json the JSON text
   * @param elementType the element type's class
   * @return the elements, unmodifiable
   * @throws InvalidInputException if the text is not a valid JSON array of that type, or an element
   *     is {@code null}
   */
  public <T> List<T> readList(String json, Class<T> elementType) {
    Objects.requireNonNull(json, "json");
    JavaType listType = mapper.getTypeFactory().constructCollectionType(List.class, elementType);
    List<T> values = read(listType, List.class, () -> mapper.readValue(json, listType));
    for (int i = 0; i < values.size(); i++) {
      if (values.get(i) == null) {
        throw new InvalidInputException(
            MESSAGES.message("json.element.null", i, elementType.getSimpleName()));
      }
    }
    return List.copyOf(values);
  }

  private interface Reading<T> {
    T run() throws IOException;
  }

  private static <T> T read(JavaType type, Class<?> raw, Reading<T> reading) {
    T value;
    try {
      value = reading.run();
    } catch (JsonProcessingException e) {
      throw JsonMappers.translate(e, type);
    } catch (CharConversionException e) {
      // Bytes that are not valid UTF-16/32 (Jackson's own decoders): bad content, not an I/O error.
      throw JsonMappers.undecodable(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (value == null) {
      throw JsonMappers.nullDocument(raw);
    }
    return value;
  }
}
