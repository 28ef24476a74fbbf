package fr.spsplus.benchmarks.data;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The whole benchmark data set, generated from one seed: the structures, the calls, the survey
 * answers and the requests. One instance per JVM and size ({@link #shared}), so that the gate and
 * every JMH state of a fork see the very same data without generating it twice.
 *
 * <p>Sizes and seed come from system properties, with the benchmark's defaults: {@value
 * #CALLS_PROPERTY} (10,000,000), {@value #ANSWERS_PROPERTY} (1,000,000), {@value
 * #REQUESTS_PROPERTY} (1,000,000), {@value #SITES_PROPERTY} (200) and {@value #SEED_PROPERTY}
 * (20260101). Heap: about 2 GB with the call objects built, so run with {@code -Xmx4g} or more.
 *
 * @param sizes the sizes and seed
 * @param structures the structures
 * @param calls the calls
 * @param surveys the survey answers
 * @param requests the requests
 */
public record BenchmarkData(
    Sizes sizes, Structures structures, CallData calls, SurveyData surveys, RequestData requests) {

  /** System property: the number of calls. */
  public static final String CALLS_PROPERTY = "spsplus.bench.calls";

  /** System property: the number of survey answers. */
  public static final String ANSWERS_PROPERTY = "spsplus.bench.answers";

  /** System property: the number of requests. */
  public static final String REQUESTS_PROPERTY = "spsplus.bench.requests";

  /** System property: the number of sites. */
  public static final String SITES_PROPERTY = "spsplus.bench.sites";

  /** System property: the seed. */
  public static final String SEED_PROPERTY = "spsplus.bench.seed";

  private static @Nullable BenchmarkData shared;

  /**
   * The sizes and the seed of a data set.
   *
   * @param calls the number of calls
   * @param answers the number of survey answers
   * @param requests the number of requests
   * @param sites the number of sites
   * @param seed the seed
   */
  public record Sizes(int calls, int answers, int requests, int sites, long seed) {

    /** The sizes of issue #8: 10 million calls, 1 million answers and requests, 200 sites. */
    public static final Sizes FULL = new Sizes(10_000_000, 1_000_000, 1_000_000, 200, 20260101L);

    /**
     * Reads the sizes from the system properties, defaulting to {@link #FULL}.
     *
     * @return the sizes
     */
    public static Sizes fromSystemProperties() {
      return new Sizes(
          Integer.getInteger(CALLS_PROPERTY, FULL.calls),
          Integer.getInteger(ANSWERS_PROPERTY, FULL.answers),
          Integer.getInteger(REQUESTS_PROPERTY, FULL.requests),
          Integer.getInteger(SITES_PROPERTY, FULL.sites),
          Long.getLong(SEED_PROPERTY, FULL.seed));
    }
  }

  /**
   * Generates a data set (the call objects are built on first use).
   *
   * @param sizes the sizes and seed
   * @return the data
   */
  public static BenchmarkData generate(Sizes sizes) {
    Objects.requireNonNull(sizes, "sizes");
    Structures structures = Structures.generate(sizes.sites(), sizes.seed());
    return new BenchmarkData(
        sizes,
        structures,
        CallData.generate(sizes.calls(), sizes.seed() + 1, structures),
        SurveyData.generate(sizes.answers(), sizes.seed() + 2, structures),
        RequestData.generate(sizes.requests(), sizes.seed() + 3, structures));
  }

  /**
   * Returns this JVM's data set for the sizes of the system properties, generated on first use.
   *
   * @return the shared data
   */
  public static synchronized BenchmarkData shared() {
    Sizes sizes = Sizes.fromSystemProperties();
    BenchmarkData data = shared;
    if (data == null || !data.sizes().equals(sizes)) {
      data = generate(sizes);
      shared = data;
    }
    return data;
  }
}
