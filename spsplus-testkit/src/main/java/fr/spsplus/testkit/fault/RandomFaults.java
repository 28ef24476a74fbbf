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
 * <p><b>Concurrent clients.</b> When several threads call the same operation, which call is the
 * <i>n</i>-th depends on how the threads interleave. {@link Builder#perRequest()} draws instead
 * from the request itself: the <i>k</i>-th call carrying one request identity (its {@code
 * Idempotency-Key}, or else its method, path, query and body) gets a fault drawn from a generator
 * seeded by the seed, the operation, the identity and <i>k</i>. A request and its retries then get
 * the same faults under the same seed, whatever the other threads do:
 *
 * <pre>{@code
 * RandomFaults.builder(42).route(Route.operation("submitExperience")).perRequest()
 *     .rate(Fault.dropConnection(), 0.1).build();
 * }</pre>
 *
 * <p>Immutable and thread-safe; the fake keeps the generators.
 */
public final class RandomFaults {

  private static final MessageBundle MESSAGES = MessageBundle.of(RandomFaults.class, "messages");

  private final long seed;
  private final Route route;
  private final Map<Fault, Double> rates;
  private final List<Fault> order;
  private final boolean perRequest;

  private RandomFaults(Builder builder) {
    this.seed = builder.seed;
    this.route = builder.route;
    this.perRequest = builder.perRequest;
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
   * Tells whether faults are drawn per request rather than in the order calls arrive.
   *
   * @return true after {@link Builder#perRequest()}
   */
  public boolean perRequest() {
    return perRequest;
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
   * Draws the fault of one call, {@linkplain Builder#perRequest() per request}: from a generator
   * seeded by the seed, the operation, the request's identity and the number of the call among
   * those with that identity. The same arguments give the same fault.
   *
   * @param operationId the operation id, empty for calls that match no operation
   * @param identity the request's identity, such as its idempotency key
   * @param call the number of the call with that identity, from 1
   * @return the fault, {@link Fault#none()} when none is drawn
   */
  public Fault draw(String operationId, String identity, long call) {
    Objects.requireNonNull(operationId, "operationId");
    Objects.requireNonNull(identity, "identity");
    long mixed = seed * 0x9E3779B97F4A7C15L ^ operationId.hashCode();
    mixed = mixed * 0xBF58476D1CE4E5B9L ^ fnv1a(identity);
    mixed = mixed * 0x94D049BB133111EBL ^ call;
    return draw(new SplittableRandom(mixed));
  }

  /** A 64-bit FNV-1a hash of the characters: stable from one run to the next. */
  private static long fnv1a(String text) {
    long hash = 0xCBF29CE484222325L;
    for (int i = 0; i < text.length(); i++) {
      hash ^= text.charAt(i);
      hash *= 0x100000001B3L;
    }
    return hash;
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
    return "RandomFaults[seed="
        + seed
        + ", "
        + route
        + ", "
        + rates()
        + (perRequest ? ", per request" : "")
        + "]";
  }

  /** Builds {@link RandomFaults}; not thread-safe. */
  public static final class Builder {

    private final long seed;
    private Route route = Route.any();
    private final Map<Fault, Double> rates = new LinkedHashMap<>();
    private boolean perRequest;

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
     * Draws each call's fault from the request it carries rather than from the order calls arrive
     * (see the class description), so that concurrent clients get reproducible faults.
     *
     * @return this builder
     */
    public Builder perRequest() {
      this.perRequest = true;
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
