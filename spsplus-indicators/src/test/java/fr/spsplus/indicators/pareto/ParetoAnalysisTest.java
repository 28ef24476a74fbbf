package fr.spsplus.indicators.pareto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import fr.spsplus.core.InvalidInputException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ParetoAnalysisTest {

  private static final Map<String, Long> IRRITANTS =
      Map.of(
          "attente", 40L,
          "documents", 25L,
          "horaires", 15L,
          "accueil", 10L,
          "signalétique", 10L);

  @Test
  void sortsAccumulatesAndBreaksTiesByKey() {
    ParetoAnalysis<String> pareto = ParetoAnalysis.of(IRRITANTS);
    assertThat(pareto.total()).isEqualTo(100);
    assertThat(pareto.items())
        .extracting(
            ParetoItem::rank,
            ParetoItem::key,
            ParetoItem::count,
            ParetoItem::cumulativeCount,
            ParetoItem::share,
            ParetoItem::cumulativeShare)
        .containsExactly(
            tuple(1, "attente", 40L, 40L, 0.4, 0.4),
            tuple(2, "documents", 25L, 65L, 0.25, 0.65),
            tuple(3, "horaires", 15L, 80L, 0.15, 0.8),
            tuple(4, "accueil", 10L, 90L, 0.1, 0.9),
            tuple(5, "signalétique", 10L, 100L, 0.1, 1.0));
  }

  @Test
  void vitalFewIncludesTheItemThatReachesTheCut() {
    ParetoAnalysis<String> pareto = ParetoAnalysis.of(IRRITANTS);
    // Exactly 80 % after "horaires": it is included, nothing after it.
    assertThat(pareto.vitalFew())
        .extracting(ParetoItem::key)
        .containsExactly("attente", "documents", "horaires");
    // 81 %: "accueil" crosses the cut and is included; "signalétique" (same count) is not.
    assertThat(pareto.vitalFew(0.81))
        .extracting(ParetoItem::key)
        .containsExactly("attente", "documents", "horaires", "accueil");
    assertThat(pareto.vitalFew(0.4)).extracting(ParetoItem::key).containsExactly("attente");
    assertThat(pareto.vitalFew(1)).hasSize(5);
  }

  @Test
  void cutIsComparedExactlyAsTheDecimalItIsWritten() {
    // 0.8 × 10 is 8 (not 8.000000000000000444 from the binary value of 0.8).
    Map<String, Long> counts = Map.of("a", 5L, "b", 3L, "c", 2L);
    assertThat(ParetoAnalysis.of(counts).vitalFew(0.8))
        .extracting(ParetoItem::key)
        .containsExactly("a", "b");
    // 0.7 × 10 = 7: "b" brings the cumulative count to 8 ≥ 7.
    assertThat(ParetoAnalysis.of(counts).vitalFew(0.7))
        .extracting(ParetoItem::key)
        .containsExactly("a", "b");
    assertThat(ParetoAnalysis.of(counts).vitalFew(0.5))
        .extracting(ParetoItem::key)
        .containsExactly("a");
  }

  @Test
  void emptyAndZeroCounts() {
    ParetoAnalysis<String> empty = ParetoAnalysis.of(Map.<String, Long>of());
    assertThat(empty.items()).isEmpty();
    assertThat(empty.vitalFew()).isEmpty();
    ParetoAnalysis<String> zeros = ParetoAnalysis.of(Map.of("a", 0L, "b", 0L));
    assertThat(zeros.items()).extracting(ParetoItem::key).containsExactly("a", "b");
    assertThat(zeros.items()).allSatisfy(i -> assertThat(i.cumulativeShare()).isZero());
    assertThat(zeros.vitalFew()).isEmpty();
    ParetoAnalysis<String> some = ParetoAnalysis.of(Map.of("a", 0L, "b", 3L));
    assertThat(some.vitalFew(1)).extracting(ParetoItem::key).containsExactly("b");
  }

  @Test
  void customKeyOrder() {
    ParetoAnalysis<String> pareto =
        ParetoAnalysis.of(Map.of("a", 1L, "b", 1L, "c", 2L), Comparator.reverseOrder());
    assertThat(pareto.items()).extracting(ParetoItem::key).containsExactly("c", "b", "a");
  }

  @Test
  void invalidInputs() {
    assertThatThrownBy(() -> ParetoAnalysis.of(Map.of("a", -1L)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("« counts » : les effectifs ne doivent pas être négatifs.");
    assertThatThrownBy(() -> ParetoAnalysis.of(Map.of("a", Long.MAX_VALUE, "b", 1L)))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).key())
        .isEqualTo("pareto.total.overflow");
    assertThatThrownBy(
            () -> ParetoAnalysis.of(Map.of("a", 1L, "A", 1L), String.CASE_INSENSITIVE_ORDER))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).key())
        .isEqualTo("pareto.key.order.ambiguous");
    for (double cut : new double[] {0, -0.1, 1.01, Double.NaN}) {
      assertThatThrownBy(() -> ParetoAnalysis.of(IRRITANTS).vitalFew(cut))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("« cut »");
    }
  }

  @Property
  void invariants(
      @ForAll @Size(max = 30) List<@LongRange(min = 0, max = 1_000_000) Long> counts,
      @ForAll @DoubleRange(min = 0.01, max = 1) double cut) {
    Map<Integer, Long> map = new HashMap<>();
    for (int i = 0; i < counts.size(); i++) {
      map.put(i, counts.get(i));
    }
    ParetoAnalysis<Integer> pareto = ParetoAnalysis.of(map);
    List<ParetoItem<Integer>> items = pareto.items();
    assertThat(items).hasSize(counts.size());
    for (int i = 1; i < items.size(); i++) {
      assertThat(items.get(i).count()).isLessThanOrEqualTo(items.get(i - 1).count());
      if (items.get(i).count() == items.get(i - 1).count()) {
        assertThat(items.get(i).key()).isGreaterThan(items.get(i - 1).key());
      }
    }
    // The result does not depend on the map's iteration order.
    assertThat(ParetoAnalysis.of(new LinkedHashMap<>(map))).isEqualTo(pareto);
    List<ParetoItem<Integer>> few = pareto.vitalFew(cut);
    if (pareto.total() > 0) {
      ParetoItem<Integer> last = few.get(few.size() - 1);
      assertThat((double) last.cumulativeCount())
          .isGreaterThanOrEqualTo(cut * pareto.total() - 1e-6);
      if (few.size() > 1) {
        assertThat((double) few.get(few.size() - 2).cumulativeCount())
            .isLessThan(cut * pareto.total() + 1e-6);
      }
      assertThat(
              items.stream()
                  .filter(i -> i.count() > 0)
                  .reduce((a, b) -> b)
                  .orElseThrow()
                  .cumulativeShare())
          .isEqualTo(1.0);
    } else {
      assertThat(few).isEmpty();
    }
  }
}
