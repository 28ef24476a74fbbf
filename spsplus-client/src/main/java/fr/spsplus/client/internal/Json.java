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

  /** The shared mapper; configured once, then only used, so it is thread-safe. */
  public static final ObjectMapper MAPPER = JsonMappers.newMapper(false);

  /**
   * Reads JSON trees with decimals as {@code BigDecimal}, so that no open-data value is rounded.
   */
  public static final ObjectReader TREES =
      MAPPER.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Json() {}
}
