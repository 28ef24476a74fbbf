package fr.spsplus.client.fuzz;

import static fr.spsplus.core.testing.Fuzzing.allowOnly;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.spsplus.client.ApiKey;
import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.CloseableIterable;
import fr.spsplus.client.OAuthClientCredentials;
import fr.spsplus.client.RetryPolicy;
import fr.spsplus.client.SpsplusException;
import fr.spsplus.client.opendata.OpenDataClient;
import fr.spsplus.client.opendata.OpenDataRecord;
import fr.spsplus.client.opendata.PublishedExperience;
import fr.spsplus.client.opendata.RecordQuery;
import fr.spsplus.client.opendata.StructureRecords;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.client.platform.PlatformEvent;
import fr.spsplus.client.webhook.WebhookSigner;
import fr.spsplus.client.webhook.WebhookVerificationException;
import fr.spsplus.client.webhook.WebhookVerifier;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.experience.ComplexDocumentReport;
import fr.spsplus.core.experience.DocumentKind;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.experience.StructureAnswer;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.indicator.OpenDataResult;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.testing.Fuzzing;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets of the client's decoders (Jazzer): every answer the platform, the open-data portal
 * or the token endpoint may send, and every webhook request. Answers are served in-process by
 * {@link CannedHttp} (no socket), so the whole path runs: attempt loop and retries, error bodies,
 * {@code Retry-After} and rate-limit headers, size limits, JSON decoding, paging, JSON-lines
 * exports, typed open-data records. Only {@link SpsplusException}s may escape a call (and {@link
 * InvalidInputException} where a typed reading documents it), with a French and an English message
 * that repeats no personal datum of the input. Corpus: {@code
 * src/test/resources/fr/spsplus/client/fuzz/ClientDecodersFuzzTestInputs/<target>/}.
 */
class ClientDecodersFuzzTest {

  static final int TIMEOUT_SECONDS = 30;

  private static final StructureCode LAVAL = StructureCode.of("3Tn8gzTdcz");
  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
  private static final String WEBHOOK_SECRET = "whsec-fuzz-0123456789abcdef";

  private static final ExperienceSubmission SUBMISSION =
      new ExperienceSubmission(
          "Accueil", "Réponse claire en dix minutes.", Feeling.POSITIF, List.of(LAVAL), List.of());
  private static final StructureAnswer ANSWER =
      StructureAnswer.draft(LAVAL, "Bonjour,", "Merci pour votre retour.", "L’accueil")
          .publish(NOW);
  private static final IndicatorResult RESULT =
      IndicatorResult.builder(
              LAVAL, IndicatorCode.TAUX_ABANDON.id(), ReportingPeriod.ofMonth(2026, 2))
          .value(4.5)
          .status(PublicationStatus.PUBLISHABLE)
          .build();
  private static final ComplexDocumentReport REPORT =
      new ComplexDocumentReport(
          DocumentKind.values()[0],
          LAVAL,
          "Le formulaire demande trois fois la même information.",
          null,
          NOW);

  private static AutoCloseable quiet;

  @BeforeAll
  static void quietLogs() {
    quiet = CannedHttp.quietDebugLogs();
  }

  @AfterAll
  static void restoreLogs() throws Exception {
    quiet.close();
  }

  private static ClientOptions options(CannedHttp.Answer answer) {
    return ClientOptions.builder()
        .okHttpClient(CannedHttp.client(request -> answer))
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).sleeper(duration -> {}).build())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
  }

  /**
   * One platform operation against a canned answer. The first line of the input names the operation
   * ({@code submit}, {@code experience}, {@code moderation}, {@code answer}, {@code result}, {@code
   * batch}, {@code report}, {@code structure}, {@code structures}, {@code experiences}); the rest
   * is the answer (see {@link CannedHttp}).
   */
  @Timeout(TIMEOUT_SECONDS)
  @FuzzTest
  void platformResponses(byte[] data) {
    if (data.length > Fuzzing.MAX_INPUT_BYTES) {
      return;
    }
    List<Object> parts = CannedHttp.selectorAndRest(data);
    String operation = (String) parts.get(0);
    CannedHttp.Answer answer = CannedHttp.Answer.parse((byte[]) parts.get(1));
    try (PlatformClient platform =
        PlatformClient.builder()
            .baseUrl("https://api.example.test")
            .credentials(ApiKey.authorization("Bearer", "fuzz-api-key-0123456789"))
            .options(options(answer))
            .build()) {
      allowOnly(
          Fuzzing.lenientUtf8(data),
          () -> {
            switch (operation) {
              case "submit" -> platform.submitExperience(SUBMISSION);
              case "experience" -> platform.experience(7);
              case "moderation" -> platform.moderation(7);
              case "answer" -> platform.publishAnswer(7, ANSWER);
              case "result" -> platform.publishResult(RESULT);
              case "batch" -> platform.publishResults(List.of(RESULT));
              case "report" -> platform.reportComplexDocument(REPORT);
              case "structure" -> platform.structure(LAVAL);
              case "experiences" -> drain(platform.experiences(LAVAL), 300, e -> {});
              default -> drain(platform.structures(), 300, s -> {});
            }
          },
          SpsplusException.class);
    }
  }

  /**
   * The open-data client against a canned answer given to every request ({@code /records} pages and
   * {@code /exports/jsonl}). The first line chooses the reading: {@code page} (one page), {@code
   * count}, {@code records} (paging then export, at most 300 records), {@code structures}, {@code
   * results} or {@code experiences} (typed datasets, which may also end with the documented {@link
   * InvalidInputException} naming a field).
   */
  @Timeout(TIMEOUT_SECONDS)
  @FuzzTest
  void openDataResponses(byte[] data) {
    if (data.length > Fuzzing.MAX_INPUT_BYTES) {
      return;
    }
    List<Object> parts = CannedHttp.selectorAndRest(data);
    String reading = (String) parts.get(0);
    CannedHttp.Answer answer = CannedHttp.Answer.parse((byte[]) parts.get(1));
    try (OpenDataClient openData =
        OpenDataClient.builder()
            .baseUrl("https://opendata.example.test/api/explore/v2.1")
            .options(options(answer))
            .build()) {
      RecordQuery query = RecordQuery.of("export-structures");
      allowOnly(
          Fuzzing.lenientUtf8(data),
          () -> {
            switch (reading) {
              case "page" -> readRecords(openData.page(query, 0, 100).records());
              case "count" -> openData.count(query);
              case "structures" -> drain(openData.structures(), 300, s -> {});
              case "results" -> drain(openData.results(), 300, r -> {});
              case "experiences" -> drain(openData.experiences(), 300, e -> {});
              default -> drain(openData.records(query), 300, ClientDecodersFuzzTest::readRecord);
            }
          },
          SpsplusException.class,
          InvalidInputException.class);
    }
  }

  /**
   * One JSON object as an open-data record read by the typed mappings ({@link
   * StructureRecords#toStructure}, {@link OpenDataResult#fromRecord}, {@link
   * PublishedExperience#fromRecord}) and every typed accessor of {@link OpenDataRecord}: each
   * either reads the value or throws the documented {@link InvalidInputException} naming the field.
   */
  @Timeout(TIMEOUT_SECONDS)
  @FuzzTest
  void openDataRecord(byte[] data) {
    if (data.length > Fuzzing.MAX_INPUT_BYTES) {
      return;
    }
    byte[] line = new String(data, StandardCharsets.UTF_8).replace('\n', ' ').getBytes();
    CannedHttp.Answer answer = new CannedHttp.Answer(200, okhttp3.Headers.of(), line);
    try (OpenDataClient openData =
        OpenDataClient.builder()
            .baseUrl("https://opendata.example.test/api/explore/v2.1")
            .options(options(answer))
            .build()) {
      // A JSON-lines export of one line: forced by a count above the paging window.
      List<OpenDataRecord> records = new java.util.ArrayList<>();
      Fuzzing.Action read =
          () -> {
            try (CloseableIterable<OpenDataRecord> all =
                openData.records(RecordQuery.of("export-structures").limit(1))) {
              for (OpenDataRecord record : all) {
                records.add(record);
              }
            }
          };
      if (allowOnly(Fuzzing.lenientUtf8(data), read, SpsplusException.class) != null) {
        return;
      }
      for (OpenDataRecord record : records) {
        readRecord(record);
        allowOnly(
            Fuzzing.lenientUtf8(data),
            () -> StructureRecords.toStructure(record),
            InvalidInputException.class);
        allowOnly(
            Fuzzing.lenientUtf8(data),
            () -> OpenDataResult.fromRecord(record.fields()),
            InvalidInputException.class);
        allowOnly(
            Fuzzing.lenientUtf8(data),
            () -> PublishedExperience.fromRecord(record),
            InvalidInputException.class);
      }
    }
  }

  /**
   * The token endpoint answers with the canned answer (the input, see {@link CannedHttp}); the
   * platform call behind it succeeds when it gets a token.
   */
  @Timeout(TIMEOUT_SECONDS)
  @FuzzTest
  void oauthTokenResponses(byte[] data) {
    if (data.length > Fuzzing.MAX_INPUT_BYTES) {
      return;
    }
    CannedHttp.Answer token = CannedHttp.Answer.parse(data);
    byte[] structure =
        ("{\"code\":\"3Tn8gzTdcz\",\"network\":{\"name\":\"N\"},\"typology\":{\"label\":\"T\"},"
                + "\"name\":\"S\",\"active\":true}")
            .getBytes(StandardCharsets.UTF_8);
    CannedHttp.Answer ok =
        new CannedHttp.Answer(
            200, okhttp3.Headers.of("Content-Type", "application/json"), structure);
    ClientOptions options =
        ClientOptions.builder()
            .okHttpClient(
                CannedHttp.client(
                    request -> request.url().encodedPath().equals("/oauth/token") ? token : ok))
            .retryPolicy(RetryPolicy.builder().maxAttempts(2).sleeper(duration -> {}).build())
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build();
    try (PlatformClient platform =
        PlatformClient.builder()
            .baseUrl("https://api.example.test")
            .credentials(
                OAuthClientCredentials.builder()
                    .tokenEndpoint("https://auth.example.test/oauth/token")
                    .clientId("fuzz-client")
                    .clientSecret("fuzz-client-secret-0123456789")
                    .build())
            .options(options)
            .build()) {
      allowOnly(
          Fuzzing.lenientUtf8(data),
          () -> {
            platform.structure(LAVAL);
            platform.structure(LAVAL);
          },
          SpsplusException.class);
    }
  }

  /**
   * A webhook request: the first line is the {@code Spsplus-Signature} header, the second the
   * {@code Spsplus-Delivery-Id} (empty for none), the rest the body. A first line {@code sign <unix
   * time>} makes the test sign the body itself at that time, so that the checks after the
   * signature's are reached too; then a second verification of the same delivery must be refused as
   * {@code REPLAYED}. Every accepted body is then parsed by {@link PlatformEvent#parse(byte[])},
   * which may throw only the documented {@link InvalidInputException}.
   */
  @Timeout(TIMEOUT_SECONDS)
  @FuzzTest
  void webhookDeliveries(byte[] data) {
    if (data.length > Fuzzing.MAX_INPUT_BYTES) {
      return;
    }
    List<Object> first = CannedHttp.selectorAndRest(data);
    List<Object> second = CannedHttp.selectorAndRest((byte[]) first.get(1));
    String signature = (String) first.get(0);
    String deliveryId = ((String) second.get(0)).isEmpty() ? null : (String) second.get(0);
    byte[] body = (byte[]) second.get(1);
    if (signature.startsWith("sign ")) {
      long seconds;
      try {
        seconds = Long.parseLong(signature.substring(5).strip());
      } catch (NumberFormatException e) {
        seconds = NOW.getEpochSecond();
      }
      if (seconds < 0 || seconds > 999_999_999_999L) {
        return;
      }
      signature = WebhookSigner.of(WEBHOOK_SECRET).sign(body, Instant.ofEpochSecond(seconds));
    }
    WebhookVerifier verifier =
        WebhookVerifier.builder()
            .secret(WEBHOOK_SECRET)
            .clock(Clock.fixed(NOW, ZoneOffset.UTC))
            .build();
    String header = signature;
    String text = Fuzzing.lenientUtf8(data);
    boolean accepted =
        allowOnly(
                text,
                () -> verifier.verify(body, header, deliveryId),
                WebhookVerificationException.class)
            == null;
    if (!accepted) {
      return;
    }
    Throwable again =
        allowOnly(
            text,
            () -> verifier.verify(body, header, deliveryId),
            WebhookVerificationException.class);
    if (!(again instanceof WebhookVerificationException replay)
        || replay.reason() != WebhookVerificationException.Reason.REPLAYED) {
      throw new IllegalStateException("a second delivery of the same request was not refused");
    }
    allowOnly(text, () -> PlatformEvent.parse(body), InvalidInputException.class);
  }

  /** The record's values as text, field names left out. */
  private static String values(OpenDataRecord record) {
    StringBuilder text = new StringBuilder();
    record.fields().values().forEach(v -> text.append(v).append('\n'));
    return text.toString();
  }

  private static <T> void drain(CloseableIterable<T> items, int max, Consumer<T> each) {
    try (items) {
      Iterator<T> it = items.iterator();
      for (int i = 0; i < max && it.hasNext(); i++) {
        each.accept(it.next());
      }
    }
  }

  private static void readRecords(List<OpenDataRecord> records) {
    records.forEach(ClientDecodersFuzzTest::readRecord);
  }

  /** Every typed accessor on every field: a value, empty, or InvalidInputException. */
  private static void readRecord(OpenDataRecord record) {
    for (String field : record.fieldNames()) {
      for (Runnable read :
          List.<Runnable>of(
              () -> record.text(field),
              () -> record.number(field),
              () -> record.integer(field),
              () -> record.flag(field),
              () -> record.date(field),
              () -> record.dateTime(field))) {
        try {
          read.run();
        } catch (InvalidInputException documented) {
          // Messages name the field (by design), never its value: checked against the values.
          Fuzzing.checkMessages(documented, values(record));
        }
      }
    }
    record.toString();
  }
}
