package fr.spsplus.testkit.fault;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which calls a route covers, and the rules of routes and faults. */
class RouteTest {

  @ParameterizedTest(name = "{0} {1} on {2} {3}: {4}")
  @CsvSource({
    "GET,  /v1/structures/*,              GET,  /v1/structures/3Tn8gzTdcz,             true",
    "GET,  /v1/structures/*,              GET,  /v1/structures,                        false",
    "GET,  /v1/structures/*,              PUT,  /v1/structures/3Tn8gzTdcz,             false",
    "PUT,  /v1/experiences/*/answers/*,   put,  /v1/experiences/12/answers/Abc,        true",
    "GET,  /api/explore/**,               GET,  /api/explore/v2.1/catalog/datasets/x/records, true",
    "GET,  /api/explore/**,               GET,  /api/explore,                          true",
    "POST, /v1/**/batches,                POST, /v1/results/batches,                   true",
    "POST, /v1/**/batches,                POST, /v1/results/batches/extra,             false",
  })
  void aPathPatternMatchesSegmentBySegment(
      String method, String pattern, String callMethod, String path, boolean matches) {
    assertThat(Route.of(method, pattern).matches(null, callMethod, path)).isEqualTo(matches);
  }

  @Test
  void anOperationRouteMatchesItsOperationOnly() {
    Route submit = Route.operation("submitExperience");

    assertThat(submit.matches("submitExperience", "POST", "/anything")).isTrue();
    assertThat(submit.matches("getExperience", "POST", "/v1/experiences")).isFalse();
    assertThat(submit.matches(null, "POST", "/v1/experiences")).isFalse();
    assertThat(Route.any().matches(null, "DELETE", "/x")).isTrue();
  }

  @Test
  void badRoutesAndFaultsAreRefusedWithAMessage() {
    assertThatThrownBy(() -> Route.operation("deleteEverything"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("operationId");
    assertThatThrownBy(() -> new Route("getExperience", "GET", null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Route.of("GET", "v1/experiences"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("pathPattern");
    assertThatThrownBy(() -> Fault.serverError(404)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Fault.rateLimited(Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                RandomFaults.builder(1)
                    .rate(Fault.dropConnection(), 0.6)
                    .rate(Fault.serverError(500), 0.5))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> RandomFaults.builder(1).rate(Fault.none(), 0.1))
        .isInstanceOf(InvalidInputException.class);
    assertThat(
            RandomFaults.builder(1)
                .rate(Fault.dropConnection(), 0.6)
                .rate(Fault.dropConnection(), 0.9)
                .build()
                .rates())
        .containsExactly(java.util.Map.entry(Fault.dropConnection(), 0.9));
  }
}
