package fr.spsplus.client.opendata;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.core.i18n.MessageBundle;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One record of an open-data dataset: its fields by their API names ({@code code_sp_structure},
 * {@code valeur}, {@code actif}…), read through small typed accessors that tolerate the shapes the
 * portal really delivers.
 *
 * <p>Each accessor returns an empty {@code Optional} when the field is absent or {@code null}, and
 * throws an {@link InvalidInputException} naming the field (never its value) when the value cannot
 * have the asked type:
 *
 * <ul>
 *   <li>{@link #text(String)}: text as is; numbers in plain notation; booleans as {@code
 *       true}/{@code false};
 *   <li>{@link #number(String)}: a JSON number, or text such as {@code "77"}, {@code "77.5"},
 *       {@code "77,5"} or {@code "1 234,5"} (the open data sends some values as text); blank text
 *       is absent;
 *   <li>{@link #flag(String)}: a JSON boolean, or the text {@code Oui}/{@code Non} (the {@code
 *       actif} columns) or {@code true}/{@code false}, any case; blank text is absent;
 *   <li>{@link #date(String)}: an ISO date {@code YYYY-MM-DD}, the form of Opendatasoft date
 *       fields;
 *   <li>{@link #dateTime(String)}: an ISO 8601 date-time with offset, the form of datetime fields.
 * </ul>
 *
 * <p>{@link #fields()} gives every value: {@code String}, {@code BigDecimal} (all numbers, exact),
 * {@code Boolean}, {@code List} (multivalued fields), {@code Map} (geo points, {@code {"lat":…,
 * "lon":…}}) or {@code null}. Immutable and thread-safe. {@link #toString()} shows field names
 * only: values may be personal data (pseudonyms and free text of user experiences).
 */
public final class OpenDataRecord {

  private static final MessageBundle MESSAGES = MessageBundle.of(OpenDataRecord.class, "messages");

  private final Map<String, @Nullable Object> fields;

  private OpenDataRecord(Map<String, @Nullable Object> fields) {
    this.fields = fields;
  }

  /**
   * Returns a record with these fields. Values must be of the types listed in the class
   * description; maps and lists are copied.
   *
   * @param fields the fields, by name, in order
   * @return the record
   * @throws IllegalArgumentException if a value has another type
   */
  public static OpenDataRecord of(Map<String, ? extends @Nullable Object> fields) {
    Objects.requireNonNull(fields, "fields");
    return new OpenDataRecord(copy(fields));
  }

  private static Map<String, @Nullable Object> copy(Map<String, ? extends @Nullable Object> map) {
    Map<String, @Nullable Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ? extends @Nullable Object> entry : map.entrySet()) {
      copy.put(Objects.requireNonNull(entry.getKey(), "field name"), copyValue(entry.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static @Nullable Object copyValue(@Nullable Object value) {
    if (value == null
        || value instanceof String
        || value instanceof BigDecimal
        || value instanceof Boolean) {
      return value;
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        copy.put(String.valueOf(entry.getKey()), copyValue(entry.getValue()));
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> copy = new java.util.ArrayList<>(list.size());
      for (Object element : list) {
        copy.add(copyValue(element));
      }
      return Collections.unmodifiableList(copy);
    }
    throw new IllegalArgumentException(
        "unsupported value type " + value.getClass().getName() + " in an open-data record");
  }

  /**
   * Returns every field, by API name, in the order the portal sent them.
   *
   * @return the fields, unmodifiable; values may be null
   */
  public Map<String, @Nullable Object> fields() {
    return fields;
  }

  /**
   * Returns the names of the fields.
   *
   * @return the names, in order
   */
  public Set<String> fieldNames() {
    return fields.keySet();
  }

  /**
   * Tells whether the record has a field, even a null one.
   *
   * @param field the field's API name
   * @return true if present
   */
  public boolean has(String field) {
    return fields.containsKey(Objects.requireNonNull(field, "field"));
  }

  /**
   * Returns the raw value of a field.
   *
   * @param field the field's API name
   * @return the value, empty if absent or null
   */
  public Optional<Object> value(String field) {
    return Optional.ofNullable(fields.get(Objects.requireNonNull(field, "field")));
  }

  /**
   * Returns a field as text.
   *
   * @param field the field's API name
   * @return the text, empty if absent or null
   * @throws InvalidInputException if the value is a list or an object
   */
  public Optional<String> text(String field) {
    Object value = fields.get(Objects.requireNonNull(field, "field"));
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String text) {
      return Optional.of(text);
    }
    if (value instanceof BigDecimal number) {
      return Optional.of(number.toPlainString());
    }
    if (value instanceof Boolean flag) {
      return Optional.of(flag.toString());
    }
    throw wrongType(field, "type.text");
  }

  /**
   * Returns a field as an exact number, tolerant of numbers sent as text.
   *
   * @param field the field's API name
   * @return the number, empty if absent, null or blank text
   * @throws InvalidInputException if the value is not a number nor numeric text
   */
  public Optional<BigDecimal> number(String field) {
    Object value = fields.get(Objects.requireNonNull(field, "field"));
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof BigDecimal number) {
      return Optional.of(number);
    }
    if (value instanceof String text) {
      String compact = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "");
      if (compact.isEmpty()) {
        return Optional.empty();
      }
      if (compact.indexOf(',') >= 0 && compact.indexOf('.') < 0) {
        compact = compact.replace(',', '.');
      }
      try {
        return Optional.of(new BigDecimal(compact));
      } catch (NumberFormatException e) {
        throw wrongType(field, "type.number");
      }
    }
    throw wrongType(field, "type.number");
  }

  /**
   * Returns a field as a whole number (an id such as {@code id_experience}, a duration in units).
   *
   * @param field the field's API name
   * @return the number, empty if absent, null or blank text
   * @throws InvalidInputException if the value is not a whole number within {@code long} range
   */
  public OptionalLong integer(String field) {
    Optional<BigDecimal> number = number(field);
    if (number.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(number.get().longValueExact());
    } catch (ArithmeticException e) {
      throw wrongType(field, "type.integer");
    }
  }

  /**
   * Returns a field as a boolean, tolerant of the text {@code Oui}/{@code Non}.
   *
   * @param field the field's API name
   * @return the flag, empty if absent, null or blank text
   * @throws InvalidInputException if the value is neither a boolean nor one of the accepted texts
   */
  public Optional<Boolean> flag(String field) {
    Object value = fields.get(Objects.requireNonNull(field, "field"));
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof Boolean flag) {
      return Optional.of(flag);
    }
    if (value instanceof String text) {
      switch (text.strip().toLowerCase(Locale.ROOT)) {
        case "" -> {
          return Optional.empty();
        }
        case "oui", "true" -> {
          return Optional.of(Boolean.TRUE);
        }
        case "non", "false" -> {
          return Optional.of(Boolean.FALSE);
        }
        default -> throw wrongType(field, "type.flag");
      }
    }
    throw wrongType(field, "type.flag");
  }

  /**
   * Returns a field as a date.
   *
   * @param field the field's API name
   * @return the date, empty if absent, null or blank text
   * @throws InvalidInputException if the value is not an ISO date {@code YYYY-MM-DD}
   */
  public Optional<LocalDate> date(String field) {
    return parsed(field, "type.date", LocalDate::parse);
  }

  /**
   * Returns a field as a date-time with its offset.
   *
   * @param field the field's API name
   * @return the date-time, empty if absent, null or blank text
   * @throws InvalidInputException if the value is not an ISO 8601 date-time with offset
   */
  public Optional<OffsetDateTime> dateTime(String field) {
    return parsed(field, "type.datetime", OffsetDateTime::parse);
  }

  private <T> Optional<T> parsed(
      String field, String type, java.util.function.Function<String, T> parser) {
    Object value = fields.get(Objects.requireNonNull(field, "field"));
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof String text) {
      if (text.isBlank()) {
        return Optional.empty();
      }
      try {
        return Optional.of(parser.apply(text.strip()));
      } catch (DateTimeParseException e) {
        throw wrongType(field, type);
      }
    }
    throw wrongType(field, type);
  }

  private static InvalidInputException wrongType(String field, String typeKey) {
    LocalizedMessage type = MESSAGES.message(typeKey);
    return new InvalidInputException(MESSAGES.message("record.type", field, type));
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof OpenDataRecord that && fields.equals(that.fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** Names the fields; values are not shown, as they may be personal data. */
  @Override
  public String toString() {
    return "OpenDataRecord" + fields.keySet();
  }
}
