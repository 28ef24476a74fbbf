package fr.spsplus.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SurveyScaleTest {

  @Test
  void theFourPointScaleHasTheDocumentedCodesAndNoOpinionLast() {
    SurveyScale scale = SurveyScale.FOUR_POINT;
    assertThat(scale.codes())
        .containsExactly(
            "TRES_INSATISFAIT", "PLUTOT_INSATISFAIT", "PLUTOT_SATISFAIT", "TRES_SATISFAIT", "NSP");
    assertThat(scale.size()).isEqualTo(5);
    assertThat(scale.validPoints()).isEqualTo(4);
    assertThat(scale.noOpinionIndex()).isEqualTo(4);
    assertThat(scale.isNoOpinion(4)).isTrue();
    assertThat(scale.isNoOpinion(3)).isFalse();
    assertThat(scale.defaultTopBoxMask()).isEqualTo(0b1100);
    assertThat(scale.defaultBottomBoxMask()).isEqualTo(0b0011);
    assertThat(scale.score(3)).isEqualTo(4.0);
    assertThat(scale.score(4)).isNaN();
  }

  @Test
  void theDefaultTopBoxesAreTheDocumentedOnes() {
    assertThat(PointSet.defaultTopBox(SurveyScale.FOUR_POINT).points())
        .containsExactly("PLUTOT_SATISFAIT", "TRES_SATISFAIT");
    assertThat(PointSet.defaultTopBox(SurveyScale.FIVE_POINT).points())
        .containsExactly("SATISFAIT", "TRES_SATISFAIT");
    assertThat(PointSet.defaultTopBox(SurveyScale.NPS_0_10).points()).containsExactly("9", "10");
    assertThat(PointSet.defaultBottomBox(SurveyScale.NPS_0_10).points())
        .containsExactly("0", "1", "2", "3", "4", "5", "6");
    assertThat(PointSet.defaultTopBox(SurveyScale.CES_1_7).points()).containsExactly("5", "6", "7");
    assertThat(PointSet.defaultBottomBox(SurveyScale.CES_1_7).points())
        .containsExactly("1", "2", "3");
    assertThat(PointSet.defaultTopBox(SurveyScale.JDMA_3).points()).containsExactly("GOOD");
    assertThat(PointSet.defaultBottomBox(SurveyScale.JDMA_3).points()).containsExactly("BAD");
    assertThat(PointSet.defaultTopBox(SurveyScale.YES_NO).points()).containsExactly("OUI");
    assertThat(PointSet.defaultBottomBox(SurveyScale.FIVE_POINT).points())
        .containsExactly("TRES_INSATISFAIT", "INSATISFAIT");
  }

  @Test
  void jdmaMarksAreGoodTenMediumFiveBadZero() {
    SurveyScale jdma = SurveyScale.JDMA_3;
    assertThat(jdma.score(jdma.indexOf("GOOD"))).isEqualTo(10.0);
    assertThat(jdma.score(jdma.indexOf("medium"))).isEqualTo(5.0);
    assertThat(jdma.score(jdma.indexOf("bad"))).isEqualTo(0.0);
    assertThat(SurveyScale.NPS_0_10.score(SurveyScale.NPS_0_10.indexOf("7"))).isEqualTo(7.0);
    assertThat(SurveyScale.NPS_0_10.indexOf("7")).isEqualTo(7);
    assertThat(SurveyScale.CES_1_7.indexOf("7")).isEqualTo(6);
  }

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
    "Plutôt satisfait, FOUR_POINT, PLUTOT_SATISFAIT",
    "très satisfait, FOUR_POINT, TRES_SATISFAIT",
    "' TRES_INSATISFAIT ', FOUR_POINT, TRES_INSATISFAIT",
    "Très mécontent, FOUR_POINT, TRES_INSATISFAIT",
    "plutôt-mécontent, FOUR_POINT, PLUTOT_INSATISFAIT",
    "Ne se prononce pas, FOUR_POINT, NSP",
    "nsp, NPS_0_10, NSP",
    "ne sait pas, YES_NO, NSP",
    "Ni satisfait ni insatisfait, FIVE_POINT, NEUTRE",
    "mécontent, FIVE_POINT, INSATISFAIT",
    "07, NPS_0_10, 7",
    "' 10 ', NPS_0_10, 10",
    "Yes, YES_NO, OUI",
    "non, YES_NO, NON",
    "good, JDMA_3, GOOD",
  })
  void answersAreReadTolerantly(String answer, SurveyScale scale, String code) {
    assertThat(scale.code(scale.indexOf(answer))).isEqualTo(code);
    assertThat(ScaleAnswer.of(scale, answer).code()).isEqualTo(code);
  }

  @Test
  void anUnknownAnswerListsTheCodesWithoutRepeatingIt() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> SurveyScale.FOUR_POINT.indexOf("Moyennement"));
    assertThat(e.getMessage())
        .isEqualTo(
            "Réponse inconnue sur l’échelle FOUR_POINT ; codes acceptés : TRES_INSATISFAIT,"
                + " PLUTOT_INSATISFAIT, PLUTOT_SATISFAIT, TRES_SATISFAIT, NSP.")
        .doesNotContain("Moyennement");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Unknown answer on scale FOUR_POINT; accepted codes: TRES_INSATISFAIT,"
                + " PLUTOT_INSATISFAIT, PLUTOT_SATISFAIT, TRES_SATISFAIT, NSP.");
    assertThat(SurveyScale.NPS_0_10.find("11")).isEmpty();
    assertThat(SurveyScale.CES_1_7.find("0")).isEmpty();
    assertThat(SurveyScale.FOUR_POINT.find("NEUTRE")).isEmpty();
    assertThat(SurveyScale.NPS_0_10.find("9999")).isEmpty();
  }

  @Test
  void everyScaleFitsTheSharedHistogramSize() {
    for (SurveyScale scale : SurveyScale.values()) {
      assertThat(scale.size()).isLessThanOrEqualTo(SurveyScale.MAX_SIZE);
      assertThat(scale.code(scale.noOpinionIndex())).isEqualTo(SurveyScale.NSP);
    }
    assertThat(SurveyScale.NPS_0_10.size()).isEqualTo(SurveyScale.MAX_SIZE);
  }
}
