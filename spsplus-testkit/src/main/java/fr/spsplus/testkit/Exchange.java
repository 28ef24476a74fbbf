package fr.spsplus.testkit;

import fr.spsplus.core.internal.Checks;
import fr.spsplus.testkit.fault.Fault;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One request the fake platform received and what it did with it, for assertions.
 *
 * <p>{@link #toString()} shows the sequence, the operation, the path with the <em>names</em> of the
 * query parameters, the status and the fault; never headers, bodies or query values (they may hold
 * credentials, the texts a test sends, or what an open-data query searched for).
 *
 * @param sequence the rank of the request, from 1, in the order the fake took them
 * @param requestId the {@code X-Request-Id} the fake gave it
 * @param operationId the contract's operation id (or {@code oauthToken}, {@code openDataRecords},
 *     {@code openDataExport}), or null when the request matched no operation
 * @param method the HTTP method
 * @param target the path and query as received (still percent-encoded)
 * @param requestHeaders the request's headers, names as sent, values in order
 * @param requestBody the request's body as UTF-8 text, or null when empty
 * @param status the status answered, or 0 when the connection was dropped
 * @param responseHeaders the answer's headers (for a dropped connection: those of the answer that
 *     was prepared and never sent)
 * @param responseBody the answer's body as UTF-8 text, or null when it had none or was streamed
 *     (open-data exports)
 * @param replayed whether the answer replayed the first answer to the same idempotency key
 * @param fault the fault injected into this call, or null for none
 * @param receivedAt when it arrived, on the fake's clock
 */
public record Exchange(
    long sequence,
    String requestId,
    @Nullable String operationId,
    String method,
    String target,
    Map<String, List<String>> requestHeaders,
    @Nullable String requestBody,
    int status,
    Map<String, String> responseHeaders,
    @Nullable String responseBody,
    boolean replayed,
    @Nullable Fault fault,
    Instant receivedAt) {

  /**
   * Checks the components and copies the maps.
   *
   * @throws fr.spsplus.core.InvalidInputException if the sequence is not positive or the status is
   *     out of range
   */
  public Exchange {
    Checks.requirePositive(sequence, "sequence");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(target, "target");
    Map<String, List<String>> headers = new LinkedHashMap<>();
    requestHeaders.forEach((name, values) -> headers.put(name, List.copyOf(values)));
    requestHeaders = java.util.Collections.unmodifiableMap(headers);
    responseHeaders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(responseHeaders));
    if (status != 0) {
      Checks.requireBetween(status, 100, 599, "status");
    }
    Objects.requireNonNull(receivedAt, "receivedAt");
  }

  /**
   * Tells whether the connection was dropped instead of answering.
   *
   * @return true when no answer was sent
   */
  public boolean dropped() {
    return status == 0;
  }

  /**
   * Returns the first value of a request header, ignoring the name's case.
   *
   * @param name the header's name
   * @return the value, if the request had the header
   */
  public Optional<String> requestHeader(String name) {
    List<String> values = new ArrayList<>();
    requestHeaders.forEach(
        (key, list) -> {
          if (key.equalsIgnoreCase(name)) {
            values.addAll(list);
          }
        });
    return values.stream().findFirst();
  }

  /**
   * Returns a response header, ignoring the name's case.
   *
   * @param name the header's name
   * @return the value, if the answer had the header
   */
  public Optional<String> responseHeader(String name) {
    return responseHeaders.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** The path and the names of the query parameters, never their values. */
  private String targetWithoutValues() {
    int query = target.indexOf('?');
    if (query < 0) {
      return target;
    }
    List<String> names = new ArrayList<>();
    for (String parameter : target.substring(query + 1).split("&")) {
      if (!parameter.isEmpty()) {
        int equals = parameter.indexOf('=');
        names.add(equals < 0 ? parameter : parameter.substring(0, equals));
      }
    }
    return target.substring(0, query) + "?" + String.join("&", names);
  }

  @Override
  public String toString() {
    return "Exchange["
        + sequence
        + " "
        + requestId
        + " "
        + (operationId == null ? "-" : operationId)
        + " "
        + method
        + " "
        + targetWithoutValues()
        + " → "
        + (dropped() ? "dropped" : Integer.toString(status))
        + (replayed ? " replayed" : "")
        + (fault == null ? "" : " fault=" + fault)
        + "]";
  }
}
