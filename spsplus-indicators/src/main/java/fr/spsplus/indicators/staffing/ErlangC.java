package fr.spsplus.indicators.staffing;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The Erlang C model of a call queue (M/M/m): the offered traffic {@code A = λ·h} in erlangs, for
 * {@code λ} calls per second and a mean handling time {@code h}, served by {@code m} agents.
 *
 * <p><b>A planning aid, not a predictor.</b> The model assumes Poisson arrivals, exponentially
 * distributed handling times, an unlimited queue, agents who are all available, and callers who
 * never abandon. Real callers do abandon, so at high loads Erlang C is pessimistic (it
 * overestimates waits and agents). Use it to size a platform, not to forecast the measured pick-up
 * rate or service level.
 *
 * <p>Formulas, valid only when {@code A < m} (otherwise the queue grows without bound):
 *
 * <ul>
 *   <li>Erlang B by the stable recursion {@code B₀ = 1, Bₖ = A·Bₖ₋₁ / (k + A·Bₖ₋₁)} (no factorial,
 *       no power, no overflow);
 *   <li>probability of waiting {@code C = m·B / (m − A·(1 − B))} with {@code B = Bₘ};
 *   <li>service level at {@code t}: {@code SL(t) = 1 − C·exp(−(m − A)·t / h)};
 *   <li>average speed of answer {@code ASA = C·h / (m − A)} (over all calls, those answered at once
 *       included);
 *   <li>occupancy {@code A / m}.
 * </ul>
 *
 * <p>Sources: https://www.liquisearch.com/erlang_unit/erlang_c_formula (assumptions) and
 * https://www.kooltoolz.com/Erlang-C.htm (derived quantities); worked check of the project's
 * reference notes ({@code metrics-perf.md} §1.4): 360 calls per 30 minutes, {@code h = 240 s},
 * {@code m = 55} give {@code A = 48}, occupancy 0.873, {@code P(wait) = 0.2387}, {@code SL(15 s) =
 * 0.846}, {@code ASA = 8.2 s}.
 *
 * <p>Immutable and thread-safe. Each evaluation costs {@code O(m)} arithmetic operations.
 */
public final class ErlangC {

  private static final MessageBundle MESSAGES = MessageBundle.of(ErlangC.class, "messages");

  private final double trafficErlangs;
  private final double handlingSeconds;

  private ErlangC(double trafficErlangs, double handlingSeconds) {
    this.trafficErlangs = trafficErlangs;
    this.handlingSeconds = handlingSeconds;
  }

  /**
   * Returns the model for a number of calls offered over a period.
   *
   * @param calls the calls offered in the period, not negative
   * @param period the period, strictly positive
   * @param averageHandlingTime the mean handling time per call (talk and wrap-up), strictly
   *     positive
   * @return the model, with traffic {@code calls × averageHandlingTime / period}
   * @throws InvalidInputException if an argument is out of bounds or the traffic reaches {@link
   *     Integer#MAX_VALUE} erlangs
   */
  public static ErlangC of(long calls, Duration period, Duration averageHandlingTime) {
    Checks.requireNonNegative(calls, "calls");
    double periodSeconds = positiveSeconds(period, "period");
    double handling = positiveSeconds(averageHandlingTime, "averageHandlingTime");
    return ofTraffic(calls * handling / periodSeconds, averageHandlingTime);
  }

  /**
   * Returns the model for an offered traffic in erlangs.
   *
   * @param trafficErlangs the offered traffic {@code A}, finite, not negative, below {@link
   *     Integer#MAX_VALUE}
   * @param averageHandlingTime the mean handling time per call, strictly positive
   * @return the model
   * @throws InvalidInputException if an argument is out of bounds
   */
  public static ErlangC ofTraffic(double trafficErlangs, Duration averageHandlingTime) {
    Checks.requireBetween(trafficErlangs, 0, Integer.MAX_VALUE - 1.0, "trafficErlangs");
    return new ErlangC(trafficErlangs, positiveSeconds(averageHandlingTime, "averageHandlingTime"));
  }

  private static double positiveSeconds(Duration duration, String field) {
    Objects.requireNonNull(duration, field);
    double seconds = duration.getSeconds() + duration.getNano() / 1e9;
    return Checks.requirePositive(seconds, field);
  }

  /**
   * Returns the offered traffic.
   *
   * @return {@code A}, in erlangs
   */
  public double trafficErlangs() {
    return trafficErlangs;
  }

  /**
   * Returns the mean handling time.
   *
   * @return {@code h}, in seconds
   */
  public double averageHandlingSeconds() {
    return handlingSeconds;
  }

  /**
   * Returns the smallest number of agents for which the model is defined: the first integer above
   * the traffic.
   *
   * @return {@code ⌊A⌋ + 1}
   */
  public int minimumStableAgents() {
    return (int) Math.floor(trafficErlangs) + 1;
  }

  /**
   * Returns the probability that a call waits, Erlang C {@code C(m, A)}.
   *
   * @param agents the number of agents {@code m}, above the traffic
   * @return the probability of waiting, in [0, 1]
   * @throws InvalidInputException if {@code agents ≤ A}
   */
  public double probabilityOfWaiting(int agents) {
    requireStable(agents);
    return erlangC(agents, erlangB(agents));
  }

  /**
   * Returns the service level: the share of calls answered within a threshold.
   *
   * @param agents the number of agents, above the traffic
   * @param threshold the answer-time threshold {@code t}, not negative
   * @return {@code 1 − C·exp(−(m − A)·t / h)}, in [0, 1]
   * @throws InvalidInputException if {@code agents ≤ A} or the threshold is negative
   */
  public double serviceLevel(int agents, Duration threshold) {
    double t = nonNegativeSeconds(threshold);
    return serviceLevel(agents, probabilityOfWaiting(agents), t);
  }

  /**
   * Returns the average speed of answer over all calls.
   *
   * @param agents the number of agents, above the traffic
   * @return {@code C·h / (m − A)}, in seconds
   * @throws InvalidInputException if {@code agents ≤ A}
   */
  public double averageSpeedOfAnswerSeconds(int agents) {
    return probabilityOfWaiting(agents) * handlingSeconds / (agents - trafficErlangs);
  }

  /**
   * Returns the occupancy of the agents.
   *
   * @param agents the number of agents, above the traffic
   * @return {@code A / m}, in [0, 1)
   * @throws InvalidInputException if {@code agents ≤ A}
   */
  public double occupancy(int agents) {
    requireStable(agents);
    return trafficErlangs / agents;
  }

  /**
   * Returns the fewest agents whose service level reaches a target, for example 80 % in 20 seconds.
   *
   * @param target the service level to reach, strictly between 0 and 1
   * @param threshold the answer-time threshold, not negative
   * @return the minimum number of agents, above the traffic
   * @throws InvalidInputException if the target is not in (0, 1) or the threshold is negative
   */
  public int agentsForServiceLevel(double target, Duration threshold) {
    Checks.requireStrictlyBetween(target, 0, 1, "target");
    double t = nonNegativeSeconds(threshold);
    return search((agents, c) -> serviceLevel(agents, c, t) >= target);
  }

  /**
   * Returns the fewest agents whose average speed of answer does not exceed a target.
   *
   * @param target the longest acceptable average speed of answer, strictly positive
   * @return the minimum number of agents, above the traffic
   * @throws InvalidInputException if the target is not strictly positive
   */
  public int agentsForAverageSpeedOfAnswer(Duration target) {
    double seconds = positiveSeconds(target, "target");
    return search((agents, c) -> c * handlingSeconds / (agents - trafficErlangs) <= seconds);
  }

  /** A staffing criterion on a number of agents and its probability of waiting. */
  private interface Criterion {
    boolean isMet(int agents, double probabilityOfWaiting);
  }

  /**
   * Walks {@code m} upward from the first stable value, updating Erlang B incrementally, until the
   * criterion is met (it always is eventually: the waiting probability tends to 0).
   */
  private int search(Criterion criterion) {
    int agents = minimumStableAgents();
    double b = erlangB(agents);
    while (!criterion.isMet(agents, erlangC(agents, b))) {
      if (agents == Integer.MAX_VALUE) {
        throw new InvalidInputException(MESSAGES.message("staffing.target.unreachable"));
      }
      agents++;
      b = trafficErlangs * b / (agents + trafficErlangs * b);
    }
    return agents;
  }

  private double serviceLevel(int agents, double c, double thresholdSeconds) {
    return 1 - c * Math.exp(-(agents - trafficErlangs) * thresholdSeconds / handlingSeconds);
  }

  private double erlangB(int agents) {
    double b = 1;
    for (int k = 1; k <= agents; k++) {
      b = trafficErlangs * b / (k + trafficErlangs * b);
    }
    return b;
  }

  private double erlangC(int agents, double b) {
    return agents * b / (agents - trafficErlangs * (1 - b));
  }

  private void requireStable(int agents) {
    if (!(agents > trafficErlangs)) {
      throw new InvalidInputException(
          MESSAGES.message("staffing.agents.not.above.traffic", agents, trafficErlangs));
    }
  }

  private static double nonNegativeSeconds(Duration threshold) {
    Objects.requireNonNull(threshold, "threshold");
    if (threshold.isNegative()) {
      throw new InvalidInputException(MESSAGES.message("staffing.threshold.negative", "threshold"));
    }
    return threshold.getSeconds() + threshold.getNano() / 1e9;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ErlangC that
        && Double.compare(trafficErlangs, that.trafficErlangs) == 0
        && Double.compare(handlingSeconds, that.handlingSeconds) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Double.hashCode(trafficErlangs) + Double.hashCode(handlingSeconds);
  }

  @Override
  public String toString() {
    return "ErlangC[" + trafficErlangs + " Erl, h=" + handlingSeconds + " s]";
  }
}
