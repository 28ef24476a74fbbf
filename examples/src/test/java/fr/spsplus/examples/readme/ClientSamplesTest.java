package fr.spsplus.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.client.RequestOptions;
import fr.spsplus.client.SpsplusClientException;
import fr.spsplus.client.opendata.Dataset;
import fr.spsplus.client.opendata.OpenDataClient;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.experience.ModerationStatus;
import fr.spsplus.core.indicator.IndicatorId;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.indicator.OpenDataResult;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.ContactChannel;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.testkit.FakePlatform;
import fr.spsplus.testkit.junit.WithFakePlatform;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README's spsplus-client samples, run against the fake platform. */
@WithFakePlatform
class ClientSamplesTest {

  @Test
  void aMinistryWebsiteSubmitsAnExperienceAndPublishesResults(
      FakePlatform fake, PlatformClient platform) {
    String formId = "form-2026-000123";
    // tag::client-write[]
    StructureCode caf = StructureCode.of("3Tn8gzTdcz");
    ExperienceSubmission avis =
        new ExperienceSubmission(
            "Accueil très aimable",
            "Dossier réglé en une seule visite, merci à l’agent.",
            Feeling.POSITIF,
            List.of(caf),
            List.of(ContactChannel.ACCUEIL_PHYSIQUE));
    // POST with an Idempotency-Key generated once and reused on every retry (here: the form's id)
    Experience sent =
        platform.submitExperience(
            avis, RequestOptions.builder().idempotencyKey("avis-" + formId).build());
    ModerationStatus status = platform.moderation(sent.id()).status(); // SUBMITTED, then…

    // Engagement 6: publish a result (PUT: safe to retry)
    platform.publishResult(
        IndicatorResult.builder(caf, IndicatorId.parse("IND-27"), ReportingPeriod.parse("2026-Q1"))
            .value(81.0)
            .n(412L)
            .status(PublicationStatus.PUBLISHABLE)
            .build());
    // end::client-write[]
    assertThat(status).isIn(ModerationStatus.SUBMITTED, ModerationStatus.IN_MODERATION);
    fake.advance(Duration.ofHours(1));
    assertThat(platform.moderation(sent.id()).status()).isEqualTo(ModerationStatus.PUBLISHED);
    assertThat(fake.results()).hasSize(1);
  }

  @Test
  void personalDataIsBlockedBeforeTheNetwork(FakePlatform fake, PlatformClient platform) {
    StructureCode caf = StructureCode.of("3Tn8gzTdcz");
    ExperienceSubmission withPhone =
        new ExperienceSubmission(
            "Rappel", "Rappelez-moi au 06 12 34 56 78.", Feeling.NEUTRE, List.of(caf), List.of());
    SpsplusClientException blocked =
        catchThrowableOfType(
            SpsplusClientException.class, () -> platform.submitExperience(withPhone));
    assertThat(blocked.kind()).isEqualTo(SpsplusClientException.Kind.PRE_FLIGHT);
    assertThat(blocked.getMessage()).doesNotContain("06 12");
    assertThat(fake.exchanges()).isEmpty();
  }

  @Test
  void readsOpenDataInConstantMemory(OpenDataClient openData) {
    long count;
    // tag::client-opendata[]
    // Real portal by default (opendata.plus.transformation.gouv.fr, Explore API v2.1);
    // pages of 100, then the JSON-lines export past 10,000 records, in constant memory.
    try (Stream<OpenDataResult> results =
        openData.results(openData.query(Dataset.RESULTS).limit(500)).stream()) {
      count = results.filter(r -> r.result().value() != null).count();
    }
    // end::client-opendata[]
    assertThat(count).isPositive();
  }
}
