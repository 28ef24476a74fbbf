package fr.spsplus.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.InvalidRequestException;
import fr.spsplus.client.NotFoundException;
import fr.spsplus.client.RateLimitedException;
import fr.spsplus.client.RetryPolicy;
import fr.spsplus.client.opendata.Dataset;
import fr.spsplus.client.opendata.OpenDataClient;
import fr.spsplus.client.opendata.OpenDataRecord;
import fr.spsplus.client.opendata.PublishedExperience;
import fr.spsplus.client.opendata.RecordPage;
import fr.spsplus.client.opendata.RecordQuery;
import fr.spsplus.core.indicator.OpenDataResult;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.testkit.fault.Fault;
import fr.spsplus.testkit.fault.Route;
import fr.spsplus.testkit.opendata.FixtureDataset;
import fr.spsplus.testkit.opendata.OpenDataFixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fake's Opendatasoft Explore API v2.1 endpoint through the real {@link OpenDataClient}, and
 * raw calls for the requests the client refuses to send (its limits are the portal's).
 */
class OpenDataEndpointTest {

  private static final int BIG = 25_000;

  private final AtomicLong generated = new AtomicLong();
  private FakePlatform fake;
  private OpenDataClient openData;
  private Raw raw;

  @BeforeEach
  void start() {
    fake =
        FakePlatform.builder()
            .dataset(
                FixtureDataset.generated(
                        "big",
                        BIG,
                        i -> {
                          generated.incrementAndGet();
                          return Map.of("id", i, "name", "record " + i, "even", i % 2 == 0);
                        })
                    .withFields(List.of("id", "name", "even"))
                    .withProvenance("SYNTHETIC: generated for the test"))
            .start();
    openData = fake.openDataClient().build();
    raw = new Raw(fake);
  }

  @AfterEach
  void stop() {
    raw.close();
    openData.close();
    fake.close();
  }

  private static RecordQuery big() {
    return RecordQuery.of("big");
  }

  @Test
  void pagesHoldAtMostAHundredRecordsAndCountEveryMatch() {
    RecordPage<OpenDataRecord> page = openData.page(big(), 200, 100);

    assertThat(page.totalCount()).isEqualTo(BIG);
    assertThat(page.records()).hasSize(100);
    assertThat(page.records().get(0).integer("id").orElseThrow()).isEqualTo(200);
    assertThat(page.records().get(99).integer("id").orElseThrow()).isEqualTo(299);
    assertThat(openData.count(big().where("even = true"))).isEqualTo(BIG / 2);
    assertThat(raw.get(OPEN + "/big/records?limit=10", Map.of()).body())
        .startsWith("{\"total_count\":25000,\"results\":[{\"id\":0,");
  }

  private static final String OPEN = "/api/explore/v2.1/catalog/datasets";

  @Test
  void theRealLimitsAreAnsweredWithTheRealErrorBodies() {
    Raw.Answer window = raw.get(OPEN + "/big/records?offset=9950&limit=100", Map.of());
    Raw.Answer lastPage = raw.get(OPEN + "/big/records?offset=9900&limit=100", Map.of());
    Raw.Answer beyond = raw.get(OPEN + "/big/records?offset=10000", Map.of());
    Raw.Answer tooMany = raw.get(OPEN + "/big/records?limit=101", Map.of());

    assertThat(window.status()).isEqualTo(400);
    assertThat(window.body())
        .isEqualTo(
            "{\"message\":\"Invalid value for sum of offset + limit API parameter: 10050 was"
                + " found but <= 10000 is expected.\",\"error_code\":\"InvalidRESTParameterError\"}");
    assertThat(lastPage.status()).isEqualTo(200);
    assertThat(beyond.status()).isEqualTo(400);
    assertThat(beyond.body()).contains("10010 was found but <= 10000 is expected");
    assertThat(tooMany.body())
        .isEqualTo(
            "{\"message\":\"Invalid value for limit API parameter: 101 was found but -1 <= limit"
                + " <= 100 is expected.\",\"error_code\":\"InvalidRESTParameterError\"}");
    assertThat(raw.get(OPEN + "/big/exports/jsonl?offset=9999&limit=2", Map.of()).status())
        .isEqualTo(400);
  }

  @Test
  void aLargeDatasetIsReadThroughTheStreamedExport() {
    long count;
    long sum;
    List<Long> firstIds = new ArrayList<>();
    try (Stream<OpenDataRecord> records = openData.stream(big())) {
      long[] totals = new long[2];
      records.forEach(
          r -> {
            long id = r.integer("id").orElseThrow();
            if (firstIds.size() < 3) {
              firstIds.add(id);
            }
            totals[0]++;
            totals[1] += id;
          });
      count = totals[0];
      sum = totals[1];
    }

    assertThat(count).isEqualTo(BIG);
    assertThat(sum).isEqualTo((long) BIG * (BIG - 1) / 2);
    assertThat(firstIds).containsExactly(0L, 1L, 2L);
    List<Exchange> exchanges = fake.exchanges(Route.openData());
    assertThat(exchanges)
        .extracting(Exchange::operationId)
        .containsExactly(Route.OPEN_DATA_RECORDS, Route.OPEN_DATA_EXPORT);
    Exchange export = exchanges.get(1);
    assertThat(export.target()).startsWith(OPEN + "/big/exports/jsonl");
    assertThat(export.responseHeader("Transfer-Encoding")).contains("chunked");
    assertThat(export.responseBody()).as("streamed, never held").isNull();
    // The records were generated as they were written: the count of the first page, then the
    // export.
    assertThat(generated.get()).isEqualTo(2L * BIG + 1);
  }

  @Test
  void anExportClosedEarlyLeavesTheFakeServing() {
    try (Stream<OpenDataRecord> records = openData.stream(big())) {
      assertThat(records.limit(5).count()).isEqualTo(5);
    }
    assertThat(openData.page(big(), 0, 1).records()).hasSize(1);
    assertThat(fake.exchanges(Route.openData()))
        .extracting(Exchange::operationId)
        .containsExactly(Route.OPEN_DATA_RECORDS, Route.OPEN_DATA_EXPORT, Route.OPEN_DATA_RECORDS);
  }

  @Test
  void aLimitedReadPagesWithinTheWindowWithoutExporting() {
    try (Stream<OpenDataRecord> records = openData.stream(big().where("even = false").limit(300))) {
      assertThat(records.map(r -> r.integer("id").orElseThrow()).toList())
          .hasSize(300)
          .startsWith(1L, 3L, 5L)
          .endsWith(599L);
    }
    assertThat(fake.exchanges(Route.operation(Route.OPEN_DATA_EXPORT))).isEmpty();
    assertThat(fake.requestCount(Route.operation(Route.OPEN_DATA_RECORDS))).isEqualTo(3);
  }

  @Test
  void whereAndOrderByFilterAndSortTheRealStructures() {
    RecordQuery franceServices =
        openData
            .query(Dataset.STRUCTURES)
            .where("reseau = \"France services\" AND actif = \"Oui\"")
            .orderBy("intitule_de_la_structure desc");

    List<Structure> read = new ArrayList<>();
    openData.structures(franceServices).forEach(read::add);

    List<Structure> expected =
        OpenDataFixtures.structures().stream()
            .filter(s -> s.network().name().equals("France services") && s.active())
            .sorted(Comparator.comparing(Structure::name).reversed())
            .toList();
    assertThat(expected).hasSizeGreaterThan(5);
    assertThat(read).containsExactlyElementsOf(expected);
  }

  @Test
  void selectRefineExcludeAndFullTextWorkAsDocumented() {
    RecordPage<OpenDataRecord> page =
        openData.page(
            openData
                .query(Dataset.STRUCTURES)
                .select("code_sp_de_la_structure as code, ville")
                .where("\"laval\"")
                .refine("pays", "France"),
            0,
            10);
    assertThat(page.records())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.fieldNames()).containsExactly("code", "ville");
              assertThat(r.text("code")).contains("3Tn8gzTdcz");
            });
    long all = openData.count(openData.query(Dataset.STRUCTURES));
    long withoutDgfip =
        openData.count(openData.query(Dataset.STRUCTURES).exclude("reseau", "DGFIP"));
    assertThat(withoutDgfip)
        .isEqualTo(
            all
                - OpenDataFixtures.structures().stream()
                    .filter(s -> s.network().name().equals("DGFIP"))
                    .count());
  }

  @Test
  void malformedClausesAndUnknownFieldsAreOdsqlErrors() {
    assertThatThrownBy(() -> openData.count(big().where("name = ")))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.errorCode()).contains("ODSQLError"));
    Raw.Answer unknown = raw.get(OPEN + "/big/records?where=categorie%20%3D%201", Map.of());
    assertThat(unknown.body())
        .isEqualTo("{\"message\":\"Unknown field: categorie\",\"error_code\":\"ODSQLError\"}");
    assertThat(raw.get(OPEN + "/big/records?order_by=nope", Map.of()).body())
        .contains("Unknown field: nope");
    assertThat(raw.get(OPEN + "/big/records?select=count(*)", Map.of()).body())
        .contains("not supported by the spsplus fake")
        .contains("\"error_code\":\"ODSQLError\"");
    assertThatThrownBy(() -> openData.count(RecordQuery.of("missing")))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theJsonExportIsOneArrayOfTheSameRecords() {
    Raw.Answer json = raw.get(OPEN + "/big/exports/json?where=id%20%3C%203&select=id", Map.of());
    Raw.Answer lines = raw.get(OPEN + "/big/exports/jsonl?where=id%20%3C%203&select=id", Map.of());

    assertThat(json.body()).isEqualTo("[{\"id\":0},{\"id\":1},{\"id\":2}]");
    assertThat(lines.body()).isEqualTo("{\"id\":0}\n{\"id\":1}\n{\"id\":2}\n");
    assertThat(lines.header("Content-Type")).startsWith("application/jsonl");
  }

  @Test
  void theDefaultDatasetsReadAsTypedRecords() {
    List<OpenDataResult> results = new ArrayList<>();
    openData.results().forEach(results::add);
    List<PublishedExperience> experiences = new ArrayList<>();
    openData.experiences().forEach(experiences::add);

    assertThat(results).hasSize(128);
    assertThat(results)
        .filteredOn(r -> r.result().status() == PublicationStatus.INSUFFICIENT_SAMPLE)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.result().value()).isNull());
    assertThat(results).allSatisfy(r -> assertThat(r.resultCode()).startsWith("SYN-"));
    assertThat(experiences).hasSize(24);
    assertThat(experiences)
        .allSatisfy(
            e -> assertThat(e.record().text(OpenDataFixtures.SYNTHETIC_FIELD)).contains("Oui"));
  }

  @Test
  void aQuotaExhaustedOnThePortalIsItsOwnBodyWithAResetTime() {
    try (OpenDataClient once =
        fake.openDataClient()
            .options(ClientOptions.builder().retryPolicy(RetryPolicy.none()).build())
            .build()) {
      fake.scriptFaults(Route.openData(), Fault.rateLimited(Duration.ofHours(2)));

      assertThatThrownBy(() -> once.count(big()))
          .isInstanceOfSatisfying(
              RateLimitedException.class,
              e -> {
                assertThat(e.resetTime()).contains(fake.now().plus(Duration.ofHours(2)));
                assertThat(e.quota().orElseThrow().callLimit()).isEqualTo(10_000L);
              });
    }
    fake.scriptFaults(Route.openData(), Fault.serverError(503), Fault.dropConnection());
    assertThat(openData.count(big())).isEqualTo(BIG);
    assertThat(fake.exchanges(Route.openData()))
        .extracting(Exchange::status)
        .containsExactly(429, 503, 0, 200);
  }
}
