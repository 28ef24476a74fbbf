package fr.spsplus.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class IndicatorCodeTest {

  @Test
  void theCodesAreTheCliAndJsonContract() {
    assertThat(Arrays.stream(IndicatorCode.values()).map(Enum::name))
        .containsExactly(
            "TAUX_DECROCHE_AGENT",
            "TAUX_DECROCHE_GLOBAL",
            "TAUX_ABANDON",
            "NIVEAU_SERVICE",
            "ATTENTE_MOYENNE",
            "ATTENTE_P50",
            "ATTENTE_P90",
            "SATISFACTION_GLOBALE",
            "SATISFACTION_DELAIS",
            "ACCESSIBILITE",
            "EFFORT",
            "QUALITE_RELATION",
            "SATISFACTION_TELEPHONE",
            "RESPECT_DELAI",
            "QUALITE_DEMARCHES_EN_LIGNE");
  }

  @Test
  void theNineDashboardIndicatorsHaveTheirNumbers() {
    assertThat(IndicatorCode.dashboard())
        .containsExactly(
            IndicatorCode.SATISFACTION_GLOBALE,
            IndicatorCode.SATISFACTION_DELAIS,
            IndicatorCode.ACCESSIBILITE,
            IndicatorCode.EFFORT,
            IndicatorCode.QUALITE_RELATION,
            IndicatorCode.TAUX_DECROCHE_AGENT,
            IndicatorCode.SATISFACTION_TELEPHONE,
            IndicatorCode.RESPECT_DELAI,
            IndicatorCode.QUALITE_DEMARCHES_EN_LIGNE);
    for (int number = 1; number <= IndicatorCode.DASHBOARD_SIZE; number++) {
      IndicatorCode code = IndicatorCode.ofDashboardNumber(number).orElseThrow();
      assertThat(code.dashboardNumber()).hasValue(number);
      assertThat(code.onDashboard()).isTrue();
    }
    assertThat(IndicatorCode.ofDashboardNumber(0)).isEmpty();
    assertThat(IndicatorCode.ofDashboardNumber(10)).isEmpty();
    assertThat(IndicatorCode.TAUX_DECROCHE_GLOBAL.dashboardNumber()).isEqualTo(OptionalInt.empty());
    assertThat(IndicatorCode.ATTENTE_P90.onDashboard()).isFalse();
    assertThat(Arrays.stream(IndicatorCode.values()).filter(IndicatorCode::onDashboard)).hasSize(9);
  }

  @Test
  void eachCodeHasOneSharedIdentifier() {
    for (IndicatorCode code : IndicatorCode.values()) {
      assertThat(code.id().value()).isEqualTo(code.name());
      assertThat(code.id()).isSameAs(IndicatorId.of(code));
      assertThat(code.id().code()).contains(code);
    }
  }

  @Test
  void parsingAnUnknownCodeListsTheAcceptedOnes() {
    assertThat(IndicatorCode.parse(" EFFORT ")).isEqualTo(IndicatorCode.EFFORT);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> IndicatorCode.parse("DECROCHE"));
    assertThat(e.getMessage())
        .startsWith("« indicator » : code inconnu ; codes acceptés : TAUX_DECROCHE_AGENT, ");
    assertThat(e.getMessage(Locale.ENGLISH))
        .startsWith("\"indicator\": unknown code; accepted codes: TAUX_DECROCHE_AGENT, ")
        .endsWith("QUALITE_DEMARCHES_EN_LIGNE.");
  }
}
