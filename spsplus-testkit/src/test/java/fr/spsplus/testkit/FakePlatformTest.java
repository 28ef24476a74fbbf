package fr.spsplus.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.client.ApiKey;
import fr.spsplus.client.AuthenticationException;
import fr.spsplus.client.opendata.OpenDataClient;
import fr.spsplus.client.opendata.RecordQuery;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.experience.ComplexDocumentReport;
import fr.spsplus.core.experience.DocumentKind;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.Network;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.structure.Typology;
import fr.spsplus.testkit.opendata.FixtureDataset;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The fake's settings and state, beyond the contract's operations. */
class FakePlatformTest {

  @Test
  void itListensOnLoopbackWithTheDefaultSettings() {
    try (FakePlatform fake = FakePlatform.start()) {
      assertThat(fake.baseUrl()).matches("http://127\\.0\\.0\\.1:[0-9]+");
      assertThat(fake.pathPrefix()).isEqualTo("v1");
      assertThat(fake.openDataUrl()).isEqualTo(fake.baseUrl() + "/api/explore/v2.1");
      assertThat(fake.tokenEndpoint().toString()).isEqualTo(fake.baseUrl() + "/oauth/token");
      assertThat(fake.apiKey()).isEqualTo(FakePlatform.DEFAULT_API_KEY);
      assertThat(fake.credentials()).isInstanceOf(ApiKey.class);
      assertThat(fake.oauthCredentials().clientId()).isEqualTo(FakePlatform.DEFAULT_CLIENT_ID);
      assertThat(fake.now()).isEqualTo(FakePlatform.DEFAULT_START);
      assertThat(fake.structures()).hasSize(50);
      assertThat(fake.datasets())
          .extracting(FixtureDataset::id)
          .containsExactly("export-structures", "export-resultats", "export-expa-c-riences");
      assertThat(fake.toString()).isEqualTo("FakePlatform[" + fake.baseUrl() + "/v1]");
    }
  }

  @Test
  void theOperationsMayLiveAtTheRootOrBelowALongerPrefix() {
    for (String prefix : List.of("", "spsplus/api/v2")) {
      try (FakePlatform fake = FakePlatform.builder().pathPrefix(prefix).start();
          PlatformClient platform = fake.platformClient().build()) {
        assertThat(platform.structure(StructureCode.of("3Tn8gzTdcz")).code().value())
            .isEqualTo("3Tn8gzTdcz");
        assertThat(fake.exchanges().get(0).target())
            .isEqualTo((prefix.isEmpty() ? "" : "/" + prefix) + "/structures/3Tn8gzTdcz");
        ContractAssertions.assertAnswersConform(fake);
      }
    }
    assertThatThrownBy(() -> FakePlatform.builder().pathPrefix("v1/../admin"))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void explicitCredentialsReplaceTheDefaults() {
    try (FakePlatform fake = FakePlatform.builder().apiKey("cle-structure-laval").start();
        PlatformClient defaults =
            fake.platformClient()
                .credentials(ApiKey.authorization("Bearer", FakePlatform.DEFAULT_API_KEY))
                .build();
        PlatformClient own = fake.platformClient().build()) {
      assertThatThrownBy(() -> defaults.structure(StructureCode.of("3Tn8gzTdcz")))
          .isInstanceOf(AuthenticationException.class);
      assertThat(own.structure(StructureCode.of("3Tn8gzTdcz"))).isNotNull();
      assertThatThrownBy(fake::oauthCredentials).isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aRunningClockMovesModerationWithoutAdvance() {
    Instant start = Instant.parse("2026-05-04T10:00:00Z");
    Clock later = Clock.fixed(start, ZoneOffset.UTC);
    try (FakePlatform fake =
            FakePlatform.builder().clock(later).moderationDelay(Duration.ZERO).start();
        PlatformClient platform = fake.platformClient().build()) {
      var sent =
          platform.submitExperience(
              new fr.spsplus.core.experience.ExperienceSubmission(
                  "Titre",
                  "Texte.",
                  fr.spsplus.core.experience.Feeling.NEUTRE,
                  List.of(StructureCode.of("3Tn8gzTdcz")),
                  List.of()));
      assertThat(sent.submittedAt()).isEqualTo(start);
      assertThat(platform.moderation(sent.id()).publishedAt()).isEqualTo(start);
    }
    try (FakePlatform fake = FakePlatform.start()) {
      assertThatThrownBy(() -> fake.advance(Duration.ofSeconds(-1)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("duration");
    }
  }

  @Test
  void theDirectoryDatasetsAndStoredStateCanBeChangedAndRead() {
    Structure mairie =
        Structure.builder(
                StructureCode.of("Syn0000001"),
                Network.of("Collectivités territoriales - Communes"),
                Typology.of(null, "Mairie"),
                "Mairie synthétique")
            .build();
    try (FakePlatform fake = FakePlatform.builder().structures(List.of()).start();
        PlatformClient platform = fake.platformClient().build();
        OpenDataClient openData = fake.openDataClient().build()) {
      assertThat(fake.structures()).isEmpty();
      fake.putStructure(mairie);
      platform.reportComplexDocument(
          new ComplexDocumentReport(
              DocumentKind.FORM, mairie.code(), "Formulaire de trois pages.", null, fake.now()));
      IndicatorResult result =
          IndicatorResult.builder(
                  mairie.code(), IndicatorCode.EFFORT.id(), ReportingPeriod.ofYear(2025))
              .status(fr.spsplus.core.indicator.PublicationStatus.INSUFFICIENT_SAMPLE)
              .n(4L)
              .build();
      platform.publishResult(result);
      fake.loadDataset(FixtureDataset.of("petit", List.of(Map.of("a", 1), Map.of("a", 2))));

      assertThat(fake.documentReports())
          .extracting(ComplexDocumentReport::structure)
          .containsExactly(mairie.code());
      assertThat(
              fake.result(mairie.code(), IndicatorCode.EFFORT.id(), ReportingPeriod.ofYear(2025)))
          .contains(result);
      assertThat(
              fake.result(mairie.code(), IndicatorCode.EFFORT.id(), ReportingPeriod.ofYear(2024)))
          .isEmpty();
      assertThat(openData.count(RecordQuery.of("petit"))).isEqualTo(2);
      assertThat(fake.removeDataset("petit")).isTrue();
      assertThat(fake.removeDataset("petit")).isFalse();
      ContractAssertions.assertAnswersConform(fake);
    }
  }

  @Test
  void anExchangeShowsTheNamesOfTheQueryParametersNeverTheirValues() {
    // Found by NoLeakInLogsTest: Exchange.toString showed the whole target, query values included.
    try (FakePlatform fake = FakePlatform.start();
        Raw raw = new Raw(fake)) {
      raw.get(
          "/api/explore/v2.1/catalog/datasets/export-structures/records?where=ville%3D%27lea%40example.com%27&limit=5",
          java.util.Map.of());

      String shown = fake.exchanges().get(0).toString();

      assertThat(shown)
          .contains("/api/explore/v2.1/catalog/datasets/export-structures/records?where&limit")
          .doesNotContain("lea")
          .doesNotContain("example");
    }
  }
}
