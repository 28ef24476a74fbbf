package fr.spsplus.client.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.CloseableIterable;
import fr.spsplus.client.RetryPolicy;
import fr.spsplus.client.testing.RecordingSleeper;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.indicator.IndicatorId;
import fr.spsplus.core.indicator.OpenDataResult;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.ContactChannel;
import fr.spsplus.core.structure.PostalAddress;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The typed views of the three datasets through {@link OpenDataClient}: the real {@code
 * export-resultats} answer, and synthetic {@code export-structures} and experiences answers
 * (labelled so in their files).
 */
class TypedDatasetsTest {

  @StartStop final MockWebServer server = new MockWebServer();

  @BeforeEach
  void failFastWhenNothingIsQueued() {
    ((QueueDispatcher) server.getDispatcher()).setFailFast(true);
  }

  private OpenDataClient client() {
    return OpenDataClient.builder()
        .baseUrl(server.url("/api/explore/v2.1").toString())
        .options(
            ClientOptions.builder()
                .retryPolicy(RetryPolicy.builder().sleeper(new RecordingSleeper()).build())
                .build())
        .build();
  }

  private void enqueue(String resource) throws IOException {
    try (InputStream in = TypedDatasetsTest.class.getResourceAsStream(resource)) {
      server.enqueue(
          new MockResponse.Builder()
              .setHeader("Content-Type", "application/json; charset=utf-8")
              .body(new String(in.readAllBytes(), StandardCharsets.UTF_8))
              .build());
    }
  }

  private RecordedRequest sent() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).isNotNull();
    return request;
  }

  @Test
  void readsTheRealResultsAnswerAsTypedResults() throws Exception {
    enqueue("resultats-records-response.json");

    List<OpenDataResult> results;
    try (OpenDataClient openData = client();
        CloseableIterable<OpenDataResult> all =
            openData.results(openData.query(Dataset.RESULTS).where("\"IND-27\"").limit(1))) {
      results = all.stream().toList();
    }

    assertThat(results).hasSize(1);
    OpenDataResult result = results.get(0);
    assertThat(result.result().structure()).isEqualTo(StructureCode.of("Do0Z4ijc9M"));
    assertThat(result.result().indicator()).isEqualTo(IndicatorId.parse("IND-27"));
    assertThat(result.result().value()).isEqualTo(77.0);
    assertThat(result.result().period()).isEqualTo(ReportingPeriod.parse("2023-09-30/2023-12-29"));
    assertThat(result.network()).isEqualTo("DGCCRF");
    assertThat(result.active()).isTrue();
    assertThat(sent().getUrl().encodedPath())
        .isEqualTo("/api/explore/v2.1/catalog/datasets/export-resultats/records");
  }

  @Test
  void readsSyntheticStructureRecordsTolerantly() throws Exception {
    enqueue("structures-records-synthetic.json");

    List<Structure> structures;
    try (OpenDataClient openData = client();
        CloseableIterable<Structure> all = openData.structures()) {
      structures = all.stream().toList();
    }

    assertThat(structures)
        .extracting(s -> s.code().value())
        .containsExactly("Syn0000001", "Syn0000002", "Syn0000003");
    Structure first = structures.get(0);
    assertThat(first.address())
        .isEqualTo(
            new PostalAddress(
                List.of("1 place de la Mairie", "Bâtiment B"),
                null,
                "4000",
                "VILLESYNTH",
                "France"));
    assertThat(first.address().frenchPostalCode()).contains("04000");
    assertThat(first.otherPostalCodes()).containsExactly("04000", "04100");
    assertThat(first.departments()).containsExactly("04", "05");
    assertThat(first.description()).isEqualTo("Accueil du lundi au vendredi.");
    assertThat(first.externalId()).isNull();
    assertThat(first.active()).isFalse();
    assertThat(first.parent()).isEqualTo(StructureCode.of("Syn0000000"));
    assertThat(structures.get(1).externalId()).isEqualTo("0040000");
    assertThat(structures.get(1).active()).isTrue();
    assertThat(structures.get(2).active()).isTrue();
    assertThat(sent().getUrl().encodedPath())
        .endsWith("/catalog/datasets/export-structures/records");
  }

  @Test
  void readsSyntheticExperienceRecords() throws Exception {
    enqueue("experiences-records-synthetic.json");

    List<PublishedExperience> experiences;
    try (OpenDataClient openData = client();
        CloseableIterable<PublishedExperience> all = openData.experiences()) {
      experiences = all.stream().toList();
    }

    assertThat(experiences)
        .extracting(PublishedExperience::id)
        .containsExactly(900001L, 900002L, 900003L);
    PublishedExperience first = experiences.get(0);
    assertThat(first.title()).isEqualTo("Accueil très aimable");
    assertThat(first.description())
        .isEqualTo(
            "L’agent a pris le temps de m’expliquer\u00a0!\n\nMerci&nbsp;: dossier réglé en 48\u00a0h.");
    assertThat(first.feeling()).isEqualTo(Feeling.POSITIF);
    assertThat(first.state()).isEqualTo("Publiée");
    assertThat(first.writtenOn()).isEqualTo(LocalDate.of(2024, 3, 1));
    assertThat(first.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 4));
    assertThat(first.involvements()).hasSize(2);
    PublishedExperience.Involvement caf = first.involvements().get(0);
    assertThat(caf.rank()).isEqualTo(1);
    assertThat(caf.typology()).isEqualTo("CAF");
    assertThat(caf.structureName()).isEqualTo("CAF synthétique");
    assertThat(caf.channels()).containsExactly("accueil", "telephone", "reseaux sociaux");
    assertThat(caf.contactChannels())
        .containsExactly(ContactChannel.ACCUEIL_PHYSIQUE, ContactChannel.TELEPHONE);
    assertThat(caf.answer()).startsWith("Bonjour,\n\n").contains("témoignage.\u00a0\n\n");
    assertThat(first.involvements().get(1).answer()).isNull();
    assertThat(first.record().integer("evaluation_utile_reponse_structure_1_par_visiteurs"))
        .hasValue(3);
    assertThat(first.toString()).doesNotContain("aimable").doesNotContain("Bonjour");

    PublishedExperience second = experiences.get(1);
    assertThat(second.feeling()).isEqualTo(Feeling.NEGATIF);
    assertThat(second.writtenOn()).isEqualTo(LocalDate.of(2024, 3, 2));
    assertThat(second.involvements().get(0).contactChannels())
        .containsExactly(ContactChannel.FORMULAIRE_EN_LIGNE, ContactChannel.EMAIL);

    PublishedExperience third = experiences.get(2);
    assertThat(third.feeling()).isEqualTo(Feeling.NEUTRE);
    assertThat(third.title()).isNull();
    assertThat(third.involvements()).isEmpty();
    assertThat(sent().getUrl().encodedPath())
        .endsWith("/catalog/datasets/export-expa-c-riences/records");
  }

  @Test
  void aRecordTheMapperRefusesEndsTheIterationNamingTheField() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .setHeader("Content-Type", "application/json")
            .body(
                "{\"total_count\":2,\"results\":[{\"id_experience\":1,\"ressenti_usager\":"
                    + "\"Ravi\"},{\"id_experience\":2}]}")
            .build());

    try (OpenDataClient openData = client();
        CloseableIterable<PublishedExperience> all = openData.experiences()) {
      Iterator<PublishedExperience> iterator = all.iterator();
      assertThatThrownBy(iterator::next)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("ressenti_usager")
          .hasMessageNotContaining("Ravi");
      assertThat(iterator.hasNext()).isFalse();
    }
  }

  @Test
  void experienceRecordsRefuseAMissingOrNonPositiveIdAndUnreadableDates() {
    assertThatThrownBy(() -> PublishedExperience.fromRecord(OpenDataRecord.of(java.util.Map.of())))
        .hasMessageContaining("id_experience");
    assertThatThrownBy(
            () ->
                PublishedExperience.fromRecord(
                    OpenDataRecord.of(
                        java.util.Map.of("id_experience", new java.math.BigDecimal(0)))))
        .hasMessageContaining("id_experience");
    assertThatThrownBy(
            () ->
                PublishedExperience.fromRecord(
                    OpenDataRecord.of(
                        java.util.Map.of(
                            "id_experience", new java.math.BigDecimal(5), "ecrit_le", "hier"))))
        .hasMessageContaining("ecrit_le")
        .hasMessageNotContaining("hier");
    assertThatThrownBy(
            () ->
                PublishedExperience.fromRecord(
                    OpenDataRecord.of(
                        java.util.Map.of(
                            "id_experience",
                            new java.math.BigDecimal(5),
                            "date_de_publication",
                            "31/02/2024"))))
        .hasMessageContaining("date_de_publication");
  }
}
