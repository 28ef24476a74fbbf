package fr.spsplus.testkit.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import fr.spsplus.core.internal.JsonMappers;
import java.io.IOException;

/**
 * The fake's JSON: the same conventions as the client's ({@link JsonMappers}), so that what the
 * fake writes is what the client reads.
 */
public final class Json {

  /** The shared mapper; configured once, then only used. */
  public static final ObjectMapper MAPPER = JsonMappers.newMapper(false);

  /** Reads request bodies strictly: duplicate keys refused, decimals kept exact. */
  private static final ObjectReader STRICT =
      MAPPER
          .reader()
          .with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private Json() {}

  /**
   * Parses a request body.
   *
   * @param body the bytes
   * @return the tree
   * @throws IOException if the bytes are not one JSON document
   */
  public static JsonNode parse(byte[] body) throws IOException {
    JsonNode node = STRICT.readTree(body);
    if (node == null || node.isMissingNode()) {
      throw new IOException("empty body");
    }
    return node;
  }

  /**
   * Writes a value with the project's conventions.
   *
   * @param value the value
   * @return the UTF-8 bytes
   */
  public static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  /**
   * Converts a value to a tree.
   *
   * @param value the value
   * @return the tree
   */
  public static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }
}
