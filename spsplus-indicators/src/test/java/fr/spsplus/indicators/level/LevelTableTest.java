package fr.spsplus.indicators.level;

import static fr.spsplus.indicators.level.QualityLevel.GOOD;
import static fr.spsplus.indicators.level.QualityLevel.MEDIUM;
import static fr.spsplus.indicators.level.QualityLevel.POOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.Polarity;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class LevelTableTest {

  private static final LevelTable<QualityLevel> SCORE = StandardLevels.onlineSatisfactionScore();

  @Test
  void observatoireStyleScoreTable() {
    assertThat(SCORE.levelOf(0)).isEqualTo(POOR);
    assertThat(SCORE.levelOf(4.999)).isEqualTo(POOR);
    assertThat(SCORE.levelOf(5)).isEqualTo(MEDIUM);
    assertThat(SCORE.levelOf(7.99)).isEqualTo(MEDIUM);
    assertThat(SCORE.levelOf(8)).isEqualTo(GOOD);
    assertThat(SCORE.levelOf(10)).isEqualTo(GOOD);
    assertThat(SCORE.levels()).containsExactly(POOR, MEDIUM, GOOD);
    assertThat(SCORE.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
    assertThat(SCORE.baseLevel()).isEqualTo(POOR);
    assertThat(SCORE.targetFor(GOOD)).contains(Target.atLeast(8));
    assertThat(SCORE.targetFor(POOR)).isEmpty();
    assertThat(SCORE.reaches(8, GOOD)).isTrue();
    assertThat(SCORE.reaches(7.9, GOOD)).isFalse();
    assertThat(SCORE.reaches(7.9, MEDIUM)).isTrue();
    assertThat(SCORE.reaches(-1, POOR)).isTrue();
    assertThat(SCORE).hasToString("LevelTable[POOR, ≥ 5.0 → MEDIUM, ≥ 8.0 → GOOD]");
  }

  @Test
  void exclusiveBoundsAndTheSameThresholdTwice() {
    LevelTable<String> table =
        LevelTable.higherIsBetter("low").atLeast(5, "five").above(5, "above five").build();
    assertThat(table.levelOf(4.9)).isEqualTo("low");
    assertThat(table.levelOf(5)).isEqualTo("five");
    assertThat(table.levelOf(5.0000001)).isEqualTo("above five");
  }

  @Test
  void lowerIsBetterTable() {
    LevelTable<QualityLevel> waits =
        LevelTable.lowerIsBetter(POOR).atMost(60, MEDIUM).below(20, GOOD).build();
    assertThat(waits.levelOf(120)).isEqualTo(POOR);
    assertThat(waits.levelOf(60)).isEqualTo(MEDIUM);
    assertThat(waits.levelOf(20)).isEqualTo(MEDIUM);
    assertThat(waits.levelOf(19.9)).isEqualTo(GOOD);
    assertThat(waits.levelOf(Double.NEGATIVE_INFINITY)).isEqualTo(GOOD);
    assertThat(waits.targetFor(GOOD)).contains(Target.below(20));
  }

  @Test
  void thresholdsOutOfOrderAreRejectedNamingTheThreshold() {
    assertThatThrownBy(
            () -> LevelTable.higherIsBetter(POOR).atLeast(8, GOOD).atLeast(5, MEDIUM).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "Table de niveaux incohérente : le seuil n° 2 (≥ 5.0) doit être strictement plus"
                + " exigeant que le seuil n° 1 (≥ 8.0) ; les seuils vont du moins au plus"
                + " exigeant.")
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                    .isEqualTo(
                        "Inconsistent level table: threshold no. 2 (≥ 5.0) must be strictly more"
                            + " demanding than threshold no. 1 (≥ 8.0); thresholds go from the"
                            + " least to the most demanding."));
    assertThatThrownBy(
            () -> LevelTable.higherIsBetter(POOR).atLeast(5, MEDIUM).atLeast(5, GOOD).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("seuil n° 2 (≥ 5.0)");
    assertThatThrownBy(
            () -> LevelTable.higherIsBetter(POOR).above(5, MEDIUM).atLeast(5, GOOD).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("seuil n° 2 (≥ 5.0)");
    assertThatThrownBy(
            () -> LevelTable.lowerIsBetter(POOR).atMost(20, MEDIUM).atMost(60, GOOD).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("seuil n° 2 (≤ 60.0)");
  }

  @Test
  void otherInconsistenciesAreRejected() {
    assertThatThrownBy(() -> LevelTable.higherIsBetter(POOR).atMost(5, MEDIUM).build())
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).key())
        .isEqualTo("level.threshold.polarity");
    assertThatThrownBy(
            () -> LevelTable.higherIsBetter(POOR).atLeast(5, MEDIUM).atLeast(8, MEDIUM).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "Table de niveaux incohérente : le seuil n° 2 (≥ 8.0) donne le niveau « MEDIUM »,"
                + " déjà attribué.");
    assertThatThrownBy(() -> LevelTable.higherIsBetter(POOR).atLeast(5, POOR).build())
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).key())
        .isEqualTo("level.duplicate");
    assertThatThrownBy(() -> LevelTable.higherIsBetter(POOR).build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("steps");
    assertThatThrownBy(() -> LevelTable.higherIsBetter(POOR).atLeast(Double.NaN, GOOD))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("threshold");
    assertThatThrownBy(() -> SCORE.levelOf(Double.NaN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("value");
    assertThatThrownBy(
            () -> LevelTable.<String>higherIsBetter("a").atLeast(1, "b").build().targetFor("c"))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).key())
        .isEqualTo("level.unknown");
  }

  @Test
  void tablesAreValues() {
    LevelTable<QualityLevel> copy =
        LevelTable.of(
            Polarity.HIGHER_IS_BETTER,
            POOR,
            List.of(
                new LevelTable.Step<>(Target.atLeast(5), MEDIUM),
                new LevelTable.Step<>(Target.atLeast(8), GOOD)));
    assertThat(copy).isEqualTo(SCORE).hasSameHashCodeAs(SCORE);
    assertThat(copy.steps()).hasSize(2);
  }

  @Property
  void levelIsMonotoneInTheValue(
      @ForAll @DoubleRange(min = -5, max = 15) double a,
      @ForAll @DoubleRange(min = -5, max = 15) double b) {
    double low = Math.min(a, b);
    double high = Math.max(a, b);
    List<QualityLevel> levels = SCORE.levels();
    assertThat(levels.indexOf(SCORE.levelOf(low)))
        .isLessThanOrEqualTo(levels.indexOf(SCORE.levelOf(high)));
  }
}
