package fr.spsplus.client.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.client.ApiKey;
import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.CloseableIterable;
import fr.spsplus.client.InvalidRequestException;
import fr.spsplus.client.NotFoundException;
import fr.spsplus.client.RateLimitedException;
import fr.spsplus.client.RetryPolicy;
import fr.spsplus.client.SpsplusClientException;
import fr.spsplus.client.testing.RecordingSleeper;
import fr.spsplus.core.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The open-data client against a loopback Explore API v2.1, real and synthetic bodies. */
class OpenDataClientTest {

  @StartStop final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();

  @BeforeEach
  void failFastWhenNothingIsQueued() {
    ((QueueDispatcher) server.getDispatcher()).setFailFast(true);
  }

  private OpenDataClient.Builder builder() {
    return OpenDataClient.builder()
        .baseUrl(server.url("/api/explore/v2.1").toString())
        .options(
            ClientOptions.builder()
                .retryPolicy(RetryPolicy.builder().sleeper(sleeper).build())
                .build());
  }

  private OpenDataClient client() {
    return builder().build();
  }

  private static String realBody() throws IOException {
    try (InputStream in =
        OpenDataClientTest.class.getResourceAsStream("resultats-records-response.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  private static List<Long> ids(Stream<OpenDataRecord> records) {
    return records.map(r -> r.integer("id").orElseThrow()).toList();
  }

  private static List<Long> range(long from, long to) {
    return LongStream.range(from, to).boxed().toList();
  }

  // --- the real body ---------------------------------------------------------------------------

  @Test
  void readsTheRealResultsAnswerThroughTheTypedView() throws Exception {
    server.enqueue(json(realBody()));
    RecordPage<OpenDataRecord> page;
    try (OpenDataClient openData = client()) {
      RecordQuery query =
          openData
              .query(Dataset.RESULTS)
              .where("\"Taux de satisfaction des usagers\" AND \"IND-27\"")
              .orderBy("date_de_mise_a_jour desc");
      page = openData.page(query, 0, 1);
    }
    RecordedRequest request = server.takeRequest();
    assertThat(request.getUrl().encodedPath())
        .isEqualTo("/api/explore/v2.1/catalog/datasets/export-resultats/records");
    assertThat(request.getUrl().queryParameter("where"))
        .isEqualTo("\"Taux de satisfaction des usagers\" AND \"IND-27\"");
    assertThat(request.getUrl().queryParameter("order_by")).isEqualTo("date_de_mise_a_jour desc");
    assertThat(request.getUrl().queryParameter("limit")).isEqualTo("1");
    assertThat(request.getUrl().queryParameter("offset")).isNull();
    assertThat(request.getTarget())
        .contains("where=%22Taux%20de%20satisfaction%20des%20usagers%22%20AND%20%22IND-27%22");

    assertThat(page.totalCount()).isEqualTo(5L);
    assertThat(page.records()).hasSize(1);
    OpenDataRecord result = page.records().get(0);
    assertThat(result.fieldNames())
        .containsExactly(
            "code_sp_du_resultat",
            "intitule_du_reseau",
            "typologie",
            "code_sp_structure",
            "intitule_de_la_structure",
            "code_sp_de_l_indicateur",
            "titre_original_de_l_indicateur",
            "date_de_debut_de_l_evaluation",
            "duree_de_l_evaluation",
            "frequence",
            "valeur",
            "valeur_attendue",
            "satisfait",
            "insatisfait",
            "ne_se_prononce_pas",
            "date_de_mise_a_jour",
            "actif");
    assertThat(result.text("code_sp_structure")).contains("Do0Z4ijc9M");
    assertThat(result.text("titre_original_de_l_indicateur"))
        .contains(
            "Taux de satisfaction des usagers vis-à-vis de la plateforme numérique SignalConso");
    assertThat(result.number("valeur")).contains(new BigDecimal("77"));
    assertThat(result.integer("duree_de_l_evaluation")).hasValue(13);
    assertThat(result.date("date_de_debut_de_l_evaluation")).contains(LocalDate.of(2023, 9, 30));
    assertThat(result.date("date_de_mise_a_jour")).contains(LocalDate.of(2023, 10, 30));
    assertThat(result.flag("actif")).contains(true);
    assertThat(result.number("valeur_attendue")).isEmpty();
    assertThat(result.has("satisfait")).isTrue();
    assertThat(result.value("satisfait")).isEmpty();
    assertThat(result.has("absent")).isFalse();
    assertThat(result.toString()).doesNotContain("SignalConso").contains("code_sp_structure");
  }

  @Test
  void mapsPagesAndStreamsWithAFunction() throws Exception {
    server.enqueue(json(realBody()));
    server.enqueue(json(realBody().replace("\"total_count\": 5", "\"total_count\": 1")));
    try (OpenDataClient openData = client()) {
      RecordQuery query = openData.query(Dataset.RESULTS);
      RecordPage<String> page =
          openData.page(query, 0, 1).map(r -> r.text("code_sp_du_resultat").orElseThrow());
      assertThat(page.records()).containsExactly("IND-27_2023_94601");
      assertThat(page.totalCount()).isEqualTo(5L);
      try (Stream<String> codes =
          openData.stream(query, r -> r.text("code_sp_de_l_indicateur").orElseThrow())) {
        assertThat(codes).containsExactly("IND-27");
      }
    }
  }

  // --- query parameters ------------------------------------------------------------------------

  @Test
  void sendsEveryQueryParameterEncoded() throws Exception {
    server.enqueue(json("{\"total_count\": 0, \"results\": []}"));
    try (OpenDataClient openData = client()) {
      RecordQuery query =
          RecordQuery.of("export-structures")
              .select("code_sp_de_la_structure, intitule_de_la_structure")
              .where("reseau = \"France services\" AND ville like \"Saint-É%\"")
              .orderBy("code_sp_de_la_structure")
              .refine("actif", "Oui")
              .refine("pays", "France")
              .exclude("reseau", "DGFIP")
              .lang(Locale.ENGLISH)
              .timezone(ZoneId.of("Europe/Paris"));
      openData.page(query, 200, 50);
    }
    RecordedRequest request = server.takeRequest();
    var url = request.getUrl();
    assertThat(url.queryParameter("select"))
        .isEqualTo("code_sp_de_la_structure, intitule_de_la_structure");
    assertThat(url.queryParameter("where"))
        .isEqualTo("reseau = \"France services\" AND ville like \"Saint-É%\"");
    assertThat(url.queryParameter("order_by")).isEqualTo("code_sp_de_la_structure");
    assertThat(url.queryParameterValues("refine")).containsExactly("actif:Oui", "pays:France");
    assertThat(url.queryParameterValues("exclude")).containsExactly("reseau:DGFIP");
    assertThat(url.queryParameter("lang")).isEqualTo("en");
    assertThat(url.queryParameter("timezone")).isEqualTo("Europe/Paris");
    assertThat(url.queryParameter("offset")).isEqualTo("200");
    assertThat(url.queryParameter("limit")).isEqualTo("50");
    assertThat(request.getTarget())
        .contains("%C3%89%25")
        .contains("timezone=Europe%2FParis")
        .doesNotContain(" ");
  }

  @Test
  void datasetIdsAreConfigurable() throws Exception {
    server.enqueue(json("{\"total_count\": 0, \"results\": []}"));
    server.enqueue(json("{\"total_count\": 0, \"results\": []}"));
    try (OpenDataClient defaults = client();
        OpenDataClient renamed =
            builder()
                .datasetIds(DatasetIds.defaults().with(Dataset.EXPERIENCES, "export-experiences"))
                .build()) {
      defaults.page(defaults.query(Dataset.EXPERIENCES), 0, 10);
      renamed.page(renamed.query(Dataset.EXPERIENCES), 0, 10);
      assertThat(renamed.datasetIds().structures()).isEqualTo("export-structures");
    }
    assertThat(server.takeRequest().getUrl().pathSegments()).contains("export-expa-c-riences");
    assertThat(server.takeRequest().getUrl().pathSegments()).contains("export-experiences");
  }

  @Test
  void countReadsOnlyTheTotal() throws Exception {
    server.enqueue(json("{\"total_count\": 14763, \"results\": []}"));
    try (OpenDataClient openData = client()) {
      assertThat(openData.count(openData.query(Dataset.STRUCTURES))).isEqualTo(14_763);
    }
    assertThat(server.takeRequest().getUrl().queryParameter("limit")).isEqualTo("0");
  }

  @Test
  void opendatasoftKeyTravelsAsTheApikeyParameter() throws Exception {
    server.setDispatcher(new SyntheticPortal(10_001, true));
    try (OpenDataClient openData = builder().credentials(ApiKey.opendatasoft("ods-key")).build();
        Stream<OpenDataRecord> all = openData.stream(RecordQuery.of("big"))) {
      assertThat(all.count()).isEqualTo(10_001);
    }
    assertThat(server.takeRequest().getUrl().queryParameter("apikey")).isEqualTo("ods-key");
    assertThat(server.takeRequest().getUrl().queryParameter("apikey")).isEqualTo("ods-key");
  }

  // --- pre-flight checks -----------------------------------------------------------------------

  @ParameterizedTest
  @CsvSource({"9950, 100", "0, 101", "-1, 10", "10000, 1", "5, -1"})
  void pagesOutsideTheApiLimitsAreRefusedBeforeAnyRequest(int offset, int limit) {
    try (OpenDataClient openData = client()) {
      SpsplusClientException e =
          catchThrowableOfType(
              SpsplusClientException.class,
              () -> openData.page(RecordQuery.of("export-resultats"), offset, limit));
      assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.PRE_FLIGHT);
      assertThat(e.attempts()).isZero();
      assertThat(e.getMessage())
          .startsWith(
              "GET /api/explore/v2.1/catalog/datasets/export-resultats/records : requête refusée"
                  + " avant envoi : ");
      assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theWindowMessageExplainsTheWayOut() {
    try (OpenDataClient openData = client()) {
      SpsplusClientException e =
          catchThrowableOfType(
              SpsplusClientException.class,
              () -> openData.page(RecordQuery.of("export-resultats"), 9950, 100));
      assertThat(e.getMessage(Locale.ENGLISH))
          .isEqualTo(
              "GET /api/explore/v2.1/catalog/datasets/export-resultats/records: request refused"
                  + " before sending: \"offset + limit\" must not exceed 10000, the paging limit of"
                  + " the Explore API v2.1 (got: 10050); records() and stream() switch to the"
                  + " export by themselves.");
    }
  }

  @Test
  void insecureBaseUrlIsRefusedAtBuildTime() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                OpenDataClient.builder()
                    .baseUrl("http://opendata.plus.transformation.gouv.fr/api/explore/v2.1")
                    .build());
    assertThat(e.key()).isEqualTo("url.insecure");
    assertThatThrownBy(
            () -> OpenDataClient.builder().baseUrl("https://x.gouv.fr/api?apikey=k").build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageNotContaining("apikey=k");
  }

  // --- reading everything: pages of 100 within 10,000, then the export --------------------------

  private List<String> calls(SyntheticPortal portal) {
    return portal.calls;
  }

  @Test
  void pagesByHundredsAndAsksForExactlyTheRest() {
    SyntheticPortal portal = new SyntheticPortal(250, true);
    server.setDispatcher(portal);
    try (OpenDataClient openData = client();
        Stream<OpenDataRecord> all = openData.stream(RecordQuery.of("d"))) {
      assertThat(ids(all)).isEqualTo(range(0, 250));
    }
    assertThat(calls(portal))
        .containsExactly(
            "records offset=0 limit=100",
            "records offset=100 limit=100",
            "records offset=200 limit=50");
  }

  @Test
  void withoutTotalCountStopsAtTheFirstShortPage() {
    SyntheticPortal portal = new SyntheticPortal(250, false);
    server.setDispatcher(portal);
    try (OpenDataClient openData = client();
        Stream<OpenDataRecord> all = openData.stream(RecordQuery.of("d"))) {
      assertThat(ids(all)).isEqualTo(range(0, 250));
    }
    assertThat(calls(portal))
        .containsExactly(
            "records offset=0 limit=100",
            "records offset=100 limit=100",
            "records offset=200 limit=100");
  }

  @Test
  void stopsAtTheTotalWithoutAnEmptyExtraPage() {
    SyntheticPortal portal = new SyntheticPortal(200, true);
    server.setDispatcher(portal);
    try (OpenDataClient openData = client();
        Stream<OpenDataRecord> all = openData.stream(RecordQuery.of("d"))) {
      assertThat(all.count()).isEqualTo(200);
    }
    assertThat(calls(portal))
        .containsExactly("records offset=0 limit=100", "records offset=100 limit=100");
  }

  @Test
  void exactlyTenThousandRecordsArePagedToTheLastAllowedPage() {
    SyntheticPortal portal = new SyntheticPortal(10_000, true);
    server.setDispatcher(portal);
    try (OpenDataClient openData = client();
        Stream<OpenDataRecord> all = openData.stream(RecordQuery.of("d"))) {
      assertThat(ids(all)).isEqualTo(range(0, 10_000));
    }
    List<String> expected = new ArrayList<>();
    for (int offset = 0; offset < 10_000; offset += 100) {
      expected.add("records offset=" + offset + " limit=100");
    }
    assertThat(calls(portal)).isEqualTo(expected);
  }

  @Test
  void moreThanTenThousandSwitchesToTheJsonLinesExportAfterTheFirstPage() {
    SyntheticPortal portal = new SyntheticPortal(10_001, true);
    server.setDispatcher(portal);
    try (OpenDataClient openData = client();
        Stream<OpenDataRecord> all =
            openData.stream(RecordQuery.of("d").where("actif = \"Oui\"").orderBy("id"))) {
      assertThat(ids(all)).isEqualTo(range(0, 10_001));
    }
    assertThat(calls(portal)).containsExactly("records offset=0 limit=100", "export limit=-1");
    RecordedRequest export = portal.requests.get(1);
    assertThat(export.getUrl().encodedPath())
        .isEqualTo("/api/explore/v2.1/catalog/datasets/d/exports/jsonl");
    assertThat(export.getUrl().queryParameter("where")).isEqualTo("actif = \"Oui\"");
    assertThat(export.getUrl().queryParameter("order_by")).isEqualTo("id");
    assertThat(export.getUrl().queryParameter("limit")).isNull();
    assertThat(export.getUrl().queryParameter("offset")).isNull();
  }

  @Test
  void aLimitWithinTheWindowPagesEvenWhenMoreMatch() {
    SyntheticPortal portal = new SyntheticPortal(50_000, true);
    server.setDispatcher(portal);
    try (OpenDataClient openData = client();
        Stream<OpenDataRecord> some = openData.stream(RecordQuery.of("d").limit(250))) {
      assertThat(ids(some)).isEqualTo(range(0, 250));
    }
    assertThat(calls(portal))
        .containsExactly(
            "records offset=0 limit=100",
            "records offset=100 limit=100",
            "records offset=200 limit=50");
  }

  @Test
  void aLimitBeyondTheWindowIsPassedToTheExport() {
    SyntheticPortal portal = new SyntheticPortal(50_000, true);
    server.setDispatcher(portal);
    try (OpenDataClient openData = client();
        Stream<OpenDataRecord> some = openData.stream(RecordQuery.of("d").limit(12_000))) {
      assertThat(ids(some)).isEqualTo(range(0, 12_000));
    }
    assertThat(calls(portal)).containsExactly("records offset=0 limit=100", "export limit=12000");
  }

  @Test
  void smallLimitsAskForSmallPagesAndZeroAsksForNothing() {
    SyntheticPortal portal = new SyntheticPortal(500, true);
    server.setDispatcher(portal);
    try (OpenDataClient openData = client()) {
      try (Stream<OpenDataRecord> three = openData.stream(RecordQuery.of("d").limit(3))) {
        assertThat(ids(three)).containsExactly(0L, 1L, 2L);
      }
      try (Stream<OpenDataRecord> none = openData.stream(RecordQuery.of("d").limit(0))) {
        assertThat(none.count()).isZero();
      }
    }
    assertThat(calls(portal)).containsExactly("records offset=0 limit=3");
  }

  @Test
  void withoutTotalCountPagesToTheWindowThenExportsTheRest() {
    SyntheticPortal portal = new SyntheticPortal(10_050, false);
    server.setDispatcher(portal);
    try (OpenDataClient openData = client();
        Stream<OpenDataRecord> all = openData.stream(RecordQuery.of("d"))) {
      assertThat(ids(all)).isEqualTo(range(0, 10_050));
    }
    assertThat(calls(portal)).hasSize(101);
    assertThat(calls(portal).get(99)).isEqualTo("records offset=9900 limit=100");
    assertThat(calls(portal).get(100)).isEqualTo("export limit=-1");
  }

  @Test
  void emptyDatasetMakesOneCall() {
    SyntheticPortal portal = new SyntheticPortal(0, true);
    server.setDispatcher(portal);
    try (OpenDataClient openData = client();
        CloseableIterable<OpenDataRecord> records = openData.records(RecordQuery.of("d"))) {
      assertThat(records.iterator().hasNext()).isFalse();
    }
    assertThat(calls(portal)).containsExactly("records offset=0 limit=100");
  }

  @Test
  void eachIterationReadsAnewAndClosingStopsThoseInProgress() {
    SyntheticPortal portal = new SyntheticPortal(20_000, true);
    server.setDispatcher(portal);
    try (OpenDataClient openData = client()) {
      CloseableIterable<OpenDataRecord> records = openData.records(RecordQuery.of("d"));
      Iterator<OpenDataRecord> first = records.iterator();
      assertThat(first.next().integer("id")).hasValue(0);
      assertThat(first.next().integer("id")).hasValue(1);
      records.close();
      assertThat(first.hasNext()).isFalse();
      try (Stream<OpenDataRecord> again = records.stream()) {
        assertThat(ids(again.limit(3))).containsExactly(0L, 1L, 2L);
      }
    }
    assertThat(calls(portal))
        .containsExactly(
            "records offset=0 limit=100",
            "export limit=-1",
            "records offset=0 limit=100",
            "export limit=-1");
  }

  @Test
  void failuresSurfaceFromTheIterationUnwrapped() {
    server.enqueue(
        json(
            "{\"total_count\": 300, \"results\": [" + "{\"id\": 1},".repeat(99) + "{\"id\": 1}]}"));
    server.enqueue(
        new MockResponse.Builder()
            .code(404)
            .setHeader("Content-Type", "application/json")
            .body("{\"error_code\": \"NotFound\", \"message\": \"gone\"}")
            .build());
    try (OpenDataClient openData = client();
        Stream<OpenDataRecord> all = openData.stream(RecordQuery.of("d"))) {
      NotFoundException e = catchThrowableOfType(NotFoundException.class, all::count);
      assertThat(e.errorCode()).contains("NotFound");
    }
  }

  // --- error bodies ----------------------------------------------------------------------------

  @Test
  void malformedClauseIsAnInvalidRequest() {
    server.enqueue(
        new MockResponse.Builder()
            .code(400)
            .setHeader("Content-Type", "application/json; charset=utf-8")
            .body(
                "{\"message\": \"ODSQL query is malformed: invalid_function() Clause(s) containing"
                    + " the error(s): select.\", \"error_code\": \"ODSQLError\"}")
            .build());
    try (OpenDataClient openData = client()) {
      InvalidRequestException e =
          catchThrowableOfType(
              InvalidRequestException.class,
              () -> openData.page(RecordQuery.of("d").select("invalid_function()"), 0, 10));
      assertThat(e.errorCode()).contains("ODSQLError");
      assertThat(e.error().serviceMessage()).startsWith("ODSQL query is malformed");
    }
    assertThat(sleeper.waits()).isEmpty();
  }

  @Test
  void exhaustedQuotaExposesTheResetTime() {
    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .setHeader("Content-Type", "application/json")
            .body(
                "{\"errorcode\": 10002, \"reset_time\": \"2021-01-26T00:00:00Z\","
                    + " \"limit_time_unit\": \"day\", \"call_limit\": 10000, \"error\": \"Too many"
                    + " requests on the domain. Please contact the domain administrator.\"}")
            .build());
    try (OpenDataClient openData =
        builder()
            .options(
                ClientOptions.builder()
                    .clock(
                        java.time.Clock.fixed(
                            Instant.parse("2021-01-25T23:59:50Z"), ZoneId.of("UTC")))
                    .retryPolicy(RetryPolicy.builder().sleeper(sleeper).maxAttempts(2).build())
                    .build())
            .build()) {
      server.enqueue(json("{\"total_count\": 0, \"results\": []}"));
      // The quota resets in 10 s: within the cap, so the client waits and retries once.
      assertThat(openData.page(RecordQuery.of("d"), 0, 10).records()).isEmpty();
    }
    assertThat(sleeper.waits()).containsExactly(java.time.Duration.ofSeconds(10));

    server.enqueue(
        new MockResponse.Builder()
            .code(429)
            .body("{\"errorcode\": 10002, \"reset_time\": \"2021-01-26T00:00:00Z\"}")
            .build());
    // A day before the reset: far beyond the 60 s cap, so the client fails at once.
    try (OpenDataClient openData =
        builder()
            .options(
                ClientOptions.builder()
                    .clock(
                        java.time.Clock.fixed(
                            Instant.parse("2021-01-25T00:00:00Z"), ZoneId.of("UTC")))
                    .retryPolicy(RetryPolicy.builder().sleeper(sleeper).build())
                    .build())
            .build()) {
      RateLimitedException e =
          catchThrowableOfType(
              RateLimitedException.class, () -> openData.page(RecordQuery.of("d"), 0, 10));
      assertThat(e.resetTime()).contains(Instant.parse("2021-01-26T00:00:00Z"));
      assertThat(e.errorCode()).contains("10002");
      assertThat(e.retryAfter()).contains(java.time.Duration.ofDays(1));
    }
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  // --- the JSON-lines export, line by line -----------------------------------------------------

  private void enqueueExport(String body) {
    server.enqueue(json("{\"total_count\": 20000, \"results\": []}"));
    server.enqueue(new MockResponse.Builder().body(new Buffer().writeUtf8(body)).build());
  }

  @Test
  void exportToleratesCrlfBlankLinesAndAMissingFinalNewline() {
    enqueueExport("{\"id\": 1}\r\n\n{\"id\": 2, \"ok\": \"Oui\"}\n{\"id\": 3}");
    try (OpenDataClient openData = client();
        Stream<OpenDataRecord> all = openData.stream(RecordQuery.of("d"))) {
      assertThat(ids(all)).containsExactly(1L, 2L, 3L);
    }
  }

  @Test
  void exportLineLongerThanTheLimitIsRefused() {
    enqueueExport("{\"id\": 1}\n{\"text\": \"" + "x".repeat(3000) + "\"}\n");
    try (OpenDataClient openData =
            builder()
                .options(
                    ClientOptions.builder()
                        .maxResponseBytes(2048)
                        .retryPolicy(RetryPolicy.builder().sleeper(sleeper).build())
                        .build())
                .build();
        Stream<OpenDataRecord> all = openData.stream(RecordQuery.of("d"))) {
      Iterator<OpenDataRecord> it = all.iterator();
      assertThat(it.next().integer("id")).hasValue(1);
      SpsplusClientException e = catchThrowableOfType(SpsplusClientException.class, it::next);
      assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.RESPONSE_TOO_LARGE);
    }
  }

  @Test
  void malformedExportLineIsADecodeFailure() {
    enqueueExport("{\"id\": 1}\n[1, 2]\n");
    try (OpenDataClient openData = client();
        Stream<OpenDataRecord> all = openData.stream(RecordQuery.of("d"))) {
      SpsplusClientException e = catchThrowableOfType(SpsplusClientException.class, all::toList);
      assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.DECODE);
      assertThat(e.getMessage()).contains("/exports/jsonl");
    }
  }

  @Test
  void malformedPageIsADecodeFailure() {
    server.enqueue(json("{\"total_count\": 1, \"results\": {\"not\": \"a list\"}}"));
    try (OpenDataClient openData = client()) {
      SpsplusClientException e =
          catchThrowableOfType(
              SpsplusClientException.class, () -> openData.page(RecordQuery.of("d"), 0, 10));
      assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.DECODE);
    }
  }
}
