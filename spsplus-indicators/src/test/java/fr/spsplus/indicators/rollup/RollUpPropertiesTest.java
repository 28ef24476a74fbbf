package fr.spsplus.indicators.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.arbitraries.CallArbitraries;
import fr.spsplus.core.arbitraries.StructureArbitraries;
import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.structure.StructureDirectory;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.call.CallAccumulator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

class RollUpPropertiesTest {

  private static final StructureCode UNKNOWN = StructureCode.of("not-in-the-directory");

  /** A call placed on a structure: index into the forest, or -1 for a structure it lacks. */
  record PlacedCall(int structure, CallOutcome outcome, int waitSeconds) {}

  @Provide
  Arbitrary<Tuple2<List<Structure>, List<PlacedCall>>> forestsWithCalls() {
    return StructureArbitraries.forests()
        .flatMap(
            forest ->
                Combinators.combine(
                        Arbitraries.integers().between(-1, Math.max(-1, forest.size() - 1)),
                        CallArbitraries.outcomes(),
                        Arbitraries.integers().between(0, 120))
                    .as(PlacedCall::new)
                    .list()
                    .ofMaxSize(80)
                    .map(calls -> Tuple.of(forest, calls)));
  }

  private static List<Measurement> measured(CallAccumulator calls) {
    return calls.result(null, RollUpTest.MARCH, RollUpTest.SHOW_ALL).all();
  }

  @Property
  void mergedRollUpsEqualAccumulatingTheCallsAtOnce(
      @ForAll("forestsWithCalls") Tuple2<List<Structure>, List<PlacedCall>> input) {
    List<Structure> forest = input.get1();
    StructureDirectory directory = StructureDirectory.of(forest);
    Map<StructureCode, CallAccumulator> states = new HashMap<>();
    CallAccumulator everything = CallAccumulator.of();
    CallAccumulator underRoots = CallAccumulator.of();
    for (PlacedCall call : input.get2()) {
      StructureCode code = call.structure() < 0 ? UNKNOWN : forest.get(call.structure()).code();
      states
          .computeIfAbsent(code, c -> CallAccumulator.of())
          .accept(call.outcome(), call.waitSeconds());
      everything.accept(call.outcome(), call.waitSeconds());
      if (directory.contains(code) && directory.root(code).isPresent()) {
        underRoots.accept(call.outcome(), call.waitSeconds());
      }
    }
    RollUp<CallAccumulator> tree = RollUp.of(directory, states, CallAccumulator::of);

    assertThat(measured(tree.total())).isEqualTo(measured(everything));
    assertThat(measured(tree.national())).isEqualTo(measured(underRoots));
    List<StructureCode> roots = directory.roots().stream().map(Structure::code).toList();
    assertThat(measured(tree.national(roots))).isEqualTo(measured(underRoots));
    List<StructureCode> tops = new java.util.ArrayList<>(roots);
    tops.addAll(tree.orphanTops());
    CallAccumulator placed = tree.national(tops);
    long unknownCalls = states.containsKey(UNKNOWN) ? states.get(UNKNOWN).count() : 0;
    assertThat(placed.count() + unknownCalls).isEqualTo(everything.count());
    assertThat(tree.unknownStructures()).isEqualTo(unknownCalls > 0 ? List.of(UNKNOWN) : List.of());

    for (StructureCode code : tree.structures()) {
      long expected = states.containsKey(code) ? states.get(code).count() : 0;
      for (Structure below : directory.descendants(code)) {
        CallAccumulator own = states.get(below.code());
        expected += own == null ? 0 : own.count();
      }
      assertThat(tree.subtree(code).orElseThrow().count()).as(code.value()).isEqualTo(expected);
      assertThat(expected).isPositive();
    }
  }
}
