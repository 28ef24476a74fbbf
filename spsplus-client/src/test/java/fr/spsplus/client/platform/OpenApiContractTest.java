package fr.spsplus.client.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.fasterxml.jackson.databind.JsonNode;
import fr.spsplus.client.internal.Json;
import fr.spsplus.client.testing.Contract;
import fr.spsplus.core.arbitraries.ExperienceArbitraries;
import fr.spsplus.core.arbitraries.IndicatorArbitraries;
import fr.spsplus.core.arbitraries.StructureArbitraries;
import fr.spsplus.core.experience.AnswerStatus;
import fr.spsplus.core.experience.ComplexDocumentReport;
import fr.spsplus.core.experience.DocumentKind;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.experience.ModerationStatus;
import fr.spsplus.core.experience.RejectionReason;
import fr.spsplus.core.indicator.Frequency;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.structure.ContactChannel;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.validation.SpsplusValidation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract itself: where it lives, what it declares, and that its validators can say no. */
class OpenApiContractTest {

  private static final Contract CONTRACT = Contract.at("/v1");

  @Test
  void theDocumentInDocsIsTheOneInTheJarByteForByte() throws IOException {
    // One source of truth: src/main/resources/…/openapi.yaml. docs/openapi.yaml is its copy, for
    // readers of the repository; when this fails, copy the resource over docs/openapi.yaml.
    Path resource = Path.of("src/main/resources", Contract.RESOURCE);
    Path docs = Path.of("..", "docs", "openapi.yaml");
    assertThat(Files.mismatch(resource, docs)).as("first differing byte").isEqualTo(-1L);
    assertThat(PlatformClient.openApiDocument())
        .isEqualTo(Files.readString(resource, StandardCharsets.UTF_8));
  }

  @Test
  void theDocumentLoadsWithoutParserMessages() {
    // The Atlassian loader fails on a document that swagger-parser cannot read or resolve.
    OpenApiInteractionValidator validator =
        OpenApiInteractionValidator.createForSpecificationUrl(Contract.RESOURCE).build();
    assertThat(validator).isNotNull();
    assertThat(Contract.document().get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(Contract.document().at("/info/description").asText())
        .contains("spsplus's proposal, not the DITP's");
  }

  @Test
  void theDocumentDeclaresTheOperationsOfTheClient() {
    List<String> operations =
        Contract.operations().stream().map(o -> o.method() + " " + o.template()).toList();
    assertThat(operations)
        .containsExactly(
            "POST /experiences",
            "GET /experiences/{experienceId}",
            "GET /experiences/{experienceId}/moderation",
            "PUT /experiences/{experienceId}/answers/{structureCode}",
            "GET /structures/{structureCode}/experiences",
            "POST /complex-documents",
            "PUT /structures/{structureCode}/results/{indicatorId}",
            "POST /results/batches",
            "GET /structures",
            "GET /structures/{structureCode}");
    for (Contract.Operation operation : Contract.operations()) {
      boolean keyed = operation.method().equals("POST");
      boolean declaresKey = operation.node().toString().contains("IdempotencyKey");
      assertThat(declaresKey).as(operation.template()).isEqualTo(keyed);
    }
    JsonNode webhooks = Contract.document().get("webhooks");
    assertThat(webhooks.fieldNames())
        .toIterable()
        .containsExactly("experiencePublished", "experienceRejected", "experienceAnswered");
  }

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of("Feeling", Feeling.values()),
        Arguments.of("ContactChannel", ContactChannel.values()),
        Arguments.of("ModerationStatus", ModerationStatus.values()),
        Arguments.of("RejectionReason", RejectionReason.values()),
        Arguments.of("AnswerStatus", AnswerStatus.values()),
        Arguments.of("DocumentKind", DocumentKind.values()),
        Arguments.of("PublicationStatus", PublicationStatus.values()),
        Arguments.of("Frequency", Frequency.values()),
        Arguments.of("IntervalMethod", IntervalMethod.values()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void everyEnumSchemaListsExactlyTheCodesOfCore(String schema, Enum<?>[] constants) {
    List<String> declared = new ArrayList<>();
    Contract.document()
        .at("/components/schemas/" + schema + "/enum")
        .forEach(n -> declared.add(n.asText()));
    assertThat(declared)
        .containsExactlyElementsOf(Arrays.stream(constants).map(Enum::name).toList());
  }

  // --- the validators can say no ------------------------------------------------------------

  private static final String GOOD_SUBMISSION =
      "{\"title\":\"Très bon accueil\",\"text\":\"Merci.\",\"feeling\":\"POSITIF\","
          + "\"structures\":[\"3Tn8gzTdcz\"],\"channels\":[\"TELEPHONE\"]}";

  private static Contract.Sent request(
      String method,
      String target,
      @org.jspecify.annotations.Nullable String body,
      String... headers) {
    Headers.Builder all =
        new Headers.Builder()
            .add("Authorization", "Bearer k-test")
            .add("Content-Type", "application/json; charset=utf-8");
    for (int i = 0; i < headers.length; i += 2) {
      all.add(headers[i], headers[i + 1]);
    }
    return new Contract.Sent(
        method, HttpUrl.get("http://localhost:8080" + target), all.build(), body);
  }

  @Test
  void aConformingRequestHasNoProblem() {
    assertThat(
            CONTRACT.problems(
                request("POST", "/v1/experiences", GOOD_SUBMISSION, "Idempotency-Key", "k-1")))
        .isEmpty();
  }

  static Stream<Arguments> wrongRequests() {
    return Stream.of(
        Arguments.of(
            "unknown path",
            request("POST", "/v1/experience", GOOD_SUBMISSION, "Idempotency-Key", "k"),
            "no operation"),
        Arguments.of(
            "wrong method",
            request("PUT", "/v1/experiences", GOOD_SUBMISSION, "Idempotency-Key", "k"),
            "PUT"),
        Arguments.of(
            "missing Idempotency-Key",
            request("POST", "/v1/experiences", GOOD_SUBMISSION),
            "Idempotency-Key"),
        Arguments.of(
            "missing prefix",
            request("POST", "/experiences", GOOD_SUBMISSION, "Idempotency-Key", "k"),
            "no operation"),
        Arguments.of(
            "unknown field",
            request(
                "POST",
                "/v1/experiences",
                GOOD_SUBMISSION.replace("{", "{\"pseudonym\":\"x\","),
                "Idempotency-Key",
                "k"),
            "pseudonym"),
        Arguments.of(
            "feeling outside the enum",
            request(
                "POST",
                "/v1/experiences",
                GOOD_SUBMISSION.replace("POSITIF", "Positif"),
                "Idempotency-Key",
                "k"),
            "/feeling"),
        Arguments.of(
            "missing field",
            request(
                "POST",
                "/v1/experiences",
                GOOD_SUBMISSION.replace(",\"channels\":[\"TELEPHONE\"]", ""),
                "Idempotency-Key",
                "k"),
            "channels"),
        Arguments.of(
            "null where not nullable",
            request(
                "POST",
                "/v1/experiences",
                GOOD_SUBMISSION.replace("\"Merci.\"", "null"),
                "Idempotency-Key",
                "k"),
            "/text"),
        Arguments.of(
            "bad structure code",
            request(
                "POST",
                "/v1/experiences",
                GOOD_SUBMISSION.replace("3Tn8gzTdcz", "3Tn8 gzTdcz"),
                "Idempotency-Key",
                "k"),
            "/structures/0"),
        Arguments.of("bad path parameter", request("GET", "/v1/experiences/0", null), "minimum: 1"),
        Arguments.of("body on a GET", request("GET", "/v1/experiences/12", "{}"), "takes no body"),
        Arguments.of(
            "result without its period",
            request(
                "PUT",
                "/v1/structures/3Tn8gzTdcz/results/IND-27",
                "{\"structure\":\"3Tn8gzTdcz\",\"indicator\":\"IND-27\",\"period\":\"2026-Q1\","
                    + "\"status\":\"PUBLISHABLE\",\"value\":77}"),
            "period"),
        Arguments.of(
            "withheld result with a value",
            request(
                "PUT",
                "/v1/structures/3Tn8gzTdcz/results/IND-27?period=2026-Q1",
                "{\"structure\":\"3Tn8gzTdcz\",\"indicator\":\"IND-27\",\"period\":\"2026-Q1\","
                    + "\"status\":\"INSUFFICIENT_SAMPLE\",\"value\":77}"),
            "/value"),
        Arguments.of(
            "page size over the limit",
            request("GET", "/v1/structures?limit=500", null),
            "maximum: 100"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("wrongRequests")
  void theValidatorsRefuseADeliberatelyWrongRequest(
      String what, Contract.Sent request, String mentioned) {
    List<String> problems = CONTRACT.problems(request);
    assertThat(problems).as(what).isNotEmpty();
    assertThat(String.join("\n", problems)).as(what).contains(mentioned);
  }

  // --- everything core can build, the contract accepts ----------------------------------------

  private static String json(Object value) throws IOException {
    return Json.MAPPER.writeValueAsString(value);
  }

  private static boolean valid(Object value) {
    return SpsplusValidation.french().validate(value).isEmpty();
  }

  @Provide
  Arbitrary<ExperienceSubmission> submissions() {
    return ExperienceArbitraries.submissions().filter(OpenApiContractTest::valid);
  }

  @Property(tries = 100)
  void everyValidSubmissionConforms(@ForAll("submissions") ExperienceSubmission submission)
      throws IOException {
    assertThat(Contract.bodyProblems("/components/schemas/ExperienceSubmission", json(submission)))
        .isEmpty();
  }

  @Provide
  Arbitrary<ComplexDocumentReport> reports() {
    return ExperienceArbitraries.complexDocumentReports().filter(OpenApiContractTest::valid);
  }

  @Property(tries = 100)
  void everyValidComplexDocumentReportConforms(@ForAll("reports") ComplexDocumentReport report)
      throws IOException {
    assertThat(Contract.bodyProblems("/components/schemas/ComplexDocumentReport", json(report)))
        .isEmpty();
  }

  @Provide
  Arbitrary<IndicatorResult> results() {
    return IndicatorArbitraries.results().filter(OpenApiContractTest::valid);
  }

  @Property(tries = 200)
  void everyValidResultConforms(@ForAll("results") IndicatorResult result) throws IOException {
    assertThat(Contract.bodyProblems("/components/schemas/IndicatorResult", json(result)))
        .isEmpty();
    assertThat(
            Contract.bodyProblems(
                "/components/schemas/ResultBatch", json(Map.of("results", List.of(result)))))
        .isEmpty();
  }

  @Provide
  Arbitrary<Experience> experiences() {
    return ExperienceArbitraries.experiences();
  }

  @Property(tries = 100)
  void everyExperienceIsAValidAnswer(@ForAll("experiences") Experience experience)
      throws IOException {
    assertThat(Contract.bodyProblems("/components/schemas/Experience", json(experience))).isEmpty();
    for (var answer : experience.answers()) {
      assertThat(Contract.bodyProblems("/components/schemas/StructureAnswer", json(answer)))
          .isEmpty();
    }
  }

  @Provide
  Arbitrary<Structure> structures() {
    return StructureArbitraries.structures();
  }

  @Property(tries = 100)
  void everyStructureIsAValidAnswer(@ForAll("structures") Structure structure) throws IOException {
    assertThat(Contract.bodyProblems("/components/schemas/Structure", json(structure))).isEmpty();
  }
}
