package fr.spsplus.core.improvement;

/**
 * The five cause families of the 5M (Ishikawa, fishbone) diagram, as the DITP names them:
 * main-d'œuvre, matériel, méthodes, milieu, matière (DOMAIN §6; "Or" criterion C1, {@code
 * seeds/001_…}).
 */
public enum FiveM {
  /** Main-d'œuvre: people, skills, staffing, training. */
  MAIN_D_OEUVRE,
  /** Matériel: equipment, tools, information systems. */
  MATERIEL,
  /** Méthodes: procedures, organisation, rules. */
  METHODES,
  /** Milieu: premises, environment, context. */
  MILIEU,
  /** Matière: inputs — documents, forms, data received. */
  MATIERE
}
