package fr.spsplus.indicators.rollup;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.structure.Structure;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.structure.StructureDirectory;
import fr.spsplus.indicators.Accumulator;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.level.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Roll-ups along the structure tree (site → … → network head) and national aggregates over several
 * network heads, by <strong>merging states</strong>: the state of a structure's subtree is the
 * combination of its own state and of every state below it, so each call, answer or request counts
 * once, weighted by nothing. Rates are never averaged, except in the explicitly labelled {@link
 * MeanOfRates} mode ({@link #meanOfRates}, {@link #meanOfChildRates}).
 *
 * <pre>{@code
 * RollUp<CallAccumulator> tree = RollUp.of(directory, grouped.statesAt(march), CallAccumulator::of);
 * Measurement network = tree.subtree(head).orElseThrow().result(head, march).agentPickUpRate();
 * Measurement france = tree.national().result(null, march).agentPickUpRate();
 * }</pre>
 *
 * <h2>Orphans and unknown structures</h2>
 *
 * <ul>
 *   <li>A state whose structure is <strong>absent from the directory</strong> cannot be placed: it
 *       is listed by {@link #unknownStructures()}, counted in {@link #total()} only, and in no
 *       subtree nor national aggregate.
 *   <li>An <strong>orphan</strong> (a structure whose parent is missing from the directory,
 *       reported by {@link StructureDirectory#orphans()}) is the top of its own chain: its subtree
 *       is rolled up to it, but it lies under no network head, so {@link #national()} leaves it
 *       out; {@link #orphanTops()} lists the orphans with observations, and {@link
 *       #national(Collection)} accepts them as tops.
 * </ul>
 *
 * <p>So {@code total() = national() + orphan chains + unknown structures}, and {@code total()}
 * equals accumulating every observation at once. Results are given by structure code.
 *
 * <p>The states given are read, never changed, and kept by reference: do not change them while the
 * roll-up is in use. Every state this class returns is a new one. Building takes one merge per
 * structure with observations at or below it, in time linear in the size of the tree.
 *
 * @param <A> the accumulator type
 */
public final class RollUp<A extends Accumulator<A>> {

  private static final MessageBundle MESSAGES = MessageBundle.of(RollUp.class, "messages");

  private final StructureDirectory directory;
  private final Supplier<A> factory;
  private final SortedMap<StructureCode, A> own;
  private final Map<StructureCode, A> subtrees;
  private final List<StructureCode> unknown;
  private final List<StructureCode> orphanTops;

  private RollUp(
      StructureDirectory directory,
      Supplier<A> factory,
      SortedMap<StructureCode, A> own,
      Map<StructureCode, A> subtrees,
      List<StructureCode> unknown,
      List<StructureCode> orphanTops) {
    this.directory = directory;
    this.factory = factory;
    this.own = own;
    this.subtrees = subtrees;
    this.unknown = unknown;
    this.orphanTops = orphanTops;
  }

  /**
   * Rolls states up the tree of a directory.
   *
   * @param <A> the accumulator type
   * @param directory the structures and their hierarchy
   * @param states each structure's own state (for example {@link
   *     fr.spsplus.indicators.grouping.GroupedAccumulator#statesAt})
   * @param factory creates an empty state with the same policy as the given ones
   * @return the roll-up
   * @throws InvalidInputException if the states' policies differ
   */
  public static <A extends Accumulator<A>> RollUp<A> of(
      StructureDirectory directory, Map<StructureCode, ? extends A> states, Supplier<A> factory) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(states, "states");
    Objects.requireNonNull(factory, "factory");
    TreeMap<StructureCode, A> own = new TreeMap<>();
    states.forEach(
        (code, state) ->
            own.put(
                Objects.requireNonNull(code, "structure"), Objects.requireNonNull(state, "state")));
    List<StructureCode> unknown = new ArrayList<>();
    Set<StructureCode> marked = new HashSet<>();
    for (StructureCode code : own.keySet()) {
      if (!directory.contains(code)) {
        unknown.add(code);
        continue;
      }
      if (marked.add(code)) {
        for (Structure ancestor : directory.ancestors(code)) {
          if (!marked.add(ancestor.code())) {
            break; // the rest of the chain is already marked
          }
        }
      }
    }
    List<StructureCode> bottomUp = new ArrayList<>(marked);
    bottomUp.sort(
        Comparator.comparingInt((StructureCode code) -> directory.depth(code))
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    Map<StructureCode, A> subtrees = new HashMap<>();
    for (StructureCode code : bottomUp) {
      List<A> parts = new ArrayList<>();
      A mine = own.get(code);
      if (mine != null) {
        parts.add(mine);
      }
      for (Structure child : directory.children(code)) {
        A below = subtrees.get(child.code());
        if (below != null) {
          parts.add(below);
        }
      }
      subtrees.put(code, parts.size() == 1 ? parts.get(0) : merge(factory, parts));
    }
    List<StructureCode> orphanTops = new ArrayList<>();
    for (Structure orphan : directory.orphans()) {
      if (marked.contains(orphan.code())) {
        orphanTops.add(orphan.code());
      }
    }
    Collections.sort(orphanTops);
    return new RollUp<>(
        directory,
        factory,
        Collections.unmodifiableSortedMap(own),
        subtrees,
        List.copyOf(unknown),
        List.copyOf(orphanTops));
  }

  private static <A extends Accumulator<A>> A merge(Supplier<A> factory, Collection<A> parts) {
    A merged = factory.get();
    for (A part : parts) {
      merged.combine(part);
    }
    return merged;
  }

  // ---------------------------------------------------------------------------------------------
  // States

  /**
   * Returns the structures of the directory with observations at or below them.
   *
   * @return the codes, sorted
   */
  public List<StructureCode> structures() {
    List<StructureCode> codes = new ArrayList<>(subtrees.keySet());
    Collections.sort(codes);
    return List.copyOf(codes);
  }

  /**
   * Returns the merged state of a structure and every structure below it.
   *
   * @param code the structure
   * @return a new state, or empty when nothing was observed at or below it (or the structure is not
   *     in the directory)
   */
  public Optional<A> subtree(StructureCode code) {
    A state = subtrees.get(Objects.requireNonNull(code, "code"));
    return state == null ? Optional.empty() : Optional.of(state.copy());
  }

  /**
   * Returns the merge of the subtrees of several disjoint tops (network heads, or any structures
   * none of which lies below another).
   *
   * @param tops the structures whose subtrees are merged
   * @return a new state (empty when nothing was observed below them)
   * @throws InvalidInputException if a top is absent from the directory, or appears twice, or lies
   *     below another top (its observations would count twice)
   */
  public A national(Collection<StructureCode> tops) {
    Objects.requireNonNull(tops, "tops");
    Set<StructureCode> set = new LinkedHashSet<>();
    for (StructureCode top : tops) {
      Objects.requireNonNull(top, "top");
      if (!directory.contains(top)) {
        throw new InvalidInputException(MESSAGES.message("rollup.unknown.top", top.value()));
      }
      if (!set.add(top)) {
        throw new InvalidInputException(
            MESSAGES.message("rollup.overlapping.tops", top.value(), top.value()));
      }
    }
    for (StructureCode top : set) {
      for (Structure ancestor : directory.ancestors(top)) {
        if (set.contains(ancestor.code())) {
          throw new InvalidInputException(
              MESSAGES.message("rollup.overlapping.tops", top.value(), ancestor.code().value()));
        }
      }
    }
    List<A> parts = new ArrayList<>();
    for (StructureCode top : set) {
      A state = subtrees.get(top);
      if (state != null) {
        parts.add(state);
      }
    }
    return merge(factory, parts);
  }

  /**
   * Returns the merge of every network head's subtree ({@link StructureDirectory#roots()}): the
   * national aggregate, orphan chains and unknown structures left out.
   *
   * @return a new state
   */
  public A national() {
    List<StructureCode> roots = new ArrayList<>();
    for (Structure root : directory.roots()) {
      roots.add(root.code());
    }
    return national(roots);
  }

  /**
   * Returns the merge of every state given, placed or not.
   *
   * @return a new state, equal to accumulating every observation at once
   */
  public A total() {
    return merge(factory, own.values());
  }

  /**
   * Returns the structures of the states given that the directory does not know.
   *
   * @return the codes, sorted; their states are only in {@link #total()}
   */
  public List<StructureCode> unknownStructures() {
    return unknown;
  }

  /**
   * Returns the orphans (parent missing from the directory) with observations at or below them: the
   * tops of chains that no network head reaches.
   *
   * @return the codes, sorted
   */
  public List<StructureCode> orphanTops() {
    return orphanTops;
  }

  // ---------------------------------------------------------------------------------------------
  // Results

  /**
   * Computes a result for the subtree of every structure with observations at or below it, by
   * structure code.
   *
   * @param <R> the result type
   * @param function the result of one subtree; it receives a state it must not change
   * @return the results, in order
   */
  public <R> List<R> results(BiFunction<StructureCode, ? super A, ? extends R> function) {
    Objects.requireNonNull(function, "function");
    List<R> results = new ArrayList<>();
    for (StructureCode code : structures()) {
      results.add(function.apply(code, subtrees.get(code)));
    }
    return results;
  }

  /**
   * Computes the labelled unweighted mean of the members' merged rates ({@link MeanOfRates}): each
   * member's rate is measured on its subtree's state; members without observations have no rate and
   * are left out.
   *
   * @param structure the structure the mean describes, or {@code null} for a national figure
   * @param members the members, for example the network heads of a département
   * @param measure measures one member's subtree state (it must not change the state)
   * @return the mean, or empty when no member has observations
   * @throws InvalidInputException as {@link MeanOfRates#of}
   */
  public Optional<Measurement> meanOfRates(
      @Nullable StructureCode structure,
      Collection<StructureCode> members,
      BiFunction<StructureCode, ? super A, Measurement> measure) {
    Objects.requireNonNull(members, "members");
    Objects.requireNonNull(measure, "measure");
    List<Measurement> measured = new ArrayList<>();
    for (StructureCode member : new LinkedHashSet<>(members)) {
      A state = subtrees.get(Objects.requireNonNull(member, "member"));
      if (state != null) {
        measured.add(measure.apply(member, state));
      }
    }
    if (measured.isEmpty()) {
      return Optional.empty();
    }
    Measurement first = measured.get(0);
    return Optional.of(MeanOfRates.of(first.indicator(), structure, first.period(), measured));
  }

  /**
   * Computes the labelled unweighted mean of the merged rates of a structure's children ({@link
   * MeanOfRates}), for a network whose official method averages its members' rates.
   *
   * @param parent the structure
   * @param measure measures one child's subtree state
   * @return the mean, described as {@code parent}'s; empty when no child has observations
   */
  public Optional<Measurement> meanOfChildRates(
      StructureCode parent, BiFunction<StructureCode, ? super A, Measurement> measure) {
    List<StructureCode> children = new ArrayList<>();
    for (Structure child : directory.children(Objects.requireNonNull(parent, "parent"))) {
      children.add(child.code());
    }
    return meanOfRates(parent, children, measure);
  }

  /**
   * Computes the share of the structures with their own observations (their own state, not their
   * subtree's) whose value reaches a target, over every state given, placed or not.
   *
   * @param target the target
   * @param measure measures one structure's own state
   * @return the share, or empty when no state was given
   */
  public Optional<TargetShare> shareReaching(
      Target target, BiFunction<StructureCode, ? super A, Measurement> measure) {
    return share(null, own.keySet(), target, measure);
  }

  /**
   * Computes the share of the structures at or below a scope with their own observations whose
   * value reaches a target (for example the sites of one network).
   *
   * @param scope the structure whose subtree is judged
   * @param target the target
   * @param measure measures one structure's own state
   * @return the share, or empty when nothing was observed at or below the scope
   * @throws InvalidInputException if the scope is absent from the directory
   */
  public Optional<TargetShare> shareReachingUnder(
      StructureCode scope,
      Target target,
      BiFunction<StructureCode, ? super A, Measurement> measure) {
    Objects.requireNonNull(scope, "scope");
    Structure top = directory.get(scope);
    List<StructureCode> codes = new ArrayList<>();
    codes.add(top.code());
    for (Structure below : directory.descendants(scope)) {
      codes.add(below.code());
    }
    return share(scope, codes, target, measure);
  }

  private Optional<TargetShare> share(
      @Nullable StructureCode scope,
      Collection<StructureCode> codes,
      Target target,
      BiFunction<StructureCode, ? super A, Measurement> measure) {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(measure, "measure");
    List<Measurement> members = new ArrayList<>();
    for (StructureCode code : codes) {
      A state = own.get(code);
      if (state != null) {
        members.add(measure.apply(code, state));
      }
    }
    if (members.isEmpty()) {
      return Optional.empty();
    }
    Measurement first = members.get(0);
    return Optional.of(TargetShare.of(first.indicator(), scope, first.period(), target, members));
  }
}
