package fr.spsplus.testkit.opendata;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A dataset the fake's open-data endpoint serves: an id and its records, in their order (the
 * portal's order when a query has no {@code order_by}).
 *
 * <p>A record is a map from field name to value, as the Explore API's JSON has it: text ({@link
 * String}), numbers ({@link Number}), booleans, {@code null}, lists (multivalued fields), nested
 * maps, and dates or instants ({@link java.time.LocalDate}, {@link java.time.Instant}, {@link
 * java.time.OffsetDateTime}), written as ISO-8601 text. Values are normalised when the dataset is
 * built ({@link #of}) or as they are generated ({@link #generated}): numbers become {@link
 * BigDecimal}, dates their ISO text, maps and lists copies.
 *
 * <p>Records are served with their fields in the dataset's field order (as the portal does), then
 * any field not declared.
 *
 * <p>Two kinds: a list held in memory ({@link #of}), or records generated from their index on each
 * reading ({@link #generated}), so that a test can serve 25,000 or a million records without
 * holding them: the export endpoint streams them one by one. The fields of a generated dataset are
 * those of its first record unless declared ({@link #withFields}).
 *
 * <p>Immutable and thread-safe (a generator must be a pure function of the index).
 */
public final class FixtureDataset {

  private static final MessageBundle MESSAGES = MessageBundle.of(FixtureDataset.class, "messages");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9_-]{0,254}");

  private final String id;
  private final long size;
  private final LongFunction<? extends Map<String, ?>> source;
  private final Set<String> fields;
  private final @Nullable String provenance;

  private FixtureDataset(
      String id,
      long size,
      LongFunction<? extends Map<String, ?>> source,
      Set<String> fields,
      @Nullable String provenance) {
    this.id = id;
    this.size = size;
    this.source = source;
    this.fields = fields;
    this.provenance = provenance;
  }

  /**
   * Returns a dataset of records held in memory.
   *
   * @param id the dataset id, lower-case letters, digits, {@code -} and {@code _} (as the portal's
   *     slugs, such as {@code export-structures})
   * @param records the records, copied and normalised
   * @return the dataset; its fields are every key of every record, in order of appearance
   * @throws InvalidInputException if the id is malformed, or a record has a field name that is
   *     blank or a value of an unsupported type
   */
  public static FixtureDataset of(String id, List<? extends Map<String, ?>> records) {
    requireId(id);
    List<Map<String, @Nullable Object>> copy = new ArrayList<>(records.size());
    Set<String> fields = new LinkedHashSet<>();
    for (Map<String, ?> record : records) {
      Map<String, @Nullable Object> normalised = normalise(record);
      fields.addAll(normalised.keySet());
      copy.add(normalised);
    }
    List<Map<String, @Nullable Object>> frozen = List.copyOf(copy);
    return new FixtureDataset(
        id, frozen.size(), index -> frozen.get((int) index), ordered(fields), null);
  }

  /**
   * Returns a dataset whose records are generated from their index, anew on each reading.
   *
   * <pre>{@code
   * FixtureDataset big = FixtureDataset.generated("big", 25_000,
   *     i -> Map.of("id", i, "name", "record " + i));
   * }</pre>
   *
   * @param id the dataset id (see {@link #of})
   * @param size the number of records, 0 or more
   * @param generator the record of each index from 0 to {@code size - 1}; a pure function
   * @return the dataset; its fields are those of the first record ({@link #withFields} to declare
   *     others)
   * @throws InvalidInputException if the id is malformed or the size negative
   */
  public static FixtureDataset generated(
      String id, long size, LongFunction<? extends Map<String, ?>> generator) {
    requireId(id);
    Checks.requireNonNegative(size, "size");
    Objects.requireNonNull(generator, "generator");
    Set<String> fields =
        size == 0 ? Set.of() : new LinkedHashSet<>(normalise(generator.apply(0)).keySet());
    return new FixtureDataset(id, size, generator, ordered(fields), null);
  }

  private static Set<String> ordered(Set<String> fields) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(fields));
  }

  /**
   * Returns a copy declaring the dataset's fields: the names that {@code select}, {@code where} and
   * {@code order_by} may use (an unknown name is an {@code ODSQLError}, as on the portal).
   *
   * @param names the field names
   * @return the new dataset
   */
  public FixtureDataset withFields(List<String> names) {
    Set<String> declared = new LinkedHashSet<>();
    for (String name : names) {
      declared.add(Checks.requireNonBlank(name, "fields"));
    }
    return new FixtureDataset(id, size, source, ordered(declared), provenance);
  }

  /**
   * Returns a copy that says where the records come from (for example "SYNTHETIC: …" or the source
   * of real data). The endpoint does not serve it: it is for the people who read tests.
   *
   * @param text the provenance
   * @return the new dataset
   */
  public FixtureDataset withProvenance(String text) {
    return new FixtureDataset(id, size, source, fields, Checks.requireNonBlank(text, "provenance"));
  }

  /**
   * Returns the dataset id.
   *
   * @return the id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the number of records.
   *
   * @return the size
   */
  public long size() {
    return size;
  }

  /**
   * Returns the field names, in order.
   *
   * @return the names
   */
  public Set<String> fields() {
    return fields;
  }

  /**
   * Returns where the records come from.
   *
   * @return the provenance, or null when not stated
   */
  public @Nullable String provenance() {
    return provenance;
  }

  /**
   * Returns the records, produced one at a time on each iteration (a generated dataset is not held
   * in memory).
   *
   * @return the records, normalised
   */
  public Iterable<Map<String, @Nullable Object>> records() {
    return () ->
        new Iterator<>() {
          private long next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Map<String, @Nullable Object> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            return inFieldOrder(normalise(source.apply(next++)));
          }
        };
  }

  /** Puts a record's keys in the dataset's field order, as the portal does, then any others. */
  private Map<String, @Nullable Object> inFieldOrder(Map<String, @Nullable Object> record) {
    Map<String, @Nullable Object> ordered = new LinkedHashMap<>();
    for (String field : fields) {
      if (record.containsKey(field)) {
        ordered.put(field, record.get(field));
      }
    }
    if (ordered.size() < record.size()) {
      ordered.putAll(record);
    }
    return Collections.unmodifiableMap(ordered);
  }

  @Override
  public String toString() {
    return "FixtureDataset[" + id + ", " + size + " records]";
  }

  private static void requireId(String id) {
    Objects.requireNonNull(id, "id");
    if (!ID.matcher(id).matches()) {
      throw new InvalidInputException(MESSAGES.message("dataset.id", "id"));
    }
  }

  private static Map<String, @Nullable Object> normalise(Map<String, ?> record) {
    Objects.requireNonNull(record, "record");
    Map<String, @Nullable Object> copy = new LinkedHashMap<>();
    for (Map.Entry<String, ?> field : record.entrySet()) {
      String name = field.getKey();
      if (name == null || name.isBlank()) {
        throw new InvalidInputException(MESSAGES.message("dataset.field.name"));
      }
      copy.put(name, value(name, field.getValue()));
    }
    return Collections.unmodifiableMap(copy);
  }

  private static @Nullable Object value(String field, @Nullable Object value) {
    if (value == null || value instanceof String || value instanceof Boolean) {
      return value;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal;
    }
    if (value instanceof BigInteger integer) {
      return new BigDecimal(integer);
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      if (!Double.isFinite(number)) {
        throw new InvalidInputException(MESSAGES.message("dataset.value", field));
      }
      return BigDecimal.valueOf(number);
    }
    if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
      return value.toString();
    }
    if (value instanceof List<?> list) {
      List<@Nullable Object> copy = new ArrayList<>(list.size());
      for (Object element : list) {
        copy.add(value(field, element));
      }
      return Collections.unmodifiableList(copy);
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, @Nullable Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> entry : map.entrySet()) {
        copy.put(String.valueOf(entry.getKey()), value(field, entry.getValue()));
      }
      return Collections.unmodifiableMap(copy);
    }
    throw new InvalidInputException(MESSAGES.message("dataset.value", field));
  }
}
