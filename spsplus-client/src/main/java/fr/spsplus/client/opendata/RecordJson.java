package fr.spsplus.client.opendata;

import com.fasterxml.jackson.databind.JsonNode;
import fr.spsplus.client.internal.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Turns Explore API JSON into {@link OpenDataRecord}s, without exposing Jackson. */
final class RecordJson {

  private RecordJson() {}

  /**
   * Reads one JSON object (a {@code results[]} element, or a JSON-lines export line).
   *
   * @param object the object
   * @return the record, or null if the node is not an object
   */
  static @Nullable OpenDataRecord record(JsonNode object) {
    if (!object.isObject()) {
      return null;
    }
    Map<String, @Nullable Object> fields = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      fields.put(field.getKey(), value(field.getValue()));
    }
    return OpenDataRecord.of(fields);
  }

  /**
   * Reads one line of a JSON-lines export.
   *
   * @param line the line
   * @return the record, or null if the line is not a JSON object
   * @throws IOException if the line is not JSON or breaks the reading limits
   */
  static @Nullable OpenDataRecord line(String line) throws IOException {
    JsonNode node = Json.TREES.readTree(line);
    return node == null ? null : record(node);
  }

  private static @Nullable Object value(JsonNode node) {
    return switch (node.getNodeType()) {
      case NULL, MISSING -> null;
      case STRING -> node.textValue();
      case NUMBER -> node.decimalValue();
      case BOOLEAN -> node.booleanValue();
      case ARRAY -> {
        List<@Nullable Object> list = new ArrayList<>(node.size());
        for (JsonNode element : node) {
          list.add(value(element));
        }
        yield list;
      }
      case OBJECT -> {
        Map<String, @Nullable Object> map = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
          map.put(field.getKey(), value(field.getValue()));
        }
        yield map;
      }
      case BINARY, POJO -> node.asText();
    };
  }
}
