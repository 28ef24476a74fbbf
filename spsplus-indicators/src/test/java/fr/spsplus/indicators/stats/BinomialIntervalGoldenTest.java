package fr.spsplus.indicators.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.indicators.GoldenTables;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BinomialIntervalGoldenTest {

  /**
   * The test vectors of {@code metrics-perf.md} §2.2 (95 %, three decimals), measured there with
   * commons-statistics-interval 1.2. Two cells of that table are mis-rounded and are corrected
   * here: Wilson (30, 30) low is {@code 30/(30 + z²) = 0.88649} (0.886, the note says 0.887) and
   * Jeffreys (100, 85) low is {@code B(0.025; 85.5, 15.5) = 0.77047} (0.770, the note says 0.771);
   * both values are confirmed by commons-statistics-interval 1.2 and SciPy 1.17.1.
   */
  @ParameterizedTest(name = "{0}: n={1}, x={2} -> [{3}, {4}]")
  @CsvSource({
    "WILSON,          30, 25, 0.664, 0.927",
    "WILSON,          30, 30, 0.886, 1.000",
    "WILSON,         100, 85, 0.767, 0.907",
    "WILSON,         400, 340, 0.812, 0.882",
    "JEFFREYS,        30, 25, 0.673, 0.933",
    "JEFFREYS,        30, 30, 0.920, 1.000",
    "JEFFREYS,       100, 85, 0.770, 0.910",
    "JEFFREYS,       400, 340, 0.813, 0.882",
    "CLOPPER_PEARSON, 30, 25, 0.653, 0.944",
    "CLOPPER_PEARSON, 30, 30, 0.884, 1.000",
    "CLOPPER_PEARSON, 100, 85, 0.765, 0.914",
    "CLOPPER_PEARSON, 400, 340, 0.811, 0.884",
    "AGRESTI_COULL,   30, 25, 0.660, 0.931",
    "AGRESTI_COULL,   30, 30, 0.865, 1.000",
    "AGRESTI_COULL,  100, 85, 0.766, 0.908",
    "AGRESTI_COULL,  400, 340, 0.812, 0.882",
  })
  void referenceVectorsAtThreeDecimals(
      IntervalMethod method, long n, long x, double low, double high) {
    ConfidenceInterval interval = BinomialInterval.of(method, 0.95).estimate(x, n).orElseThrow();
    assertThat(interval.low()).isCloseTo(low, within(0.0005));
    assertThat(interval.high()).isCloseTo(high, within(0.0005));
    assertThat(interval.method()).isEqualTo(method);
    assertThat(interval.confidence()).isEqualTo(0.95);
  }

  /**
   * The Wald column of the same table: {@code p̂ ± z·√(p̂q̂/n)} is the normal interval of the mean
   * of a 0/1 variable with its population standard deviation {@code √(p̂q̂)}.
   */
  @ParameterizedTest(name = "Wald: n={0}, x={1} -> [{2}, {3}]")
  @CsvSource({
    "30, 25, 0.700, 0.967",
    "30, 30, 1.000, 1.000",
    "100, 85, 0.780, 0.920",
    "400, 340, 0.815, 0.885",
  })
  void waldColumnIsTheNormalMeanIntervalOfABernoulliVariable(
      long n, long x, double low, double high) {
    double p = (double) x / n;
    ConfidenceInterval interval =
        MeanInterval.defaults().estimate(p, Math.sqrt(p * (1 - p)), n).orElseThrow();
    assertThat(interval.low()).isCloseTo(low, within(0.0005));
    assertThat(interval.high()).isCloseTo(high, within(0.0005));
    assertThat(interval.method()).isEqualTo(IntervalMethod.NORMAL_MEAN);
  }

  @Test
  void goldenTableFromTheCommonsStatisticsOracle() {
    List<String[]> rows =
        GoldenTables.read(
            getClass(), "binomial-intervals.csv", "method,confidence,trials,successes,low,high");
    assertThat(rows).hasSizeGreaterThan(2000);
    for (String[] row : rows) {
      IntervalMethod method = IntervalMethod.valueOf(row[0]);
      double confidence = Double.parseDouble(row[1]);
      long n = Long.parseLong(row[2]);
      long x = Long.parseLong(row[3]);
      ConfidenceInterval interval =
          BinomialInterval.of(method, confidence).estimate(x, n).orElseThrow();
      String where = String.join(",", row);
      assertThat(interval.low()).as(where).isCloseTo(Double.parseDouble(row[4]), within(1e-12));
      assertThat(interval.high()).as(where).isCloseTo(Double.parseDouble(row[5]), within(1e-12));
    }
  }

  @Test
  void goldenTableCoversNinetyAndNinetyNinePercent() {
    List<String[]> rows =
        GoldenTables.read(
            getClass(), "binomial-intervals.csv", "method,confidence,trials,successes,low,high");
    assertThat(rows.stream().map(r -> r[1]).distinct()).contains("0.9", "0.95", "0.99");
    assertThat(rows.stream().map(r -> r[0]).distinct())
        .containsExactlyInAnyOrder("WILSON", "CLOPPER_PEARSON", "JEFFREYS", "AGRESTI_COULL");
  }
}
