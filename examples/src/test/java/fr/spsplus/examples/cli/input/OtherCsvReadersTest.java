package fr.spsplus.examples.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.request.DelayUnit;
import fr.spsplus.core.request.HolidayZone;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.ScaleAnswer;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.core.survey.SurveyScale;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The answers, requests and online-answers formats. */
class OtherCsvReadersTest {

  private static <R> List<R> read(CsvRecordReader<R> reader, String source, String text) {
    try (CsvRecords<R> records =
            reader.open(new StringReader(text), source, InvalidRowPolicy.FAIL);
        Stream<R> stream = records.stream()) {
      return stream.toList();
    }
  }

  private static <R> InvalidInputException failure(
      CsvRecordReader<R> reader, String source, String text) {
    return catchThrowableOfType(InvalidInputException.class, () -> read(reader, source, text));
  }

  // --- answers ---------------------------------------------------------------------------------

  private static final String ANSWERS =
      "response_id,structure,answered_at,question,answer,weight\n";

  @Test
  void readsAnswersWithTolerantCodesAndOptionalWeights() {
    List<SurveyAnswer> answers =
        read(
            new AnswerCsvReader(null),
            "answers.csv",
            ANSWERS
                + "R-1,SYNTH00001,2026-03-02T09:15:00+01:00,SATISFACTION_GLOBALE,TRES_SATISFAIT,\n"
                + "R-1,SYNTH00001,2026-03-02T09:15:00+01:00,DELAIS,Plutôt satisfait,1.25\n"
                + "R-2,SYNTH00002,2026-03-02T09:20:00+01:00,TELEPHONE,NSP,\n");
    assertThat(answers).hasSize(3);
    assertThat(answers.get(0).question()).isEqualTo(SurveyQuestion.SATISFACTION_GLOBALE);
    assertThat(answers.get(0).answer())
        .isEqualTo(ScaleAnswer.of(SurveyScale.FOUR_POINT, "TRES_SATISFAIT"));
    assertThat(answers.get(0).weight()).isNull();
    assertThat(answers.get(1).answer().code()).isEqualTo("PLUTOT_SATISFAIT");
    assertThat(answers.get(1).weight()).isEqualTo(1.25);
    assertThat(answers.get(2).answer().noOpinion()).isTrue();
    assertThat(answers.get(2).answeredAt()).isEqualTo(Instant.parse("2026-03-02T08:20:00Z"));
  }

  @Test
  void anUnknownQuestionOrAnswerListsTheCodes() {
    assertThat(
            failure(
                new AnswerCsvReader(null),
                "answers.csv",
                ANSWERS + "R-1,SYNTH00001,2026-03-02T09:15:00Z,ACCUEIL,TRES_SATISFAIT,\n"))
        .hasMessage(
            "answers.csv, ligne 2, colonne « question » (n° 4) : code inconnu ; codes acceptés :"
                + " SATISFACTION_GLOBALE, DELAIS, ACCESSIBILITE, EFFORT, RELATION, TELEPHONE.");
    InvalidInputException answer =
        failure(
            new AnswerCsvReader(null),
            "answers.csv",
            ANSWERS + "R-1,SYNTH00001,2026-03-02T09:15:00Z,DELAIS,CONTENT,\n");
    assertThat(answer.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "answers.csv, line 2, column \"answer\" (#5): unknown answer on scale FOUR_POINT;"
                + " accepted codes: TRES_INSATISFAIT, PLUTOT_INSATISFAIT, PLUTOT_SATISFAIT,"
                + " TRES_SATISFAIT, NSP.");
  }

  @Test
  void aWeightMustBeAStrictlyPositiveDecimalWithADot() {
    for (String weight : List.of("0", "-1", "1,5", "abc", "Infinity", "NaN")) {
      assertThat(
              failure(
                  new AnswerCsvReader(null),
                  "answers.csv",
                  ANSWERS + "R-1,SYNTH00001,2026-03-02T09:15:00Z,DELAIS,NSP,\"" + weight + "\"\n"))
          .as(weight)
          .hasMessage(
              "answers.csv, ligne 2, colonne « weight » (n° 6) : poids attendu : nombre décimal"
                  + " strictement positif, écrit avec un point (exemple : 1.25).");
    }
  }

  // --- requests --------------------------------------------------------------------------------

  private static final String REQUESTS =
      "request_id,structure,demarche,received_on,closed_on,announced_delay,delay_unit,zone\n";

  @Test
  void readsRequestsOpenAndClosed() {
    List<ProcessedRequest> requests =
        read(
            new RequestCsvReader(),
            "requests.csv",
            REQUESTS
                + "D-1,SYNTH00001,\"Carte grise, changement d’adresse\",2026-03-02,2026-03-06,5,"
                + "WORKING_DAYS,REUNION\n"
                + "D-2,SYNTH00002,Titre de séjour,2026-03-02,,60,CALENDAR_DAYS,\n");
    assertThat(requests).hasSize(2);
    ProcessedRequest closed = requests.get(0);
    assertThat(closed.procedure()).isEqualTo("Carte grise, changement d’adresse");
    assertThat(closed.closedOn()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(closed.announcedDelay().amount()).isEqualTo(5);
    assertThat(closed.announcedDelay().unit()).isEqualTo(DelayUnit.WORKING_DAYS);
    assertThat(closed.holidayZone()).isEqualTo(HolidayZone.REUNION);
    ProcessedRequest open = requests.get(1);
    assertThat(open.stillOpen()).isTrue();
    assertThat(open.holidayZone()).isEqualTo(HolidayZone.METROPOLE);
    assertThat(open.structure()).isEqualTo(StructureCode.of("SYNTH00002"));
  }

  @Test
  void theZoneColumnMayBeAbsent() {
    List<ProcessedRequest> requests =
        read(
            new RequestCsvReader(),
            "requests.csv",
            "request_id,structure,demarche,received_on,closed_on,announced_delay,delay_unit\n"
                + "D-1,SYNTH00001,Permis,2026-03-02,2026-03-03,1,CALENDAR_DAYS\n");
    assertThat(requests.get(0).holidayZone()).isEqualTo(HolidayZone.METROPOLE);
  }

  @Test
  void requestErrorsNameTheColumn() {
    RequestCsvReader reader = new RequestCsvReader();
    assertThat(
            failure(
                reader,
                "requests.csv",
                REQUESTS + "D-1,SYNTH00001,Permis,2026-03-10,2026-03-02,1,CALENDAR_DAYS,\n"))
        .hasMessage(
            "requests.csv, ligne 2, colonne « closed_on » (n° 5) : la date de clôture précède la"
                + " date de réception (colonne « received_on »).");
    assertThat(
            failure(
                reader,
                "requests.csv",
                REQUESTS + "D-1,SYNTH00001,Permis,10/03/2026,,1,CALENDAR_DAYS,\n"))
        .hasMessage(
            "requests.csv, ligne 2, colonne « received_on » (n° 4) : date AAAA-MM-JJ attendue"
                + " (exemple : 2026-03-02).");
    assertThat(
            failure(
                reader,
                "requests.csv",
                REQUESTS + "D-1,SYNTH00001,Permis,2026-03-10,,1,JOURS_OUVRES,\n"))
        .hasMessage(
            "requests.csv, ligne 2, colonne « delay_unit » (n° 7) : code inconnu ; codes"
                + " acceptés : CALENDAR_DAYS, WORKING_DAYS.");
    assertThat(
            failure(
                reader,
                "requests.csv",
                REQUESTS + "D-1,SYNTH00001,Permis,2026-03-10,,1,CALENDAR_DAYS,CORSE\n"))
        .hasMessage(
            "requests.csv, ligne 2, colonne « zone » (n° 8) : code inconnu ; codes acceptés :"
                + " METROPOLE, ALSACE_MOSELLE, GUADELOUPE, MARTINIQUE, GUYANE, REUNION, MAYOTTE.");
    assertThat(
            failure(
                reader,
                "requests.csv",
                REQUESTS + "D-1,SYNTH00001,Permis,2026-03-10,,3661,CALENDAR_DAYS,\n"))
        .hasMessage(
            "requests.csv, ligne 2, colonne « announced_delay » (n° 6) : nombre entier attendu,"
                + " de 0 à 3660.");
    assertThat(
            failure(
                reader,
                "requests.csv",
                REQUESTS + "D-1,SYNTH00001," + "x".repeat(201) + ",2026-03-10,,1,CALENDAR_DAYS,\n"))
        .hasMessage(
            "requests.csv, ligne 2, colonne « demarche » (n° 3) : texte de 1 à 200 caractères"
                + " attendu.");
  }

  @Test
  void theClosedOnColumnIsRequiredEvenWhenEveryRequestIsOpen() {
    assertThat(
            failure(
                new RequestCsvReader(),
                "requests.csv",
                "request_id,structure,demarche,received_on,announced_delay,delay_unit\n"))
        .hasMessage(
            "requests.csv, ligne 1 : colonne obligatoire absente de l’en-tête : closed_on.");
  }

  // --- online answers --------------------------------------------------------------------------

  private static final String ONLINE =
      "response_id,structure,procedure,answered_at,answer,weight\n";

  @Test
  void readsOnlineAnswersOnTheJdmaScale() {
    List<OnlineProcedureAnswer> answers =
        read(
            new OnlineAnswerCsvReader(null),
            "online.csv",
            ONLINE
                + "J-1,SYNTH00001,Demande de RSA,2026-03-02T09:15:00+01:00,GOOD,\n"
                + "J-2,SYNTH00001,Demande de RSA,2026-03-02T09:16:00+01:00,medium,2\n"
                + "J-3,SYNTH00002,\"Prime d’activité, simulation\",2026-03-02T09:17:00Z,NSP,\n");
    assertThat(answers).extracting(a -> a.answer().code()).containsExactly("GOOD", "MEDIUM", "NSP");
    assertThat(answers.get(0).answer().score()).isEqualTo(10.0);
    assertThat(answers.get(1).effectiveWeight()).isEqualTo(2.0);
    assertThat(answers.get(2).procedure()).isEqualTo("Prime d’activité, simulation");
  }

  @Test
  void anOnlineAnswerOutsideTheJdmaLevelsListsThem() {
    assertThat(
            failure(
                new OnlineAnswerCsvReader(null),
                "online.csv",
                ONLINE + "J-1,SYNTH00001,Demande de RSA,2026-03-02T09:15:00Z,8,\n"))
        .hasMessage(
            "online.csv, ligne 2, colonne « answer » (n° 5) : réponse inconnue sur l’échelle"
                + " JDMA_3 ; codes acceptés : BAD, MEDIUM, GOOD, NSP.");
  }

  @Test
  void anOnlineAnswerChecksItsInvariants() {
    StructureCode structure = StructureCode.of("S1");
    Instant at = Instant.parse("2026-03-02T09:15:00Z");
    ScaleAnswer good = ScaleAnswer.of(SurveyScale.JDMA_3, "GOOD");
    assertThat(
            catchThrowableOfType(
                InvalidInputException.class,
                () ->
                    new OnlineProcedureAnswer(
                        "J-1",
                        structure,
                        "RSA",
                        at,
                        ScaleAnswer.of(SurveyScale.FOUR_POINT, "NSP"),
                        null)))
        .hasMessage(
            "« answer » : la réponse doit être sur l’échelle JDMA_3 (GOOD, MEDIUM, BAD, NSP), pas"
                + " sur l’échelle FOUR_POINT.");
    assertThat(
            catchThrowableOfType(
                InvalidInputException.class,
                () -> new OnlineProcedureAnswer("J 1", structure, "RSA", at, good, null)))
        .hasMessageStartingWith("« responseId » : identifiant de réponse invalide");
    assertThat(
            catchThrowableOfType(
                InvalidInputException.class,
                () -> new OnlineProcedureAnswer("J-1", structure, " ", at, good, null)))
        .hasMessage("« procedure » : texte de 1 à 200 caractères attendu.");
    assertThat(
            catchThrowableOfType(
                InvalidInputException.class,
                () -> new OnlineProcedureAnswer("J-1", structure, "RSA", at, good, 0.0)))
        .hasMessage("« weight » : nombre fini strictement positif attendu.");
    assertThat(new OnlineProcedureAnswer("J-1", structure, "RSA", at, good, null).effectiveWeight())
        .isEqualTo(1.0);
  }
}
