package fr.spsplus.core.indicator;

/** Whether a definition or a target comes from an official source or is spsplus's proposal. */
public enum SourceKind {
  /** Stated by an official public source, whose URL is given. */
  OFFICIAL,
  /**
   * A proposed default of spsplus: no official definition or value is public. It is documented,
   * configurable, and never presented as official.
   */
  PROPOSED_DEFAULT
}
