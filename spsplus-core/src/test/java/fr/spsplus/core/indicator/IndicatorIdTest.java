package fr.spsplus.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.json.SpsplusJson;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndicatorIdTest {

  @Test
  void openDataCodesAreAcceptedAndNumbered() {
    IndicatorId id = IndicatorId.parse(" IND-27 ");
    assertThat(id.value()).isEqualTo("IND-27");
    assertThat(id.openDataNumber()).hasValue(27);
    assertThat(id.code()).isEmpty();
    assertThat(IndicatorId.parse("ind-27").openDataNumber()).isEmpty(); // case-sensitive
    assertThat(IndicatorId.parse("IND-27-bis").openDataNumber()).isEmpty();
  }

  @Test
  void spsplusCodesAreRecognisedInAnyCase() {
    assertThat(IndicatorId.parse("taux_decroche_agent"))
        .isSameAs(IndicatorCode.TAUX_DECROCHE_AGENT.id());
    assertThat(IndicatorId.parse("EFFORT").code()).contains(IndicatorCode.EFFORT);
    assertThat(new IndicatorId("effort").code()).isEmpty();
  }

  @Test
  void malformedIdentifiersAreRejectedInBothLanguages() {
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> IndicatorId.parse("IND 27"));
    assertThat(e.getMessage())
        .isEqualTo(
            "Identifiant d’indicateur invalide : 1 à 64 caractères attendus, lettres ASCII,"
                + " chiffres, « - », « _ » ou « . » (par exemple TAUX_DECROCHE_AGENT ou IND-27).");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Invalid indicator identifier: 1 to 64 characters expected, ASCII letters, digits,"
                + " \"-\", \"_\" or \".\" (for example TAUX_DECROCHE_AGENT or IND-27).");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> IndicatorId.parse("")))
        .isNotNull();
    assertThat(
            catchThrowableOfType(
                InvalidInputException.class, () -> new IndicatorId("x".repeat(65))))
        .isNotNull();
  }

  @Test
  void identifiersAreOrderedAndWrittenAsTheirValue() {
    assertThat(IndicatorId.parse("IND-27")).hasToString("IND-27");
    assertThat(IndicatorId.parse("IND-1").compareTo(IndicatorId.parse("IND-2"))).isNegative();
    String json = SpsplusJson.compact().write(IndicatorId.parse("IND-27"));
    assertThat(json).isEqualTo("\"IND-27\"");
  }
}
