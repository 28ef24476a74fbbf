package fr.spsplus.core.structure;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A structure of the Services Publics+ platform: a point of contact with users (a tax office, a
 * France services house, a police station, a phone platform) or a level above them (a direction, a
 * network head), identified by its SP+ code.
 *
 * <p>Structures form a forest inside each {@linkplain Network network}: each one names its parent
 * by code, and the network heads have none. {@link StructureDirectory} builds and checks that
 * hierarchy; this record only checks that a structure is not its own parent. The components follow
 * the 26 columns of the open-data dataset {@code export-structures} (read by {@link
 * StructureCsvReader}; "Clé de tracking", always empty, is not kept). Source: <a
 * href="https://opendata.plus.transformation.gouv.fr/explore/dataset/export-structures/">export-structures</a>
 * (DITP, Licence Ouverte 2.0; about 14,800 structures).
 *
 * <p>Optional texts are {@code null} when absent, never blank. Texts are kept as published.
 *
 * @param code the SP+ code ("Code SP+ de la structure")
 * @param network the network ("Intitulé du réseau")
 * @param typology the typology ("Code sp+ de la typologie", "Intitulé de la typologie")
 * @param name the name ("Intitulé de la structure"), not blank
 * @param userFacingName the name shown to users ("Intitulé structure usager"), or {@code null}
 * @param description the description ("Description de la structure"), or {@code null}
 * @param externalId an identifier in another system ("Identifiant de la structure", for example a
 *     SIREN or a DGFiP code), or {@code null}
 * @param externalIdType the kind of {@code externalId} ("Type d'identifiant", free text such as
 *     {@code SIREN}, {@code code DGFIP}, {@code UAI}), or {@code null}
 * @param parent the SP+ code of the parent structure ("Code SP+ structure parent"), or {@code null}
 *     for a network head; never the structure's own code
 * @param parentName the name of the parent as published ("Intitulé de la structure parente"), or
 *     {@code null}; useful when the parent is absent from a partial file
 * @param address the postal address ("Adresse", "Compléments Adresse", "Code postal de la
 *     structure", "Ville", "PAYS"); {@link PostalAddress#EMPTY} when unknown
 * @param otherPostalCodes other postal codes served ("Codes Postaux"), as text, possibly empty
 * @param departments départements served ("Départements"), as text (leading zeros may be lost),
 *     possibly empty
 * @param website the website ("URL du site internet"), as published (some are truncated), or {@code
 *     null}
 * @param functionalMailbox the institutional functional mailbox ("Boîte à lettre fonctionnelle"),
 *     or {@code null}
 * @param active whether the structure is active ("Actif": Oui/Non)
 * @param insee the INSEE geographic codes; {@link InseeCodes#NONE} when unknown
 */
public record Structure(
    @NotNull StructureCode code,
    @NotNull @Valid Network network,
    @NotNull @Valid Typology typology,
    @NotBlank @Size(max = Structure.MAX_NAME_LENGTH) String name,
    @Nullable @Size(max = Structure.MAX_NAME_LENGTH) String userFacingName,
    @Nullable @Size(max = Structure.MAX_DESCRIPTION_LENGTH) String description,
    @Nullable @Size(max = 200) String externalId,
    @Nullable @Size(max = 200) String externalIdType,
    @Nullable StructureCode parent,
    @Nullable @Size(max = Structure.MAX_NAME_LENGTH) String parentName,
    @NotNull @Valid PostalAddress address,
    @NotNull List<@NotBlank @Size(max = 16) String> otherPostalCodes,
    @NotNull List<@NotBlank @Size(max = 16) String> departments,
    @Nullable @Size(max = 2_000) String website,
    @Nullable @Size(max = 320) String functionalMailbox,
    boolean active,
    @NotNull @Valid InseeCodes insee) {

  /** Maximum length of a structure name (proposed default). */
  public static final int MAX_NAME_LENGTH = 500;

  /** Maximum length of a description (proposed default). */
  public static final int MAX_DESCRIPTION_LENGTH = 10_000;

  private static final MessageBundle MESSAGES = MessageBundle.of(Structure.class, "messages");

  /**
   * Checks the invariants and copies the lists.
   *
   * @throws InvalidInputException if the name or an optional text is blank, a list element is
   *     blank, or the structure is its own parent
   */
  public Structure {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(network, "network");
    Objects.requireNonNull(typology, "typology");
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(insee, "insee");
    Checks.requireNonBlank(name, "name");
    requireAbsentOrNonBlank(userFacingName, "userFacingName");
    requireAbsentOrNonBlank(description, "description");
    requireAbsentOrNonBlank(externalId, "externalId");
    requireAbsentOrNonBlank(externalIdType, "externalIdType");
    requireAbsentOrNonBlank(parentName, "parentName");
    requireAbsentOrNonBlank(website, "website");
    requireAbsentOrNonBlank(functionalMailbox, "functionalMailbox");
    otherPostalCodes = List.copyOf(Objects.requireNonNull(otherPostalCodes, "otherPostalCodes"));
    departments = List.copyOf(Objects.requireNonNull(departments, "departments"));
    otherPostalCodes.forEach(c -> Checks.requireNonBlank(c, "otherPostalCodes"));
    departments.forEach(d -> Checks.requireNonBlank(d, "departments"));
    if (code.equals(parent)) {
      throw new InvalidInputException(MESSAGES.message("structure.parent.self", code.value()));
    }
  }

  private static void requireAbsentOrNonBlank(@Nullable String value, String field) {
    if (value != null) {
      Checks.requireNonBlank(value, field);
    }
  }

  /**
   * Starts a builder with the required components; the others start absent, empty or, for {@code
   * active}, true.
   *
   * @param code the SP+ code
   * @param network the network
   * @param typology the typology
   * @param name the name
   * @return a new builder
   */
  public static Builder builder(
      StructureCode code, Network network, Typology typology, String name) {
    return new Builder(code, network, typology, name);
  }

  /**
   * Returns a builder initialised with this structure's components.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(code, network, typology, name)
        .userFacingName(userFacingName)
        .description(description)
        .externalId(externalId, externalIdType)
        .parent(parent, parentName)
        .address(address)
        .otherPostalCodes(otherPostalCodes)
        .departments(departments)
        .website(website)
        .functionalMailbox(functionalMailbox)
        .active(active)
        .insee(insee);
  }

  /**
   * Returns the name to show to users: {@link #userFacingName()} when present, else {@link
   * #name()}.
   *
   * @return the display name
   */
  public String displayName() {
    return userFacingName != null ? userFacingName : name;
  }

  /** Returns the code and the name; a structure's data are institutional, not personal. */
  @Override
  public String toString() {
    return "Structure[" + code + " " + name + "]";
  }

  /**
   * Builds a {@link Structure}; every setter accepts {@code null} for an optional component. Not
   * thread-safe.
   */
  public static final class Builder {
    private StructureCode code;
    private Network network;
    private Typology typology;
    private String name;
    private @Nullable String userFacingName;
    private @Nullable String description;
    private @Nullable String externalId;
    private @Nullable String externalIdType;
    private @Nullable StructureCode parent;
    private @Nullable String parentName;
    private PostalAddress address = PostalAddress.EMPTY;
    private List<String> otherPostalCodes = List.of();
    private List<String> departments = List.of();
    private @Nullable String website;
    private @Nullable String functionalMailbox;
    private boolean active = true;
    private InseeCodes insee = InseeCodes.NONE;

    private Builder(StructureCode code, Network network, Typology typology, String name) {
      this.code = Objects.requireNonNull(code, "code");
      this.network = Objects.requireNonNull(network, "network");
      this.typology = Objects.requireNonNull(typology, "typology");
      this.name = Objects.requireNonNull(name, "name");
    }

    /**
     * Sets the SP+ code.
     *
     * @param code the code
     * @return this builder
     */
    public Builder code(StructureCode code) {
      this.code = Objects.requireNonNull(code, "code");
      return this;
    }

    /**
     * Sets the network.
     *
     * @param network the network
     * @return this builder
     */
    public Builder network(Network network) {
      this.network = Objects.requireNonNull(network, "network");
      return this;
    }

    /**
     * Sets the typology.
     *
     * @param typology the typology
     * @return this builder
     */
    public Builder typology(Typology typology) {
      this.typology = Objects.requireNonNull(typology, "typology");
      return this;
    }

    /**
     * Sets the name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * Sets the name shown to users.
     *
     * @param userFacingName the name, or {@code null}
     * @return this builder
     */
    public Builder userFacingName(@Nullable String userFacingName) {
      this.userFacingName = userFacingName;
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description the description, or {@code null}
     * @return this builder
     */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /**
     * Sets the external identifier and its type.
     *
     * @param externalId the identifier, or {@code null}
     * @param externalIdType its type, or {@code null}
     * @return this builder
     */
    public Builder externalId(@Nullable String externalId, @Nullable String externalIdType) {
      this.externalId = externalId;
      this.externalIdType = externalIdType;
      return this;
    }

    /**
     * Sets the parent.
     *
     * @param parent the parent's code, or {@code null} for a network head
     * @param parentName the parent's name as published, or {@code null}
     * @return this builder
     */
    public Builder parent(@Nullable StructureCode parent, @Nullable String parentName) {
      this.parent = parent;
      this.parentName = parentName;
      return this;
    }

    /**
     * Sets the postal address.
     *
     * @param address the address
     * @return this builder
     */
    public Builder address(PostalAddress address) {
      this.address = Objects.requireNonNull(address, "address");
      return this;
    }

    /**
     * Sets the other postal codes served.
     *
     * @param otherPostalCodes the codes, as text
     * @return this builder
     */
    public Builder otherPostalCodes(List<String> otherPostalCodes) {
      this.otherPostalCodes = Objects.requireNonNull(otherPostalCodes, "otherPostalCodes");
      return this;
    }

    /**
     * Sets the départements served.
     *
     * @param departments the codes, as text
     * @return this builder
     */
    public Builder departments(List<String> departments) {
      this.departments = Objects.requireNonNull(departments, "departments");
      return this;
    }

    /**
     * Sets the website.
     *
     * @param website the address, or {@code null}
     * @return this builder
     */
    public Builder website(@Nullable String website) {
      this.website = website;
      return this;
    }

    /**
     * Sets the functional mailbox.
     *
     * @param functionalMailbox the address, or {@code null}
     * @return this builder
     */
    public Builder functionalMailbox(@Nullable String functionalMailbox) {
      this.functionalMailbox = functionalMailbox;
      return this;
    }

    /**
     * Sets the active flag.
     *
     * @param active whether the structure is active
     * @return this builder
     */
    public Builder active(boolean active) {
      this.active = active;
      return this;
    }

    /**
     * Sets the INSEE codes.
     *
     * @param insee the codes
     * @return this builder
     */
    public Builder insee(InseeCodes insee) {
      this.insee = Objects.requireNonNull(insee, "insee");
      return this;
    }

    /**
     * Builds the structure.
     *
     * @return the structure
     * @throws InvalidInputException if a component breaks a rule of {@link Structure}
     */
    public Structure build() {
      return new Structure(
          code,
          network,
          typology,
          name,
          userFacingName,
          description,
          externalId,
          externalIdType,
          parent,
          parentName,
          address,
          otherPostalCodes,
          departments,
          website,
          functionalMailbox,
          active,
          insee);
    }
  }
}
