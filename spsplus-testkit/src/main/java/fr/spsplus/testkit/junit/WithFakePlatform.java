package fr.spsplus.testkit.junit;

import fr.spsplus.testkit.PersonalDataScreening;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a {@link fr.spsplus.testkit.FakePlatform} for each test and injects, into the parameters
 * of test methods, of {@code @BeforeEach}/{@code @AfterEach} methods and of test constructors:
 *
 * <ul>
 *   <li>{@link fr.spsplus.testkit.FakePlatform}: the fake, to script faults, advance its clock,
 *       decide moderation and inspect its state;
 *   <li>{@link fr.spsplus.client.platform.PlatformClient}: a client of its write API, with its API
 *       key and retries that wait on the fake's clock;
 *   <li>{@link fr.spsplus.client.opendata.OpenDataClient}: a client of its open-data endpoint.
 * </ul>
 *
 * <p>Each test method gets a fresh fake (a test and its {@code @BeforeEach} methods share one); the
 * fake and the clients are closed after the test. On a class, the annotation applies to every test;
 * on a method, it overrides the class's.
 *
 * <pre>{@code
 * @WithFakePlatform
 * class SubmissionTest {
 *   @Test
 *   void publishesAfterModeration(FakePlatform fake, PlatformClient platform) {
 *     Experience sent = platform.submitExperience(new ExperienceSubmission(
 *         "Accueil très aimable", "Dossier réglé en une visite.", Feeling.POSITIF,
 *         List.of(StructureCode.of("3Tn8gzTdcz")), List.of()));
 *     fake.advance(Duration.ofHours(1));
 *     assertThat(platform.moderation(sent.id()).status()).isEqualTo(ModerationStatus.PUBLISHED);
 *   }
 * }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(FakePlatformExtension.class)
public @interface WithFakePlatform {

  /**
   * Returns the path prefix of the platform's operations.
   *
   * @return the prefix, {@code v1} by default
   */
  String pathPrefix() default "v1";

  /**
   * Returns whether the default datasets are served on the open-data endpoint.
   *
   * @return true by default
   */
  boolean defaultDatasets() default true;

  /**
   * Returns the delay between a submission and its automatic moderation decision, in seconds on the
   * fake's clock.
   *
   * @return 3600 by default
   */
  long moderationDelaySeconds() default 3600;

  /**
   * Returns whether moderation waits for the test's decisions.
   *
   * @return false by default
   */
  boolean manualModeration() default false;

  /**
   * Returns when submissions are screened for personal data.
   *
   * @return {@link PersonalDataScreening#ON_SUBMISSION} by default
   */
  PersonalDataScreening personalDataScreening() default PersonalDataScreening.ON_SUBMISSION;

  /**
   * Returns the class that adjusts the builder further.
   *
   * @return {@link FakePlatformConfigurer.None} by default
   */
  Class<? extends FakePlatformConfigurer> configurer() default FakePlatformConfigurer.None.class;
}
