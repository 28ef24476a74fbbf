package fr.spsplus.indicators.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.stats.PublicationPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Laws of the survey accumulator and its rates: bounds, split invariance, merge associativity,
 * commutativity and identity (exact, bit for bit, when unweighted; within a relative 1e-9 when
 * weighted, whose sums are floating point), order independence, and rejection without change.
 */
class SurveyPropertiesTest {

  private static final StructureCode SITE = StructureCode.of("3Tn8gzTdcz");
  private static final ReportingPeriod PERIOD = ReportingPeriod.parse("2026-Q1");

  /** The documented tolerance of weighted results merged in another order (relative). */
  private static final double WEIGHTED_TOLERANCE = 1e-9;

  /** One answer: a point index and a weight (NaN for an unweighted answer). */
  record Answer(int index, double weight) {}

  record Sample(SurveyScale scale, List<Answer> answers) {}

  @Provide
  Arbitrary<Sample> samples() {
    return Arbitraries.of(SurveyScale.class)
        .flatMap(
            scale -> {
              Arbitrary<Double> weights =
                  Arbitraries.oneOf(
                      Arbitraries.just(Double.NaN),
                      Arbitraries.doubles().between(0.01, 40).ofScale(3));
              Arbitrary<Answer> answer =
                  Combinators.combine(Arbitraries.integers().between(0, scale.size() - 1), weights)
                      .as(Answer::new);
              return answer.list().ofMaxSize(60).map(list -> new Sample(scale, list));
            });
  }

  private static SurveyAccumulator fed(SurveyScale scale, List<Answer> answers) {
    SurveyAccumulator accumulator = SurveyAccumulator.on(scale);
    for (Answer a : answers) {
      if (Double.isNaN(a.weight())) {
        accumulator.accept(a.index());
      } else {
        accumulator.accept(a.index(), a.weight());
      }
    }
    return accumulator;
  }

  private static List<Answer> unweighted(List<Answer> answers) {
    return answers.stream().map(a -> new Answer(a.index(), Double.NaN)).toList();
  }

  private static SurveyPolicy policy(SurveyScale scale, boolean weighted) {
    return SurveyPolicy.defaults(scale)
        .withWeights(weighted)
        .withEstimation(Estimation.defaults().withPublication(PublicationPolicy.of(1, 1)));
  }

  /** The statistics defined on a scale. */
  private static List<SurveyStatistic> statistics(SurveyScale scale) {
    return Arrays.stream(SurveyStatistic.values())
        .filter(s -> s.requiredScale().map(r -> r == scale).orElse(true))
        .toList();
  }

  private static List<Measurement> all(SurveyAccumulator answers, boolean weighted) {
    SurveyPolicy policy = policy(answers.scale(), weighted);
    List<Measurement> out = new ArrayList<>();
    for (SurveyStatistic statistic : statistics(answers.scale())) {
      out.add(policy.measure(statistic, answers, IndicatorCode.EFFORT, SITE, PERIOD));
    }
    return out;
  }

  @Property
  void valuesAndIntervalsStayWithinTheirBounds(@ForAll("samples") Sample sample) {
    for (boolean weighted : new boolean[] {false, true}) {
      SurveyAccumulator answers = fed(sample.scale(), sample.answers());
      SurveyPolicy policy = policy(sample.scale(), weighted);
      for (SurveyStatistic statistic : statistics(sample.scale())) {
        Measurement m = policy.measure(statistic, answers, IndicatorCode.EFFORT, SITE, PERIOD);
        double low;
        double high;
        switch (statistic) {
          case NET_RATE, NPS -> {
            low = -1;
            high = 1;
          }
          case MEAN, CES_MEAN, JDMA_SCORE -> {
            low = policy.marks().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            high = policy.marks().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
          }
          default -> {
            low = 0;
            high = 1;
          }
        }
        assertThat(m.excluded().get("NSP")).isEqualTo(answers.noOpinionCount());
        if (answers.validCount() == 0) {
          assertThat(m.value()).isNull();
          continue;
        }
        assertThat(m.value()).isNotNull().isBetween(low, high);
        ConfidenceInterval interval = m.interval();
        if (interval != null) {
          assertThat(interval.low()).isGreaterThanOrEqualTo(low).isLessThanOrEqualTo(m.value());
          assertThat(interval.high()).isLessThanOrEqualTo(high).isGreaterThanOrEqualTo(m.value());
        }
        if (!weighted) {
          assertThat(m.n()).isEqualTo(answers.validCount());
        } else {
          assertThat(m.n()).isBetween(1L, answers.validCount());
        }
      }
    }
  }

  @Property
  void splittingAndMergingIsExactWhenUnweighted(
      @ForAll("samples") Sample sample, @ForAll @IntRange(min = 0, max = 60) int cut) {
    List<Answer> answers = unweighted(sample.answers());
    int at = Math.min(cut, answers.size());
    SurveyAccumulator whole = fed(sample.scale(), answers);
    SurveyAccumulator merged =
        fed(sample.scale(), answers.subList(0, at))
            .combine(fed(sample.scale(), answers.subList(at, answers.size())));
    assertThat(merged.histogram()).isEqualTo(whole.histogram());
    assertThat(merged.count()).isEqualTo(whole.count());
    assertThat(all(merged, false)).isEqualTo(all(whole, false));
    assertThat(all(merged, true)).isEqualTo(all(whole, true));
  }

  @Property
  void mergeIsAssociativeCommutativeWithTheEmptyIdentityWhenUnweighted(
      @ForAll("samples") Sample a, @ForAll("samples") Sample b, @ForAll("samples") Sample c) {
    SurveyScale scale = a.scale();
    SurveyAccumulator x = fed(scale, unweighted(onScale(b, scale)));
    SurveyAccumulator y = fed(scale, unweighted(onScale(c, scale)));
    SurveyAccumulator w = fed(scale, unweighted(a.answers()));

    List<Measurement> left = all(w.copy().combine(x).combine(y), false);
    List<Measurement> right = all(w.copy().combine(y.copy().combine(x)), false);
    assertThat(left).isEqualTo(right);
    assertThat(w.copy().combine(x).histogram()).isEqualTo(x.copy().combine(w).histogram());
    assertThat(all(w.copy().combine(SurveyAccumulator.on(scale)), false)).isEqualTo(all(w, false));
    assertThat(all(SurveyAccumulator.on(scale).combine(w), false)).isEqualTo(all(w, false));
  }

  /** The answers of another sample, moved onto a scale (indices taken modulo its size). */
  private static List<Answer> onScale(Sample sample, SurveyScale scale) {
    return sample.answers().stream()
        .map(a -> new Answer(a.index() % scale.size(), a.weight()))
        .toList();
  }

  @Property
  void orderDoesNotMatterWhenUnweighted(@ForAll("samples") Sample sample, @ForAll long seed) {
    List<Answer> shuffled = new ArrayList<>(unweighted(sample.answers()));
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(all(fed(sample.scale(), shuffled), false))
        .isEqualTo(all(fed(sample.scale(), unweighted(sample.answers())), false));
  }

  @Property
  void weightedResultsMergeWithinTheDocumentedTolerance(
      @ForAll("samples") Sample sample, @ForAll @IntRange(min = 0, max = 60) int cut) {
    List<Answer> answers = sample.answers();
    int at = Math.min(cut, answers.size());
    SurveyAccumulator whole = fed(sample.scale(), answers);
    SurveyAccumulator left = fed(sample.scale(), answers.subList(0, at));
    SurveyAccumulator right = fed(sample.scale(), answers.subList(at, answers.size()));
    SurveyAccumulator merged = right.copy().combine(left);
    assertThat(merged.histogram()).isEqualTo(whole.histogram());
    List<Measurement> expected = all(whole, true);
    List<Measurement> actual = all(merged, true);
    for (int i = 0; i < expected.size(); i++) {
      Measurement e = expected.get(i);
      Measurement m = actual.get(i);
      close(m.numerator(), e.numerator());
      close(m.denominator(), e.denominator());
      // n = ⌊n_eff⌋ may flip by one when n_eff lands within rounding of an integer.
      assertThat(m.n()).isBetween(e.n() - 1, e.n() + 1);
      assertThat(m.value() == null).isEqualTo(e.value() == null);
      if (e.value() != null) {
        close(m.value(), e.value());
      }
      assertThat(m.interval() == null).isEqualTo(e.interval() == null);
      if (e.interval() != null) {
        // The interval's width scales with 1/√n_eff: relative tolerance on the bounds.
        close(m.interval().low(), e.interval().low());
        close(m.interval().high(), e.interval().high());
      }
    }
  }

  private static void close(double actual, double expected) {
    double scale = Math.max(1, Math.abs(expected));
    assertThat(Math.abs(actual - expected)).isLessThanOrEqualTo(WEIGHTED_TOLERANCE * scale);
  }

  @Property
  void computingTwiceGivesEqualResults(@ForAll("samples") Sample sample) {
    SurveyAccumulator answers = fed(sample.scale(), sample.answers());
    assertThat(all(answers, true)).isEqualTo(all(answers, true));
    assertThat(all(answers, false)).isEqualTo(all(fed(sample.scale(), sample.answers()), false));
  }

  @Property
  void rejectedInputLeavesTheStateUnchanged(
      @ForAll("samples") Sample sample,
      @ForAll @IntRange(min = -3, max = 20) int index,
      @ForAll("badWeights") double weight) {
    SurveyAccumulator answers = fed(sample.scale(), sample.answers());
    List<Measurement> before = all(answers, true);
    long[] histogram = answers.histogram();
    assertThatThrownBy(() -> answers.accept(index % sample.scale().size(), weight))
        .isInstanceOf(InvalidInputException.class);
    if (index < 0 || index >= sample.scale().size()) {
      assertThatThrownBy(() -> answers.accept(index)).isInstanceOf(InvalidInputException.class);
    }
    assertThat(answers.histogram()).isEqualTo(histogram);
    assertThat(all(answers, true)).isEqualTo(before);
  }

  @Provide
  Arbitrary<Double> badWeights() {
    return Arbitraries.oneOf(
        Arbitraries.of(0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY),
        Arbitraries.doubles().between(-1e6, -1e-3).ofScale(3));
  }
}
