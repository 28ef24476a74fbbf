package fr.spsplus.client.opendata;

import fr.spsplus.core.InvalidInputException;
import java.util.Objects;

/**
 * The portal ids of the well-known {@link Dataset}s. Change one when the portal renames a dataset,
 * without waiting for a new release of this library.
 *
 * @param structures the id of {@link Dataset#STRUCTURES}
 * @param results the id of {@link Dataset#RESULTS}
 * @param experiences the id of {@link Dataset#EXPERIENCES}
 */
public record DatasetIds(String structures, String results, String experiences) {

  private static final DatasetIds DEFAULTS =
      new DatasetIds(
          Dataset.STRUCTURES.defaultId(),
          Dataset.RESULTS.defaultId(),
          Dataset.EXPERIENCES.defaultId());

  /**
   * Checks that each id is a valid dataset id.
   *
   * @throws InvalidInputException if an id is empty or has characters other than letters, digits,
   *     {@code -} and {@code _}
   */
  public DatasetIds {
    RecordQuery.requireDatasetId(structures, "structures");
    RecordQuery.requireDatasetId(results, "results");
    RecordQuery.requireDatasetId(experiences, "experiences");
  }

  /**
   * Returns the default ids: {@code export-structures}, {@code export-resultats}, {@code
   * export-expa-c-riences}.
   *
   * @return the defaults
   */
  public static DatasetIds defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the id of a dataset.
   *
   * @param dataset the dataset
   * @return its id
   */
  public String id(Dataset dataset) {
    return switch (Objects.requireNonNull(dataset, "dataset")) {
      case STRUCTURES -> structures;
      case RESULTS -> results;
      case EXPERIENCES -> experiences;
    };
  }

  /**
   * Returns a copy with one id changed, for example {@code
   * DatasetIds.defaults().with(Dataset.EXPERIENCES, "export-experiences")}.
   *
   * @param dataset the dataset
   * @param id its new id
   * @return the new ids
   * @throws InvalidInputException if the id is not valid
   */
  public DatasetIds with(Dataset dataset, String id) {
    return switch (Objects.requireNonNull(dataset, "dataset")) {
      case STRUCTURES -> new DatasetIds(id, results, experiences);
      case RESULTS -> new DatasetIds(structures, id, experiences);
      case EXPERIENCES -> new DatasetIds(structures, results, id);
    };
  }
}
