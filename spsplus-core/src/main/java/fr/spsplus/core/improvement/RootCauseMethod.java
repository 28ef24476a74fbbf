package fr.spsplus.core.improvement;

/** The root-cause analysis methods a {@link RootCauseAnalysis} can hold. */
public enum RootCauseMethod {
  /** The "5 pourquoi" chain ({@link FiveWhys}). */
  FIVE_WHYS,
  /** The seven questions QQOQCCP ({@link Qqoqccp}). */
  QQOQCCP,
  /** The 5M (Ishikawa) diagram ({@link Ishikawa}). */
  FIVE_M
}
