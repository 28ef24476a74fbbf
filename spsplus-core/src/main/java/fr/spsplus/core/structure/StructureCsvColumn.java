package fr.spsplus.core.structure;

/**
 * The columns of the open-data structures export that {@link StructureCsvReader} reads, with their
 * French header labels (exports made with {@code use_labels=true}, the portal's default download)
 * and their API field names (exports made with {@code use_labels=false}).
 *
 * <p>Labels are those of a real export (May 2023, 26 columns). API names: seven are verified in
 * public reuse code ({@link #apiNameVerified()}); the others follow Opendatasoft's usual slugging
 * of the label and are <strong>unverified</strong>. The column "Clé de tracking", always empty, is
 * not read (it is tolerated like any unknown column). Source: <a
 * href="https://opendata.plus.transformation.gouv.fr/explore/dataset/export-structures/">export-structures</a>.
 */
public enum StructureCsvColumn {
  /** "Code SP+ de la structure": the structure's SP+ code. Required. */
  CODE("Code SP+ de la structure", "code_sp_de_la_structure", true, true),
  /** "Intitulé du réseau": the network label. Required. */
  NETWORK("Intitulé du réseau", "reseau", true, true),
  /** "Intitulé de la typologie": the typology label. Required. */
  TYPOLOGY_LABEL("Intitulé de la typologie", "intitule_de_la_typologie", true, true),
  /** "Intitulé de la structure": the structure's name. Required. */
  NAME("Intitulé de la structure", "intitule_de_la_structure", true, true),
  /** "Intitulé structure usager": the name shown to users. */
  USER_FACING_NAME("Intitulé structure usager", "intitule_structure_usager", false, false),
  /** "Description de la structure". */
  DESCRIPTION("Description de la structure", "description_de_la_structure", false, true),
  /** "Identifiant de la structure": an identifier in another system. */
  EXTERNAL_ID("Identifiant de la structure", "identifiant_de_la_structure", false, true),
  /** "Type d'identifiant": the kind of that identifier. */
  EXTERNAL_ID_TYPE("Type d'identifiant", "type_d_identifiant", false, false),
  /** "Code SP+ structure parent": the parent's SP+ code, empty for a network head. Required. */
  PARENT_CODE("Code SP+ structure parent", "code_sp_structure_parent", true, true),
  /** "Intitulé de la structure parente": the parent's name. */
  PARENT_NAME("Intitulé de la structure parente", "intitule_de_la_structure_parente", false, false),
  /** "Adresse": the street address, possibly on several lines. */
  ADDRESS("Adresse", "adresse", false, false),
  /** "Compléments Adresse": the address complement. */
  ADDRESS_COMPLEMENT("Compléments Adresse", "complements_adresse", false, false),
  /** "Code postal de la structure": the postal code, kept as text. */
  POSTAL_CODE("Code postal de la structure", "code_postal_de_la_structure", false, false),
  /** "Ville": the city. */
  CITY("Ville", "ville", false, false),
  /** "PAYS": the country. */
  COUNTRY("PAYS", "pays", false, false),
  /** "Codes Postaux": other postal codes served, comma-separated. */
  OTHER_POSTAL_CODES("Codes Postaux", "codes_postaux", false, false),
  /** "Départements": départements served, comma-separated. */
  DEPARTMENTS("Départements", "departements", false, false),
  /** "URL du site internet": the website. */
  WEBSITE("URL du site internet", "url_du_site_internet", false, false),
  /** "Boîte à lettre fonctionnelle": the functional mailbox. */
  FUNCTIONAL_MAILBOX("Boîte à lettre fonctionnelle", "boite_a_lettre_fonctionnelle", false, false),
  /** "Actif": {@code Oui} or {@code Non}. Required. */
  ACTIVE("Actif", "actif", true, false),
  /** "Code sp+ de la typologie": the typology's platform code. */
  TYPOLOGY_CODE("Code sp+ de la typologie", "code_sp_de_la_typologie", false, false),
  /** "INSEE Ville": the commune code, prefixed {@code com}. */
  INSEE_COMMUNE("INSEE Ville", "insee_ville", false, false),
  /** "INSEE Département": the département code, prefixed {@code dep}. */
  INSEE_DEPARTMENT("INSEE Département", "insee_departement", false, false),
  /** "INSEE Région": the région code, prefixed {@code reg}. */
  INSEE_REGION("INSEE Région", "insee_region", false, false),
  /** "INSEE Arrondissement": the arrondissement code, prefixed {@code arr}. */
  INSEE_ARRONDISSEMENT("INSEE Arrondissement", "insee_arrondissement", false, false);

  private final String label;
  private final String apiName;
  private final boolean required;
  private final boolean apiNameVerified;

  StructureCsvColumn(String label, String apiName, boolean required, boolean apiNameVerified) {
    this.label = label;
    this.apiName = apiName;
    this.required = required;
    this.apiNameVerified = apiNameVerified;
  }

  /**
   * Returns the French header label of the column, as in the portal's CSV export.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Returns the API field name of the column (snake case, no accents).
   *
   * @return the name
   */
  public String apiName() {
    return apiName;
  }

  /**
   * Tells whether a file must have this column; a missing required column is an error naming it.
   *
   * @return true for the code, network, typology label, name, parent code and active columns
   */
  public boolean required() {
    return required;
  }

  /**
   * Tells whether the API name was seen in public code that queries the dataset, rather than
   * guessed from the label.
   *
   * @return true when verified
   */
  public boolean apiNameVerified() {
    return apiNameVerified;
  }
}
