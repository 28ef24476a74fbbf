package fr.spsplus.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.structure.StructureCode;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SurveyAnswerTest {

  private static final StructureCode SITE = StructureCode.of("3Tn8gzTdcz");
  private static final Instant AT = Instant.parse("2026-03-02T09:15:00Z");

  @Test
  void anAnswerUsesTheDefaultScaleOfItsQuestion() {
    SurveyAnswer answer =
        SurveyAnswer.of("r-1", SITE, AT, SurveyQuestion.DELAIS, "plutôt satisfait");
    assertThat(answer.answer())
        .isEqualTo(ScaleAnswer.of(SurveyScale.FOUR_POINT, "PLUTOT_SATISFAIT"));
    assertThat(answer.answer().index()).isEqualTo(2);
    assertThat(answer.answer().topBox()).isTrue();
    assertThat(answer.answer().noOpinion()).isFalse();
    assertThat(answer.weight()).isNull();
    assertThat(answer.effectiveWeight()).isEqualTo(1.0);
    assertThat(answer.withWeight(2.5).effectiveWeight()).isEqualTo(2.5);
    String json = SpsplusJson.compact().write(answer);
    assertThat(json)
        .isEqualTo(
            "{\"responseId\":\"r-1\",\"structure\":\"3Tn8gzTdcz\","
                + "\"answeredAt\":\"2026-03-02T09:15:00Z\",\"question\":\"DELAIS\","
                + "\"answer\":{\"scale\":\"FOUR_POINT\",\"code\":\"PLUTOT_SATISFAIT\"},"
                + "\"weight\":null}");
    assertThat(SpsplusJson.compact().read(json, SurveyAnswer.class)).isEqualTo(answer);
  }

  @Test
  void weightsMustBeFiniteAndStrictlyPositive() {
    SurveyAnswer answer = SurveyAnswer.of("r-1", SITE, AT, SurveyQuestion.EFFORT, "NSP");
    for (double bad : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY}) {
      InvalidInputException e =
          catchThrowableOfType(InvalidInputException.class, () -> answer.withWeight(bad));
      assertThat(e.getMessage()).startsWith("« weight » doit être strictement positif");
      assertThat(e.getMessage(Locale.ENGLISH)).startsWith("\"weight\" must be strictly positive");
    }
  }

  @Test
  void responseIdentifiersArePrintableWithoutBlanks() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> SurveyAnswer.of("jean dupont", SITE, AT, SurveyQuestion.EFFORT, "NSP"));
    assertThat(e.getMessage())
        .isEqualTo(
            "« responseId » : identifiant invalide : 1 à 128 caractères ASCII imprimables, sans"
                + " espace, attendus.")
        .doesNotContain("dupont");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "\"responseId\": invalid identifier: 1 to 128 printable ASCII characters, no blank,"
                + " expected.");
  }

  @Test
  void anAnswerOnAnotherScaleIsReadOnThatScale() {
    SurveyAnswer effort =
        new SurveyAnswer(
            "r-2", SITE, AT, SurveyQuestion.EFFORT, ScaleAnswer.of(SurveyScale.CES_1_7, "6"), 1.5);
    assertThat(effort.answer().index()).isEqualTo(5);
    assertThat(effort.answer().score()).isEqualTo(6.0);
    assertThat(effort.answer().topBox()).isTrue();
    assertThat(effort.answer()).hasToString("CES_1_7:6");
    assertThat(ScaleAnswer.noOpinionOn(SurveyScale.CES_1_7).noOpinion()).isTrue();
  }
}
