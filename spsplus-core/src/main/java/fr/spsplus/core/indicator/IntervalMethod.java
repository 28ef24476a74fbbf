package fr.spsplus.core.indicator;

/**
 * How a confidence interval of a proportion was computed.
 *
 * <p>Reference: Brown, Cai and DasGupta, <i>Interval Estimation for a Binomial Proportion</i>,
 * Statistical Science 16(2), 2001, which recommends Wilson or Jeffreys for small samples and
 * Agresti–Coull for larger ones; Clopper–Pearson guarantees coverage at the price of width.
 */
public enum IntervalMethod {
  /** Wilson score interval: the default (closed form, defined at p = 0 and p = 1). */
  WILSON,
  /** Clopper–Pearson "exact" interval from beta quantiles: coverage at least the confidence. */
  CLOPPER_PEARSON,
  /** Equal-tailed Jeffreys interval (Beta(x + ½, n − x + ½) quantiles, ends fixed at 0 and 1). */
  JEFFREYS,
  /** Agresti–Coull interval (Wald interval around the adjusted proportion, clipped to [0, 1]). */
  AGRESTI_COULL,
  /**
   * Normal approximation around a mean (for scores and means rather than proportions), using the
   * effective sample size when observations are weighted.
   */
  NORMAL_MEAN
}
