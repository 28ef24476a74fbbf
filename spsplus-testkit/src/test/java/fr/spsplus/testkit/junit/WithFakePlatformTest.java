package fr.spsplus.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.client.opendata.Dataset;
import fr.spsplus.client.opendata.OpenDataClient;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.experience.ModerationStatus;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.testkit.FakePlatform;
import fr.spsplus.testkit.opendata.FixtureDataset;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The JUnit 5 extension: a fresh fake per test, injected with its clients, closed afterwards. */
@WithFakePlatform(moderationDelaySeconds = 600)
class WithFakePlatformTest {

  private static final List<FakePlatform> STARTED = new CopyOnWriteArrayList<>();
  private static final StructureCode LAVAL = StructureCode.of("3Tn8gzTdcz");

  private FakePlatform fromBeforeEach;

  @BeforeEach
  void remember(FakePlatform fake) {
    fromBeforeEach = fake;
    STARTED.add(fake);
  }

  private static ExperienceSubmission submission() {
    return new ExperienceSubmission(
        "Accueil très aimable",
        "Dossier réglé en une visite.",
        Feeling.POSITIF,
        List.of(LAVAL),
        List.of());
  }

  @Test
  void theClassSettingsApplyAndTheTestSharesItsFakeWithBeforeEach(
      FakePlatform fake, PlatformClient platform, OpenDataClient openData) {
    assertThat(fake).isSameAs(fromBeforeEach);
    Experience sent = platform.submitExperience(submission());
    fake.advance(Duration.ofSeconds(599));
    assertThat(platform.moderation(sent.id()).status()).isEqualTo(ModerationStatus.SUBMITTED);
    fake.advance(Duration.ofSeconds(1));
    assertThat(platform.moderation(sent.id()).status()).isEqualTo(ModerationStatus.PUBLISHED);
    assertThat(openData.count(openData.query(Dataset.STRUCTURES))).isEqualTo(50);
  }

  @Test
  void eachTestHasItsOwnFake(FakePlatform fake) {
    assertThat(fake.experiences()).isEmpty();
    assertThat(STARTED.stream().filter(f -> f == fake)).hasSize(1);
  }

  @Test
  @WithFakePlatform(pathPrefix = "spsplus/api/v2", manualModeration = true, defaultDatasets = false)
  void aMethodsAnnotationOverridesTheClasss(FakePlatform fake, PlatformClient platform) {
    Experience sent = platform.submitExperience(submission());
    fake.advance(Duration.ofDays(1));

    assertThat(platform.moderation(sent.id()).status()).isEqualTo(ModerationStatus.SUBMITTED);
    assertThat(fake.exchanges().get(0).target()).isEqualTo("/spsplus/api/v2/experiences");
    assertThat(fake.datasets()).isEmpty();
  }

  /** Serves a big generated dataset besides the defaults. */
  static final class BigDataset implements FakePlatformConfigurer {
    @Override
    public void configure(FakePlatform.Builder builder) {
      builder.dataset(FixtureDataset.generated("big", 12_345, i -> Map.of("id", i)));
    }
  }

  @Test
  @WithFakePlatform(configurer = BigDataset.class)
  void aConfigurerAdjustsTheBuilder(OpenDataClient openData) {
    assertThat(openData.count(fr.spsplus.client.opendata.RecordQuery.of("big"))).isEqualTo(12_345);
  }

  @Nested
  class InANestedClass {
    @Test
    void anEnclosingClassesAnnotationApplies(FakePlatform fake) {
      assertThat(fake.pathPrefix()).isEqualTo("v1");
    }
  }

  @AfterAll
  static void everyFakeWasClosed() {
    assertThat(STARTED).hasSizeGreaterThanOrEqualTo(4);
    for (FakePlatform fake : STARTED) {
      URI uri = URI.create(fake.baseUrl());
      assertThatThrownBy(() -> new Socket(uri.getHost(), uri.getPort()).close())
          .as("%s is closed", fake)
          .isInstanceOf(IOException.class);
    }
  }
}
