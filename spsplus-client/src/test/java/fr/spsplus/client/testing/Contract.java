package fr.spsplus.client.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okio.ByteString;
import org.jspecify.annotations.Nullable;

/**
 * The contract ({@code openapi.yaml}) as an <em>independent</em> judge of what the client sends and
 * of what the tests' fake answers: nothing here uses the client's code. Public, and published in
 * the client's test-jar, so that the testkit's tests hold its fake platform to the same contract.
 *
 * <ul>
 *   <li>the Atlassian {@code swagger-request-validator} matches each request to an operation (path
 *       template, method), and checks its parameters (path, query, headers such as {@code
 *       Idempotency-Key}), its security header and its content type. Its JSON-schema engine is
 *       draft-04, which ignores some OpenAPI 3.1 keywords (type arrays, {@code
 *       additionalProperties: false} of 3.1 schemas, {@code if/then/else}); hence:
 *   <li>the networknt {@code json-schema-validator}, in the OpenAPI 3.1 dialect (JSON Schema
 *       2020-12), checks request and response bodies against the schema the document names for the
 *       operation and status.
 * </ul>
 */
// A test helper of the client's test-jar: its signatures use MockWebServer and Jackson types,
// which the client module neither exports nor requires transitively (javac's "exports" lint).
@SuppressWarnings("exports")
public final class Contract {

  /** The contract, on the class path. */
  public static final String RESOURCE = "fr/spsplus/client/platform/openapi.yaml";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNode DOCUMENT = readDocument();
  private static final JsonSchemaFactory SCHEMAS =
      JsonSchemaFactory.getInstance(
          SpecVersion.VersionFlag.V202012,
          builder ->
              builder
                  .metaSchema(OpenApi31.getInstance())
                  .defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
  private static final SchemaValidatorsConfig CONFIG =
      SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
  private static final Map<String, JsonSchema> CACHE = new ConcurrentHashMap<>();
  private static final Map<String, OpenApiInteractionValidator> VALIDATORS =
      new ConcurrentHashMap<>();

  /**
   * A request as sent on the wire.
   *
   * @param method the method
   * @param url the URL, with the query string
   * @param headers the headers
   * @param body the body as text, or null
   */
  public record Sent(String method, HttpUrl url, Headers headers, @Nullable String body) {

    /**
     * Returns a request as recorded by a MockWebServer.
     *
     * @param request the recorded request
     * @return the request
     */
    public static Sent of(RecordedRequest request) {
      ByteString body = request.getBody();
      return new Sent(
          request.getMethod(),
          request.getUrl(),
          request.getHeaders(),
          body == null || body.size() == 0 ? null : body.utf8());
    }
  }

  /**
   * One operation of the document.
   *
   * @param method the method, upper case
   * @param template the path template, such as {@code /experiences/{experienceId}}
   * @param pattern the template as a regular expression
   * @param node the operation object of the document
   */
  public record Operation(String method, String template, Pattern pattern, JsonNode node) {}

  private final String basePath;
  private final OpenApiInteractionValidator validator;

  private Contract(String basePath) {
    this.basePath = basePath;
    this.validator =
        VALIDATORS.computeIfAbsent(
            basePath,
            path ->
                OpenApiInteractionValidator.createForSpecificationUrl(RESOURCE)
                    .withBasePathOverride(path)
                    .build());
  }

  /**
   * Returns the contract for a client whose base URL and path prefix put the operations under a
   * base path.
   *
   * @param basePath the path before the operations' paths, such as {@code /v1}
   * @return the contract
   */
  public static Contract at(String basePath) {
    return new Contract(basePath);
  }

  /**
   * Returns the document as a tree.
   *
   * @return the document
   */
  public static JsonNode document() {
    return DOCUMENT;
  }

  /**
   * Returns every operation of the document, in its order.
   *
   * @return the operations
   */
  public static List<Operation> operations() {
    List<Operation> operations = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : DOCUMENT.get("paths").properties()) {
      String regex = "\\Q" + path.getKey().replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
      for (String method : List.of("get", "put", "post", "patch", "delete")) {
        JsonNode operation = path.getValue().get(method);
        if (operation != null) {
          operations.add(
              new Operation(
                  method.toUpperCase(java.util.Locale.ROOT),
                  path.getKey(),
                  Pattern.compile(regex),
                  operation));
        }
      }
    }
    return operations;
  }

  /**
   * Returns the problems of a recorded request: empty when it conforms.
   *
   * @param request the request the fake server recorded
   * @return one line per problem
   */
  public List<String> problems(RecordedRequest request) {
    return problems(Sent.of(request));
  }

  /**
   * Returns the problems of a request: empty when it conforms.
   *
   * @param request the request
   * @return one line per problem
   */
  public List<String> problems(Sent request) {
    HttpUrl url = request.url();
    String text = request.body();
    SimpleRequest.Builder builder =
        new SimpleRequest.Builder(Request.Method.valueOf(request.method()), url.encodedPath());
    for (String name : request.headers().names()) {
      builder.withHeader(name, request.headers().values(name));
    }
    for (String name : url.queryParameterNames()) {
      builder.withQueryParam(name, url.queryParameterValues(name));
    }
    if (text != null) {
      builder.withBody(text);
    }
    List<String> problems = new ArrayList<>();
    ValidationReport report = validator.validateRequest(builder.build());
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() == ValidationReport.Level.ERROR) {
        problems.add("[request] " + message.getKey() + ": " + message.getMessage());
      }
    }
    Operation operation = operation(request.method(), url.encodedPath());
    if (operation == null) {
      problems.add("[contract] no operation for " + request.method() + " " + url.encodedPath());
      return problems;
    }
    String schema = pointer(operation.node().path("requestBody"));
    if (schema != null) {
      problems.addAll(bodyProblems(schema, text));
    } else if (text != null) {
      problems.add("[contract] " + operation.template() + " takes no body");
    }
    return problems;
  }

  /**
   * Returns the problems of an answer the tests' fake gives to a request.
   *
   * @param method the request's method
   * @param path the request's path, with the base path
   * @param status the answer's status
   * @param body the answer's body, or null
   * @return one line per problem
   */
  public List<String> responseProblems(
      String method, String path, int status, @Nullable String body) {
    Operation operation = operation(method, path);
    if (operation == null) {
      return List.of("[contract] no operation for " + method + " " + path);
    }
    JsonNode responses = operation.node().get("responses");
    JsonNode response = responses.get(Integer.toString(status));
    if (response == null) {
      response = responses.get("default");
    }
    if (response == null) {
      return List.of("[contract] status " + status + " not declared for " + operation.template());
    }
    String schema = pointer(response);
    return schema == null ? List.of() : bodyProblems(schema, body);
  }

  /**
   * Validates a JSON text against a schema of the document, named by its JSON pointer.
   *
   * @param pointer the JSON pointer of the schema, such as {@code /components/schemas/Error}
   * @param body the JSON text, or null
   * @return one line per problem
   */
  public static List<String> bodyProblems(String pointer, @Nullable String body) {
    if (body == null) {
      return List.of("[body] missing, " + pointer + " expected");
    }
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (IOException e) {
      return List.of("[body] not JSON");
    }
    JsonSchema schema =
        CACHE.computeIfAbsent(
            pointer,
            p -> SCHEMAS.getSchema(SchemaLocation.of("classpath:" + RESOURCE + "#" + p), CONFIG));
    Set<ValidationMessage> messages = schema.validate(tree);
    return messages.stream().map(m -> "[body " + pointer + "] " + m.getMessage()).sorted().toList();
  }

  private @Nullable Operation operation(String method, String fullPath) {
    if (!fullPath.startsWith(basePath)) {
      return null;
    }
    String path = fullPath.substring(basePath.length());
    for (Operation operation : operations()) {
      if (operation.method().equals(method) && operation.pattern().matcher(path).matches()) {
        return operation;
      }
    }
    return null;
  }

  /** The pointer of the JSON schema of a request body or response, following one $ref. */
  private static @Nullable String pointer(JsonNode bodyOrResponse) {
    JsonNode node = bodyOrResponse;
    if (node.has("$ref")) {
      node = DOCUMENT.at(node.get("$ref").asText().substring(1));
    }
    JsonNode schema = node.path("content").path("application/json").path("schema");
    if (schema.isMissingNode()) {
      return null;
    }
    return schema.has("$ref") ? schema.get("$ref").asText().substring(1) : null;
  }

  private static JsonNode readDocument() {
    try (var in = Contract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      return new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
