package fr.spsplus.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.ConflictException;
import fr.spsplus.client.InvalidRequestException;
import fr.spsplus.client.NotFoundException;
import fr.spsplus.client.PermissionDeniedException;
import fr.spsplus.client.RateLimitedException;
import fr.spsplus.client.RequestOptions;
import fr.spsplus.client.RetryPolicy;
import fr.spsplus.client.ServerException;
import fr.spsplus.client.UnprocessableEntityException;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.client.platform.StructureQuery;
import fr.spsplus.client.testing.Contract;
import fr.spsplus.core.experience.ComplexDocumentReport;
import fr.spsplus.core.experience.DocumentKind;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.experience.ModerationStatus;
import fr.spsplus.core.experience.StructureAnswer;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.privacy.PersonalDataPolicy;
import fr.spsplus.core.structure.ContactChannel;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.testkit.fault.Fault;
import fr.spsplus.testkit.fault.Route;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the contract, answered successfully and with errors, through the real client
 * (and raw calls for the requests a client never sends); then every answer the fake gave is held to
 * the contract by the client's independent validators, and every request the client sent too. All
 * texts are synthetic.
 */
class ContractConformanceTest {

  private static final StructureCode LAVAL = StructureCode.of("3Tn8gzTdcz");
  private static final StructureCode JURA = StructureCode.of("XOnFQMfMX2");
  private static final StructureCode UNKNOWN = StructureCode.of("Unknown001");

  private FakePlatform fake;
  private PlatformClient platform;
  private PlatformClient noRetry;
  private PlatformClient lenient;
  private Raw raw;

  @BeforeEach
  void start() {
    fake =
        FakePlatform.builder()
            .apiKey(FakePlatform.DEFAULT_API_KEY)
            .oauthClient("reader", "reader-secret-0123456789", List.of("experiences:read"))
            .manualModeration()
            .start();
    platform = fake.platformClient().build();
    noRetry =
        fake.platformClient()
            .options(
                ClientOptions.builder().retryPolicy(RetryPolicy.none()).clock(fake.clock()).build())
            .build();
    lenient =
        fake.platformClient()
            .personalDataPolicy(PersonalDataPolicy.WARN)
            .answerPersonalDataPolicy(PersonalDataPolicy.WARN)
            .build();
    raw = new Raw(fake);
  }

  @AfterEach
  void stop() {
    raw.close();
    lenient.close();
    noRetry.close();
    platform.close();
    fake.close();
  }

  private static ExperienceSubmission submission(String text) {
    return new ExperienceSubmission(
        "Accueil synthétique",
        text,
        Feeling.POSITIF,
        List.of(LAVAL, JURA),
        List.of(ContactChannel.ACCUEIL_PHYSIQUE));
  }

  private static IndicatorResult result(StructureCode structure, int quarter, double value) {
    return IndicatorResult.builder(
            structure,
            IndicatorCode.SATISFACTION_GLOBALE.id(),
            ReportingPeriod.ofQuarter(2026, quarter))
        .value(value)
        .n(120L)
        .status(PublicationStatus.PUBLISHABLE)
        .build();
  }

  @Test
  void everyOperationAnswersAsTheContractSaysIncludingItsErrors() {
    Map<String, String> json = new HashMap<>(raw.bearer());
    json.put("Idempotency-Key", "raw-key-1");

    // submitExperience: 201, 400 (unknown field), 401, 403 (scope), 409, 422, 429, 500
    Experience first = platform.submitExperience(submission("Tout s’est bien passé."));
    assertThat(first.status()).isEqualTo(ModerationStatus.SUBMITTED);
    assertThat(
            raw.send(
                    "POST",
                    "/v1/experiences",
                    "{\"title\":\"T\",\"text\":\"x\",\"feeling\":\"POSITIF\","
                        + "\"structures\":[\"3Tn8gzTdcz\"],\"channels\":[],\"extra\":1}",
                    json)
                .status())
        .isEqualTo(400);
    assertThat(raw.send("POST", "/v1/experiences", "{}", Map.of("Idempotency-Key", "k")).status())
        .isEqualTo(401);
    try (PlatformClient reader =
        fake.platformClient().credentials(fake.oauthCredentials()).build()) {
      assertThatThrownBy(() -> reader.submitExperience(submission("Lecture seule.")))
          .isInstanceOf(PermissionDeniedException.class);
      assertThat(reader.experience(first.id()).id()).isEqualTo(first.id());
    }
    RequestOptions key = RequestOptions.builder().idempotencyKey("form-42").build();
    platform.submitExperience(submission("Premier envoi."), key);
    assertThatThrownBy(() -> platform.submitExperience(submission("Autre texte."), key))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(
            () -> lenient.submitExperience(submission("Rappelez-moi au 06 12 34 56 78 svp.")))
        .isInstanceOf(UnprocessableEntityException.class);
    fake.scriptFaults(
        Route.operation("submitExperience"), Fault.rateLimited(java.time.Duration.ofSeconds(3)));
    assertThatThrownBy(() -> noRetry.submitExperience(submission("Trop d’appels.")))
        .isInstanceOf(RateLimitedException.class);
    fake.scriptFaults(Route.operation("submitExperience"), Fault.serverError(500));
    assertThatThrownBy(() -> noRetry.submitExperience(submission("Panne.")))
        .isInstanceOf(ServerException.class);
    fake.scriptFaults(Route.operation("submitExperience"), Fault.serverError(503));
    assertThatThrownBy(() -> noRetry.submitExperience(submission("Indisponible.")))
        .isInstanceOf(ServerException.class);

    // getExperience, getModeration: 200, 404
    assertThat(platform.experience(first.id())).isEqualTo(first);
    assertThat(platform.moderation(first.id()).status()).isEqualTo(ModerationStatus.SUBMITTED);
    assertThatThrownBy(() -> platform.experience(999_999)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> platform.moderation(999_999)).isInstanceOf(NotFoundException.class);

    // putAnswer: 409 (not published), 201, 200, 400, 403 (not involved), 404, 422
    StructureAnswer draft =
        StructureAnswer.draft(LAVAL, "Bonjour,", "Merci pour votre retour.", "L’accueil");
    assertThatThrownBy(() -> platform.publishAnswer(first.id(), draft))
        .isInstanceOfSatisfying(
            ConflictException.class,
            e -> assertThat(e.errorCode()).contains("EXPERIENCE_NOT_PUBLISHED"));
    fake.publish(first.id());
    assertThat(platform.publishAnswer(first.id(), draft).status())
        .isEqualTo(fr.spsplus.core.experience.AnswerStatus.DRAFT);
    StructureAnswer published = platform.publishAnswer(first.id(), draft.publish(Instant.EPOCH));
    assertThat(published.publishedAt()).isEqualTo(fake.now());
    assertThat(
            raw.send(
                    "PUT",
                    "/v1/experiences/" + first.id() + "/answers/3Tn8gzTdcz",
                    "{\"body\":\"x\",\"status\":\"SENT\"}",
                    raw.bearer())
                .status())
        .isEqualTo(400);
    assertThatThrownBy(
            () ->
                platform.publishAnswer(
                    first.id(), StructureAnswer.draft(UNKNOWN, null, "Réponse.", null)))
        .isInstanceOfSatisfying(
            PermissionDeniedException.class,
            e -> assertThat(e.errorCode()).contains("STRUCTURE_NOT_INVOLVED"));
    assertThatThrownBy(() -> platform.publishAnswer(999_999, draft))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () ->
                lenient.publishAnswer(
                    first.id(),
                    StructureAnswer.draft(LAVAL, null, "Écrivez à jean.dupont@example.org.", null)))
        .isInstanceOf(UnprocessableEntityException.class);

    // listStructureExperiences: 200, 400, 404
    assertThat(platform.experiences(LAVAL)).isNotEmpty();
    assertThat(raw.get("/v1/structures/3Tn8gzTdcz/experiences?limit=101", raw.bearer()).status())
        .isEqualTo(400);
    assertThatThrownBy(() -> platform.experiences(UNKNOWN).iterator().hasNext())
        .isInstanceOf(NotFoundException.class);

    // reportComplexDocument: 201, 400 (unknown structure), 422
    ComplexDocumentReport report =
        new ComplexDocumentReport(
            DocumentKind.LETTER,
            LAVAL,
            "Le courrier cite trois articles sans les expliquer.",
            "Cerfa 12345",
            fake.now());
    assertThat(platform.reportComplexDocument(report).reportId()).isEqualTo("DOC-000001");
    assertThatThrownBy(
            () ->
                platform.reportComplexDocument(
                    new ComplexDocumentReport(
                        DocumentKind.FORM, UNKNOWN, "Formulaire obscur.", null, fake.now())))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(
            () ->
                lenient.reportComplexDocument(
                    new ComplexDocumentReport(
                        DocumentKind.EMAIL,
                        LAVAL,
                        "Mon IBAN FR76 3000 6000 0112 3456 7890 189 y figure.",
                        null,
                        fake.now())))
        .isInstanceOf(UnprocessableEntityException.class);

    // putResult: 201, 200, 400 (identity), 404
    assertThat(platform.publishResult(result(LAVAL, 1, 81.5))).isEqualTo(result(LAVAL, 1, 81.5));
    assertThat(platform.publishResult(result(LAVAL, 1, 82.0)).value()).isEqualTo(82.0);
    assertThat(
            raw.send(
                    "PUT",
                    "/v1/structures/3Tn8gzTdcz/results/SATISFACTION_GLOBALE?period=2026-Q2",
                    "{\"structure\":\"3Tn8gzTdcz\",\"indicator\":\"SATISFACTION_GLOBALE\","
                        + "\"period\":\"2026-Q1\",\"value\":80,\"status\":\"PUBLISHABLE\"}",
                    raw.bearer())
                .status())
        .isEqualTo(400);
    assertThatThrownBy(() -> platform.publishResult(result(UNKNOWN, 1, 50)))
        .isInstanceOf(NotFoundException.class);

    // publishResultBatch: 200, 400 (unknown structure: none stored)
    assertThat(platform.publishResults(List.of(result(LAVAL, 2, 70), result(JURA, 2, 71))))
        .hasSize(2);
    assertThatThrownBy(
            () -> platform.publishResults(List.of(result(LAVAL, 3, 70), result(UNKNOWN, 3, 71))))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(fake.results()).hasSize(3);

    // listStructures, getStructure: 200, 400, 404
    assertThat(platform.structures(StructureQuery.all())).hasSize(fake.structures().size());
    assertThat(raw.get("/v1/structures?active=maybe", raw.bearer()).status()).isEqualTo(400);
    assertThat(platform.structure(LAVAL).name()).isEqualTo("DDSP DE LA MAYENNE");
    assertThatThrownBy(() -> platform.structure(UNKNOWN)).isInstanceOf(NotFoundException.class);

    ContractAssertions.assertAnswersConform(fake);

    // Every operation answered at least one success and one error.
    Map<String, Set<Integer>> statuses = new HashMap<>();
    for (Exchange exchange : ContractAssertions.platformExchanges(fake)) {
      statuses.computeIfAbsent(exchange.operationId(), k -> new TreeSet<>()).add(exchange.status());
    }
    Set<String> operations = new HashSet<>();
    Contract.document()
        .get("paths")
        .forEach(
            path ->
                path.forEach(operation -> operations.add(operation.get("operationId").asText())));
    assertThat(statuses.keySet()).containsExactlyInAnyOrderElementsOf(operations);
    assertThat(statuses)
        .allSatisfy(
            (operation, codes) -> {
              assertThat(codes).as(operation).anyMatch(c -> c < 300);
              assertThat(codes).as(operation).anyMatch(c -> c >= 400);
            });
  }

  @Test
  void theRequestsTheClientSentConformToo() {
    Experience sent = platform.submitExperience(submission("Très bien."));
    fake.publish(sent.id());
    platform.publishAnswer(
        sent.id(), StructureAnswer.draft(JURA, null, "Merci.", null).publish(Instant.EPOCH));
    platform.experience(sent.id());
    platform.moderation(sent.id());
    platform.experiences(LAVAL, ModerationStatus.PUBLISHED).forEach(e -> {});
    platform.reportComplexDocument(
        new ComplexDocumentReport(
            DocumentKind.WEBSITE, JURA, "Page introuvable.", null, fake.now()));
    platform.publishResult(result(JURA, 4, 64.25));
    platform.publishResults(List.of(result(LAVAL, 4, 90)));
    platform.structures(StructureQuery.all()).forEach(s -> {});
    platform.structure(JURA);

    List<Exchange> exchanges = ContractAssertions.platformExchanges(fake);
    assertThat(exchanges).hasSize(10).allSatisfy(e -> assertThat(e.status()).isLessThan(300));
    ContractAssertions.assertRequestsConform(fake, exchanges);
    ContractAssertions.assertAnswersConform(fake);
  }

  @Test
  void errorsAreFrenchByDefaultAndEnglishOnRequest() {
    Raw.Answer french = raw.get("/v1/experiences/77", raw.bearer());
    Map<String, String> english = new HashMap<>(raw.bearer());
    english.put("Accept-Language", "en-GB,en;q=0.9");
    Raw.Answer inEnglish = raw.get("/v1/experiences/77", english);

    assertThat(french.status()).isEqualTo(404);
    assertThat(french.body()).contains("\"code\":\"NOT_FOUND\"").contains("Aucune expérience");
    assertThat(inEnglish.body()).contains("No experience with the id 77");
    ContractAssertions.assertAnswersConform(fake);
  }

  @Test
  void aRefusedRequestNamesEachFieldAndRuleButNoValue() {
    Map<String, String> headers = new HashMap<>(raw.bearer());
    headers.put("Idempotency-Key", "raw-key-2");
    String secretTitle = "x".repeat(256);
    Raw.Answer answer =
        raw.send(
            "POST",
            "/v1/experiences",
            "{\"title\":\""
                + secretTitle
                + "\",\"text\":\"\",\"feeling\":\"HEUREUX\","
                + "\"structures\":[\"3Tn8gzTdcz\",\"3Tn8gzTdcz\"],\"surnom\":\"Jo\"}",
            headers);

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body())
        .contains("\"code\":\"INVALID_REQUEST\"")
        .contains("{\"field\":\"title\",\"rule\":\"maxLength\"}")
        .contains("{\"field\":\"text\",\"rule\":\"minLength\"}")
        .contains("{\"field\":\"feeling\",\"rule\":\"enum\"}")
        .contains("{\"field\":\"structures\",\"rule\":\"uniqueItems\"}")
        .contains("{\"field\":\"channels\",\"rule\":\"required\"}")
        .contains("{\"field\":\"surnom\",\"rule\":\"additionalProperties\"}")
        .doesNotContain(secretTitle)
        .doesNotContain("Jo\"");
    assertThat(fake.experiences()).isEmpty();

    Raw.Answer noKey =
        raw.send(
            "POST",
            "/v1/experiences",
            "{\"title\":\"T\",\"text\":\"x\",\"feeling\":\"POSITIF\","
                + "\"structures\":[\"3Tn8gzTdcz\"],\"channels\":[]}",
            raw.bearer());
    assertThat(noKey.body()).contains("{\"field\":\"Idempotency-Key\",\"rule\":\"required\"}");
    ContractAssertions.assertAnswersConform(fake);
  }

  @Test
  void unknownPathsAndMethodsAreAnsweredWithTheErrorShape() {
    Raw.Answer nowhere = raw.get("/v1/nowhere", raw.bearer());
    Raw.Answer wrongMethod = raw.send("DELETE", "/v1/experiences/1", null, raw.bearer());

    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(nowhere.body()).contains("\"code\":\"NOT_FOUND\"");
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.header("Allow")).isEqualTo("GET");
    assertThat(
            Contract.bodyProblems("/components/schemas/Error", nowhere.body()).isEmpty()
                && Contract.bodyProblems("/components/schemas/Error", wrongMethod.body()).isEmpty())
        .isTrue();
    List<String> ids = new ArrayList<>();
    fake.exchanges().forEach(e -> ids.add(e.responseHeader("X-Request-Id").orElseThrow()));
    assertThat(ids).containsExactly("req-000001", "req-000002");
  }
}
