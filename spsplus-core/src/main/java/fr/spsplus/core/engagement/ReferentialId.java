package fr.spsplus.core.engagement;

/**
 * The identifier of a referential of engagements, one constant per bundled version.
 *
 * <p>The constant names are stable codes (JSON, files, command lines).
 */
public enum ReferentialId {
  /**
   * Services Publics+, 2023 version: 8 engagements in three themes; the current referential, and
   * the referential of the label Services Publics+ (arrêté of 31 August 2023).
   */
  SP_PLUS_2023("sp-plus-2023.tsv"),
  /** Services Publics+, 2021 version: 9 engagements, in force from 2021 to 2023. */
  SP_PLUS_2021("sp-plus-2021.tsv"),
  /**
   * Référentiel Marianne, version of May 2008: 19 engagements (14 service engagements and 5
   * organisation engagements); historical, basis of the former label Marianne.
   */
  MARIANNE_2008("marianne-2008.tsv");

  private final String resourceName;

  ReferentialId(String resourceName) {
    this.resourceName = resourceName;
  }

  /** The name of the bundled data file, in this package. */
  String resourceName() {
    return resourceName;
  }
}
