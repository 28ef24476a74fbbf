package fr.spsplus.benchmarks.contenders;

/**
 * What every contender of the call tasks (T1, T2, T3) returns for one group of calls, with the
 * default policy of spsplus: short abandons (wait under 5 s) left out, overflow counted as
 * unanswered, service levels at 20 and 60 s with abandons within the threshold left out, p90 by
 * nearest rank over the answered waits.
 *
 * @param calls every call of the group
 * @param agentNumerator calls answered by an agent
 * @param agentDenominator answered + queue abandons of at least 5 s + overflow
 * @param agentRate taux de décroché agent, as the contender computed it
 * @param sl20Numerator answered within 20 s
 * @param sl20Denominator answered + queue abandons after more than 20 s
 * @param sl20Rate niveau de service at 20 s
 * @param sl60Numerator answered within 60 s
 * @param sl60Denominator answered + queue abandons after more than 60 s
 * @param sl60Rate niveau de service at 60 s
 * @param p90Seconds the exact 90th percentile of the answered waits, −1 if none
 */
public record CallFigures(
    long calls,
    long agentNumerator,
    long agentDenominator,
    double agentRate,
    long sl20Numerator,
    long sl20Denominator,
    double sl20Rate,
    long sl60Numerator,
    long sl60Denominator,
    double sl60Rate,
    long p90Seconds) {

  /**
   * Builds figures from counts, computing the rates as plain divisions (the peers' way).
   *
   * @param calls every call
   * @param answered answered by an agent
   * @param abandoned queue abandons of at least 5 s
   * @param overflow overflow
   * @param answered20 answered within 20 s
   * @param abandonedAfter20 abandoned after more than 20 s
   * @param answered60 answered within 60 s
   * @param abandonedAfter60 abandoned after more than 60 s
   * @param p90 the 90th percentile, −1 if none
   * @return the figures
   */
  public static CallFigures fromCounts(
      long calls,
      long answered,
      long abandoned,
      long overflow,
      long answered20,
      long abandonedAfter20,
      long answered60,
      long abandonedAfter60,
      long p90) {
    long agentDenominator = answered + abandoned + overflow;
    long sl20Denominator = answered + abandonedAfter20;
    long sl60Denominator = answered + abandonedAfter60;
    return new CallFigures(
        calls,
        answered,
        agentDenominator,
        ratio(answered, agentDenominator),
        answered20,
        sl20Denominator,
        ratio(answered20, sl20Denominator),
        answered60,
        sl60Denominator,
        ratio(answered60, sl60Denominator),
        p90);
  }

  /**
   * Divides, giving NaN for a zero denominator.
   *
   * @param numerator the numerator
   * @param denominator the denominator
   * @return the ratio
   */
  public static double ratio(long numerator, long denominator) {
    return denominator == 0 ? Double.NaN : (double) numerator / denominator;
  }

  /**
   * Returns the nearest-rank 90th percentile of sorted values: the value of 1-based rank ⌈0.9·n⌉,
   * computed in integers.
   *
   * @param sorted the values, ascending
   * @param n how many of them count (from index 0)
   * @return the percentile, −1 if {@code n == 0}
   */
  public static long p90OfSorted(int[] sorted, int n) {
    if (n == 0) {
      return -1;
    }
    long rank = (9L * n + 9) / 10; // ⌈0.9·n⌉
    return sorted[(int) rank - 1];
  }
}
