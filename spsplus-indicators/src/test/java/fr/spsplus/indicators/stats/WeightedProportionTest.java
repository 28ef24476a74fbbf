package fr.spsplus.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.ConfidenceInterval;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeightedProportionTest {

  @Test
  void accumulatesTheThreeSumsAndTheCount() {
    WeightedProportion p = WeightedProportion.empty().plus(2, true).plus(1, false).plus(1, true);
    assertThat(p).isEqualTo(new WeightedProportion(3, 4, 6, 3));
    assertThat(p.proportion()).hasValue(0.75);
    assertThat(p.effectiveSampleSize()).isEqualTo(16.0 / 6);
  }

  @Test
  void emptyHasNoProportionAndNoSize() {
    assertThat(WeightedProportion.empty().proportion()).isEmpty();
    assertThat(WeightedProportion.empty().effectiveSampleSize()).isZero();
  }

  @Test
  void intervalUsesTheKishSizeAndTheDerivedSuccesses() {
    // Weights 2, 1, 1 with successes on the first and last: p̂ = 3/4, n_eff = 8/3, x = 2.
    WeightedProportion p = WeightedProportion.empty().plus(2, true).plus(1, false).plus(1, true);
    double n = 16.0 / 6;
    double x = 0.75 * n;
    double z = 1.959963984540054;
    double k = z * z / n;
    double upper = (0.75 + k / 2 + z * Math.sqrt(0.75 * 0.25 / n + k / (4 * n))) / (1 + k);
    ConfidenceInterval interval = BinomialInterval.defaults().estimate(p).orElseThrow();
    assertThat(x).isCloseTo(2, within(1e-15));
    assertThat(interval.high()).isCloseTo(upper, within(1e-15));
    assertThat(interval.low()).isCloseTo(0.75 * 0.75 / ((1 + k) * upper), within(1e-15));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0, -1, Double.NaN, Double.POSITIVE_INFINITY})
  void weightMustBeFiniteAndPositive(double weight) {
    assertThatThrownBy(() -> WeightedProportion.empty().plus(weight, true))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).getMessage(Locale.ENGLISH))
                    .contains("\"weight\" must be strictly positive"));
  }

  @Test
  void inconsistentSumsAreRejected() {
    assertThatThrownBy(() -> new WeightedProportion(1, 1, 1, 2))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("sumOfSuccessWeights");
    assertThatThrownBy(() -> new WeightedProportion(0, 1, 1, 0))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).key())
        .isEqualTo("weighted.empty.mismatch");
    // Σw² > (Σw)²: impossible with positive weights.
    assertThatThrownBy(() -> new WeightedProportion(2, 2, 5, 1))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).key())
        .isEqualTo("weighted.squares.inconsistent");
    // (Σw)² > count·Σw²: impossible too (Cauchy–Schwarz).
    assertThatThrownBy(() -> new WeightedProportion(2, 4, 7, 1))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).key())
        .isEqualTo("weighted.squares.inconsistent");
    assertThatThrownBy(() -> new WeightedProportion(-1, 0, 0, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("count");
    assertThatThrownBy(() -> new WeightedProportion(1, Double.NaN, 1, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("sumOfWeights");
  }

  @Property
  void mergingEqualsAccumulatingAllAtOnce(
      @ForAll @Size(max = 40) java.util.List<@DoubleRange(min = 0.01, max = 100) Double> a,
      @ForAll @Size(max = 40) java.util.List<@DoubleRange(min = 0.01, max = 100) Double> b) {
    WeightedProportion left = fold(WeightedProportion.empty(), a);
    WeightedProportion right = fold(WeightedProportion.empty(), b);
    WeightedProportion all = fold(left, b);
    WeightedProportion merged = left.plus(right);
    assertThat(merged.count()).isEqualTo(all.count());
    assertThat(merged.sumOfWeights()).isCloseTo(all.sumOfWeights(), within(1e-9));
    assertThat(merged.sumOfSquaredWeights()).isCloseTo(all.sumOfSquaredWeights(), within(1e-7));
    assertThat(merged.sumOfSuccessWeights()).isCloseTo(all.sumOfSuccessWeights(), within(1e-9));
    assertThat(left.plus(right).count()).isEqualTo(right.plus(left).count());
    assertThat(left.plus(WeightedProportion.empty())).isEqualTo(left);
    if (all.count() > 0) {
      assertThat(all.effectiveSampleSize()).isBetween(1.0, (double) all.count());
    }
  }

  /** Successes are the weights above 50, so that the outcome varies with the data. */
  private static WeightedProportion fold(WeightedProportion start, java.util.List<Double> weights) {
    WeightedProportion p = start;
    for (double w : weights) {
      p = p.plus(w, w > 50);
    }
    return p;
  }
}
