package fr.spsplus.core.experience;

/**
 * Why moderation rejected an experience ("motif de rejet", a field of the experiences API).
 *
 * <p>The reasons follow the platform's moderation charter: <a
 * href="https://plus.transformation.gouv.fr/voxusagers/page/pol_moderation">moderation policy</a>
 * (no personal data, no insulting content, administrative public services only, not a place for
 * individual requests or complaints). The exact list of official reasons is not public: this is a
 * <strong>proposed default</strong> with {@link #OTHER} for the rest.
 */
public enum RejectionReason {
  /** The text contains personal data (a name, an address, a phone number, a file number…). */
  PERSONAL_DATA("Données personnelles"),
  /** The text is insulting, defamatory or otherwise breaks the charter's tone. */
  INSULT("Propos injurieux"),
  /** The service concerned is not an administrative public service (DITP scope). */
  OUT_OF_SCOPE("Hors périmètre : pas un service public administratif"),
  /** An individual request or a complaint about a pending case, for the competent service. */
  INDIVIDUAL_REQUEST("Demande individuelle ou réclamation"),
  /** Any other reason. */
  OTHER("Autre motif");

  private final String label;

  RejectionReason(String label) {
    this.label = label;
  }

  /**
   * Returns the French label, for display.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
