package fr.spsplus.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against a schema of the contract: the subset of JSON Schema 2020-12 that the
 * contract uses ({@code $ref}, {@code type} (one or several), {@code enum}, {@code required},
 * {@code properties}, {@code additionalProperties: false}, {@code items}, {@code minItems}, {@code
 * maxItems}, {@code uniqueItems}, {@code minLength}, {@code maxLength} (in code points), {@code
 * pattern}, {@code minimum}, {@code maximum}, {@code format} ({@code date-time}, {@code date},
 * {@code int64}), {@code anyOf}, {@code if}/{@code then}/{@code else}). Annotations ({@code
 * description}, {@code examples}, {@code default}) are ignored. A keyword outside this subset fails
 * loudly, so that a contract change cannot be silently ignored.
 *
 * <p>Each violation names the field as a path such as {@code structures[0]} or {@code
 * results[3].interval.low} ({@code $} for the whole body) and the broken keyword. Thread-safe.
 */
public final class SchemaValidator {

  private static final Set<String> ANNOTATIONS =
      Set.of("description", "examples", "default", "title");
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?"
              + "([Zz]|[+-][0-9]{2}:[0-9]{2})");
  private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private final ContractDocument contract;
  private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

  /**
   * Returns a validator of the contract's schemas.
   *
   * @param contract the contract, for references
   */
  public SchemaValidator(ContractDocument contract) {
    this.contract = contract;
  }

  /**
   * A broken rule.
   *
   * @param field the path of the value, {@code $} for the root
   * @param rule the keyword, such as {@code maxLength}, or {@code required}
   */
  public record Violation(String field, String rule) {}

  /**
   * Validates a value.
   *
   * @param value the value
   * @param schema the schema
   * @param field the path of the value ({@code $} for the root)
   * @return the violations, in document order; empty when the value conforms
   */
  public List<Violation> validate(JsonNode value, JsonNode schema, String field) {
    List<Violation> violations = new ArrayList<>();
    check(value, schema, field, violations);
    return violations;
  }

  private void check(JsonNode value, JsonNode schema, String field, List<Violation> out) {
    if (schema.isBoolean()) {
      if (!schema.booleanValue()) {
        out.add(new Violation(field, "false"));
      }
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> keywords = schema.properties().iterator();
    while (keywords.hasNext()) {
      Map.Entry<String, JsonNode> entry = keywords.next();
      String keyword = entry.getKey();
      JsonNode argument = entry.getValue();
      switch (keyword) {
        case "$ref" -> check(value, contract.target(argument.asText()), field, out);
        case "type" -> {
          if (!hasType(value, argument)) {
            out.add(new Violation(field, "type"));
            return; // the other keywords would only repeat the type error
          }
        }
        case "enum" -> {
          if (!contains(argument, value)) {
            out.add(new Violation(field, "enum"));
          }
        }
        case "required" -> {
          if (value.isObject()) {
            for (JsonNode name : argument) {
              if (!value.has(name.asText())) {
                out.add(new Violation(child(field, name.asText()), "required"));
              }
            }
          }
        }
        case "properties" -> {
          if (value.isObject()) {
            for (Map.Entry<String, JsonNode> property : argument.properties()) {
              JsonNode present = value.get(property.getKey());
              if (present != null) {
                check(present, property.getValue(), child(field, property.getKey()), out);
              }
            }
          }
        }
        case "additionalProperties" -> additional(value, schema, argument, field, out);
        case "items" -> {
          if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
              check(value.get(i), argument, field + "[" + i + "]", out);
            }
          }
        }
        case "minItems" -> {
          if (value.isArray() && value.size() < argument.asInt()) {
            out.add(new Violation(field, keyword));
          }
        }
        case "maxItems" -> {
          if (value.isArray() && value.size() > argument.asInt()) {
            out.add(new Violation(field, keyword));
          }
        }
        case "uniqueItems" -> {
          if (argument.asBoolean() && value.isArray() && !unique(value)) {
            out.add(new Violation(field, keyword));
          }
        }
        case "minLength" -> {
          if (value.isTextual() && length(value.textValue()) < argument.asInt()) {
            out.add(new Violation(field, keyword));
          }
        }
        case "maxLength" -> {
          if (value.isTextual() && length(value.textValue()) > argument.asInt()) {
            out.add(new Violation(field, keyword));
          }
        }
        case "pattern" -> {
          if (value.isTextual()
              && !patterns
                  .computeIfAbsent(argument.asText(), Pattern::compile)
                  .matcher(value.textValue())
                  .find()) {
            out.add(new Violation(field, keyword));
          }
        }
        case "minimum" -> {
          if (value.isNumber() && value.decimalValue().compareTo(argument.decimalValue()) < 0) {
            out.add(new Violation(field, keyword));
          }
        }
        case "maximum" -> {
          if (value.isNumber() && value.decimalValue().compareTo(argument.decimalValue()) > 0) {
            out.add(new Violation(field, keyword));
          }
        }
        case "format" -> {
          if (!hasFormat(value, argument.asText())) {
            out.add(new Violation(field, "format"));
          }
        }
        case "anyOf" -> anyOf(value, argument, field, out);
        case "if" -> conditional(value, schema, argument, field, out);
        case "then", "else" -> {
          // applied by "if"
        }
        default -> {
          if (!ANNOTATIONS.contains(keyword)) {
            throw new IllegalStateException("keyword not supported by the fake: " + keyword);
          }
        }
      }
    }
  }

  private void additional(
      JsonNode value, JsonNode schema, JsonNode argument, String field, List<Violation> out) {
    if (!value.isObject()) {
      return;
    }
    JsonNode declared = schema.path("properties");
    for (Map.Entry<String, JsonNode> property : value.properties()) {
      if (declared.has(property.getKey())) {
        continue;
      }
      if (argument.isBoolean()) {
        if (!argument.booleanValue()) {
          out.add(new Violation(child(field, property.getKey()), "additionalProperties"));
        }
      } else {
        check(property.getValue(), argument, child(field, property.getKey()), out);
      }
    }
  }

  private void anyOf(JsonNode value, JsonNode branches, String field, List<Violation> out) {
    List<List<Violation>> failures = new ArrayList<>();
    for (JsonNode branch : branches) {
      List<Violation> violations = validate(value, branch, field);
      if (violations.isEmpty()) {
        return;
      }
      failures.add(violations);
    }
    // The contract's anyOf is "a schema or null": report the schema's own violations.
    List<List<Violation>> informative =
        failures.stream()
            .filter(v -> !(v.size() == 1 && v.get(0).equals(new Violation(field, "type"))))
            .toList();
    if (informative.size() == 1) {
      out.addAll(informative.get(0));
    } else {
      out.add(new Violation(field, "anyOf"));
    }
  }

  private void conditional(
      JsonNode value, JsonNode schema, JsonNode condition, String field, List<Violation> out) {
    boolean holds = validate(value, condition, field).isEmpty();
    JsonNode branch = schema.get(holds ? "then" : "else");
    if (branch != null) {
      check(value, branch, field, out);
    }
  }

  private static boolean hasType(JsonNode value, JsonNode type) {
    if (type.isArray()) {
      for (JsonNode one : type) {
        if (hasType(value, one.asText())) {
          return true;
        }
      }
      return false;
    }
    return hasType(value, type.asText());
  }

  private static boolean hasType(JsonNode value, String type) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "boolean" -> value.isBoolean();
      case "null" -> value.isNull();
      case "number" -> value.isNumber();
      case "integer" -> value.isIntegralNumber() || (value.isNumber() && isWhole(value));
      default -> throw new IllegalStateException("unknown type " + type);
    };
  }

  private static boolean isWhole(JsonNode value) {
    BigDecimal decimal = value.decimalValue();
    return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
  }

  private static boolean hasFormat(JsonNode value, String format) {
    switch (format) {
      case "date-time" -> {
        if (!value.isTextual()) {
          return true;
        }
        String text = value.textValue();
        if (!DATE_TIME.matcher(text).matches()) {
          return false;
        }
        try {
          OffsetDateTime.parse(text.toUpperCase(java.util.Locale.ROOT));
          return true;
        } catch (DateTimeParseException e) {
          return false;
        }
      }
      case "date" -> {
        if (!value.isTextual()) {
          return true;
        }
        try {
          LocalDate.parse(value.textValue(), DATE);
          return value.textValue().length() == 10;
        } catch (DateTimeParseException e) {
          return false;
        }
      }
      case "int64" -> {
        if (!value.isNumber()) {
          return true;
        }
        BigDecimal decimal = value.decimalValue();
        return decimal.compareTo(LONG_MIN) >= 0 && decimal.compareTo(LONG_MAX) <= 0;
      }
      default -> {
        return true; // formats are annotations unless the fake knows them
      }
    }
  }

  private static boolean contains(JsonNode values, JsonNode value) {
    for (JsonNode candidate : values) {
      if (same(candidate, value)) {
        return true;
      }
    }
    return false;
  }

  private static boolean same(JsonNode a, JsonNode b) {
    if (a.isNumber() && b.isNumber()) {
      return a.decimalValue().compareTo(b.decimalValue()) == 0;
    }
    return a.equals(b);
  }

  private static boolean unique(JsonNode array) {
    Set<Object> seen = new HashSet<>();
    for (JsonNode element : array) {
      Object key =
          element.isNumber() ? element.decimalValue().stripTrailingZeros() : element.toString();
      if (!seen.add(key)) {
        return false;
      }
    }
    return true;
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private static String child(String parent, String name) {
    return parent.equals("$") ? name : parent + "." + name;
  }
}
