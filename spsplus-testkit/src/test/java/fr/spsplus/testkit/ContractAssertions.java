package fr.spsplus.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.client.testing.Contract;
import fr.spsplus.testkit.fault.Route;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Holds the fake to the contract with the client's independent validators ({@link Contract}): the
 * requests it received, the answers it gave, and the headers every answer must carry.
 */
final class ContractAssertions {

  private ContractAssertions() {}

  /** The exchanges on the contract's operations (not the token or open-data endpoints). */
  static List<Exchange> platformExchanges(FakePlatform fake) {
    return fake.exchanges().stream()
        .filter(e -> e.operationId() != null)
        .filter(e -> !e.operationId().equals(Route.OAUTH_TOKEN))
        .filter(e -> !e.operationId().startsWith("openData"))
        .toList();
  }

  /**
   * Checks every answer the fake gave (or prepared, for a dropped connection) to a contract
   * operation: its body against the schema the contract names for its status, and its headers.
   */
  static void assertAnswersConform(FakePlatform fake) {
    Contract contract = Contract.at(basePath(fake));
    List<String> problems = new ArrayList<>();
    for (Exchange exchange : platformExchanges(fake)) {
      int status = exchange.dropped() ? preparedStatus(exchange) : exchange.status();
      String path = HttpUrl.get(fake.baseUrl() + exchange.target()).encodedPath();
      for (String problem :
          contract.responseProblems(exchange.method(), path, status, exchange.responseBody())) {
        problems.add(exchange + " " + problem);
      }
      problems.addAll(headerProblems(exchange, status));
    }
    assertThat(problems).as("answers that break the contract").isEmpty();
  }

  /** Checks the requests that a well-behaved client sent (all exchanges, or those given). */
  static void assertRequestsConform(FakePlatform fake, List<Exchange> exchanges) {
    Contract contract = Contract.at(basePath(fake));
    List<String> problems = new ArrayList<>();
    for (Exchange exchange : exchanges) {
      Headers.Builder headers = new Headers.Builder();
      for (Map.Entry<String, List<String>> header : exchange.requestHeaders().entrySet()) {
        for (String value : header.getValue()) {
          headers.add(header.getKey(), value);
        }
      }
      Contract.Sent sent =
          new Contract.Sent(
              exchange.method(),
              HttpUrl.get(fake.baseUrl() + exchange.target()),
              headers.build(),
              exchange.requestBody());
      for (String problem : contract.problems(sent)) {
        problems.add(exchange + " " + problem);
      }
    }
    assertThat(problems).as("requests that break the contract").isEmpty();
  }

  private static int preparedStatus(Exchange exchange) {
    // A dropped exchange records the answer it prepared; its body tells which schema applies.
    String body = exchange.responseBody();
    if (body != null && body.startsWith("{\"code\"")) {
      return 400;
    }
    return exchange.method().equals("POST") && !exchange.target().contains("batches") ? 201 : 200;
  }

  private static List<String> headerProblems(Exchange exchange, int status) {
    List<String> problems = new ArrayList<>();
    if (exchange
        .responseHeader("X-Request-Id")
        .filter(v -> v.equals(exchange.requestId()))
        .isEmpty()) {
      problems.add(exchange + " X-Request-Id missing or not the request's id");
    }
    for (String name : List.of("X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")) {
      if (exchange.responseHeader(name).filter(v -> v.matches("[0-9]+")).isEmpty()) {
        problems.add(exchange + " " + name + " missing or not a non-negative integer");
      }
    }
    if ((status == 429 || status == 503)
        && exchange.responseHeader("Retry-After").filter(v -> v.matches("[0-9]+")).isEmpty()) {
      problems.add(exchange + " Retry-After missing on " + status);
    }
    String body = exchange.responseBody();
    if (status >= 400
        && body != null
        && !body.contains("\"requestId\":\"" + exchange.requestId() + "\"")) {
      problems.add(exchange + " error body without the request id");
    }
    return problems;
  }

  private static String basePath(FakePlatform fake) {
    return fake.pathPrefix().isEmpty() ? "" : "/" + fake.pathPrefix();
  }
}
