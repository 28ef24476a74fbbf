package fr.spsplus.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The platform's contract as the fake reads it: spsplus's OpenAPI 3.1 document, shipped in this
 * module as {@value #RESOURCE}, a JSON copy of the client's {@code openapi.yaml} (the testkit's
 * tests check that both are the same tree). The fake routes requests by the document's paths,
 * checks parameters and bodies against its schemas, and enforces the OAuth scopes it declares.
 */
public final class ContractDocument {

  /** The class-path resource of the contract, beside this class. */
  public static final String RESOURCE = "openapi.json";

  private static final ContractDocument INSTANCE = load();

  private final JsonNode root;
  private final List<Operation> operations;

  /**
   * One parameter of an operation.
   *
   * @param name the name
   * @param in where it is: {@code path}, {@code query} or {@code header}
   * @param required whether it must be present
   * @param schema its schema (references not followed)
   */
  public record Parameter(String name, String in, boolean required, JsonNode schema) {}

  /**
   * One operation of the contract.
   *
   * @param id the operation id, such as {@code submitExperience}
   * @param method the HTTP method, upper case
   * @param template the path template, such as {@code /experiences/{experienceId}}
   * @param segments the template's segments; a segment {@code {name}} is a path parameter
   * @param parameters the parameters, path-level ones first
   * @param requestBody the schema of the JSON request body, or null for none
   * @param scopes the OAuth scopes of the operation (empty for none)
   */
  public record Operation(
      String id,
      String method,
      String template,
      List<String> segments,
      List<Parameter> parameters,
      @Nullable JsonNode requestBody,
      Set<String> scopes) {

    /**
     * Tells whether the operation requires an {@code Idempotency-Key}.
     *
     * @return true for the {@code POST} operations
     */
    public boolean idempotent() {
      return parameters.stream().anyMatch(p -> p.name().equals("Idempotency-Key"));
    }
  }

  /**
   * A request matched to an operation.
   *
   * @param operation the operation
   * @param pathParameters the decoded path parameters by name
   */
  public record Match(Operation operation, Map<String, String> pathParameters) {}

  private ContractDocument(JsonNode root) {
    this.root = root;
    this.operations = List.copyOf(readOperations());
  }

  /**
   * Returns the contract shipped with this module.
   *
   * @return the contract
   */
  public static ContractDocument get() {
    return INSTANCE;
  }

  private static ContractDocument load() {
    try (InputStream in = ContractDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(new IOException(RESOURCE + " not found"));
      }
      return new ContractDocument(new ObjectMapper().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the whole document.
   *
   * @return the tree
   */
  public JsonNode root() {
    return root;
  }

  /**
   * Returns every operation, in the document's order.
   *
   * @return the operations
   */
  public List<Operation> operations() {
    return operations;
  }

  /**
   * Returns the operation of an id.
   *
   * @param id the operation id
   * @return the operation, if the contract has it
   */
  public Optional<Operation> operation(String id) {
    return operations.stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /**
   * Follows {@code $ref} until a schema without one (a schema with {@code $ref} and siblings is
   * returned as is; {@link SchemaValidator} applies both).
   *
   * @param node a schema or a reference object
   * @return the target
   */
  public JsonNode resolve(JsonNode node) {
    JsonNode current = node;
    for (int depth = 0; depth < 32 && current.size() == 1 && current.has("$ref"); depth++) {
      current = target(current.get("$ref").asText());
    }
    return current;
  }

  /**
   * Returns the node a local reference ({@code #/components/…}) points to.
   *
   * @param reference the reference
   * @return the node
   * @throws IllegalStateException if the reference is not local or points nowhere
   */
  public JsonNode target(String reference) {
    if (!reference.startsWith("#/")) {
      throw new IllegalStateException("not a local reference: " + reference);
    }
    JsonNode target = root.at(reference.substring(1));
    if (target.isMissingNode()) {
      throw new IllegalStateException("dangling reference: " + reference);
    }
    return target;
  }

  /**
   * Matches a request to an operation.
   *
   * @param method the HTTP method
   * @param segments the decoded path segments below the path prefix
   * @return the match, or empty when no operation has this method and path
   */
  public Optional<Match> match(String method, List<String> segments) {
    for (Operation operation : operations) {
      if (!operation.method().equals(method)) {
        continue;
      }
      Map<String, String> parameters = bind(operation.segments(), segments);
      if (parameters != null) {
        return Optional.of(new Match(operation, parameters));
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the methods the contract allows on a path, for a {@code 405} answer.
   *
   * @param segments the decoded path segments below the path prefix
   * @return the methods, empty when no operation has this path
   */
  public Set<String> methodsOf(List<String> segments) {
    Set<String> methods = new LinkedHashSet<>();
    for (Operation operation : operations) {
      if (bind(operation.segments(), segments) != null) {
        methods.add(operation.method());
      }
    }
    return methods;
  }

  private static @Nullable Map<String, String> bind(List<String> template, List<String> segments) {
    if (template.size() != segments.size()) {
      return null;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    for (int i = 0; i < template.size(); i++) {
      String expected = template.get(i);
      String actual = segments.get(i);
      if (expected.startsWith("{") && expected.endsWith("}")) {
        if (actual.isEmpty()) {
          return null;
        }
        parameters.put(expected.substring(1, expected.length() - 1), actual);
      } else if (!expected.equals(actual)) {
        return null;
      }
    }
    return parameters;
  }

  private List<Operation> readOperations() {
    List<Operation> result = new ArrayList<>();
    for (Map.Entry<String, JsonNode> path : root.get("paths").properties()) {
      List<String> segments = new ArrayList<>();
      for (String segment : path.getKey().substring(1).split("/", -1)) {
        segments.add(segment);
      }
      List<Parameter> shared = parameters(path.getValue().path("parameters"));
      for (String method : List.of("get", "put", "post", "patch", "delete")) {
        JsonNode node = path.getValue().get(method);
        if (node == null) {
          continue;
        }
        List<Parameter> parameters = new ArrayList<>(shared);
        parameters.addAll(parameters(node.path("parameters")));
        JsonNode body = node.path("requestBody").path("content").path("application/json");
        Set<String> scopes = new LinkedHashSet<>();
        for (JsonNode requirement : node.path("security")) {
          for (JsonNode scope : requirement.path("oauth2")) {
            scopes.add(scope.asText());
          }
        }
        result.add(
            new Operation(
                Objects.requireNonNull(node.get("operationId")).asText(),
                method.toUpperCase(Locale.ROOT),
                path.getKey(),
                List.copyOf(segments),
                List.copyOf(parameters),
                body.isMissingNode() ? null : body.get("schema"),
                Set.copyOf(scopes)));
      }
    }
    return result;
  }

  private List<Parameter> parameters(JsonNode list) {
    List<Parameter> parameters = new ArrayList<>();
    for (JsonNode element : list) {
      JsonNode parameter = resolve(element);
      parameters.add(
          new Parameter(
              parameter.get("name").asText(),
              parameter.get("in").asText(),
              parameter.path("required").asBoolean(false),
              parameter.get("schema")));
    }
    return parameters;
  }
}
