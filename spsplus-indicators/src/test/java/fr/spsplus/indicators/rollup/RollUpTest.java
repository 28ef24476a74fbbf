package fr.spsplus.indicators.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.Network;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.structure.StructureDirectory;
import fr.spsplus.core.structure.Typology;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.call.CallAccumulator;
import fr.spsplus.indicators.call.CallPolicy;
import fr.spsplus.indicators.level.Target;
import fr.spsplus.indicators.stats.PublicationPolicy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * A small hand-made tree:
 *
 * <pre>
 * caf (root)            urssaf (root)        orphan-head (parent "gone", missing)
 * ├── caf-dir           └── urssaf-site      └── orphan-site
 * │   ├── site-1  1 of 4 answered
 * │   └── site-2  9 of 12 answered
 * └── site-3      9 of 10 answered
 * </pre>
 *
 * plus "ghost", a structure absent from the directory.
 */
class RollUpTest {

  static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");
  static final Estimation SHOW_ALL =
      Estimation.defaults().withPublication(PublicationPolicy.of(1, 1));

  private static final StructureCode CAF = StructureCode.of("caf");
  private static final StructureCode CAF_DIR = StructureCode.of("caf-dir");
  private static final StructureCode SITE_1 = StructureCode.of("site-1");
  private static final StructureCode SITE_2 = StructureCode.of("site-2");
  private static final StructureCode SITE_3 = StructureCode.of("site-3");
  private static final StructureCode URSSAF = StructureCode.of("urssaf");
  private static final StructureCode URSSAF_SITE = StructureCode.of("urssaf-site");
  private static final StructureCode ORPHAN_HEAD = StructureCode.of("orphan-head");
  private static final StructureCode ORPHAN_SITE = StructureCode.of("orphan-site");
  private static final StructureCode GHOST = StructureCode.of("ghost");

  private static Structure structure(StructureCode code, @Nullable String parent) {
    return Structure.builder(code, new Network("Réseau"), new Typology(null, "Site"), code.value())
        .parent(parent == null ? null : StructureCode.of(parent), null)
        .build();
  }

  static final StructureDirectory DIRECTORY =
      StructureDirectory.of(
          List.of(
              structure(CAF, null),
              structure(CAF_DIR, "caf"),
              structure(SITE_1, "caf-dir"),
              structure(SITE_2, "caf-dir"),
              structure(SITE_3, "caf"),
              structure(URSSAF, null),
              structure(URSSAF_SITE, "urssaf"),
              structure(ORPHAN_HEAD, "gone"),
              structure(ORPHAN_SITE, "orphan-head")));

  private static CallAccumulator calls(int answered, int abandoned) {
    CallAccumulator calls = CallAccumulator.of();
    for (int i = 0; i < answered; i++) {
      calls.accept(CallOutcome.ANSWERED_AGENT, 10 + i);
    }
    for (int i = 0; i < abandoned; i++) {
      calls.accept(CallOutcome.ABANDONED_QUEUE, 30);
    }
    return calls;
  }

  private static Map<StructureCode, CallAccumulator> states() {
    Map<StructureCode, CallAccumulator> states = new LinkedHashMap<>();
    states.put(SITE_1, calls(1, 3));
    states.put(SITE_2, calls(9, 3));
    states.put(SITE_3, calls(9, 1));
    states.put(URSSAF_SITE, calls(5, 5));
    states.put(ORPHAN_SITE, calls(2, 0));
    states.put(GHOST, calls(0, 7));
    return states;
  }

  private static final BiFunction<StructureCode, CallAccumulator, Measurement> AGENT_RATE =
      (code, state) -> state.result(code, MARCH, SHOW_ALL).agentPickUpRate();

  private static Measurement rate(CallAccumulator state) {
    return state.result(null, MARCH, SHOW_ALL).agentPickUpRate();
  }

  @Test
  void subtreesMergeStatesNeverRates() {
    RollUp<CallAccumulator> tree = RollUp.of(DIRECTORY, states(), CallAccumulator::of);
    assertThat(tree.structures())
        .containsExactly(
            CAF, CAF_DIR, ORPHAN_HEAD, ORPHAN_SITE, SITE_1, SITE_2, SITE_3, URSSAF, URSSAF_SITE);
    Measurement direction = rate(tree.subtree(CAF_DIR).orElseThrow());
    assertThat(direction.numerator()).isEqualTo(10); // 1 + 9 answered
    assertThat(direction.denominator()).isEqualTo(16); // 4 + 12 calls
    assertThat(direction.value()).isEqualTo(0.625); // not (0.25 + 0.75) / 2
    Measurement network = rate(tree.subtree(CAF).orElseThrow());
    assertThat(network.numerator()).isEqualTo(19);
    assertThat(network.denominator()).isEqualTo(26);
    assertThat(tree.subtree(GHOST)).isEmpty();
    assertThat(tree.subtree(StructureCode.of("nowhere"))).isEmpty();
    assertThat(tree.results((code, state) -> code + "=" + state.count()))
        .containsExactly(
            "caf=26",
            "caf-dir=16",
            "orphan-head=2",
            "orphan-site=2",
            "site-1=4",
            "site-2=12",
            "site-3=10",
            "urssaf=10",
            "urssaf-site=10");
  }

  @Test
  void theNationalAggregateMergesTheNetworkHeadsAndLeavesOrphansAndUnknownsOut() {
    Map<StructureCode, CallAccumulator> states = states();
    RollUp<CallAccumulator> tree = RollUp.of(DIRECTORY, states, CallAccumulator::of);
    assertThat(tree.unknownStructures()).containsExactly(GHOST);
    assertThat(tree.orphanTops()).containsExactly(ORPHAN_HEAD);

    CallAccumulator placedUnderRoots = CallAccumulator.of();
    for (StructureCode site : List.of(SITE_1, SITE_2, SITE_3, URSSAF_SITE)) {
      placedUnderRoots.combine(states.get(site));
    }
    assertThat(tree.national().result(null, MARCH, SHOW_ALL).all())
        .isEqualTo(placedUnderRoots.result(null, MARCH, SHOW_ALL).all());

    CallAccumulator everything = CallAccumulator.of();
    states.values().forEach(everything::combine);
    assertThat(tree.total().result(null, MARCH, SHOW_ALL).all())
        .isEqualTo(everything.result(null, MARCH, SHOW_ALL).all());
    assertThat(tree.national(List.of(CAF, URSSAF, ORPHAN_HEAD)).count())
        .isEqualTo(everything.count() - 7); // all but the ghost's 7 calls
    assertThat(tree.national(List.of()).count()).isZero();
  }

  @Test
  void overlappingOrUnknownTopsAreRejected() {
    RollUp<CallAccumulator> tree = RollUp.of(DIRECTORY, states(), CallAccumulator::of);
    assertThatThrownBy(() -> tree.national(List.of(CAF, SITE_1)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.getMessage()).contains("site-1", "caf", "« tops »");
              assertThat(e.getMessage(Locale.ENGLISH)).contains("count twice");
            });
    assertThatThrownBy(() -> tree.national(List.of(URSSAF, URSSAF)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("urssaf");
    assertThatThrownBy(() -> tree.national(List.of(GHOST)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getMessage(Locale.ENGLISH)).contains("ghost", "not in the directory"));
  }

  @Test
  void theGivenStatesAreNeverChanged() {
    Map<StructureCode, CallAccumulator> states = states();
    RollUp<CallAccumulator> tree = RollUp.of(DIRECTORY, states, CallAccumulator::of);
    tree.national().accept(CallOutcome.ANSWERED_AGENT, 1);
    tree.subtree(SITE_1).orElseThrow().accept(CallOutcome.ANSWERED_AGENT, 1);
    tree.total().accept(CallOutcome.ANSWERED_AGENT, 1);
    assertThat(states.get(SITE_1).count()).isEqualTo(4);
    assertThat(tree.subtree(SITE_1).orElseThrow().count()).isEqualTo(4);
    assertThat(tree.national().count()).isEqualTo(36); // 4 + 12 + 10 + 10
  }

  @Test
  void aStructureWithItsOwnObservationsAndChildrenCountsBoth() {
    Map<StructureCode, CallAccumulator> states = states();
    states.put(CAF_DIR, calls(4, 0));
    RollUp<CallAccumulator> tree = RollUp.of(DIRECTORY, states, CallAccumulator::of);
    assertThat(tree.subtree(CAF_DIR).orElseThrow().count()).isEqualTo(20);
    assertThat(tree.subtree(CAF).orElseThrow().count()).isEqualTo(30);
  }

  @Test
  void meanOfRatesIsTheUnweightedMeanOfTheChildrensMergedRatesAndSaysSo() {
    RollUp<CallAccumulator> tree = RollUp.of(DIRECTORY, states(), CallAccumulator::of);
    // site-1: 1 of 4 = 0.25, site-2: 9 of 12 = 0.75; mean of rates 0.5, merged rate 0.625.
    Measurement mean = tree.meanOfChildRates(CAF_DIR, AGENT_RATE).orElseThrow();
    assertThat(mean.indicator()).isEqualTo(IndicatorCode.TAUX_DECROCHE_AGENT);
    assertThat(mean.structure()).isEqualTo(CAF_DIR);
    assertThat(mean.value()).isEqualTo(0.5);
    assertThat(mean.numerator()).isEqualTo(1.0);
    assertThat(mean.denominator()).isEqualTo(2);
    assertThat(mean.n()).isEqualTo(2);
    assertThat(mean.interval()).isNull();
    assertThat(mean.status()).isEqualTo(PublicationStatus.PUBLISHABLE);
    assertThat(mean.parameters())
        .containsEntry("aggregation", MeanOfRates.AGGREGATION)
        .containsEntry("short_abandon_seconds", "5");
    assertThat(mean.excluded()).containsExactly(Map.entry(MeanOfRates.MEMBER_WITHOUT_VALUE, 0L));
    // caf's children: caf-dir (merged 10/16 = 0.625) and site-3 (0.9): (0.625 + 0.9) / 2.
    assertThat(tree.meanOfChildRates(CAF, AGENT_RATE).orElseThrow().value())
        .isEqualTo((0.625 + 0.9) / 2);
    // National mean of the networks' rates: caf 19/26, urssaf 5/10.
    assertThat(tree.meanOfRates(null, List.of(URSSAF, CAF), AGENT_RATE).orElseThrow().value())
        .isEqualTo((19.0 / 26 + 0.5) / 2);
    assertThat(tree.meanOfChildRates(SITE_1, AGENT_RATE)).isEmpty();
  }

  @Test
  void meanOfRatesLeavesWithheldMembersOutAndCountsThem() {
    RollUp<CallAccumulator> tree = RollUp.of(DIRECTORY, states(), CallAccumulator::of);
    Measurement withheld =
        tree.meanOfChildRates(CAF_DIR, (code, state) -> state.result(code, MARCH).agentPickUpRate())
            .orElseThrow();
    assertThat(withheld.value()).isNull();
    assertThat(withheld.status()).isEqualTo(PublicationStatus.INSUFFICIENT_SAMPLE);
    assertThat(withheld.excluded()).containsEntry(MeanOfRates.MEMBER_WITHOUT_VALUE, 2L);
    Estimation indicativeFrom10 =
        Estimation.defaults().withPublication(PublicationPolicy.of(10, 100));
    Measurement partial =
        tree.meanOfChildRates(
                CAF_DIR,
                (code, state) -> state.result(code, MARCH, indicativeFrom10).agentPickUpRate())
            .orElseThrow();
    assertThat(partial.value())
        .isEqualTo(0.75); // site-1 (4 calls) withheld, site-2 (12) indicative
    assertThat(partial.status()).isEqualTo(PublicationStatus.INDICATIVE);
    assertThat(partial.excluded()).containsEntry(MeanOfRates.MEMBER_WITHOUT_VALUE, 1L);
  }

  @Test
  void meanOfRatesRefusesWhatCannotBeAveraged() {
    Measurement site1 = AGENT_RATE.apply(SITE_1, calls(1, 3));
    Measurement otherPolicy =
        CallAccumulator.of(CallPolicy.builder().shortAbandonSeconds(0).build())
            .result(SITE_2, MARCH, SHOW_ALL)
            .agentPickUpRate();
    assertThatThrownBy(
            () ->
                MeanOfRates.of(
                    IndicatorCode.TAUX_DECROCHE_AGENT, null, MARCH, List.of(site1, otherPolicy)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("site-2", "parameters"));
    assertThatThrownBy(() -> MeanOfRates.of(IndicatorCode.ATTENTE_MOYENNE, null, MARCH, List.of()))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e ->
                assertThat(e.getMessage(Locale.ENGLISH)).contains("ATTENTE_MOYENNE", "not a rate"));
    assertThatThrownBy(
            () -> MeanOfRates.of(IndicatorCode.TAUX_ABANDON, null, MARCH, List.of(site1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("TAUX_ABANDON");
    assertThatThrownBy(
            () ->
                MeanOfRates.of(
                    IndicatorCode.TAUX_DECROCHE_AGENT,
                    null,
                    ReportingPeriod.parse("2026-04"),
                    List.of(site1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("2026-04");
    Measurement none = MeanOfRates.of(IndicatorCode.TAUX_DECROCHE_AGENT, null, MARCH, List.of());
    assertThat(none.value()).isNull();
    assertThat(none.status()).isEqualTo(PublicationStatus.INSUFFICIENT_SAMPLE);
    assertThat(none.parameters()).containsExactly(Map.entry("aggregation", "MEAN_OF_RATES"));
  }

  @Test
  void shareOfStructuresReachingTheTarget() {
    RollUp<CallAccumulator> tree = RollUp.of(DIRECTORY, states(), CallAccumulator::of);
    TargetShare caf = tree.shareReachingUnder(CAF, Target.atLeast(0.85), AGENT_RATE).orElseThrow();
    assertThat(caf.reached()).containsExactly(SITE_3); // 0.9
    assertThat(caf.missed()).containsExactly(SITE_1, SITE_2); // 0.25, 0.75
    assertThat(caf.withoutValue()).isEmpty();
    assertThat(caf.assessed()).isEqualTo(3);
    assertThat(caf.share()).hasValue(1.0 / 3);
    assertThat(caf.scope()).isEqualTo(CAF);
    assertThat(caf.indicator()).isEqualTo(IndicatorCode.TAUX_DECROCHE_AGENT);
    // Every structure with its own calls, placed or not: the ghost (0 of 7) and the orphan site
    // (2 of 2) too.
    TargetShare all = tree.shareReaching(Target.atLeast(0.85), AGENT_RATE).orElseThrow();
    assertThat(all.reached()).containsExactly(ORPHAN_SITE, SITE_3);
    assertThat(all.missed()).containsExactly(GHOST, SITE_1, SITE_2, URSSAF_SITE);
    assertThat(all.scope()).isNull();
    // With the default estimation every site is too small: nothing is judged.
    TargetShare small =
        tree.shareReachingUnder(
                CAF,
                Target.atLeast(0.85),
                (code, state) -> state.result(code, MARCH).agentPickUpRate())
            .orElseThrow();
    assertThat(small.withoutValue()).containsExactly(SITE_1, SITE_2, SITE_3);
    assertThat(small.share()).isEmpty();
    assertThat(
            tree.shareReachingUnder(ORPHAN_HEAD, Target.atLeast(0.85), AGENT_RATE)
                .orElseThrow()
                .share())
        .hasValue(1.0);
    assertThatThrownBy(() -> tree.shareReachingUnder(GHOST, Target.atLeast(0.85), AGENT_RATE))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void targetSharesCheckTheirMembers() {
    Measurement aggregate = rate(calls(3, 1));
    assertThatThrownBy(
            () ->
                TargetShare.of(
                    IndicatorCode.TAUX_DECROCHE_AGENT,
                    null,
                    MARCH,
                    Target.atLeast(0.85),
                    List.of(aggregate)))
        .isInstanceOf(InvalidInputException.class);
    Measurement site = AGENT_RATE.apply(SITE_1, calls(3, 1));
    assertThatThrownBy(
            () ->
                TargetShare.of(
                    IndicatorCode.TAUX_DECROCHE_AGENT,
                    null,
                    MARCH,
                    Target.atLeast(0.85),
                    List.of(site, site)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.getMessage(Locale.ENGLISH)).contains("site-1", "twice"));
    assertThatThrownBy(
            () ->
                TargetShare.of(
                    IndicatorCode.TAUX_ABANDON, null, MARCH, Target.atMost(0.1), List.of(site)))
        .isInstanceOf(InvalidInputException.class);
    TargetShare lowerIsBetter =
        TargetShare.of(
            IndicatorCode.TAUX_DECROCHE_AGENT, null, MARCH, Target.atMost(0.75), List.of(site));
    assertThat(lowerIsBetter.reached()).containsExactly(SITE_1); // 0.75 ≤ 0.75
  }
}
