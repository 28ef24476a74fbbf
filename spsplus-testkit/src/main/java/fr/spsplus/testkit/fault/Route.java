package fr.spsplus.testkit.fault;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which calls a fault applies to: an operation of the contract by its id, or a method and a path
 * pattern.
 *
 * <p>Operation ids are those of the contract ({@code submitExperience}, {@code getExperience},
 * {@code getModeration}, {@code putAnswer}, {@code listStructureExperiences}, {@code
 * reportComplexDocument}, {@code putResult}, {@code publishResultBatch}, {@code listStructures},
 * {@code getStructure}) and three of the fake's own: {@value #OAUTH_TOKEN} (the token endpoint),
 * {@value #OPEN_DATA_RECORDS} and {@value #OPEN_DATA_EXPORT} (the open-data endpoint).
 *
 * <p>A path pattern is matched against the whole request path (prefix included, query excluded),
 * segment by segment: {@code *} matches one segment, {@code **} any number (zero or more), for
 * example {@code /v1/experiences/*}{@code /answers/*} or {@code /api/explore/**}.
 *
 * @param operationId the operation id, or null to match by method and path
 * @param method the method (upper case), or null for any
 * @param pathPattern the path pattern, or null for any
 */
public record Route(
    @Nullable String operationId, @Nullable String method, @Nullable String pathPattern) {

  /** The operation id of the OAuth token endpoint, {@code POST /oauth/token}. */
  public static final String OAUTH_TOKEN = "oauthToken";

  /** The operation id of the open-data {@code /records} endpoint. */
  public static final String OPEN_DATA_RECORDS = "openDataRecords";

  /** The operation id of the open-data {@code /exports/{format}} endpoint. */
  public static final String OPEN_DATA_EXPORT = "openDataExport";

  private static final MessageBundle MESSAGES = MessageBundle.of(Route.class, "messages");

  /** The operation ids a route may name. */
  public static final Set<String> OPERATION_IDS =
      Set.of(
          "submitExperience",
          "getExperience",
          "getModeration",
          "putAnswer",
          "listStructureExperiences",
          "reportComplexDocument",
          "putResult",
          "publishResultBatch",
          "listStructures",
          "getStructure",
          OAUTH_TOKEN,
          OPEN_DATA_RECORDS,
          OPEN_DATA_EXPORT);

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the operation id is unknown, a pattern does not start with
   *     {@code /}, or an operation id comes with a method or a pattern
   */
  public Route {
    if (operationId != null) {
      if (!OPERATION_IDS.contains(operationId)) {
        throw Checks.unknownCode("operationId", OPERATION_IDS.stream().sorted().toList());
      }
      if (method != null || pathPattern != null) {
        throw new InvalidInputException(MESSAGES.message("route.exclusive"));
      }
    }
    if (method != null) {
      method = Checks.requireNonBlank(method, "method").toUpperCase(Locale.ROOT);
    }
    if (pathPattern != null && !pathPattern.startsWith("/")) {
      throw new InvalidInputException(MESSAGES.message("route.path", "pathPattern"));
    }
  }

  /**
   * Returns the route of one operation.
   *
   * @param operationId an id of {@link #OPERATION_IDS}
   * @return the route
   * @throws InvalidInputException if the id is unknown
   */
  public static Route operation(String operationId) {
    return new Route(Objects.requireNonNull(operationId, "operationId"), null, null);
  }

  /**
   * Returns the route of a method and a path pattern.
   *
   * @param method the method, such as {@code POST}
   * @param pathPattern the pattern, such as {@code /v1/experiences}
   * @return the route
   * @throws InvalidInputException if the pattern does not start with {@code /}
   */
  public static Route of(String method, String pathPattern) {
    return new Route(
        null,
        Objects.requireNonNull(method, "method"),
        Objects.requireNonNull(pathPattern, "pathPattern"));
  }

  /**
   * Returns the route of every call.
   *
   * @return the route
   */
  public static Route any() {
    return new Route(null, null, null);
  }

  /**
   * Returns the route of every call to the open-data endpoint.
   *
   * @return the route
   */
  public static Route openData() {
    return new Route(null, "GET", "/api/explore/**");
  }

  /**
   * Tells whether a call is on this route.
   *
   * @param callOperationId the call's operation id, or null when it matched none
   * @param callMethod the call's method
   * @param callPath the call's path, decoded, without the query
   * @return true if the route covers the call
   */
  public boolean matches(@Nullable String callOperationId, String callMethod, String callPath) {
    if (operationId != null) {
      return operationId.equals(callOperationId);
    }
    if (method != null && !method.equalsIgnoreCase(callMethod)) {
      return false;
    }
    return pathPattern == null || glob(segments(pathPattern), 0, segments(callPath), 0);
  }

  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    for (String segment : path.split("/", -1)) {
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  private static boolean glob(List<String> pattern, int p, List<String> path, int s) {
    if (p == pattern.size()) {
      return s == path.size();
    }
    String head = pattern.get(p);
    if (head.equals("**")) {
      for (int skip = s; skip <= path.size(); skip++) {
        if (glob(pattern, p + 1, path, skip)) {
          return true;
        }
      }
      return false;
    }
    return s < path.size()
        && (head.equals("*") || head.equals(path.get(s)))
        && glob(pattern, p + 1, path, s + 1);
  }
}
