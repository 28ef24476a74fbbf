package fr.spsplus.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.InvalidInputException;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SampleMomentsTest {

  @Property
  void sumsWelfordAndMergeAgree(
      @ForAll @Size(max = 60) List<@IntRange(min = -1000, max = 1000) Integer> a,
      @ForAll @Size(max = 60) List<@IntRange(min = -1000, max = 1000) Integer> b) {
    SampleMoments left = welford(a);
    SampleMoments right = welford(b);
    SampleMoments merged = left.plus(right);
    long n = a.size() + b.size();
    long s1 = 0;
    long s2 = 0;
    for (List<Integer> list : List.of(a, b)) {
      for (int v : list) {
        s1 += v;
        s2 += (long) v * v;
      }
    }
    SampleMoments exact = SampleMoments.fromSums(n, s1, s2);
    assertThat(merged.count()).isEqualTo(n);
    assertThat(merged.mean()).isCloseTo(exact.mean(), within(1e-9));
    assertThat(merged.sumOfSquaredDeviations())
        .isCloseTo(
            exact.sumOfSquaredDeviations(), within(1e-6 * (1 + exact.sumOfSquaredDeviations())));
    assertThat(left.plus(SampleMoments.empty())).isEqualTo(left);
    assertThat(SampleMoments.empty().plus(left)).isEqualTo(left);
  }

  private static SampleMoments welford(List<Integer> values) {
    SampleMoments m = SampleMoments.empty();
    for (int v : values) {
      m = m.plus(v);
    }
    return m;
  }

  @Test
  void fromSumsIsExactBeforeTheFinalRounding() {
    // 10^6 values, half 10^6 + 1 and half 10^6 − 1: M2 = 10^6 exactly. In double arithmetic,
    // n·S2 − S1² (two numbers near 10^24 whose difference is 10^12) would keep about four digits.
    long n = 1_000_000L;
    long s1 = n * 1_000_000L;
    long s2 = (n / 2) * ((1_000_001L * 1_000_001L) + (999_999L * 999_999L));
    double naive = ((double) n * s2 - (double) s1 * s1) / n;
    SampleMoments m = SampleMoments.fromSums(n, s1, s2);
    assertThat(m.mean()).isEqualTo(1_000_000.0);
    assertThat(m.sumOfSquaredDeviations()).isEqualTo(1_000_000.0);
    assertThat(naive).isNotEqualTo(1_000_000.0);
    assertThat(m.variance()).hasValueCloseTo(n / (n - 1.0), within(1e-12));
  }

  @Test
  void smallSamplesHaveNoVariance() {
    assertThat(SampleMoments.empty().variance()).isEmpty();
    assertThat(SampleMoments.empty().plus(4).standardDeviation()).isEmpty();
    assertThat(SampleMoments.empty().plus(4).plus(6).standardDeviation())
        .hasValueCloseTo(Math.sqrt(2), within(1e-15));
    assertThat(SampleMoments.fromSums(0, 0, 0)).isEqualTo(SampleMoments.empty());
  }

  @Test
  void impossibleSumsAreRejected() {
    assertThatThrownBy(() -> SampleMoments.fromSums(2, 10, 10))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).key())
        .isEqualTo("moments.sums.inconsistent");
    assertThatThrownBy(() -> SampleMoments.fromSums(0, 1, 1))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).key())
        .isEqualTo("moments.empty.mismatch");
    assertThatThrownBy(() -> SampleMoments.fromSums(-1, 0, 0))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("count");
    assertThatThrownBy(() -> new SampleMoments(0, 1, 0))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).key())
        .isEqualTo("moments.empty.mismatch");
    assertThatThrownBy(() -> SampleMoments.empty().plus(Double.NaN))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("value");
  }
}
