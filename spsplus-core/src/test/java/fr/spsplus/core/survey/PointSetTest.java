package fr.spsplus.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.json.SpsplusJson;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PointSetTest {

  @Test
  void pointsAreCanonicalOrderedAndDeduplicated() {
    PointSet set =
        PointSet.of(SurveyScale.FOUR_POINT, "très satisfait", "PLUTOT_SATISFAIT", "TRES_SATISFAIT");
    assertThat(set.points()).containsExactly("PLUTOT_SATISFAIT", "TRES_SATISFAIT");
    assertThat(set).isEqualTo(PointSet.defaultTopBox(SurveyScale.FOUR_POINT));
    assertThat(set.mask()).isEqualTo(SurveyScale.FOUR_POINT.defaultTopBoxMask());
    assertThat(set.contains(3)).isTrue();
    assertThat(set.contains(1)).isFalse();
    assertThat(set.contains(99)).isFalse();
    assertThat(set.contains(ScaleAnswer.of(SurveyScale.FOUR_POINT, "TRES_SATISFAIT"))).isTrue();
    String json = SpsplusJson.compact().write(set);
    assertThat(json)
        .isEqualTo(
            "{\"scale\":\"FOUR_POINT\",\"points\":[\"PLUTOT_SATISFAIT\",\"TRES_SATISFAIT\"]}");
    assertThat(SpsplusJson.compact().read(json, PointSet.class)).isEqualTo(set);
  }

  @Test
  void noOpinionAndEmptySetsAreRejected() {
    InvalidInputException nsp =
        catchThrowableOfType(
            InvalidInputException.class, () -> PointSet.of(SurveyScale.FOUR_POINT, "NSP"));
    assertThat(nsp.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "\"points\": \"NSP\" (no opinion) cannot be part of a set of points; it is excluded"
                + " from denominators.");
    InvalidInputException empty =
        catchThrowableOfType(
            InvalidInputException.class, () -> new PointSet(SurveyScale.YES_NO, List.of()));
    assertThat(empty.getMessage())
        .isEqualTo("« points » : au moins un point de l’échelle est attendu.");
    InvalidInputException mask =
        catchThrowableOfType(
            InvalidInputException.class, () -> PointSet.ofMask(SurveyScale.YES_NO, 0b100));
    assertThat(mask.getMessage())
        .isEqualTo("« mask » : seuls les points valides de l’échelle YES_NO sont acceptés.");
    InvalidInputException scale =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                PointSet.defaultTopBox(SurveyScale.YES_NO)
                    .contains(ScaleAnswer.of(SurveyScale.JDMA_3, "GOOD")));
    assertThat(scale.getMessage(Locale.ENGLISH))
        .isEqualTo("The answer is on scale JDMA_3, the set of points on scale YES_NO.");
  }
}
