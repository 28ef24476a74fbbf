package fr.spsplus.testkit.fault;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Faults drawn at random, at given rates, on the calls of a route, reproducibly under a seed.
 *
 * <pre>{@code
 * fake.injectRandomFaults(RandomFaults.builder(42)
 *     .route(Route.operation("submitExperience"))
 *     .rate(Fault.dropConnection(), 0.2)
 *     .rate(Fault.serverError(503), 0.1)
 *     .build());
 * }</pre>
 *
 * <p><b>Determinism.</b> Each operation (each {@link Route#OPERATION_IDS id}; the calls that match
 * no operation share one stream) draws from its own generator, seeded from the seed and the
 * operation's id: the <i>n</i>-th call of an operation gets the same fault under the same seed,
 * whatever the calls to other operations in between. One draw per call: a uniform number in [0, 1)
 * is compared with the cumulative rates, in the order they were given.
 *
 * <p>Immutable and thread-safe; the fake keeps the generators.
 */
public final class RandomFaults {

  private static final MessageBundle MESSAGES = MessageBundle.of(RandomFaults.class, "messages");

  private final long seed;
  private final Route route;
  private final Map<Fault, Double> rates;
  private final List<Fault> order;

  private RandomFaults(Builder builder) {
    this.seed = builder.seed;
    this.route = builder.route;
    this.rates = Map.copyOf(builder.rates);
    this.order = List.copyOf(builder.rates.keySet());
  }

  /**
   * Returns a builder.
   *
   * @param seed the seed of the draws
   * @return a new builder, on {@link Route#any()} and without faults
   */
  public static Builder builder(long seed) {
    return new Builder(seed);
  }

  /**
   * Returns the seed.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the route whose calls draw a fault.
   *
   * @return the route
   */
  public Route route() {
    return route;
  }

  /**
   * Returns the rate of each fault, in the order given.
   *
   * @return the rates, each in [0, 1], adding up to at most 1
   */
  public Map<Fault, Double> rates() {
    Map<Fault, Double> ordered = new LinkedHashMap<>();
    for (Fault fault : order) {
      ordered.put(fault, rates.get(fault));
    }
    return ordered;
  }

  /**
   * Returns a new generator for the calls of one operation.
   *
   * @param operationId the operation id, empty for calls that match no operation
   * @return the generator, seeded from the seed and the id
   */
  public SplittableRandom generator(String operationId) {
    long mixed =
        seed * 0x9E3779B97F4A7C15L ^ Objects.requireNonNull(operationId, "operationId").hashCode();
    return new SplittableRandom(mixed);
  }

  /**
   * Draws the fault of one call.
   *
   * @param generator the generator of the call's operation
   * @return the fault, {@link Fault#none()} when none is drawn
   */
  public Fault draw(SplittableRandom generator) {
    double draw = generator.nextDouble();
    double cumulative = 0;
    for (Fault fault : order) {
      cumulative += rates.get(fault);
      if (draw < cumulative) {
        return fault;
      }
    }
    return Fault.none();
  }

  @Override
  public String toString() {
    return "RandomFaults[seed=" + seed + ", " + route + ", " + rates() + "]";
  }

  /** Builds {@link RandomFaults}; not thread-safe. */
  public static final class Builder {

    private final long seed;
    private Route route = Route.any();
    private final Map<Fault, Double> rates = new LinkedHashMap<>();

    private Builder(long seed) {
      this.seed = seed;
    }

    /**
     * Sets the route whose calls draw a fault (default {@link Route#any()}).
     *
     * @param route the route
     * @return this builder
     */
    public Builder route(Route route) {
      this.route = Objects.requireNonNull(route, "route");
      return this;
    }

    /**
     * Sets the rate of a fault: the probability that a call gets it.
     *
     * @param fault the fault, not {@link Fault#none()}
     * @param rate 0 to 1
     * @return this builder
     * @throws InvalidInputException if the rate is out of bounds, the rates add up to more than 1,
     *     or the fault is {@link Fault#none()}
     */
    public Builder rate(Fault fault, double rate) {
      Objects.requireNonNull(fault, "fault");
      if (fault instanceof Fault.None) {
        throw new InvalidInputException(MESSAGES.message("random.none"));
      }
      if (!(rate >= 0 && rate <= 1)) {
        throw new InvalidInputException(MESSAGES.message("random.rate", fault));
      }
      double total = rate;
      for (Map.Entry<Fault, Double> entry : rates.entrySet()) {
        if (!entry.getKey().equals(fault)) {
          total += entry.getValue();
        }
      }
      if (total > 1 + 1e-12) {
        throw new InvalidInputException(MESSAGES.message("random.total"));
      }
      rates.put(fault, rate);
      return this;
    }

    /**
     * Builds the description.
     *
     * @return the random faults
     */
    public RandomFaults build() {
      return new RandomFaults(this);
    }
  }
}
