package fr.spsplus.client.opendata;

/**
 * The Services Publics+ datasets this client knows by role. Their ids on the portal are settings
 * ({@link DatasetIds}), because at least one of them has changed over time.
 */
public enum Dataset {

  /**
   * The directory of structures (services, agencies, counters): {@code export-structures}, about
   * 15,000 records in 2023.
   */
  STRUCTURES("export-structures"),

  /**
   * The published indicator results per structure: {@code export-resultats} (field names verified
   * on a real Explore v2.1 answer of January 2024).
   */
  RESULTS("export-resultats"),

  /**
   * The published user experiences and the structures' answers. Its id has changed: Etalab's code
   * of 2024 reads {@code export-expa-c-riences} (Opendatasoft's slug of "export-expériences"),
   * older pages {@code export-experiences}; the default is the most recently seen one. Configure it
   * with {@link DatasetIds#with(Dataset, String)} if the portal answers 404.
   */
  EXPERIENCES("export-expa-c-riences");

  private final String defaultId;

  Dataset(String defaultId) {
    this.defaultId = defaultId;
  }

  /**
   * Returns the id this dataset had when this library was written.
   *
   * @return the default dataset id
   */
  public String defaultId() {
    return defaultId;
  }
}
