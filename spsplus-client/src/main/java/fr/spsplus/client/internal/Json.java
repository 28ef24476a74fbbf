package fr.spsplus.client.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import fr.spsplus.core.internal.JsonMappers;

/**
 * The client's Jackson mapper: spsplus's conventions and reading limits (nesting depth, string
 * length) from {@link JsonMappers}.
 */
public final class Json {

  /**
   * The shared mapper; configured once, then only used, so it is thread-safe. spsplus's JSON
   * conventions, with a faster reading of canonical UTC timestamps ({@link FastInstants}) that
   * gives the same instants and the same errors.
   */
  public static final ObjectMapper MAPPER =
      JsonMappers.newMapper(false).registerModule(FastInstants.module());

  /**
   * Reads JSON trees with decimals as {@code BigDecimal}, so that no open-data value is rounded.
   */
  public static final ObjectReader TREES =
      MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private static final ClassValue<ObjectReader> READERS =
      new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
          return MAPPER.readerFor(type);
        }
      };

  private Json() {}

  /**
   * Returns the reader of a type, made once per type: a call then skips the mapper's lookup of the
   * root deserializer.
   *
   * @param type the type to read
   * @return the reader, immutable and thread-safe
   */
  public static ObjectReader reader(Class<?> type) {
    return READERS.get(type);
  }
}
