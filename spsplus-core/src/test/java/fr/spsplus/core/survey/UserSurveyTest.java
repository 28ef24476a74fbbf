package fr.spsplus.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserSurveyTest {

  private static final StructureCode SITE = StructureCode.of("3Tn8gzTdcz");
  private static final ReportingPeriod YEAR = ReportingPeriod.parse("2026");
  private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");

  private static SurveyAnswer answer(String response, SurveyQuestion question, String code) {
    return SurveyAnswer.of(response, SITE, AT, question, code);
  }

  @Test
  void aSurveyKnownByItsScore() {
    UserSurvey survey = UserSurvey.ofScore(SITE, YEAR, 82.5, 400);
    assertThat(survey.effectiveScore()).hasValue(82.5);
    assertThat(survey.answers()).isEmpty();
  }

  @Test
  void aSurveyKnownByItsAnswersCountsRespondentsAndComputesTheTopBoxShare() {
    List<SurveyAnswer> answers =
        List.of(
            answer("r1", SurveyQuestion.SATISFACTION_GLOBALE, "TRES_SATISFAIT"),
            answer("r1", SurveyQuestion.DELAIS, "PLUTOT_INSATISFAIT"),
            answer("r2", SurveyQuestion.SATISFACTION_GLOBALE, "PLUTOT_SATISFAIT"),
            answer("r3", SurveyQuestion.SATISFACTION_GLOBALE, "NSP"));
    UserSurvey survey = UserSurvey.ofAnswers(SITE, YEAR, answers);
    assertThat(survey.n()).isEqualTo(3);
    assertThat(survey.score()).isNull();
    assertThat(survey.effectiveScore().getAsDouble()).isCloseTo(200.0 / 3, within(1e-12));
  }

  @Test
  void weightsCountInTheComputedScore() {
    List<SurveyAnswer> answers =
        List.of(
            answer("r1", SurveyQuestion.EFFORT, "TRES_SATISFAIT").withWeight(3),
            answer("r2", SurveyQuestion.EFFORT, "TRES_INSATISFAIT"));
    assertThat(UserSurvey.ofAnswers(SITE, YEAR, answers).effectiveScore()).hasValue(75.0);
  }

  @Test
  void onlyNoOpinionAnswersGiveNoScore() {
    UserSurvey survey =
        UserSurvey.ofAnswers(SITE, YEAR, List.of(answer("r1", SurveyQuestion.EFFORT, "NSP")));
    assertThat(survey.effectiveScore()).isEmpty();
  }

  @Test
  void inconsistentSurveysAreRejected() {
    InvalidInputException empty =
        catchThrowableOfType(
            InvalidInputException.class, () -> UserSurvey.ofAnswers(SITE, YEAR, List.of()));
    assertThat(empty.getMessage())
        .isEqualTo(
            "Enquête vide : un score (« score ») ou des réponses (« answers ») sont attendus.");
    InvalidInputException noN =
        catchThrowableOfType(
            InvalidInputException.class, () -> UserSurvey.ofScore(SITE, YEAR, 80, 0));
    assertThat(noN.getMessage(Locale.ENGLISH))
        .isEqualTo("\"n\": a score must come with the number of respondents (at least 1).");
    InvalidInputException range =
        catchThrowableOfType(
            InvalidInputException.class, () -> UserSurvey.ofScore(SITE, YEAR, 100.5, 10));
    assertThat(range.getMessage()).startsWith("« score » doit être compris entre 0");
    InvalidInputException mismatch =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new UserSurvey(
                    SITE, YEAR, null, 5, List.of(answer("r1", SurveyQuestion.EFFORT, "NSP"))));
    assertThat(mismatch.getMessage())
        .isEqualTo("« n » (5) doit être le nombre de répondants distincts des réponses (1).");
    SurveyAnswer elsewhere =
        SurveyAnswer.of("r1", StructureCode.of("PB7y8Rc7w1"), AT, SurveyQuestion.EFFORT, "NSP");
    InvalidInputException structure =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> UserSurvey.ofAnswers(SITE, YEAR, List.of(elsewhere)));
    assertThat(structure.getMessage(Locale.ENGLISH))
        .isEqualTo("\"answers\": every answer must be about the survey's structure.");
  }

  @Test
  void agentSurveysUseFreeQuestionCodes() {
    List<AgentAnswer> answers =
        List.of(
            new AgentAnswer("a1", "Q1", ScaleAnswer.of(SurveyScale.FIVE_POINT, "SATISFAIT")),
            new AgentAnswer("a1", "Q2", ScaleAnswer.of(SurveyScale.FIVE_POINT, "NEUTRE")),
            new AgentAnswer("a2", "Q1", ScaleAnswer.of(SurveyScale.YES_NO, "OUI")));
    AgentSurvey survey = AgentSurvey.ofAnswers(SITE, YEAR, answers);
    assertThat(survey.n()).isEqualTo(2);
    assertThat(survey.effectiveScore().getAsDouble()).isCloseTo(200.0 / 3, within(1e-12));
    assertThat(AgentSurvey.ofScore(SITE, YEAR, 70, 25).effectiveScore()).hasValue(70.0);
    InvalidInputException question =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> new AgentAnswer("a1", "Q 1", ScaleAnswer.of(SurveyScale.YES_NO, "OUI")));
    assertThat(question.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "\"question\": invalid question code: 1 to 64 characters expected, ASCII letters,"
                + " digits, \"-\", \"_\" or \".\".");
  }
}
