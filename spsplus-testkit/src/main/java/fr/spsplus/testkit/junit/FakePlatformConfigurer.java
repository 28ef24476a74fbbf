package fr.spsplus.testkit.junit;

import fr.spsplus.testkit.FakePlatform;

/**
 * Adjusts the builder of the fake that {@link WithFakePlatform} starts, for settings the annotation
 * has no attribute for (credentials, datasets, moderator, faults…). Implementations need a public
 * or package-private no-argument constructor.
 *
 * <pre>{@code
 * static final class BigDataset implements FakePlatformConfigurer {
 *   public void configure(FakePlatform.Builder builder) {
 *     builder.dataset(FixtureDataset.generated("big", 25_000, i -> Map.of("id", i)));
 *   }
 * }
 *
 * @WithFakePlatform(configurer = BigDataset.class)
 * class BigDatasetTest { … }
 * }</pre>
 */
@FunctionalInterface
public interface FakePlatformConfigurer {

  /**
   * Adjusts the builder, after the annotation's attributes were applied.
   *
   * @param builder the builder
   */
  void configure(FakePlatform.Builder builder);

  /** Changes nothing: the annotation's default. */
  final class None implements FakePlatformConfigurer {

    /** Creates the configurer. */
    public None() {}

    @Override
    public void configure(FakePlatform.Builder builder) {}
  }
}
