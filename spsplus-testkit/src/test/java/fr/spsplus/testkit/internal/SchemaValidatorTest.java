package fr.spsplus.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.spsplus.client.testing.Contract;
import fr.spsplus.core.arbitraries.ExperienceArbitraries;
import fr.spsplus.core.arbitraries.IndicatorArbitraries;
import fr.spsplus.core.arbitraries.StructureArbitraries;
import fr.spsplus.testkit.internal.SchemaValidator.Violation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The fake's schema checks against an independent implementation: the networknt validator of the
 * client's {@link Contract}, in the OpenAPI 3.1 dialect. Both must accept the same bodies and
 * refuse the same mutated ones.
 */
class SchemaValidatorTest {

  private static final ContractDocument CONTRACT = ContractDocument.get();
  private static final SchemaValidator VALIDATOR = new SchemaValidator(CONTRACT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** A body to check against a schema of the contract, named by its JSON pointer. */
  record Case(String pointer, JsonNode body) {
    @Override
    public String toString() {
      return pointer + " " + body;
    }
  }

  @Provide
  Arbitrary<Case> validBodies() {
    return Arbitraries.oneOf(
        ExperienceArbitraries.submissions()
            .map(s -> new Case("/components/schemas/ExperienceSubmission", Json.tree(s))),
        ExperienceArbitraries.complexDocumentReports()
            .map(r -> new Case("/components/schemas/ComplexDocumentReport", Json.tree(r))),
        IndicatorArbitraries.results()
            .map(r -> new Case("/components/schemas/IndicatorResult", Json.tree(r))),
        IndicatorArbitraries.results()
            .list()
            .ofMinSize(1)
            .ofMaxSize(4)
            .map(
                list ->
                    new Case(
                        "/components/schemas/ResultBatch", Json.tree(Map.of("results", list)))),
        ExperienceArbitraries.experiences()
            .map(e -> new Case("/components/schemas/Experience", Json.tree(e))),
        StructureArbitraries.structures()
            .map(s -> new Case("/components/schemas/Structure", Json.tree(s))));
  }

  private static List<Violation> fake(Case c) {
    return VALIDATOR.validate(c.body(), CONTRACT.target("#" + c.pointer()), "$");
  }

  private static List<String> independent(Case c) {
    return Contract.bodyProblems(c.pointer(), c.body().toString());
  }

  @Property(tries = 300)
  void bothAcceptWhatTheDomainTypesWrite(@ForAll("validBodies") Case body) {
    // The core's types may accept what the contract refuses (a text longer than a schema allows
    // only when the type has no limit), so the two validators are compared, not presumed valid.
    assertThat(fake(body).isEmpty())
        .as("%s", independent(body))
        .isEqualTo(independent(body).isEmpty());
  }

  @Provide
  Arbitrary<Case> mutatedBodies() {
    return Combinators.combine(
            validBodies(), Arbitraries.longs(), Arbitraries.integers().between(0, 7))
        .as(
            (c, seed, kind) ->
                new Case(c.pointer(), mutate(c.body().deepCopy(), new Random(seed), kind)));
  }

  @Property(tries = 600)
  void bothRefuseTheSameBrokenBodies(@ForAll("mutatedBodies") Case body) {
    List<Violation> fake = fake(body);
    List<String> independent = independent(body);
    assertThat(fake.isEmpty())
        .as("fake %s / independent %s", fake, independent)
        .isEqualTo(independent.isEmpty());
  }

  /** Breaks one node of the body at random: what a careless client might send. */
  private static JsonNode mutate(JsonNode root, Random random, int kind) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object && object.size() > 0) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.get(random.nextInt(names.size()));
      switch (kind) {
        case 0 -> object.remove(name);
        case 1 -> object.put("unexpected_" + random.nextInt(100), 1);
        case 2 -> object.put(name, 12.5);
        case 3 -> object.put(name, "x".repeat(20_001));
        case 4 -> object.put(name, "");
        case 5 -> object.putNull(name);
        case 6 -> object.put(name, -1);
        default -> object.set(name, NODES.arrayNode().add("dup").add("dup"));
      }
    } else if (target instanceof ArrayNode array) {
      switch (kind % 3) {
        case 0 -> array.removeAll();
        case 1 -> array.add(array.size() > 0 ? array.get(0).deepCopy() : NODES.textNode("?"));
        default -> array.add(NODES.numberNode(3));
      }
    }
    return root;
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      Iterator<JsonNode> children = node.elements();
      while (children.hasNext()) {
        collect(children.next(), out);
      }
    }
  }

  @Test
  void violationsNameTheFieldAndTheRule() {
    ObjectNode batch = NODES.objectNode();
    ObjectNode result = batch.putArray("results").addObject();
    result.put("structure", "bad code!");
    result.put("indicator", "IND-27");
    result.put("period", "2026-13");
    result.put("status", "PUBLISHABLE");
    result
        .putObject("interval")
        .put("method", "WILSON")
        .put("confidence", 2)
        .put("low", 1)
        .put("high", 2);

    List<Violation> violations =
        VALIDATOR.validate(batch, CONTRACT.target("#/components/schemas/ResultBatch"), "$");

    Map<String, String> byField = new LinkedHashMap<>();
    violations.forEach(v -> byField.put(v.field(), v.rule()));
    assertThat(byField)
        .containsEntry("results[0].structure", "pattern")
        .containsEntry("results[0].value", "required")
        .containsEntry("results[0].interval.confidence", "maximum");
    assertThat(
            VALIDATOR.validate(
                NODES.textNode("x"), CONTRACT.target("#/components/schemas/ResultBatch"), "$"))
        .containsExactly(new Violation("$", "type"));
  }
}
