package fr.spsplus.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mapping of {@code export-resultats}, checked against a real response of the platform. */
class OpenDataResultTest {

  @SuppressWarnings("unchecked")
  private static Map<String, Object> realRecord() throws IOException {
    try (InputStream in =
        OpenDataResultTest.class.getResourceAsStream("opendata/resultats-records-response.json")) {
      Map<String, Object> body = SpsplusJson.compact().read(in, Map.class);
      assertThat(body).containsEntry("total_count", 5);
      List<Map<String, Object>> results = (List<Map<String, Object>>) body.get("results");
      assertThat(results).hasSize(1);
      return results.get(0);
    }
  }

  private static Map<String, Object> with(Map<String, Object> record, String field, Object value) {
    Map<String, Object> copy = new HashMap<>(record);
    copy.put(field, value);
    return copy;
  }

  @Test
  void theRealRecordIsReadIntoAResultAndItsDescription() throws IOException {
    OpenDataResult read = OpenDataResult.fromRecord(realRecord());
    IndicatorResult result = read.result();
    assertThat(result.structure().value()).isEqualTo("Do0Z4ijc9M");
    assertThat(result.indicator().value()).isEqualTo("IND-27");
    assertThat(result.indicator().openDataNumber()).hasValue(27);
    // 30 September 2023 does not begin a quarter: one quarter's length from that day.
    assertThat(result.period().granularity()).isEqualTo(Granularity.CUSTOM);
    assertThat(result.period().code()).isEqualTo("2023-09-30/2023-12-29");
    assertThat(result.value()).isEqualTo(77.0);
    assertThat(result.status()).isEqualTo(PublicationStatus.PUBLISHABLE);
    assertThat(result.frequency()).isEqualTo(Frequency.TRIMESTRIELLE);
    assertThat(result.updatedOn()).isEqualTo(LocalDate.of(2023, 10, 30));
    assertThat(result.target()).isNull();
    assertThat(result.n()).isNull();
    assertThat(result.interval()).isNull();
    assertThat(read.resultCode()).isEqualTo("IND-27_2023_94601");
    assertThat(read.network()).isEqualTo("DGCCRF");
    assertThat(read.typology()).isEqualTo("SignalConso");
    assertThat(read.structureName()).isEqualTo("SignalConso");
    assertThat(read.indicatorTitle())
        .isEqualTo(
            "Taux de satisfaction des usagers vis-à-vis de la plateforme numérique SignalConso");
    assertThat(read.evaluationDuration()).isEqualTo(13);
    assertThat(read.frequencyLabel()).isEqualTo("trimestrielle");
    assertThat(read.satisfiedShare()).isNull();
    assertThat(read.dissatisfiedShare()).isNull();
    assertThat(read.noOpinionShare()).isNull();
    assertThat(read.active()).isTrue();
  }

  @Test
  void writingGivesTheRealRecordBackFieldForField() throws IOException {
    Map<String, Object> real = realRecord();
    Map<String, Object> written = OpenDataResult.fromRecord(real).toRecord();
    assertThat(written).isEqualTo(real);
    assertThat(written.keySet()).containsExactlyElementsOf(real.keySet());
    assertThat(written.keySet()).containsExactlyElementsOf(OpenDataResult.FIELDS);
  }

  @Test
  void valuesArriveAsNumbersOrAsText() throws IOException {
    Map<String, Object> real = realRecord();
    assertThat(value(with(real, "valeur", "77"))).isEqualTo(77.0);
    assertThat(value(with(real, "valeur", "77,5"))).isEqualTo(77.5);
    assertThat(value(with(real, "valeur", " 77.5 % "))).isEqualTo(77.5);
    assertThat(value(with(real, "valeur", "1\u00a0234,5"))).isEqualTo(1234.5);
    assertThat(value(with(real, "valeur", new BigDecimal("98.25")))).isEqualTo(98.25);
    assertThat(value(with(real, "valeur", 98L))).isEqualTo(98.0);
    IndicatorResult blank = IndicatorResult.fromOpenDataRecord(with(real, "valeur", "  "));
    assertThat(blank.value()).isNull();
    assertThat(blank.status()).isEqualTo(PublicationStatus.INSUFFICIENT_SAMPLE);
    assertThat(IndicatorResult.fromOpenDataRecord(with(real, "valeur_attendue", "85")).target())
        .isEqualTo(85.0);
  }

  private static Double value(Map<String, Object> record) {
    return IndicatorResult.fromOpenDataRecord(record).value();
  }

  @Test
  void unreadableValuesNameTheFieldWithoutRepeatingIt() throws IOException {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> OpenDataResult.fromRecord(with(realRecord(), "valeur", "secret-77x")));
    assertThat(e.getMessage())
        .isEqualTo(
            "export-resultats : champ « valeur » : un nombre fini est attendu (par exemple 77, 77,5"
                + " ou \"77.5 %\").")
        .doesNotContain("secret");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "export-resultats: field \"valeur\": a finite number is expected (for example 77, 77,5"
                + " or \"77.5 %\").");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> OpenDataResult.fromRecord(with(realRecord(), "valeur", "NaN")))
                .getMessage())
        .contains("« valeur »");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () ->
                        OpenDataResult.fromRecord(with(realRecord(), "duree_de_l_evaluation", 1.5)))
                .getMessage(Locale.ENGLISH))
        .isEqualTo(
            "export-resultats: field \"duree_de_l_evaluation\": a whole number, zero or more, is"
                + " expected.");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> OpenDataResult.fromRecord(with(realRecord(), "valeur", List.of(1))))
                .key())
        .isEqualTo("opendata.field");
  }

  @Test
  void theActiveFlagIsTextYesOrNo() throws IOException {
    Map<String, Object> real = realRecord();
    assertThat(OpenDataResult.fromRecord(with(real, "actif", "Non")).active()).isFalse();
    assertThat(OpenDataResult.fromRecord(with(real, "actif", "OUI")).active()).isTrue();
    assertThat(OpenDataResult.fromRecord(with(real, "actif", false)).active()).isFalse();
    assertThat(OpenDataResult.fromRecord(with(real, "actif", "")).active()).isNull();
    assertThat(OpenDataResult.fromRecord(with(real, "actif", null)).active()).isNull();
    assertThat(OpenDataResult.fromRecord(with(real, "actif", "Non")).toRecord())
        .containsEntry("actif", "Non");
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> OpenDataResult.fromRecord(with(real, "actif", "peut-être")));
    assertThat(e.getMessage())
        .isEqualTo("export-resultats : champ « actif » : « Oui » ou « Non » est attendu.");
  }

  @Test
  void datesAreIsoDatesOrDateTimesOrFrenchDates() throws IOException {
    Map<String, Object> real = realRecord();
    LocalDate expected = LocalDate.of(2023, 10, 30);
    assertThat(updatedOn(with(real, "date_de_mise_a_jour", "30/10/2023"))).isEqualTo(expected);
    assertThat(updatedOn(with(real, "date_de_mise_a_jour", "2023-10-30T00:00:00+00:00")))
        .isEqualTo(expected);
    assertThat(updatedOn(with(real, "date_de_mise_a_jour", expected))).isEqualTo(expected);
    assertThat(updatedOn(with(real, "date_de_mise_a_jour", null))).isNull();
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> OpenDataResult.fromRecord(with(real, "date_de_mise_a_jour", "2023-02-30")));
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "export-resultats: field \"date_de_mise_a_jour\": an existing date is expected,"
                + " formatted YYYY-MM-DD (or DD/MM/YYYY).");
  }

  private static LocalDate updatedOn(Map<String, Object> record) {
    return IndicatorResult.fromOpenDataRecord(record).updatedOn();
  }

  @Test
  void requiredFieldsAreNamedWhenMissingOrInvalid() throws IOException {
    InvalidInputException missing =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> OpenDataResult.fromRecord(with(realRecord(), "code_sp_structure", " ")));
    assertThat(missing.getMessage())
        .isEqualTo("export-resultats : champ obligatoire absent ou vide : « code_sp_structure ».");
    assertThat(missing.getMessage(Locale.ENGLISH))
        .isEqualTo("export-resultats: required field missing or empty: \"code_sp_structure\".");
    InvalidInputException invalid =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> OpenDataResult.fromRecord(with(realRecord(), "code_sp_structure", "bad code!")));
    assertThat(invalid.getMessage())
        .startsWith("export-resultats : champ « code_sp_structure » : Code de structure invalide");
    Map<String, Object> noStart = new HashMap<>(realRecord());
    noStart.remove("date_de_debut_de_l_evaluation");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class, () -> OpenDataResult.fromRecord(noStart))
                .getMessage(Locale.ENGLISH))
        .isEqualTo(
            "export-resultats: required field missing or empty: \"date_de_debut_de_l_evaluation\".");
  }

  @Test
  void thePeriodIsReadFromTheStartAndTheFrequency() throws IOException {
    Map<String, Object> real = realRecord();
    assertThat(period(real, "2023-07-01", "trimestrielle")).isEqualTo("2023-Q3");
    assertThat(period(real, "2023-01-01", "Annuelle")).isEqualTo("2023");
    assertThat(period(real, "2023-03-01", "mensuelle")).isEqualTo("2023-03");
    assertThat(period(real, "2023-03-15", "mensuelle")).isEqualTo("2023-03-15/2023-04-14");
    assertThat(period(real, "2024-01-01", "semestrielle")).isEqualTo("2024-01-01/2024-06-30");
    assertThat(period(real, "2026-03-02", "hebdomadaire")).isEqualTo("2026-W10");
    assertThat(period(real, "2026-03-03", "hebdomadaire")).isEqualTo("2026-03-03/2026-03-09");
    assertThat(period(real, "2023-09-30", "ponctuelle")).isEqualTo("2023-09-30");
    assertThat(period(real, "2023-09-30", null)).isEqualTo("2023-09-30");
    OpenDataResult unknown = OpenDataResult.fromRecord(with(real, "frequence", "bimensuelle"));
    assertThat(unknown.result().frequency()).isNull();
    assertThat(unknown.frequencyLabel()).isEqualTo("bimensuelle");
    assertThat(unknown.result().period()).isEqualTo(ReportingPeriod.parse("2023-09-30"));
    assertThat(unknown.toRecord()).containsEntry("frequence", "bimensuelle");
  }

  private static String period(Map<String, Object> real, String start, String frequency) {
    Map<String, Object> record = with(real, "date_de_debut_de_l_evaluation", start);
    record.put("frequence", frequency);
    return IndicatorResult.fromOpenDataRecord(record).period().code();
  }

  @Test
  void aLabelThatContradictsTheFrequencyIsRejected() throws IOException {
    OpenDataResult read = OpenDataResult.fromRecord(realRecord());
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new OpenDataResult(
                    read.result(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "annuelle",
                    null,
                    null,
                    null,
                    null));
    assertThat(e.key()).isEqualTo("opendata.frequency.mismatch");
  }
}
