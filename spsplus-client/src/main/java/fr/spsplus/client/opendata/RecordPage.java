package fr.spsplus.client.opendata;

import fr.spsplus.client.ResponseMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One page of records, as one call to the {@code /records} endpoint returned it.
 *
 * @param <T> the type of the records ({@link OpenDataRecord}, or a domain type after {@link
 *     #map(Function)})
 * @param records the records of the page, at most 100
 * @param totalCount how many records match the query in all ({@code total_count}), if the portal
 *     said
 * @param metadata the facts of the answer (request id, rate limit)
 */
public record RecordPage<T>(List<T> records, @Nullable Long totalCount, ResponseMetadata metadata) {

  /**
   * Checks and copies the components.
   *
   * @throws NullPointerException if a record is null
   */
  public RecordPage {
    records = List.copyOf(records);
    Objects.requireNonNull(metadata, "metadata");
  }

  /**
   * Returns the same page with each record mapped, for example to a domain type.
   *
   * @param <U> the new type
   * @param mapper the mapping; must not return null
   * @return the mapped page
   */
  public <U> RecordPage<U> map(Function<? super T, ? extends U> mapper) {
    Objects.requireNonNull(mapper, "mapper");
    List<U> mapped = new ArrayList<>(records.size());
    for (T record : records) {
      mapped.add(mapper.apply(record));
    }
    return new RecordPage<>(mapped, totalCount, metadata);
  }
}
