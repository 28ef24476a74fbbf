package fr.spsplus.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.IndicatorCode;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SurveyQuestionTest {

  @Test
  void theQuestionsAreTheCliCodesAndFeedTheirIndicators() {
    assertThat(Arrays.stream(SurveyQuestion.values()).map(Enum::name))
        .containsExactly(
            "SATISFACTION_GLOBALE", "DELAIS", "ACCESSIBILITE", "EFFORT", "RELATION", "TELEPHONE");
    assertThat(Arrays.stream(SurveyQuestion.values()).map(SurveyQuestion::indicator))
        .containsExactly(
            IndicatorCode.SATISFACTION_GLOBALE,
            IndicatorCode.SATISFACTION_DELAIS,
            IndicatorCode.ACCESSIBILITE,
            IndicatorCode.EFFORT,
            IndicatorCode.QUALITE_RELATION,
            IndicatorCode.SATISFACTION_TELEPHONE);
    assertThat(SurveyQuestion.values()).allMatch(q -> q.defaultScale() == SurveyScale.FOUR_POINT);
  }

  @Test
  void parsing() {
    assertThat(SurveyQuestion.parse("DELAIS")).isEqualTo(SurveyQuestion.DELAIS);
    assertThat(
            catchThrowableOfType(InvalidInputException.class, () -> SurveyQuestion.parse("DELAI"))
                .getMessage())
        .startsWith("« question » : code inconnu ; codes acceptés : SATISFACTION_GLOBALE, DELAIS");
  }
}
