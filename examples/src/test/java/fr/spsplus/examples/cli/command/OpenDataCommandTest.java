package fr.spsplus.examples.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.examples.cli.CliRun;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code spsplus opendata} against a loopback Explore API v2.1: never the internet. */
class OpenDataCommandTest {

  @StartStop final MockWebServer server = new MockWebServer();

  @BeforeEach
  void failFastWhenNothingIsQueued() {
    ((QueueDispatcher) server.getDispatcher()).setFailFast(true);
  }

  private String baseUrl() {
    return server.url("/api/explore/v2.1").toString();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse.Builder()
        .code(status)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .body(body)
        .build();
  }

  private static String record(int id) {
    return "{\"code_sp_structure\":\"S"
        + id
        + "\",\"valeur\":"
        + (50 + id % 50)
        + ",\"actif\":\"Oui\"}";
  }

  /** Serves {@code total} records: pages from /records, everything from /exports/jsonl. */
  private static Dispatcher dataset(int total) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        HttpUrl url = request.getUrl();
        if (url.encodedPath().endsWith("/exports/jsonl")) {
          String lines =
              IntStream.range(0, total)
                  .mapToObj(OpenDataCommandTest::record)
                  .collect(Collectors.joining("\n"));
          return new MockResponse.Builder()
              .setHeader("Content-Type", "application/jsonl")
              .body(lines + "\n")
              .build();
        }
        int offset =
            url.queryParameter("offset") == null
                ? 0
                : Integer.parseInt(url.queryParameter("offset"));
        int limit = Integer.parseInt(url.queryParameter("limit"));
        String results =
            IntStream.range(offset, Math.min(total, offset + limit))
                .mapToObj(OpenDataCommandTest::record)
                .collect(Collectors.joining(","));
        return json(200, "{\"total_count\":" + total + ",\"results\":[" + results + "]}");
      }
    };
  }

  private List<HttpUrl> requests() throws InterruptedException {
    List<HttpUrl> urls = new ArrayList<>();
    for (int i = server.getRequestCount(); i > 0; i--) {
      urls.add(server.takeRequest().getUrl());
    }
    return urls;
  }

  @Test
  void writesOneJsonLinePerRecordAndPassesTheQuery() throws InterruptedException {
    server.enqueue(
        json(
            200,
            "{\"total_count\":2,\"results\":[{\"code_sp_structure\":\"Do0Z4ijc9M\",\"valeur\":77,"
                + "\"code_sp_de_l_indicateur\":\"IND-27\",\"actif\":\"Oui\"},"
                + "{\"code_sp_structure\":\"3Tn8gzTdcz\",\"valeur\":\"81,5\","
                + "\"code_sp_de_l_indicateur\":\"IND-27\",\"actif\":null}]}"));
    CliRun run =
        CliRun.of(
            "opendata",
            "results",
            "--where",
            "code_sp_de_l_indicateur = \"IND-27\"",
            "--order-by",
            "valeur desc",
            "--base-url",
            baseUrl());
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "{\"code_sp_structure\":\"Do0Z4ijc9M\",\"valeur\":77,\"code_sp_de_l_indicateur\":"
                + "\"IND-27\",\"actif\":\"Oui\"}\n"
                + "{\"code_sp_structure\":\"3Tn8gzTdcz\",\"valeur\":\"81,5\","
                + "\"code_sp_de_l_indicateur\":\"IND-27\",\"actif\":null}\n");
    assertThat(run.err()).isEqualTo("2 enregistrements lus.\n");
    HttpUrl url = requests().get(0);
    assertThat(url.encodedPath())
        .isEqualTo("/api/explore/v2.1/catalog/datasets/export-resultats/records");
    assertThat(url.queryParameter("where")).isEqualTo("code_sp_de_l_indicateur = \"IND-27\"");
    assertThat(url.queryParameter("order_by")).isEqualTo("valeur desc");
  }

  @Test
  void pagesThroughEveryRecord() throws InterruptedException {
    server.setDispatcher(dataset(250));
    CliRun run = CliRun.of("opendata", "structures", "--base-url", baseUrl(), "--lang", "en");
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(250);
    assertThat(run.outLines().get(249)).isEqualTo(record(249));
    assertThat(run.err()).isEqualTo("250 records read.\n");
    assertThat(requests())
        .extracting(u -> u.queryParameter("offset") + "/" + u.queryParameter("limit"))
        .containsExactly("null/100", "100/100", "200/50");
  }

  @Test
  void switchesToTheExportPastTheTenThousandRecordWindow() throws InterruptedException {
    server.setDispatcher(dataset(10_001));
    CliRun run = CliRun.of("opendata", "experiences", "--base-url", baseUrl());
    assertThat(run.status()).isZero();
    assertThat(run.outLines()).hasSize(10_001);
    assertThat(run.err()).isEqualTo("10\u202F001 enregistrements lus.\n");
    List<HttpUrl> urls = requests();
    assertThat(urls).hasSize(2);
    assertThat(urls.get(1).encodedPath())
        .isEqualTo("/api/explore/v2.1/catalog/datasets/export-expa-c-riences/exports/jsonl");
  }

  @Test
  void theLimitAndTheDatasetIdAreHonoured() throws InterruptedException {
    server.setDispatcher(dataset(500));
    CliRun run =
        CliRun.of(
            "opendata",
            "experiences",
            "--limit",
            "3",
            "--dataset-id",
            "export-experiences",
            "--base-url",
            baseUrl());
    assertThat(run.outLines()).hasSize(3);
    HttpUrl url = requests().get(0);
    assertThat(url.encodedPath())
        .isEqualTo("/api/explore/v2.1/catalog/datasets/export-experiences/records");
    assertThat(url.queryParameter("limit")).isEqualTo("3");
  }

  @Test
  void csvUsesTheFirstRecordsFieldsAsColumns() {
    server.enqueue(
        json(
            200,
            "{\"total_count\":2,\"results\":[{\"code\":\"A\",\"cp\":[\"75001\",\"75002\"],"
                + "\"geo\":{\"lat\":48.86,\"lon\":2.35},\"valeur\":1.50,\"actif\":true},"
                + "{\"code\":\"B, C\",\"cp\":[],\"geo\":null,\"valeur\":2,\"actif\":false}]}"));
    CliRun run = CliRun.of("opendata", "structures", "--format", "csv", "--base-url", baseUrl());
    assertThat(run.status()).isZero();
    assertThat(run.out())
        .isEqualTo(
            "code,cp,geo,valeur,actif\n"
                + "A,75001;75002,\"{\"\"lat\"\":48.86,\"\"lon\"\":2.35}\",1.5,true\n"
                + "\"B, C\",,,2,false\n");
  }

  @Test
  void aRecordWithANewFieldCannotBeWrittenAsCsv() {
    server.enqueue(json(200, "{\"total_count\":2,\"results\":[{\"a\":1},{\"a\":2,\"b\":3}]}"));
    CliRun run = CliRun.of("opendata", "results", "--format", "csv", "--base-url", baseUrl());
    assertThat(run.status()).isEqualTo(4);
    assertThat(run.out()).isEqualTo("a\n1\n");
    assertThat(run.err())
        .isEqualTo(
            "Erreur : l’enregistrement n° 2 a un champ « b » absent du premier enregistrement, qui"
                + " fixe les colonnes du CSV ; utilisez --format json ou --select.\n");
  }

  @Test
  void aServiceErrorIsOneLineWithExitCode4() {
    for (int i = 0; i < 2; i++) {
      server.enqueue(
          json(
              404,
              "{\"error_code\":\"NotFound\",\"message\":\"Unknown dataset: export-resultats\"}"));
    }
    CliRun run = CliRun.of("opendata", "results", "--base-url", baseUrl());
    assertThat(run.status()).isEqualTo(4);
    assertThat(run.out()).isEmpty();
    assertThat(run.errLines()).hasSize(1);
    assertThat(run.err())
        .startsWith(
            "Erreur : GET /api/explore/v2.1/catalog/datasets/export-resultats/records : ressource"
                + " introuvable (statut 404");
    CliRun english = CliRun.of("opendata", "results", "--base-url", baseUrl(), "--lang", "en");
    assertThat(english.status()).isEqualTo(4);
    assertThat(english.err())
        .startsWith(
            "Error: GET /api/explore/v2.1/catalog/datasets/export-resultats/records: resource not"
                + " found (status 404");
  }

  @Test
  void aTableIsNotOffered() {
    CliRun run = CliRun.of("opendata", "results", "--format", "table", "--base-url", baseUrl());
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Erreur : format « table » non disponible pour cette commande ; formats acceptés :"
                + " json, csv.\n");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void badArgumentsAreRefusedBeforeAnyRequest() {
    assertThat(CliRun.of("opendata", "resultats").err())
        .isEqualTo(
            "Erreur : structures|results|experiences : valeurs acceptées : structures, results,"
                + " experiences. (voir « spsplus opendata --help »)\n");
    assertThat(CliRun.of("opendata", "results", "--limit", "-1").err())
        .isEqualTo(
            "Erreur : --limit : nombre entier positif ou nul attendu. (voir « spsplus opendata"
                + " --help »)\n");
    CliRun insecure = CliRun.of("opendata", "results", "--base-url", "http://example.org/api");
    assertThat(insecure.status()).isEqualTo(2);
    assertThat(insecure.err())
        .isEqualTo(
            "Erreur : --base-url : « baseUrl » doit utiliser https : http n’est accepté que pour"
                + " une adresse de bouclage (localhost, 127.0.0.0/8, ::1).\n");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void recordsAreJsonThatParsesBack() {
    server.setDispatcher(dataset(3));
    CliRun run = CliRun.of("opendata", "results", "--base-url", baseUrl());
    for (String line : run.outLines()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> fields = SpsplusJson.compact().read(line, Map.class);
      assertThat(fields).containsKeys("code_sp_structure", "valeur", "actif");
    }
  }
}
