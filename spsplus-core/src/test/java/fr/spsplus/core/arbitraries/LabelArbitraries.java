package fr.spsplus.core.arbitraries;

import fr.spsplus.core.label.LabelDecision;
import fr.spsplus.core.label.LabelLifecycle;
import fr.spsplus.core.label.LabelRules;
import fr.spsplus.core.label.LabelStatus;
import fr.spsplus.core.label.LabelTier;
import fr.spsplus.core.label.LabelTransition;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitraries for {@code fr.spsplus.core.label}. */
public final class LabelArbitraries {

  private LabelArbitraries() {}

  /**
   * Label tiers.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LabelTier> tiers() {
    return Arbitraries.of(LabelTier.class);
  }

  /**
   * Label states.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LabelStatus> statuses() {
    return Arbitraries.of(LabelStatus.class);
  }

  /**
   * Rules with a validity of 2 months to 10 years and a follow-up audit strictly within it, the
   * defaults included.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LabelRules> rules() {
    Arbitrary<LabelRules> any =
        Arbitraries.integers()
            .between(2, 120)
            .flatMap(
                validity ->
                    Arbitraries.integers()
                        .between(1, validity - 1)
                        .map(
                            followUp ->
                                new LabelRules(
                                    Period.ofMonths(validity), Period.ofMonths(followUp))));
    return Arbitraries.frequencyOf(
        Tuple.of(4, any), Tuple.of(1, Arbitraries.just(LabelRules.defaults())));
  }

  /**
   * Decisions awarded under arbitrary rules.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LabelDecision> decisions() {
    return Combinators.combine(
            StructureArbitraries.codes(),
            tiers(),
            ArbitraryTexts.titles(),
            ArbitraryTexts.dates(),
            rules())
        .as(LabelDecision::award);
  }

  /**
   * Single transitions, not necessarily allowed (the lifecycle checks that).
   *
   * @return the arbitrary
   */
  public static Arbitrary<LabelTransition> transitions() {
    return Combinators.combine(
            statuses().injectNull(0.2),
            statuses(),
            ArbitraryTexts.dates(),
            ArbitraryTexts.paragraphs())
        .as(LabelTransition::new);
  }

  /**
   * Lifecycles reached by random walks of 0 to 8 allowed transitions after the application, each 0
   * to 400 days after the previous one.
   *
   * @return the arbitrary
   */
  public static Arbitrary<LabelLifecycle> lifecycles() {
    Arbitrary<List<Integer>> choices = Arbitraries.integers().between(0, 99).list().ofMaxSize(8);
    Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(0, 400).list().ofSize(8);
    return Combinators.combine(ArbitraryTexts.dates(), ArbitraryTexts.paragraphs(), choices, gaps)
        .as(
            (start, reason, picks, days) -> {
              LabelLifecycle lifecycle = LabelLifecycle.applied(start, reason);
              LocalDate day = start;
              for (int i = 0; i < picks.size(); i++) {
                List<LabelStatus> next = new ArrayList<>(lifecycle.state().allowedNext());
                if (next.isEmpty()) {
                  break;
                }
                day = day.plusDays(days.get(i));
                lifecycle =
                    lifecycle.moveTo(next.get(picks.get(i) % next.size()), day, "Étape " + (i + 1));
              }
              return lifecycle;
            });
  }
}
