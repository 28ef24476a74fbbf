package fr.spsplus.benchmarks.contenders;

/**
 * What every contender of T4 returns for one question: the weighted share of satisfied answers (top
 * two points of four) with its Wilson 95 % interval at the Kish effective sample size, as the
 * default weighted estimation of spsplus defines it.
 *
 * @param valid answers other than "ne se prononce pas"
 * @param noOpinion "ne se prononce pas" answers
 * @param sumOfWeights Σw over the valid answers
 * @param sumOfSuccessWeights Σw over the satisfied answers
 * @param effectiveN the Kish effective size (Σw)²/Σw², clipped to [1, valid], rounded down
 * @param rate the weighted share
 * @param low the Wilson lower bound
 * @param high the Wilson upper bound
 */
public record SurveyFigures(
    long valid,
    long noOpinion,
    double sumOfWeights,
    double sumOfSuccessWeights,
    long effectiveN,
    double rate,
    double low,
    double high) {

  /** z for 95 %: the 0.975 quantile of the standard normal. */
  public static final double Z95 = 1.959963984540054;

  /**
   * Computes the figures from the four sums, with the textbook Wilson formula (the peers' way).
   *
   * @param valid valid answers
   * @param noOpinion no-opinion answers
   * @param sumOfWeights Σw
   * @param sumOfSquaredWeights Σw²
   * @param sumOfSuccessWeights Σw over the satisfied answers
   * @return the figures
   */
  public static SurveyFigures fromSums(
      long valid,
      long noOpinion,
      double sumOfWeights,
      double sumOfSquaredWeights,
      double sumOfSuccessWeights) {
    double kish = sumOfWeights * sumOfWeights / sumOfSquaredWeights;
    double n = Math.max(1, Math.min(kish, valid));
    double p = sumOfSuccessWeights / sumOfWeights;
    double z2 = Z95 * Z95;
    double center = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return new SurveyFigures(
        valid,
        noOpinion,
        sumOfWeights,
        sumOfSuccessWeights,
        (long) Math.floor(n + 1e-9 * n),
        p,
        center - half,
        center + half);
  }
}
