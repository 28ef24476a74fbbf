package fr.spsplus.indicators.level;

/** Three quality levels, from the worst to the best, for the tables of {@link StandardLevels}. */
public enum QualityLevel {
  /** Below the medium threshold. */
  POOR,
  /** Medium. */
  MEDIUM,
  /** Good. */
  GOOD
}
