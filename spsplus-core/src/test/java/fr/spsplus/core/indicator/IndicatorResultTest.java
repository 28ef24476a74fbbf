package fr.spsplus.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IndicatorResultTest {

  private static final StructureCode SITE = StructureCode.of("Do0Z4ijc9M");
  private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");

  private static IndicatorResult.Builder pickUp() {
    return IndicatorResult.builder(SITE, IndicatorCode.TAUX_DECROCHE_AGENT.id(), MARCH);
  }

  @Test
  void aPublishedResultCarriesItsIntervalAndSample() {
    ConfidenceInterval wilson = new ConfidenceInterval(IntervalMethod.WILSON, 0.95, 76.7, 90.7);
    IndicatorResult result =
        pickUp()
            .value(85.0)
            .interval(wilson)
            .n(100L)
            .status(PublicationStatus.PUBLISHABLE)
            .frequency(Frequency.MENSUELLE)
            .updatedOn(LocalDate.of(2026, 4, 2))
            .target(85.0)
            .build();
    assertThat(result.value()).isEqualTo(85.0);
    assertThat(result.toBuilder().build()).isEqualTo(result);
    assertThat(
            SpsplusJson.compact().read(SpsplusJson.compact().write(result), IndicatorResult.class))
        .isEqualTo(result);
  }

  @Test
  void aWithheldResultHasNoValueAndNoInterval() {
    IndicatorResult withheld = IndicatorResult.withheld(SITE, IndicatorCode.EFFORT.id(), MARCH, 12);
    assertThat(withheld.value()).isNull();
    assertThat(withheld.interval()).isNull();
    assertThat(withheld.n()).isEqualTo(12L);
    assertThat(withheld.status()).isEqualTo(PublicationStatus.INSUFFICIENT_SAMPLE);
  }

  @Test
  void theValueMustMatchTheStatus() {
    InvalidInputException shown =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> pickUp().value(50.0).status(PublicationStatus.INSUFFICIENT_SAMPLE).build());
    assertThat(shown.getMessage())
        .isEqualTo(
            "« value » doit être absente quand le statut est INSUFFICIENT_SAMPLE (valeur retenue"
                + " faute d’échantillon suffisant).");
    assertThat(shown.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "\"value\" must be absent when the status is INSUFFICIENT_SAMPLE (value withheld for"
                + " lack of a sufficient sample).");
    InvalidInputException missing =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> pickUp().status(PublicationStatus.INDICATIVE).build());
    assertThat(missing.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "\"value\" is absent although status INDICATIVE shows it: a value is expected, or"
                + " status INSUFFICIENT_SAMPLE.");
  }

  @Test
  void otherRulesNameTheirField() {
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> pickUp().value(Double.NaN).status(PublicationStatus.PUBLISHABLE).build())
                .getMessage())
        .startsWith("« value » doit être compris entre");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> pickUp().value(1.0).n(-1L).status(PublicationStatus.PUBLISHABLE).build())
                .getMessage(Locale.ENGLISH))
        .isEqualTo("\"n\" must not be negative (got -1).");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () ->
                        pickUp()
                            .value(1.0)
                            .target(Double.POSITIVE_INFINITY)
                            .status(PublicationStatus.PUBLISHABLE)
                            .build())
                .getMessage())
        .startsWith("« target »");
    assertThat(
            catchThrowableOfType(NullPointerException.class, () -> pickUp().value(1.0).build())
                .getMessage())
        .isEqualTo("status");
  }

  @Test
  void negativeZeroIsTheSameValueAsZero() {
    IndicatorResult result =
        pickUp().value(-0.0).target(-0.0).status(PublicationStatus.PUBLISHABLE).build();
    assertThat(result.value()).isEqualTo(0.0);
    assertThat(result)
        .isEqualTo(pickUp().value(0.0).target(0.0).status(PublicationStatus.PUBLISHABLE).build());
  }

  @Test
  void toOpenDataRecordWritesWhatTheDatasetHolds() {
    IndicatorResult result =
        pickUp()
            .value(85.5)
            .interval(new ConfidenceInterval(IntervalMethod.WILSON, 0.95, 80, 90))
            .n(400L)
            .status(PublicationStatus.PUBLISHABLE)
            .frequency(Frequency.MENSUELLE)
            .updatedOn(LocalDate.of(2026, 4, 2))
            .build();
    assertThat(result.toOpenDataRecord())
        .containsOnlyKeys(OpenDataResult.FIELDS)
        .containsEntry("code_sp_structure", "Do0Z4ijc9M")
        .containsEntry("code_sp_de_l_indicateur", "TAUX_DECROCHE_AGENT")
        .containsEntry("date_de_debut_de_l_evaluation", "2026-03-01")
        .containsEntry("frequence", "mensuelle")
        .containsEntry("valeur", 85.5)
        .containsEntry("date_de_mise_a_jour", "2026-04-02")
        .containsEntry("actif", null)
        .containsEntry("duree_de_l_evaluation", null);
    IndicatorResult back = IndicatorResult.fromOpenDataRecord(result.toOpenDataRecord());
    assertThat(back).isEqualTo(result.toBuilder().interval(null).n(null).build());
  }
}
