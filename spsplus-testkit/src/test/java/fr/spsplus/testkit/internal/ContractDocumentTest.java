package fr.spsplus.testkit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.client.testing.Contract;
import fr.spsplus.testkit.fault.Route;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fake reads the contract the client speaks: the same document, every operation routed. */
class ContractDocumentTest {

  @Test
  void theFakesCopyIsTheClientsDocumentTreeForTree() throws Exception {
    JsonNode yaml = Contract.document();
    JsonNode copy = ContractDocument.get().root();
    if (!copy.equals(yaml)) {
      // Leave the up-to-date copy where a maintainer finds it: copy it over
      // src/main/resources/fr/spsplus/testkit/internal/openapi.json.
      Path fresh = Path.of("target", "openapi.json");
      Files.writeString(
          fresh,
          new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(yaml)
              + "\n");
    }
    assertThat(copy)
        .as("regenerate from the client's openapi.yaml (see target/openapi.json)")
        .isEqualTo(yaml);
    assertThat(PlatformClient.openApiDocument()).contains("operationId: submitExperience");
  }

  @Test
  void everyOperationIsRoutedAndCanBeNamedByARoute() {
    List<String> ids =
        ContractDocument.get().operations().stream().map(ContractDocument.Operation::id).toList();

    assertThat(ids)
        .hasSize(10)
        .allSatisfy(id -> assertThat(Route.OPERATION_IDS).contains(id))
        .doesNotHaveDuplicates();
    assertThat(ContractDocument.get().match("GET", List.of("experiences", "12", "moderation")))
        .hasValueSatisfying(
            m -> {
              assertThat(m.operation().id()).isEqualTo("getModeration");
              assertThat(m.pathParameters()).containsEntry("experienceId", "12");
            });
    assertThat(ContractDocument.get().match("GET", List.of("experiences"))).isEmpty();
    assertThat(ContractDocument.get().methodsOf(List.of("experiences", "12")))
        .containsExactly("GET");
    assertThat(ContractDocument.get().operation("submitExperience").orElseThrow().idempotent())
        .isTrue();
    assertThat(ContractDocument.get().operation("putAnswer").orElseThrow().scopes())
        .containsExactly("answers:write");
  }
}
