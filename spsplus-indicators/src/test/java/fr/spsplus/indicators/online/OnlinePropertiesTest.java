package fr.spsplus.indicators.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.indicators.Measurement;
import java.util.ArrayList;
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
 * Laws of the online-procedures accumulator: bounds, a démarche reaches the goal exactly when its
 * score is at least the threshold with enough answers, exact split invariance and merge laws, order
 * independence, rejection without change.
 */
class OnlinePropertiesTest {

  private static final ReportingPeriod QUARTER = ReportingPeriod.parse("2026-Q1");
  private static final OnlinePolicy POLICY = OnlinePolicy.defaults().withMinAnswers(5);

  record Answer(String procedure, int point) {}

  @Provide
  Arbitrary<List<Answer>> answers() {
    return Combinators.combine(
            Arbitraries.of("passeport", "carte-grise", "rsa", "permis"),
            Arbitraries.integers().between(0, 3))
        .as(Answer::new)
        .list()
        .ofMaxSize(80);
  }

  private static OnlineAccumulator fed(List<Answer> answers) {
    OnlineAccumulator accumulator = OnlineAccumulator.of(POLICY);
    answers.forEach(a -> accumulator.accept(a.procedure(), a.point()));
    return accumulator;
  }

  private static List<Object> results(OnlineAccumulator accumulator) {
    return List.of(
        accumulator.count(),
        accumulator.procedures(),
        accumulator.measure(null, QUARTER),
        accumulator.measureByAnswers(null, QUARTER));
  }

  @Property
  void scoresAndSharesStayWithinTheirBoundsAndFollowTheThreshold(
      @ForAll("answers") List<Answer> answers) {
    OnlineAccumulator accumulator = fed(answers);
    long rated = 0;
    long reached = 0;
    for (ProcedureScore score : accumulator.procedures()) {
      assertThat(score.rated()).isEqualTo(score.answers() >= POLICY.minAnswers());
      if (score.score() != null) {
        assertThat(score.score()).isBetween(0.0, 10.0);
        assertThat(score.reached()).isEqualTo(score.rated() && score.score() >= 8.0);
        if (score.interval() != null) {
          assertThat(score.interval().low()).isBetween(0.0, score.score());
          assertThat(score.interval().high()).isBetween(score.score(), 10.0);
        }
      }
      rated += score.rated() ? 1 : 0;
      reached += score.reached() ? 1 : 0;
    }
    Measurement m = accumulator.measure(null, QUARTER);
    assertThat(m.denominator()).isEqualTo(rated);
    assertThat(m.numerator()).isEqualTo(reached);
    if (rated > 0) {
      assertThat(m.value()).isBetween(0.0, 1.0);
    } else {
      assertThat(m.value()).isNull();
    }
    assertThat(m.excluded().get(OnlineAccumulator.BELOW_MIN_ANSWERS))
        .isEqualTo(accumulator.belowMinimum().size());
  }

  @Property
  void splittingAndMergingIsExact(
      @ForAll("answers") List<Answer> answers, @ForAll @IntRange(min = 0, max = 80) int cut) {
    int at = Math.min(cut, answers.size());
    OnlineAccumulator merged =
        fed(answers.subList(at, answers.size())).combine(fed(answers.subList(0, at)));
    assertThat(results(merged)).isEqualTo(results(fed(answers)));
  }

  @Property
  void mergeIsAssociativeAndCommutativeWithTheEmptyIdentity(
      @ForAll("answers") List<Answer> a,
      @ForAll("answers") List<Answer> b,
      @ForAll("answers") List<Answer> c) {
    OnlineAccumulator x = fed(a);
    OnlineAccumulator y = fed(b);
    OnlineAccumulator z = fed(c);
    assertThat(results(x.copy().combine(y).combine(z)))
        .isEqualTo(results(x.copy().combine(y.copy().combine(z))));
    assertThat(results(x.copy().combine(y))).isEqualTo(results(y.copy().combine(x)));
    assertThat(results(x.copy().combine(fed(List.of())))).isEqualTo(results(x));
    assertThat(results(fed(List.of()).combine(x))).isEqualTo(results(x));
  }

  @Property
  void orderDoesNotMatter(@ForAll("answers") List<Answer> answers, @ForAll long seed) {
    List<Answer> shuffled = new ArrayList<>(answers);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(results(fed(shuffled))).isEqualTo(results(fed(answers)));
  }

  @Property
  void rejectedInputLeavesTheStateUnchanged(
      @ForAll("answers") List<Answer> answers, @ForAll @IntRange(min = 4, max = 100) int badPoint) {
    OnlineAccumulator accumulator = fed(answers);
    List<Object> before = results(accumulator);
    assertThatThrownBy(() -> accumulator.accept("passeport", badPoint))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> accumulator.accept("passeport", -badPoint))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> accumulator.accept(" ", 2)).isInstanceOf(InvalidInputException.class);
    assertThat(results(accumulator)).isEqualTo(before);
  }
}
