package fr.spsplus.core.audit;

/** The nature of a piece of evidence supporting a rating (spsplus's classification). */
public enum EvidenceKind {
  /** A document: procedure, display, published results, minutes, letter template… */
  DOCUMENT,
  /** Something the auditor saw on site: premises, signage, a stand-up meeting, a visual board. */
  OBSERVATION,
  /** An interview with agents, managers or users. */
  INTERVIEW,
  /** A measurement or an extract from an information system (pick-up rate, delays…). */
  MEASUREMENT,
  /** A mystery visit, call or e-mail ("visite mystère", "appel mystère"). */
  MYSTERY_VISIT
}
