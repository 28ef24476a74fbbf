package fr.spsplus.core.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.arbitraries.StructureArbitraries;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.testing.BundleParity;
import fr.spsplus.core.validation.SpsplusValidation;
import fr.spsplus.core.validation.Violation;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class StructureTypesTest {

  @Provide
  Arbitrary<Structure> structures() {
    return StructureArbitraries.structures();
  }

  @Property(tries = 100)
  void structuresRoundTripThroughJson(@ForAll("structures") Structure structure) {
    String json = SpsplusJson.compact().write(structure);
    assertThat(SpsplusJson.compact().read(json, Structure.class)).isEqualTo(structure);
  }

  @Property(tries = 100)
  void generatedStructuresAreValid(@ForAll("structures") Structure structure) {
    assertThat(SpsplusValidation.french().validate(structure)).isEmpty();
  }

  @Property(tries = 50)
  void toBuilderRebuildsAnEqualStructure(@ForAll("structures") Structure structure) {
    assertThat(structure.toBuilder().build()).isEqualTo(structure);
  }

  @Test
  void summariesAndRowsRoundTripThroughJson() {
    DirectorySummary summary = new DirectorySummary(1908, 37, 21, 1346, 4, 83);
    assertThat(
            SpsplusJson.compact()
                .read(SpsplusJson.compact().write(summary), DirectorySummary.class))
        .isEqualTo(summary);
    StructureRow row =
        new StructureRow(
            12,
            Structure.builder(StructureCode.of("A1"), Network.of("N"), Typology.of(null, "T"), "S")
                .build());
    assertThat(SpsplusJson.compact().read(SpsplusJson.compact().write(row), StructureRow.class))
        .isEqualTo(row);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> new DirectorySummary(2, 1, 2, 1, 1, 0));
    assertThat(e.getMessage()).isEqualTo("« orphans » doit être compris entre 0 et 0 (reçu : 1).");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("\"orphans\" must be between 0 and 0 (got 1).");
  }

  @Test
  void jsonUsesTheComponentNamesAndKeepsPostalCodesAsText() {
    Structure structure =
        Structure.builder(
                StructureCode.of("A1"), Network.of("DGFIP"), Typology.of(null, "SIP"), "SIP Foix")
            .address(PostalAddress.fromOpenData("1 rue X", null, "9000", "FOIX", "France"))
            .build();
    String json = SpsplusJson.compact().write(structure);
    assertThat(json)
        .contains("\"code\":\"A1\"")
        .contains("\"postalCode\":\"9000\"")
        .contains("\"active\":true");
  }

  @Test
  void jsonErrorsNameThePathAndTheRule() {
    String json =
        "{\"code\":\"A1\",\"network\":{\"name\":\" \"},"
            + "\"typology\":{\"label\":\"T\"},\"name\":\"S\"}";
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> SpsplusJson.compact().read(json, Structure.class));
    assertThat(e.getMessage())
        .contains("$.network")
        .contains("« network.name » ne doit pas être vide");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("\"network.name\" must not be blank");
  }

  @Test
  void validationReportsOverlongTextsInBothLanguages() {
    Structure structure =
        Structure.builder(
                StructureCode.of("A1"), Network.of("N"), Typology.of(null, "T"), "x".repeat(501))
            .build();
    assertThat(SpsplusValidation.french().validate(structure))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "name", "la taille doit être comprise entre 0 et 500"));
    assertThat(SpsplusValidation.english().validate(structure))
        .extracting(Violation::message)
        .containsExactly("size must be between 0 and 500");
  }

  @Test
  void invariantsAreCheckedWithMessagesInBothLanguages() {
    InvalidInputException self =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                Structure.builder(
                        StructureCode.of("A1"), Network.of("N"), Typology.of(null, "T"), "S")
                    .parent(StructureCode.of("A1"), null)
                    .build());
    assertThat(self.getMessage())
        .isEqualTo("La structure A1 ne peut pas être sa propre structure parente.");
    assertThat(self.getMessage(Locale.ENGLISH)).isEqualTo("Structure A1 cannot be its own parent.");

    InvalidInputException typology =
        catchThrowableOfType(InvalidInputException.class, () -> Typology.of("a b", "T"));
    assertThat(typology.getMessage()).startsWith("Code de typologie invalide");
    assertThat(typology.getMessage(Locale.ENGLISH)).startsWith("Invalid typology code");

    assertThatThrownBy(() -> Network.of(" ")).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                Structure.builder(
                        StructureCode.of("A1"), Network.of("N"), Typology.of(null, "T"), "S")
                    .description("  ")
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("« description » ne doit pas être vide.");
    assertThatThrownBy(() -> new PostalAddress(List.of(" "), null, null, null, null))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void frenchPostalCodeIsRestoredOnlyWhenSafe() {
    assertThat(PostalAddress.fromOpenData(null, null, "4000", null, "France").frenchPostalCode())
        .hasValue("04000");
    assertThat(PostalAddress.fromOpenData(null, null, "75015", null, " FRANCE ").frenchPostalCode())
        .hasValue("75015");
    assertThat(PostalAddress.fromOpenData(null, null, "4000", null, "Belgique").frenchPostalCode())
        .isEmpty();
    assertThat(PostalAddress.fromOpenData(null, null, "4000", null, null).frenchPostalCode())
        .isEmpty();
    assertThat(PostalAddress.fromOpenData(null, null, "186", null, "France").frenchPostalCode())
        .isEmpty();
    assertThat(PostalAddress.fromOpenData(null, null, "2A004", null, "France").frenchPostalCode())
        .isEmpty();
    assertThat(PostalAddress.fromOpenData(null, null, "750150", null, "France").frenchPostalCode())
        .isEmpty();
    assertThat(PostalAddress.fromOpenData(" a\r\n\n b ", " ", " 01120 ", "", null))
        .isEqualTo(new PostalAddress(List.of("a", "b"), null, "01120", null, null));
  }

  @Test
  void inseeCodesLoseTheirPrefixOnRequest() {
    InseeCodes codes = new InseeCodes("com75056", "dep75", "reg11", "arr75056-13");
    assertThat(codes.communeCode()).hasValue("75056");
    assertThat(codes.departmentCode()).hasValue("75");
    assertThat(codes.regionCode()).hasValue("11");
    assertThat(codes.arrondissementCode()).hasValue("75056-13");
    assertThat(InseeCodes.NONE.communeCode()).isEmpty();
  }

  @Test
  void contactChannelsAreParsedTolerantly() {
    assertThat(ContactChannel.parse("TELEPHONE")).isEqualTo(ContactChannel.TELEPHONE);
    assertThat(ContactChannel.parse(" téléphone ")).isEqualTo(ContactChannel.TELEPHONE);
    assertThat(ContactChannel.parse("e-mail")).isEqualTo(ContactChannel.EMAIL);
    assertThat(ContactChannel.parse("Accueil physique")).isEqualTo(ContactChannel.ACCUEIL_PHYSIQUE);
    assertThat(ContactChannel.parse("accueil_physique")).isEqualTo(ContactChannel.ACCUEIL_PHYSIQUE);
    assertThat(ContactChannel.parse("demarche en ligne"))
        .isEqualTo(ContactChannel.FORMULAIRE_EN_LIGNE);
    assertThat(ContactChannel.parse("Visioconférence")).isEqualTo(ContactChannel.VISIO);
    assertThat(ContactChannel.find("reseaux sociaux")).isEmpty();
    for (ContactChannel channel : ContactChannel.values()) {
      assertThat(ContactChannel.parse(channel.name())).isEqualTo(channel);
      assertThat(ContactChannel.parse(channel.label())).isEqualTo(channel);
    }
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> ContactChannel.parse("pigeon"));
    assertThat(e.getMessage()).contains("ACCUEIL_PHYSIQUE, TELEPHONE");
  }

  @Test
  void theStructureBundleHasItsEnglishTwin() throws Exception {
    assertThat(BundleParity.assertComplete(Path.of("src/main/resources/fr/spsplus/core/structure")))
        .isEqualTo(1);
  }
}
