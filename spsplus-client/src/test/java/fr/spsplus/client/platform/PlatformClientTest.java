package fr.spsplus.client.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.client.ApiKey;
import fr.spsplus.client.AppInfo;
import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.CloseableIterable;
import fr.spsplus.client.ConflictException;
import fr.spsplus.client.NotFoundException;
import fr.spsplus.client.RequestOptions;
import fr.spsplus.client.RetryPolicy;
import fr.spsplus.client.SpsplusClientException;
import fr.spsplus.client.UnprocessableEntityException;
import fr.spsplus.client.internal.Json;
import fr.spsplus.client.testing.Contract;
import fr.spsplus.client.testing.LogCapture;
import fr.spsplus.client.testing.MaxRandom;
import fr.spsplus.client.testing.RecordingSleeper;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.experience.ComplexDocumentReport;
import fr.spsplus.core.experience.DocumentKind;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.experience.ModerationStatus;
import fr.spsplus.core.experience.RejectionReason;
import fr.spsplus.core.experience.StructureAnswer;
import fr.spsplus.core.indicator.IndicatorId;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.privacy.PersonalDataPolicy;
import fr.spsplus.core.structure.ContactChannel;
import fr.spsplus.core.structure.Network;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.structure.Typology;
import fr.spsplus.core.validation.ValidationFailedException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.QueueDispatcher;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link PlatformClient} against a loopback server. Every request the client sends is checked
 * against the contract by independent validators ({@link Contract}), and every answer the tests
 * give is checked against the contract too, so that the fake stays faithful. All texts, codes and
 * ids here are synthetic.
 */
class PlatformClientTest {

  private static final String KEY = "k-synthetic-0123456789";
  private static final StructureCode CAF = StructureCode.of("3Tn8gzTdcz");
  private static final StructureCode MAIRIE = StructureCode.of("XOnFQMfMX2");
  private static final Instant SUBMITTED = Instant.parse("2026-03-02T09:15:00Z");
  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

  @StartStop final MockWebServer server = new MockWebServer();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final List<PlatformClient> clients = new ArrayList<>();
  private Contract contract = Contract.at("/v1");

  @BeforeEach
  void failFastWhenNothingIsQueued() {
    ((QueueDispatcher) server.getDispatcher()).setFailFast(true);
  }

  @AfterEach
  void closeClients() {
    clients.forEach(PlatformClient::close);
  }

  private PlatformClient.Builder builder() {
    return PlatformClient.builder()
        .baseUrl(server.url("/").toString())
        .credentials(ApiKey.authorization("Bearer", KEY))
        .options(
            ClientOptions.builder()
                .retryPolicy(
                    RetryPolicy.builder()
                        .sleeper(sleeper)
                        .random(() -> new MaxRandom(false))
                        .build())
                .appInfo(AppInfo.of("avis-ministere", "3.2"))
                .build());
  }

  private PlatformClient client(PlatformClient.Builder builder) {
    PlatformClient client = builder.build();
    clients.add(client);
    return client;
  }

  private PlatformClient client() {
    return client(builder());
  }

  /** Queues an answer after checking it against the contract for the request it answers. */
  private void answer(String method, String path, int status, @Nullable Object body) {
    String json = body == null ? null : body instanceof String s ? s : write(body);
    assertThat(contract.responseProblems(method, path, status, json))
        .as("the fake's answer to %s %s", method, path)
        .isEmpty();
    MockResponse.Builder response =
        new MockResponse.Builder()
            .code(status)
            .setHeader("X-Request-Id", "req-" + status)
            .setHeader("X-RateLimit-Limit", "600")
            .setHeader("X-RateLimit-Remaining", "599")
            .setHeader("X-RateLimit-Reset", "60");
    if (json != null) {
      response.setHeader("Content-Type", "application/json; charset=utf-8").body(json);
    }
    server.enqueue(response.build());
  }

  private static String write(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String error(String code) {
    return "{\"code\":\"" + code + "\",\"message\":\"Synthétique.\",\"requestId\":\"req-e\"}";
  }

  /** Takes a recorded request and checks it against the contract. */
  private RecordedRequest sent() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    assertThat(request).as("a request was sent").isNotNull();
    assertThat(contract.problems(request)).as("problems of %s", request.getTarget()).isEmpty();
    assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + KEY);
    assertThat(request.getHeaders().get("User-Agent"))
        .startsWith("spsplus-java/")
        .endsWith(" avis-ministere/3.2");
    return request;
  }

  private static ExperienceSubmission submission(String text) {
    return new ExperienceSubmission(
        "Très bon accueil",
        text,
        Feeling.POSITIF,
        List.of(CAF, MAIRIE),
        List.of(ContactChannel.ACCUEIL_PHYSIQUE, ContactChannel.TELEPHONE));
  }

  private static final ExperienceSubmission CLEAN =
      submission("L’agent a été très aimable\u00a0!\n\nMerci&nbsp;: dossier réglé en 48\u00a0h.");

  private static Experience submitted(long id, ExperienceSubmission submission) {
    return Experience.submitted(id, submission, SUBMITTED);
  }

  private static Experience published(long id) {
    return submitted(id, CLEAN).startModeration().publish(SUBMITTED.plusSeconds(3600));
  }

  // --- submit an experience --------------------------------------------------------------------

  @Test
  void submitsAnExperienceWithAKeyTheUserAgentAndTheBearerKey() throws Exception {
    answer("POST", "/v1/experiences", 201, submitted(4211, CLEAN));

    Experience experience = client().submitExperience(CLEAN);

    assertThat(experience).isEqualTo(submitted(4211, CLEAN));
    RecordedRequest request = sent();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getTarget()).isEqualTo("/v1/experiences");
    assertThat(request.getHeaders().get("Idempotency-Key")).matches(UUID);
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    assertThat(request.getBody().utf8())
        .isEqualTo(
            "{\"title\":\"Très bon accueil\",\"text\":\"L’agent a été très aimable\u00a0!\\n\\n"
                + "Merci&nbsp;: dossier réglé en 48\u00a0h.\",\"feeling\":\"POSITIF\","
                + "\"structures\":[\"3Tn8gzTdcz\",\"XOnFQMfMX2\"],"
                + "\"channels\":[\"ACCUEIL_PHYSIQUE\",\"TELEPHONE\"]}");
  }

  @Test
  void retriesASubmissionWithTheSameKeyAndTheSameBody() throws Exception {
    answer("POST", "/v1/experiences", 503, error("UNAVAILABLE"));
    server.enqueue(
        new MockResponse.Builder()
            .onResponseStart(mockwebserver3.SocketEffect.ShutdownConnection.INSTANCE)
            .build());
    answer("POST", "/v1/experiences", 201, submitted(4212, CLEAN));

    assertThat(client().submitExperience(CLEAN).id()).isEqualTo(4212);

    RecordedRequest first = sent();
    RecordedRequest second = sent();
    RecordedRequest third = sent();
    String key = first.getHeaders().get("Idempotency-Key");
    assertThat(key).matches(UUID);
    assertThat(List.of(second, third))
        .allSatisfy(r -> assertThat(r.getHeaders().get("Idempotency-Key")).isEqualTo(key))
        .allSatisfy(r -> assertThat(r.getBody()).isEqualTo(first.getBody()));
    assertThat(sleeper.waits()).hasSize(2);
  }

  @Test
  void sendsTheCallersKeyOnEveryAttempt() throws Exception {
    answer("POST", "/v1/experiences", 502, error("UNAVAILABLE"));
    answer("POST", "/v1/experiences", 201, submitted(4213, CLEAN));

    client()
        .submitExperience(CLEAN, RequestOptions.builder().idempotencyKey("avis-form-881").build());

    assertThat(sent().getHeaders().get("Idempotency-Key")).isEqualTo("avis-form-881");
    assertThat(sent().getHeaders().get("Idempotency-Key")).isEqualTo("avis-form-881");
  }

  @Test
  void aKeyReusedWithAnotherBodyIsAConflict() throws Exception {
    answer("POST", "/v1/experiences", 409, error("IDEMPOTENCY_KEY_REUSED"));

    RequestOptions key = RequestOptions.builder().idempotencyKey("avis-form-881").build();
    assertThatThrownBy(() -> client().submitExperience(submission("Un autre texte."), key))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(409);
              assertThat(e.errorCode()).contains("IDEMPOTENCY_KEY_REUSED");
              assertThat(e.requestId()).contains("req-409");
              assertThat(e.error().attempts()).isEqualTo(1);
            });
    assertThat(sent().getHeaders().get("Idempotency-Key")).isEqualTo("avis-form-881");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void theServersPersonalDataRefusalIsUnprocessable() throws Exception {
    answer("POST", "/v1/experiences", 422, error("PERSONAL_DATA_DETECTED"));

    assertThatThrownBy(() -> client().submitExperience(CLEAN))
        .isInstanceOfSatisfying(
            UnprocessableEntityException.class,
            e -> assertThat(e.errorCode()).contains("PERSONAL_DATA_DETECTED"));
    sent();
  }

  // --- personal data, before the network ---------------------------------------------------------

  private static final ExperienceSubmission WITH_PHONE =
      submission("Merci pour votre aide.\nRappelez-moi au 06 12 34 56 78 svp.");

  @Test
  void aSubmissionWithPersonalDataIsBlockedAndNothingIsSent() {
    assertThatThrownBy(() -> client().submitExperience(WITH_PHONE))
        .isInstanceOfSatisfying(
            SpsplusClientException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.PRE_FLIGHT);
              assertThat(e.attempts()).isZero();
              assertThat(e.getMessage())
                  .contains("POST /v1/experiences")
                  .contains("« text »")
                  .contains("numéro de téléphone")
                  .contains("ligne 2")
                  .doesNotContain("06 12")
                  .doesNotContain("34 56");
              assertThat(e.getMessage(Locale.ENGLISH))
                  .contains("refused before sending")
                  .contains("phone number")
                  .doesNotContain("06 12");
              assertThat(e.getCause()).isInstanceOf(InvalidInputException.class);
            });
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aBlockedAsynchronousSubmissionFailsItsFutureAndSendsNothing() {
    CompletableFuture<Experience> future = client().submitExperienceAsync(WITH_PHONE);

    assertThat(future).isCompletedExceptionally();
    assertThatThrownBy(future::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            SpsplusClientException.class,
            e -> assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.PRE_FLIGHT));
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void aTitleWithAnEmailIsBlockedToo() {
    ExperienceSubmission submission =
        new ExperienceSubmission(
            "Écrivez à jean.martin@example.org", "Texte.", Feeling.NEUTRE, List.of(CAF), List.of());
    assertThatThrownBy(() -> client().submitExperience(submission))
        .hasMessageContaining("« title »")
        .hasMessageNotContaining("jean.martin");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void underRedactThePersonalDataIsReplacedBeforeSending() throws Exception {
    ExperienceSubmission redacted =
        submission("Merci pour votre aide.\nRappelez-moi au [TÉLÉPHONE] svp.");
    answer("POST", "/v1/experiences", 201, submitted(4214, redacted));

    client(builder().personalDataPolicy(PersonalDataPolicy.REDACT)).submitExperience(WITH_PHONE);

    String body = sent().getBody().utf8();
    assertThat(body).contains("Rappelez-moi au [TÉLÉPHONE] svp.").doesNotContain("06 12");
  }

  @Test
  void underWarnTheTextIsSentUnchangedAndOnlyKindsAndPositionsAreLogged() throws Exception {
    answer("POST", "/v1/experiences", 201, submitted(4215, WITH_PHONE));

    try (LogCapture logs = new LogCapture()) {
      client(builder().personalDataPolicy(PersonalDataPolicy.WARN)).submitExperience(WITH_PHONE);

      assertThat(logs.lines()).anyMatch(line -> line.contains("PHONE["));
      assertThat(logs.lines()).noneMatch(line -> line.contains("06 12"));
    }
    assertThat(sent().getBody().utf8()).contains("06 12 34 56 78");
  }

  @Test
  void aSubmissionThatBreaksAValidationRuleIsRefusedBeforeSending() {
    ExperienceSubmission tooLong =
        new ExperienceSubmission(
            "T".repeat(256), "Texte.", Feeling.NEUTRE, List.of(CAF), List.of());

    assertThatThrownBy(() -> client().submitExperience(tooLong))
        .isInstanceOfSatisfying(
            SpsplusClientException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.PRE_FLIGHT);
              assertThat(e.getMessage()).contains("ExperienceSubmission").contains("title (Size)");
              assertThat(e.getMessage(Locale.ENGLISH)).contains("breaks 1 rule");
              assertThat(e.getCause()).hasCauseInstanceOf(ValidationFailedException.class);
            });
    assertThat(server.getRequestCount()).isZero();
  }

  // --- read experiences
  // ---------------------------------------------------------------------------

  @Test
  void readsAnExperienceAndItsModeration() throws Exception {
    Experience experience = published(4216);
    answer("GET", "/v1/experiences/4216", 200, experience);
    ExperienceModeration rejected =
        new ExperienceModeration(
            4217, ModerationStatus.REJECTED, SUBMITTED, null, RejectionReason.PERSONAL_DATA);
    answer("GET", "/v1/experiences/4217/moderation", 200, rejected);

    PlatformClient client = client();
    assertThat(client.experience(4216)).isEqualTo(experience);
    ExperienceModeration moderation = client.moderation(4217);
    assertThat(moderation).isEqualTo(rejected);
    assertThat(moderation.decided()).isTrue();

    RecordedRequest get = sent();
    assertThat(get.getMethod()).isEqualTo("GET");
    assertThat(get.getTarget()).isEqualTo("/v1/experiences/4216");
    assertThat(get.getHeaders().get("Idempotency-Key")).isNull();
    assertThat(get.getBody()).isNull();
    assertThat(sent().getTarget()).isEqualTo("/v1/experiences/4217/moderation");
  }

  @Test
  void anUnknownExperienceIsNotFound() throws Exception {
    answer("GET", "/v1/experiences/9", 404, error("NOT_FOUND"));

    assertThatThrownBy(() -> client().experience(9)).isInstanceOf(NotFoundException.class);
    sent();
  }

  @Test
  void aNonPositiveIdIsRefusedBeforeSending() {
    assertThatThrownBy(() -> client().moderation(0))
        .isInstanceOfSatisfying(
            SpsplusClientException.class,
            e -> assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.PRE_FLIGHT))
        .hasMessageContaining("experienceId");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void listsAStructuresExperiencesAcrossCursorPages() throws Exception {
    String path = "/v1/structures/3Tn8gzTdcz/experiences";
    answer(
        "GET",
        path,
        200,
        Map.of("items", List.of(published(1), published(2)), "nextCursor", "c-2"));
    answer("GET", path, 200, Map.of("items", List.of(published(3)), "nextCursor", "c-3"));
    answer("GET", path, 200, page(List.of(published(4)), null));

    List<Long> ids = new ArrayList<>();
    try (CloseableIterable<Experience> experiences =
        client(builder().pageSize(2)).experiences(CAF, ModerationStatus.PUBLISHED)) {
      experiences.forEach(e -> ids.add(e.id()));
    }

    assertThat(ids).containsExactly(1L, 2L, 3L, 4L);
    assertThat(sent().getTarget()).isEqualTo(path + "?status=PUBLISHED&limit=2");
    assertThat(sent().getTarget()).isEqualTo(path + "?status=PUBLISHED&limit=2&cursor=c-2");
    assertThat(sent().getTarget()).isEqualTo(path + "?status=PUBLISHED&limit=2&cursor=c-3");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  private static Map<String, Object> page(List<?> items, @Nullable String next) {
    Map<String, Object> page = new java.util.LinkedHashMap<>();
    page.put("items", items);
    page.put("nextCursor", next);
    return page;
  }

  @Test
  void aListingFetchesOnlyThePagesItReads() throws Exception {
    String path = "/v1/structures/3Tn8gzTdcz/experiences";
    answer("GET", path, 200, page(List.of(published(1), published(2)), "c-2"));

    try (CloseableIterable<Experience> experiences = client().experiences(CAF)) {
      Iterator<Experience> iterator = experiences.iterator();
      assertThat(iterator.next().id()).isEqualTo(1);
    }

    assertThat(sent().getTarget()).isEqualTo(path + "?limit=50");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // --- answers ----------------------------------------------------------------------------------

  private static final StructureAnswer DRAFT =
      StructureAnswer.draft(
          CAF,
          "Bonjour,",
          "Nous vous remercions pour votre témoignage.\n\nCordialement,",
          "Le service accueil");

  @Test
  void publishesAnAnswerWithAnIdempotentPutAndNoKey() throws Exception {
    StructureAnswer stored = DRAFT.publish(Instant.parse("2026-03-03T08:00:00Z"));
    String path = "/v1/experiences/4216/answers/3Tn8gzTdcz";
    answer("PUT", path, 503, error("UNAVAILABLE"));
    answer("PUT", path, 200, stored);

    StructureAnswer answer =
        client().publishAnswer(4216, DRAFT.publish(Instant.parse("2026-03-03T07:59:00Z")));

    assertThat(answer).isEqualTo(stored);
    RecordedRequest first = sent();
    RecordedRequest retry = sent();
    assertThat(first.getMethod()).isEqualTo("PUT");
    assertThat(first.getTarget()).isEqualTo(path);
    assertThat(first.getHeaders().get("Idempotency-Key")).isNull();
    assertThat(first.getBody().utf8())
        .isEqualTo(
            "{\"politenessFormula\":\"Bonjour,\",\"body\":\"Nous vous remercions pour votre"
                + " témoignage.\\n\\nCordialement,\",\"signature\":\"Le service accueil\","
                + "\"status\":\"PUBLISHED\"}");
    assertThat(retry.getBody()).isEqualTo(first.getBody());
  }

  @Test
  void anAnswerToAnUnpublishedExperienceIsAConflict() throws Exception {
    answer(
        "PUT", "/v1/experiences/4211/answers/3Tn8gzTdcz", 409, error("EXPERIENCE_NOT_PUBLISHED"));

    assertThatThrownBy(() -> client().publishAnswer(4211, DRAFT))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.errorCode()).contains("EXPERIENCE_NOT_PUBLISHED"));
    sent();
  }

  @Test
  void anAnswerQuotingAPhoneNumberIsBlockedByDefaultAndAllowedUnderWarn() throws Exception {
    StructureAnswer withPhone =
        StructureAnswer.draft(CAF, null, "Appelez le 01 23 45 67 89 du lundi au vendredi.", null);
    assertThatThrownBy(() -> client().publishAnswer(4216, withPhone))
        .hasMessageContaining("« body »");
    assertThat(server.getRequestCount()).isZero();

    answer("PUT", "/v1/experiences/4216/answers/3Tn8gzTdcz", 201, withPhone);
    client(builder().answerPersonalDataPolicy(PersonalDataPolicy.WARN))
        .publishAnswer(4216, withPhone);
    assertThat(sent().getBody().utf8()).contains("01 23 45 67 89").contains("\"signature\":null");
  }

  // --- complex documents ------------------------------------------------------------------------

  private static final ComplexDocumentReport REPORT =
      new ComplexDocumentReport(
          DocumentKind.FORM,
          CAF,
          "Le formulaire demande trois fois la même information.",
          "Cerfa 12345*01",
          SUBMITTED);

  @Test
  void reportsAComplexDocumentWithAKey() throws Exception {
    DocumentReportReceipt receipt = new DocumentReportReceipt("rep-77", CAF, SUBMITTED);
    answer("POST", "/v1/complex-documents", 201, receipt);

    assertThat(client().reportComplexDocument(REPORT)).isEqualTo(receipt);

    RecordedRequest request = sent();
    assertThat(request.getHeaders().get("Idempotency-Key")).matches(UUID);
    assertThat(request.getBody().utf8())
        .isEqualTo(
            "{\"kind\":\"FORM\",\"structure\":\"3Tn8gzTdcz\",\"whatIsComplex\":\"Le formulaire"
                + " demande trois fois la même information.\",\"reference\":\"Cerfa 12345*01\","
                + "\"reportedAt\":\"2026-03-02T09:15:00Z\"}");
  }

  @Test
  void aReportWhoseReferenceHoldsASocialSecurityNumberIsBlocked() {
    ComplexDocumentReport report =
        new ComplexDocumentReport(
            DocumentKind.LETTER,
            CAF,
            "Courrier illisible.",
            "dossier 1 85 05 78 006 084 91",
            SUBMITTED);
    assertThatThrownBy(() -> client().reportComplexDocument(report))
        .hasMessageContaining("« reference »")
        .hasMessageNotContaining("78 006");
    assertThat(server.getRequestCount()).isZero();
  }

  // --- results ----------------------------------------------------------------------------------

  private static IndicatorResult result(String period, @Nullable Double value) {
    IndicatorResult.Builder builder =
        IndicatorResult.builder(CAF, IndicatorId.parse("IND-27"), ReportingPeriod.parse(period))
            .n(412L)
            .updatedOn(LocalDate.parse("2026-04-02"));
    return value == null
        ? builder.status(PublicationStatus.INSUFFICIENT_SAMPLE).value(null).build()
        : builder.status(PublicationStatus.PUBLISHABLE).value(value).build();
  }

  @Test
  void publishesAResultWithAPutPerStructureIndicatorAndPeriod() throws Exception {
    IndicatorResult result = result("2026-03-02/2026-04-15", 81.5);
    String path = "/v1/structures/3Tn8gzTdcz/results/IND-27";
    answer("PUT", path, 201, result);

    assertThat(client().publishResult(result)).isEqualTo(result);

    RecordedRequest request = sent();
    assertThat(request.getMethod()).isEqualTo("PUT");
    assertThat(request.getUrl().encodedPath()).isEqualTo(path);
    assertThat(request.getUrl().queryParameter("period")).isEqualTo("2026-03-02/2026-04-15");
    assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    assertThat(request.getBody().utf8()).isEqualTo(write(result));
  }

  @Test
  void publishesABatchOfResultsWithAKey() throws Exception {
    List<IndicatorResult> batch = List.of(result("2026-Q1", 77.0), result("2026-Q2", null));
    answer("POST", "/v1/results/batches", 200, Map.of("results", batch));

    assertThat(client().publishResults(batch)).isEqualTo(batch);

    RecordedRequest request = sent();
    assertThat(request.getHeaders().get("Idempotency-Key")).matches(UUID);
    assertThat(request.getBody().utf8()).isEqualTo(write(Map.of("results", batch)));
  }

  @Test
  void aBatchIsCheckedWholeBeforeSending() {
    PlatformClient client = client();
    assertThatThrownBy(() -> client.publishResults(List.of())).hasMessageContaining("results.size");
    assertThatThrownBy(
            () -> client.publishResults(List.of(result("2026-Q1", 77.0), result("2026-Q1", 78.0))))
        .hasMessageContaining("results[1]")
        .hasMessageContaining("2026-Q1");
    List<IndicatorResult> tooMany = new ArrayList<>();
    for (int day = 0; day <= PlatformClient.MAX_BATCH_SIZE; day++) {
      tooMany.add(result(LocalDate.of(2025, 1, 1).plusDays(day).toString(), 50.0));
    }
    assertThatThrownBy(() -> client.publishResults(tooMany))
        .isInstanceOfSatisfying(
            SpsplusClientException.class,
            e -> assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.PRE_FLIGHT));
    assertThat(server.getRequestCount()).isZero();
  }

  // --- structures -------------------------------------------------------------------------------

  private static Structure structure(String code, String name) {
    return Structure.builder(
            StructureCode.of(code),
            Network.of("France services"),
            Typology.of("amHofSPdoN", "Structure France services"),
            name)
        .build();
  }

  @Test
  void readsOneStructureAndListsThemWithFilters() throws Exception {
    Structure one = structure("3Tn8gzTdcz", "France services de Laval");
    answer("GET", "/v1/structures/3Tn8gzTdcz", 200, one);
    answer("GET", "/v1/structures", 200, page(List.of(one), "c-1"));
    answer("GET", "/v1/structures", 200, page(List.of(structure("XOnFQMfMX2", "Lons")), null));

    PlatformClient client = client();
    assertThat(client.structure(CAF)).isEqualTo(one);
    try (var structures =
        client.structures(
            StructureQuery.all()
                .withNetwork(Network.of("France services"))
                .withParent(MAIRIE)
                .withActive(true))) {
      assertThat(structures.stream().map(s -> s.code().value()))
          .containsExactly("3Tn8gzTdcz", "XOnFQMfMX2");
    }

    assertThat(sent().getTarget()).isEqualTo("/v1/structures/3Tn8gzTdcz");
    assertThat(sent().getTarget())
        .isEqualTo(
            "/v1/structures?network=France%20services&parent=XOnFQMfMX2&active=true&limit=50");
    assertThat(sent().getUrl().queryParameter("cursor")).isEqualTo("c-1");
  }

  @Test
  void anAnswerThatBreaksTheContractIsADecodeFailure() throws Exception {
    server.enqueue(
        new MockResponse.Builder()
            .code(200)
            .setHeader("Content-Type", "application/json")
            .body("{\"items\":\"not a list\",\"nextCursor\":null}")
            .build());

    assertThatThrownBy(() -> client().structures().iterator().hasNext())
        .isInstanceOfSatisfying(
            SpsplusClientException.class,
            e -> assertThat(e.kind()).isEqualTo(SpsplusClientException.Kind.DECODE));
    sent();
  }

  // --- asynchronous calls
  // -------------------------------------------------------------------------

  @Test
  void anAsynchronousSubmissionCompletesWithTheExperience() throws Exception {
    answer("POST", "/v1/experiences", 201, submitted(4218, CLEAN));

    assertThat(client().submitExperienceAsync(CLEAN).get(5, TimeUnit.SECONDS).id()).isEqualTo(4218);
    assertThat(sent().getHeaders().get("Idempotency-Key")).matches(UUID);
  }

  @Test
  void anAsynchronousCallPropagatesTheServicesError() throws Exception {
    answer("POST", "/v1/complex-documents", 409, error("IDEMPOTENCY_KEY_IN_PROGRESS"));

    CompletableFuture<DocumentReportReceipt> future =
        client()
            .reportComplexDocumentAsync(
                REPORT, RequestOptions.builder().idempotencyKey("r-1").build());

    assertThatThrownBy(future::join)
        .isInstanceOf(CompletionException.class)
        .cause()
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.errorCode()).contains("IDEMPOTENCY_KEY_IN_PROGRESS"));
    sent();
  }

  @Test
  void asynchronousCallsRunOnTheGivenExecutor() throws Exception {
    List<Runnable> tasks = Collections.synchronizedList(new ArrayList<>());
    PlatformClient client = client(builder().executor(tasks::add));
    IndicatorResult result = result("2026-Q1", 77.0);
    answer("PUT", "/v1/structures/3Tn8gzTdcz/results/IND-27", 200, result);
    answer("POST", "/v1/results/batches", 200, Map.of("results", List.of(result)));
    answer("PUT", "/v1/experiences/4216/answers/3Tn8gzTdcz", 200, DRAFT);

    CompletableFuture<IndicatorResult> one = client.publishResultAsync(result);
    CompletableFuture<List<IndicatorResult>> many = client.publishResultsAsync(List.of(result));
    CompletableFuture<StructureAnswer> answer = client.publishAnswerAsync(4216, DRAFT);
    assertThat(List.of(one, many, answer)).noneMatch(CompletableFuture::isDone);
    assertThat(server.getRequestCount()).isZero();

    tasks.forEach(Runnable::run);

    assertThat(one.join()).isEqualTo(result);
    assertThat(many.join()).containsExactly(result);
    assertThat(answer.join()).isEqualTo(DRAFT);
    sent();
    sent();
    sent();
  }

  // --- base URL and path prefix
  // -------------------------------------------------------------------

  @Test
  void theBaseUrlAndPathPrefixAreSettings() throws Exception {
    contract = Contract.at("/passerelle/spsplus/api/v2");
    answer(
        "GET",
        "/passerelle/spsplus/api/v2/experiences/12/moderation",
        200,
        new ExperienceModeration(12, ModerationStatus.IN_MODERATION, SUBMITTED, null, null));

    PlatformClient client =
        client(
            builder()
                .baseUrl(server.url("/passerelle/").toString())
                .pathPrefix("/spsplus/api/v2/"));
    assertThat(client.moderation(12).status()).isEqualTo(ModerationStatus.IN_MODERATION);

    assertThat(sent().getTarget())
        .isEqualTo("/passerelle/spsplus/api/v2/experiences/12/moderation");
  }

  @Test
  void anEmptyPrefixPutsTheOperationsAtTheBaseUrl() throws Exception {
    contract = Contract.at("");
    answer("GET", "/structures/3Tn8gzTdcz", 200, structure("3Tn8gzTdcz", "Laval"));

    client(builder().pathPrefix("")).structure(CAF);

    assertThat(sent().getTarget()).isEqualTo("/structures/3Tn8gzTdcz");
  }

  @Test
  void theBuilderRefusesAMissingBaseUrlAndABadPrefix() {
    assertThatThrownBy(() -> PlatformClient.builder().build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> PlatformClient.builder().pathPrefix("v1/../admin"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("pathPrefix");
    assertThatThrownBy(() -> PlatformClient.builder().pathPrefix("v1//x"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> PlatformClient.builder().pageSize(101))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> PlatformClient.builder().baseUrl("http://example.org").build())
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void toStringHidesTheKeyAndToBuilderKeepsTheSettings() {
    PlatformClient client = client(builder().pathPrefix("api/v3").pageSize(7));
    assertThat(client.toString()).contains("api/v3").doesNotContain(KEY);
    PlatformClient copy = client(client.toBuilder());
    assertThat(copy.toString()).isEqualTo(client.toString());
  }

  @Test
  void aClosedClientRefusesCalls() {
    PlatformClient client = client();
    client.close();
    client.close();
    assertThatThrownBy(() -> client.structure(CAF)).isInstanceOf(IllegalStateException.class);
    assertThat(client.submitExperienceAsync(CLEAN)).isCompletedExceptionally();
    assertThat(server.getRequestCount()).isZero();
  }
}
