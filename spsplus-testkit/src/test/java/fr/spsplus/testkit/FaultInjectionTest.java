package fr.spsplus.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.client.ClientOptions;
import fr.spsplus.client.RetryPolicy;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.client.testing.RecordingSleeper;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.testkit.fault.Fault;
import fr.spsplus.testkit.fault.RandomFaults;
import fr.spsplus.testkit.fault.Route;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** Scripted and random faults: where they land, and that a seed makes them reproducible. */
class FaultInjectionTest {

  private static final Route GET_STRUCTURE = Route.operation("getStructure");

  private static RandomFaults chaos(long seed) {
    return RandomFaults.builder(seed)
        .route(Route.of("GET", "/v1/**"))
        .rate(Fault.dropConnection(), 0.2)
        .rate(Fault.serverError(503), 0.15)
        .rate(Fault.rateLimited(Duration.ofSeconds(1)), 0.05)
        .build();
  }

  /** Sends the same raw calls to a fake; returns the fault each call to getStructure got. */
  private static List<String> faultsOf(RandomFaults faults, boolean interleaveOtherCalls) {
    try (FakePlatform fake = FakePlatform.builder().randomFaults(faults).start();
        Raw raw = new Raw(fake)) {
      for (int i = 0; i < 60; i++) {
        if (interleaveOtherCalls && i % 3 == 0) {
          try {
            raw.get("/v1/experiences/" + (i + 1), raw.bearer());
          } catch (java.io.UncheckedIOException dropped) {
            // a dropped connection on the other route
          }
        }
        try {
          raw.get("/v1/structures/3Tn8gzTdcz", raw.bearer());
        } catch (java.io.UncheckedIOException dropped) {
          // the call whose connection was dropped
        }
      }
      return fake.exchanges(GET_STRUCTURE).stream()
          .map(e -> Objects.toString(e.fault(), "none"))
          .toList();
    }
  }

  @Test
  void theSameSeedGivesTheSameFaultsToTheSameCalls() {
    List<String> first = faultsOf(chaos(42), false);
    List<String> again = faultsOf(chaos(42), false);
    List<String> withOtherCalls = faultsOf(chaos(42), true);
    List<String> otherSeed = faultsOf(chaos(43), false);

    assertThat(first).hasSize(60).isEqualTo(again);
    assertThat(withOtherCalls).as("each operation draws from its own stream").isEqualTo(first);
    assertThat(otherSeed).isNotEqualTo(first);
    long dropped = first.stream().filter(f -> f.startsWith("DropConnection")).count();
    long unavailable = first.stream().filter(f -> f.contains("status=503")).count();
    assertThat(dropped).isBetween(4L, 24L);
    assertThat(unavailable).isBetween(2L, 20L);
    assertThat(first).contains("none");
  }

  /** Sends the keys in the order given, each until it is answered; returns each key's faults. */
  private static Map<String, List<String>> faultsPerKey(List<String> order) {
    RandomFaults faults =
        RandomFaults.builder(11)
            .route(Route.operation("submitExperience"))
            .perRequest()
            .rate(Fault.dropConnection(), 0.3)
            .rate(Fault.serverError(503), 0.3)
            .build();
    try (FakePlatform fake = FakePlatform.builder().randomFaults(faults).start();
        Raw raw = new Raw(fake)) {
      for (String key : order) {
        String body =
            "{\"title\":\"Accueil\",\"text\":\"Texte "
                + key
                + ".\",\"feeling\":\"NEUTRE\",\"structures\":[\"3Tn8gzTdcz\"],\"channels\":[]}";
        Map<String, String> headers = new java.util.HashMap<>(raw.bearer());
        headers.put("Idempotency-Key", key);
        for (int attempt = 0; attempt < 6; attempt++) {
          try {
            if (raw.send("POST", "/v1/experiences", body, headers).status() == 201) {
              break;
            }
          } catch (java.io.UncheckedIOException dropped) {
            // the request was processed, the answer lost: send it again
          }
        }
      }
      Map<String, List<String>> perKey = new java.util.TreeMap<>();
      for (Exchange e : fake.exchanges(Route.operation("submitExperience"))) {
        perKey
            .computeIfAbsent(
                e.requestHeader("Idempotency-Key").orElseThrow(), k -> new ArrayList<>())
            .add(Objects.toString(e.fault(), "none"));
      }
      return perKey;
    }
  }

  @Test
  void faultsDrawnPerRequestDoNotDependOnTheOrderOfTheCalls() {
    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      keys.add("avis-" + i);
    }
    List<String> reversed = new ArrayList<>(keys);
    java.util.Collections.reverse(reversed);

    Map<String, List<String>> forward = faultsPerKey(keys);
    Map<String, List<String>> backward = faultsPerKey(reversed);

    assertThat(forward).hasSize(20).isEqualTo(backward);
    assertThat(forward.values()).anySatisfy(f -> assertThat(f.size()).isGreaterThan(1));
    assertThat(forward.values().stream().flatMap(List::stream))
        .contains("none")
        .anySatisfy(f -> assertThat(f).startsWith("DropConnection"))
        .anySatisfy(f -> assertThat(f).contains("status=503"));
    assertThat(forward.values()).allSatisfy(f -> assertThat(f).last().isEqualTo("none"));
  }

  @Test
  void theClientSurvivesRandomFaultsAndEachSubmissionIsStoredOnce() {
    RandomFaults chaos =
        RandomFaults.builder(7)
            .route(Route.operation("submitExperience"))
            .rate(Fault.dropConnection(), 0.3)
            .rate(Fault.serverError(500), 0.1)
            .rate(Fault.unavailable(Duration.ofSeconds(2)), 0.1)
            .build();
    try (FakePlatform fake = FakePlatform.builder().randomFaults(chaos).manualModeration().start();
        PlatformClient platform =
            fake.platformClient()
                .options(
                    ClientOptions.builder()
                        .retryPolicy(
                            RetryPolicy.builder().maxAttempts(10).sleeper(fake.sleeper()).build())
                        .build())
                .build()) {
      List<ExperienceSubmission> sent = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        ExperienceSubmission submission =
            new ExperienceSubmission(
                "Avis " + i,
                "Texte numéro " + i + ".",
                Feeling.POSITIF,
                List.of(StructureCode.of("3Tn8gzTdcz")),
                List.of());
        Experience stored = platform.submitExperience(submission);
        assertThat(stored.title()).isEqualTo("Avis " + i);
        sent.add(submission);
      }

      assertThat(fake.experiences()).hasSize(25);
      assertThat(sent).allSatisfy(s -> assertThat(fake.copiesOf(s)).isEqualTo(1));
      List<Exchange> calls = fake.exchanges(Route.operation("submitExperience"));
      assertThat(calls).filteredOn(Exchange::dropped).isNotEmpty();
      assertThat(calls).filteredOn(Exchange::replayed).isNotEmpty();
      assertThat(calls).filteredOn(e -> e.status() == 503).isNotEmpty();
      ContractAssertions.assertAnswersConform(fake);
    }
  }

  @Test
  void scriptsApplyToTheNextCallsOfTheirRouteInOrder() {
    try (FakePlatform fake = FakePlatform.start();
        Raw raw = new Raw(fake)) {
      fake.scriptFaults(GET_STRUCTURE, Fault.none(), Fault.serverError(502));
      fake.scriptFaults(Route.of("GET", "/v1/structures/*"), Fault.serverError(504));

      List<Integer> statuses = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        statuses.add(raw.get("/v1/structures/3Tn8gzTdcz", raw.bearer()).status());
      }
      statuses.add(raw.get("/v1/structures", raw.bearer()).status());

      assertThat(statuses).containsExactly(200, 502, 504, 200, 200);
      assertThat(fake.exchanges())
          .extracting(Exchange::fault)
          .containsExactly(null, Fault.serverError(502), Fault.serverError(504), null, null);
      ContractAssertions.assertAnswersConform(fake);
    }
  }

  @Test
  void latencyIsSleptByTheFakesLatencySleeperAndTheRequestIsProcessed() {
    RecordingSleeper latency = new RecordingSleeper();
    try (FakePlatform fake = FakePlatform.builder().latencySleeper(latency).start();
        Raw raw = new Raw(fake)) {
      fake.scriptFaults(GET_STRUCTURE, Fault.latency(Duration.ofMillis(1500)));
      fake.clearFaults();
      fake.scriptFaults(GET_STRUCTURE, Fault.latency(Duration.ofMillis(2500)));

      Raw.Answer answer = raw.get("/v1/structures/3Tn8gzTdcz", raw.bearer());

      assertThat(answer.status()).isEqualTo(200);
      assertThat(latency.waits()).containsExactly(Duration.ofMillis(2500));
      assertThat(fake.exchanges().get(0).fault()).isEqualTo(Fault.latency(Duration.ofMillis(2500)));
    }
  }

  @Test
  void theTokenEndpointAndTheOpenDataEndpointFailToo() {
    try (FakePlatform fake = FakePlatform.start();
        Raw raw = new Raw(fake)) {
      fake.scriptFaults(
          Route.operation(Route.OAUTH_TOKEN), Fault.unavailable(Duration.ofSeconds(5)));
      fake.scriptFaults(Route.openData(), Fault.serverError(500));

      Raw.Answer token = raw.send("POST", "/oauth/token", "{}", Map.of());
      Raw.Answer records =
          raw.get("/api/explore/v2.1/catalog/datasets/export-structures/records", Map.of());

      assertThat(token.status()).isEqualTo(503);
      assertThat(token.header("Retry-After")).isEqualTo("5");
      assertThat(token.body()).contains("\"error\":\"temporarily_unavailable\"");
      assertThat(records.status()).isEqualTo(500);
      assertThat(records.body()).contains("\"error_code\":\"InternalError\"");
    }
  }
}
