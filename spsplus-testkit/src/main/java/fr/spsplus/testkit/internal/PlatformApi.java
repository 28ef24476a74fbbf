package fr.spsplus.testkit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.experience.AnswerStatus;
import fr.spsplus.core.experience.ComplexDocumentReport;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.ModerationStatus;
import fr.spsplus.core.experience.StructureAnswer;
import fr.spsplus.core.indicator.IndicatorResult;
import fr.spsplus.core.internal.JsonMappers;
import fr.spsplus.core.privacy.PersonalDataDetector;
import fr.spsplus.core.privacy.PersonalDataKind;
import fr.spsplus.core.privacy.PersonalDataMatch;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.testkit.PersonalDataScreening;
import fr.spsplus.testkit.internal.ContractDocument.Operation;
import fr.spsplus.testkit.internal.ContractDocument.Parameter;
import fr.spsplus.testkit.internal.PlatformStore.Upsert;
import fr.spsplus.testkit.internal.SchemaValidator.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The operations of the platform's contract: checks each request against the contract (parameters
 * and body), then applies it to the {@link PlatformStore}. Errors are thrown as {@link
 * ApiException}s with the contract's codes.
 */
public final class PlatformApi {

  private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");

  /**
   * A request whose parameters and body passed the contract's checks.
   *
   * @param operation the operation
   * @param parameters the parameters present, typed as the contract says, by name
   * @param body the JSON body, or null for an operation without one
   */
  public record Checked(
      Operation operation, Map<String, JsonNode> parameters, @Nullable JsonNode body) {

    @Nullable String text(String name) {
      JsonNode value = parameters.get(name);
      return value == null ? null : value.asText();
    }
  }

  private final ContractDocument contract;
  private final SchemaValidator schemas;
  private final PlatformStore store;
  private final Cursors cursors;
  private final FakeTime time;
  private final PersonalDataDetector detector;
  private final PersonalDataScreening screening;
  private final String prefix;

  /**
   * Returns the operations of a fake.
   *
   * @param contract the contract
   * @param store the platform's data
   * @param cursors the cursors
   * @param time the fake's time
   * @param detector the personal-data detector
   * @param screening when submissions are screened
   * @param prefix the path prefix, without slashes at the ends (possibly empty)
   */
  public PlatformApi(
      ContractDocument contract,
      PlatformStore store,
      Cursors cursors,
      FakeTime time,
      PersonalDataDetector detector,
      PersonalDataScreening screening,
      String prefix) {
    this.contract = contract;
    this.schemas = new SchemaValidator(contract);
    this.store = store;
    this.cursors = cursors;
    this.time = time;
    this.detector = detector;
    this.screening = screening;
    this.prefix = prefix.isEmpty() ? "" : "/" + prefix;
  }

  // ------------------------------------------------------------------ contract checks

  /**
   * Checks a request's parameters and body against the contract.
   *
   * @param operation the operation matched
   * @param pathParameters the decoded path parameters
   * @param query the query parameters (first value of each name)
   * @param headers reads a header by name, or null when absent
   * @param contentType the {@code Content-Type} header, or null
   * @param body the body, possibly empty
   * @return the checked request
   * @throws ApiException {@code 400 INVALID_REQUEST} listing every broken rule
   */
  public Checked check(
      Operation operation,
      Map<String, String> pathParameters,
      Map<String, String> query,
      Function<String, @Nullable String> headers,
      @Nullable String contentType,
      byte[] body) {
    List<Violation> violations = new ArrayList<>();
    Map<String, JsonNode> typed = new LinkedHashMap<>();
    for (Parameter parameter : operation.parameters()) {
      String raw =
          switch (parameter.in()) {
            case "path" -> pathParameters.get(parameter.name());
            case "query" -> query.get(parameter.name());
            case "header" -> headers.apply(parameter.name());
            default -> null;
          };
      if (raw == null) {
        if (parameter.required()) {
          violations.add(new Violation(parameter.name(), "required"));
        }
        continue;
      }
      JsonNode schema = contract.resolve(parameter.schema());
      JsonNode value = coerce(raw, schema);
      if (value == null) {
        violations.add(new Violation(parameter.name(), "type"));
        continue;
      }
      List<Violation> broken = schemas.validate(value, parameter.schema(), parameter.name());
      if (broken.isEmpty()) {
        typed.put(parameter.name(), value);
      }
      violations.addAll(broken);
    }
    JsonNode tree = null;
    JsonNode bodySchema = operation.requestBody();
    if (bodySchema != null) {
      if (contentType == null
          || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
        violations.add(new Violation("Content-Type", "contentType"));
      } else if (body.length == 0) {
        violations.add(new Violation("$", "required"));
      } else {
        try {
          tree = Json.parse(body);
          violations.addAll(schemas.validate(tree, bodySchema, "$"));
        } catch (java.io.IOException e) {
          violations.add(new Violation("$", "json"));
        }
      }
    }
    if (!violations.isEmpty()) {
      throw PlatformStore.invalid(violations);
    }
    return new Checked(operation, typed, tree);
  }

  private static @Nullable JsonNode coerce(String raw, JsonNode schema) {
    JsonNode type = schema.path("type");
    String name = type.isTextual() ? type.asText() : "string";
    switch (name) {
      case "integer" -> {
        if (!INTEGER.matcher(raw).matches()) {
          return null;
        }
        try {
          return LongNode.valueOf(Long.parseLong(raw));
        } catch (NumberFormatException e) {
          return null;
        }
      }
      case "boolean" -> {
        return switch (raw) {
          case "true" -> BooleanNode.TRUE;
          case "false" -> BooleanNode.FALSE;
          default -> null;
        };
      }
      default -> {
        return TextNode.valueOf(raw);
      }
    }
  }

  // ------------------------------------------------------------------ operations

  /**
   * Executes a checked request.
   *
   * @param request the request
   * @return the answer
   * @throws ApiException with the contract's status and code when the platform refuses it
   */
  public Answer execute(Checked request) {
    return switch (request.operation().id()) {
      case "submitExperience" -> submitExperience(request);
      case "getExperience" -> Answer.json(200, store.requireExperience(id(request)));
      case "getModeration" ->
          Answer.json(200, PlatformStore.moderationOf(store.requireExperience(id(request))));
      case "putAnswer" -> putAnswer(request);
      case "listStructureExperiences" -> listExperiences(request);
      case "reportComplexDocument" -> reportComplexDocument(request);
      case "putResult" -> putResult(request);
      case "publishResultBatch" -> publishResultBatch(request);
      case "listStructures" -> listStructures(request);
      case "getStructure" ->
          Answer.json(200, store.requireStructure(code(request.text("structureCode"))));
      default -> throw new IllegalStateException("operation not implemented by the fake");
    };
  }

  private Answer submitExperience(Checked request) {
    JsonNode body = Objects.requireNonNull(request.body());
    requireVisible(body, "title", "text");
    ExperienceSubmission submission = read(body, ExperienceSubmission.class);
    if (screening == PersonalDataScreening.ON_SUBMISSION) {
      screen(fields("title", submission.title(), "text", submission.text()));
    }
    Experience experience = store.submit(submission);
    return Answer.json(201, experience)
        .header("Location", prefix + "/experiences/" + experience.id());
  }

  private Answer putAnswer(Checked request) {
    JsonNode body = Objects.requireNonNull(request.body());
    requireVisible(body, "politenessFormula", "body", "signature");
    String formula = nullableText(body, "politenessFormula");
    String text = body.get("body").textValue();
    String signature = nullableText(body, "signature");
    AnswerStatus status = AnswerStatus.valueOf(body.get("status").textValue());
    screen(fields("politenessFormula", formula, "body", text, "signature", signature));
    Upsert<StructureAnswer> stored =
        store.putAnswer(
            id(request), code(request.text("structureCode")), formula, text, signature, status);
    return Answer.json(stored.created() ? 201 : 200, stored.value());
  }

  private Answer reportComplexDocument(Checked request) {
    JsonNode body = Objects.requireNonNull(request.body());
    requireVisible(body, "whatIsComplex", "reference");
    ComplexDocumentReport report = read(body, ComplexDocumentReport.class);
    screen(fields("whatIsComplex", report.whatIsComplex(), "reference", report.reference()));
    var receipt = store.report(report);
    return Answer.json(201, receipt)
        .header("Location", prefix + "/complex-documents/" + receipt.reportId());
  }

  private Answer putResult(Checked request) {
    JsonNode body = Objects.requireNonNull(request.body());
    List<Violation> mismatches = new ArrayList<>();
    identity(body, "structure", request.text("structureCode"), mismatches);
    identity(body, "indicator", request.text("indicatorId"), mismatches);
    identity(body, "period", request.text("period"), mismatches);
    if (!mismatches.isEmpty()) {
      throw new ApiException(
          400,
          "IDENTITY_MISMATCH",
          Messages.BUNDLE.message("identityMismatch", PlatformStore.summary(mismatches)),
          mismatches);
    }
    IndicatorResult result = read(body, IndicatorResult.class);
    Upsert<IndicatorResult> stored = store.putResult(result);
    return Answer.json(stored.created() ? 201 : 200, stored.value());
  }

  private static void identity(
      JsonNode body, String field, @Nullable String expected, List<Violation> mismatches) {
    JsonNode value = body.get(field);
    if (value == null || !value.isTextual() || !value.textValue().equals(expected)) {
      mismatches.add(new Violation(field, "identity"));
    }
  }

  private Answer publishResultBatch(Checked request) {
    JsonNode items = Objects.requireNonNull(request.body()).get("results");
    List<IndicatorResult> batch = new ArrayList<>(items.size());
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      try {
        batch.add(Json.MAPPER.treeToValue(items.get(i), IndicatorResult.class));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        violations.add(new Violation("results[" + i + "]", "invariant"));
      }
    }
    if (!violations.isEmpty()) {
      throw PlatformStore.invalid(violations);
    }
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("results", store.putResults(batch));
    return Answer.json(200, answer);
  }

  private Answer listExperiences(Checked request) {
    StructureCode structure = code(request.text("structureCode"));
    store.requireStructure(structure);
    String statusText = request.text("status");
    ModerationStatus status = statusText == null ? null : ModerationStatus.valueOf(statusText);
    List<Experience> all = store.experiencesOf(structure, status);
    String filters = structure.value() + "|" + (statusText == null ? "" : statusText);
    int start = 0;
    String cursor = request.text("cursor");
    if (cursor != null) {
      List<String> key = cursors.decode(cursor, "experiences", filters, 2, time.instant());
      Instant lastAt;
      long lastId;
      try {
        lastAt = Instant.parse(key.get(0));
        lastId = Long.parseLong(key.get(1));
      } catch (RuntimeException e) {
        throw PlatformStore.invalid(List.of(new Violation("cursor", "cursor")));
      }
      while (start < all.size() && !olderThan(all.get(start), lastAt, lastId)) {
        start++;
      }
    }
    int limit = limit(request);
    int end = Math.min(all.size(), start + limit);
    List<Experience> items = all.subList(start, end);
    String next = null;
    if (end < all.size() && !items.isEmpty()) {
      Experience last = items.get(items.size() - 1);
      next =
          cursors.encode(
              "experiences",
              filters,
              time.instant(),
              last.submittedAt().toString(),
              Long.toString(last.id()));
    }
    return page(items, next);
  }

  private static boolean olderThan(Experience experience, Instant at, long id) {
    int byTime = experience.submittedAt().compareTo(at);
    return byTime < 0 || (byTime == 0 && experience.id() < id);
  }

  private Answer listStructures(Checked request) {
    String network = request.text("network");
    String parent = request.text("parent");
    JsonNode activeNode = request.parameters().get("active");
    Boolean active = activeNode == null ? null : activeNode.booleanValue();
    List<Structure> all =
        store.structures().stream()
            .filter(s -> network == null || s.network().name().equals(network))
            .filter(
                s -> parent == null || (s.parent() != null && s.parent().value().equals(parent)))
            .filter(s -> active == null || s.active() == active)
            .toList();
    String filters = network + "|" + parent + "|" + active;
    int start = 0;
    String cursor = request.text("cursor");
    if (cursor != null) {
      String last = cursors.decode(cursor, "structures", filters, 1, time.instant()).get(0);
      while (start < all.size() && all.get(start).code().value().compareTo(last) <= 0) {
        start++;
      }
    }
    int end = Math.min(all.size(), start + limit(request));
    List<Structure> items = all.subList(start, end);
    String next = null;
    if (end < all.size() && !items.isEmpty()) {
      next =
          cursors.encode(
              "structures", filters, time.instant(), items.get(items.size() - 1).code().value());
    }
    return page(items, next);
  }

  private static Answer page(List<?> items, @Nullable String next) {
    Map<String, @Nullable Object> page = new LinkedHashMap<>();
    page.put("items", items);
    page.put("nextCursor", next);
    return Answer.json(200, page);
  }

  private static int limit(Checked request) {
    JsonNode limit = request.parameters().get("limit");
    return limit == null ? 50 : limit.intValue();
  }

  // ------------------------------------------------------------------ helpers

  private static long id(Checked request) {
    return Objects.requireNonNull(request.parameters().get("experienceId")).longValue();
  }

  private static StructureCode code(@Nullable String value) {
    return StructureCode.of(Objects.requireNonNull(value, "structureCode"));
  }

  private static @Nullable String nullableText(JsonNode body, String field) {
    JsonNode value = body.get(field);
    return value == null || value.isNull() ? null : value.textValue();
  }

  /** The contract's "a visible character": refused blank texts name their field. */
  private static void requireVisible(JsonNode body, String... fields) {
    List<Violation> blank = new ArrayList<>();
    for (String field : fields) {
      JsonNode value = body.get(field);
      if (value != null && value.isTextual() && value.textValue().isBlank()) {
        blank.add(new Violation(field, "notBlank"));
      }
    }
    if (!blank.isEmpty()) {
      throw PlatformStore.invalid(blank);
    }
  }

  private static <T> T read(JsonNode body, Class<T> type) {
    try {
      return Json.MAPPER.treeToValue(body, type);
    } catch (JsonProcessingException e) {
      InvalidInputException translated = JsonMappers.translate(e, type);
      throw new ApiException(
          400,
          "INVALID_REQUEST",
          Messages.BUNDLE.message("invalidValue", translated.localizedMessage()),
          List.of(new Violation("$", "invariant")));
    } catch (InvalidInputException e) {
      throw new ApiException(
          400,
          "INVALID_REQUEST",
          Messages.BUNDLE.message("invalidValue", e.localizedMessage()),
          List.of(new Violation("$", "invariant")));
    }
  }

  private static Map<String, @Nullable String> fields(@Nullable String... namesAndTexts) {
    Map<String, @Nullable String> fields = new LinkedHashMap<>();
    for (int i = 0; i < namesAndTexts.length; i += 2) {
      fields.put(Objects.requireNonNull(namesAndTexts[i]), namesAndTexts[i + 1]);
    }
    return fields;
  }

  /** Refuses texts with personal data: names the fields and the kinds, never the values. */
  private void screen(Map<String, @Nullable String> fields) {
    List<Violation> found = new ArrayList<>();
    String firstField = null;
    PersonalDataKind firstKind = null;
    for (Map.Entry<String, @Nullable String> field : fields.entrySet()) {
      String text = field.getValue();
      if (text == null) {
        continue;
      }
      Set<PersonalDataKind> kinds = new LinkedHashSet<>();
      for (PersonalDataMatch match : detector.scan(text)) {
        kinds.add(match.kind());
      }
      for (PersonalDataKind kind : kinds) {
        found.add(new Violation(field.getKey(), kind.name()));
        if (firstField == null) {
          firstField = field.getKey();
          firstKind = kind;
        }
      }
    }
    if (firstField != null) {
      throw new ApiException(
          422,
          "PERSONAL_DATA_DETECTED",
          Messages.BUNDLE.message(
              "personalData", firstField, Objects.requireNonNull(firstKind).displayName()),
          found);
    }
  }
}
