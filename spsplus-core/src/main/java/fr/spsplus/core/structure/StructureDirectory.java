package fr.spsplus.core.structure;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The structures of the platform and their hierarchy: look-up by code, children, descendants,
 * ancestors up to the network head, roots, orphans and summary figures.
 *
 * <p>Building checks the whole set at once:
 *
 * <ul>
 *   <li><strong>duplicate codes are rejected</strong>: the error names the code and the two lines
 *       (or positions) where it appears;
 *   <li><strong>cycles are rejected</strong> ({@code A → B → A}): the error names the codes of the
 *       cycle, in parent order;
 *   <li><strong>orphans are reported, not rejected</strong>: a structure whose parent code is
 *       absent (common in partial extracts, and possible in a full export when a parent was
 *       removed) is kept, listed by {@link #orphans()}, and is the top of its own chain.
 * </ul>
 *
 * <p>Every query runs in time proportional to its answer (ancestors: the depth; children: their
 * number), after a build in time linear in the number of structures. Lists keep the input order.
 * Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * StructureDirectory directory = StructureDirectory.read(Path.of("export-structures.csv"));
 * DirectorySummary figures = directory.summary();
 * List<Structure> chain = directory.ancestors(StructureCode.of("3Tn8gzTdcz"));
 * }</pre>
 *
 * <p>Hierarchy source: API Services Publics Plus – Structures ("structures form a tree inside each
 * network; a structure is the entity to which the platform's agents are attached"), dataset <a
 * href="https://opendata.plus.transformation.gouv.fr/explore/dataset/export-structures/">export-structures</a>.
 */
public final class StructureDirectory {

  private static final MessageBundle MESSAGES =
      MessageBundle.of(StructureDirectory.class, "messages");

  private final List<Structure> structures;
  private final Map<StructureCode, Structure> byCode;
  private final Map<StructureCode, List<Structure>> children;
  private final Map<StructureCode, Integer> depths;
  private final List<Structure> roots;
  private final List<Structure> orphans;
  private final SortedSet<Network> networks;
  private final DirectorySummary summary;

  private StructureDirectory(List<Structure> structures, Map<StructureCode, Structure> byCode) {
    this.structures = List.copyOf(structures);
    this.byCode = byCode;
    Map<StructureCode, List<Structure>> childrenByParent = new HashMap<>();
    List<Structure> rootList = new ArrayList<>();
    List<Structure> orphanList = new ArrayList<>();
    TreeSet<Network> networkSet = new TreeSet<>();
    int inactive = 0;
    for (Structure structure : structures) {
      networkSet.add(structure.network());
      if (!structure.active()) {
        inactive++;
      }
      StructureCode parent = structure.parent();
      if (parent == null) {
        rootList.add(structure);
      } else {
        childrenByParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(structure);
        if (!byCode.containsKey(parent)) {
          orphanList.add(structure);
        }
      }
    }
    childrenByParent.replaceAll((parent, list) -> List.copyOf(list));
    this.children = childrenByParent;
    this.roots = List.copyOf(rootList);
    this.orphans = List.copyOf(orphanList);
    this.networks = Collections.unmodifiableSortedSet(networkSet);
    this.depths = depthsRejectingCycles(structures, byCode);
    int maxDepth = depths.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    this.summary =
        new DirectorySummary(
            structures.size(), networkSet.size(), roots.size(), orphans.size(), maxDepth, inactive);
  }

  /**
   * Builds the directory of a collection of structures.
   *
   * @param structures the structures, in the order the lists of the directory will keep
   * @return the directory
   * @throws InvalidInputException if two structures share a code (the message names the code and
   *     the 1-based positions) or the parent links form a cycle (the message names its codes)
   */
  public static StructureDirectory of(Collection<Structure> structures) {
    Objects.requireNonNull(structures, "structures");
    Map<StructureCode, Structure> byCode = new LinkedHashMap<>();
    Map<StructureCode, Integer> positions = new HashMap<>();
    List<Structure> list = new ArrayList<>(structures.size());
    int position = 0;
    for (Structure structure : structures) {
      position++;
      Objects.requireNonNull(structure, "structure");
      Integer first = positions.putIfAbsent(structure.code(), position);
      if (first != null) {
        throw new InvalidInputException(
            MESSAGES.message(
                "directory.duplicate.positions", structure.code().value(), first, position));
      }
      byCode.put(structure.code(), structure);
      list.add(structure);
    }
    return new StructureDirectory(list, byCode);
  }

  /**
   * Builds the directory of structures read from a file, so that errors name the file's lines.
   *
   * @param rows the rows, for example from {@link StructureCsvReader#stream(Path)}
   * @return the directory
   * @throws InvalidInputException if two rows share a code (the message names the code and both
   *     lines) or the parent links form a cycle (the message names its codes)
   */
  public static StructureDirectory fromRows(Iterable<StructureRow> rows) {
    Objects.requireNonNull(rows, "rows");
    Map<StructureCode, Structure> byCode = new LinkedHashMap<>();
    Map<StructureCode, Long> lines = new HashMap<>();
    List<Structure> list = new ArrayList<>();
    for (StructureRow row : rows) {
      Structure structure = row.structure();
      Long first = lines.putIfAbsent(structure.code(), row.line());
      if (first != null) {
        throw new InvalidInputException(
            MESSAGES.message(
                "directory.duplicate.lines", structure.code().value(), first, row.line()));
      }
      byCode.put(structure.code(), structure);
      list.add(structure);
    }
    return new StructureDirectory(list, byCode);
  }

  /**
   * Reads the open-data CSV export and builds its directory.
   *
   * @param file the CSV file ({@link StructureCsvReader#openData()} profile)
   * @return the directory
   * @throws InvalidInputException if the file or the hierarchy is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static StructureDirectory read(Path file) {
    try (Stream<StructureRow> rows = StructureCsvReader.openData().stream(file)) {
      return fromRows(rows::iterator);
    }
  }

  /**
   * Returns the number of structures.
   *
   * @return the size
   */
  public int size() {
    return structures.size();
  }

  /**
   * Returns every structure, in input order.
   *
   * @return the structures, unmodifiable
   */
  public List<Structure> structures() {
    return structures;
  }

  /**
   * Finds a structure by code.
   *
   * @param code the code
   * @return the structure, or empty when the directory has none with that code
   */
  public Optional<Structure> find(StructureCode code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Tells whether the directory has a structure with that code.
   *
   * @param code the code
   * @return true if present
   */
  public boolean contains(StructureCode code) {
    return byCode.containsKey(Objects.requireNonNull(code, "code"));
  }

  /**
   * Returns the structure with that code.
   *
   * @param code the code
   * @return the structure
   * @throws InvalidInputException if the directory has no structure with that code
   */
  public Structure get(StructureCode code) {
    Structure structure = byCode.get(Objects.requireNonNull(code, "code"));
    if (structure == null) {
      throw new InvalidInputException(MESSAGES.message("directory.unknown", code.value()));
    }
    return structure;
  }

  /**
   * Returns the structures whose parent code is {@code code}. The code need not be in the
   * directory: for the code of a missing parent, the answer is the orphans that name it.
   *
   * @param code a parent code
   * @return the children, in input order; empty when none
   */
  public List<Structure> children(StructureCode code) {
    return children.getOrDefault(Objects.requireNonNull(code, "code"), List.of());
  }

  /**
   * Returns every structure below {@code code}: children, their children and so on, in depth-first
   * pre-order (each child before its own descendants, siblings in input order).
   *
   * @param code a parent code (need not be in the directory, as for {@link #children})
   * @return the descendants; empty when none
   */
  public List<Structure> descendants(StructureCode code) {
    List<Structure> result = new ArrayList<>();
    Deque<Structure> pending = new ArrayDeque<>();
    pushReversed(pending, children(code));
    while (!pending.isEmpty()) {
      Structure next = pending.pop();
      result.add(next);
      pushReversed(pending, children(next.code()));
    }
    return List.copyOf(result);
  }

  private static void pushReversed(Deque<Structure> stack, List<Structure> items) {
    for (int i = items.size() - 1; i >= 0; i--) {
      stack.push(items.get(i));
    }
  }

  /**
   * Returns the ancestors of a structure, nearest first: its parent, the parent's parent, and so on
   * up to the network head (a root), or up to an orphan when a parent is missing from the
   * directory.
   *
   * @param code the structure's code
   * @return the ancestors; empty for a root or an orphan
   * @throws InvalidInputException if the directory has no structure with that code
   */
  public List<Structure> ancestors(StructureCode code) {
    Structure current = get(code);
    List<Structure> result = new ArrayList<>();
    StructureCode parent = current.parent();
    while (parent != null) {
      Structure next = byCode.get(parent);
      if (next == null) {
        break;
      }
      result.add(next);
      parent = next.parent();
    }
    return List.copyOf(result);
  }

  /**
   * Returns the network head above a structure: the last of its {@linkplain #ancestors ancestors}
   * (or the structure itself) when that one has no parent code.
   *
   * @param code the structure's code
   * @return the root; empty when the chain ends at an orphan, whose ancestors are missing
   * @throws InvalidInputException if the directory has no structure with that code
   */
  public Optional<Structure> root(StructureCode code) {
    List<Structure> chain = ancestors(code);
    Structure top = chain.isEmpty() ? get(code) : chain.get(chain.size() - 1);
    return top.parent() == null ? Optional.of(top) : Optional.empty();
  }

  /**
   * Returns the depth of a structure: 1 for a root or an orphan, 1 + the parent's depth otherwise.
   *
   * @param code the structure's code
   * @return the depth, at least 1
   * @throws InvalidInputException if the directory has no structure with that code
   */
  public int depth(StructureCode code) {
    get(code);
    return depths.get(code);
  }

  /**
   * Returns the structures without a parent code (network heads), in input order.
   *
   * @return the roots
   */
  public List<Structure> roots() {
    return roots;
  }

  /**
   * Returns the structures whose parent code is absent from the directory, in input order.
   *
   * @return the orphans
   */
  public List<Structure> orphans() {
    return orphans;
  }

  /**
   * Returns the parent codes that orphans name but the directory lacks.
   *
   * @return the codes, sorted
   */
  public SortedSet<StructureCode> missingParents() {
    return orphans.stream()
        .map(Structure::parent)
        .filter(Objects::nonNull)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Returns the distinct networks.
   *
   * @return the networks, sorted by label, unmodifiable
   */
  public SortedSet<Network> networks() {
    return networks;
  }

  /**
   * Returns the structures of a network, in input order.
   *
   * @param network the network
   * @return the structures; empty when the network is unknown
   */
  public List<Structure> inNetwork(Network network) {
    Objects.requireNonNull(network, "network");
    return structures.stream().filter(s -> s.network().equals(network)).toList();
  }

  /**
   * Returns the summary figures: structures, networks, roots, orphans, maximum depth, inactive.
   *
   * @return the figures
   */
  public DirectorySummary summary() {
    return summary;
  }

  @Override
  public String toString() {
    return "StructureDirectory" + summary;
  }

  /**
   * Computes every depth in linear time, walking each chain of parents once; throws on the first
   * cycle met (in input order).
   */
  private static Map<StructureCode, Integer> depthsRejectingCycles(
      List<Structure> structures, Map<StructureCode, Structure> byCode) {
    Map<StructureCode, Integer> depths = new HashMap<>(structures.size() * 2);
    Map<StructureCode, Integer> onPath = new HashMap<>();
    List<StructureCode> path = new ArrayList<>();
    for (Structure start : structures) {
      if (depths.containsKey(start.code())) {
        continue;
      }
      path.clear();
      onPath.clear();
      StructureCode current = start.code();
      int base = 0;
      while (true) {
        Integer known = depths.get(current);
        if (known != null) {
          base = known;
          break;
        }
        Integer index = onPath.putIfAbsent(current, path.size());
        if (index != null) {
          throw cycle(path.subList(index, path.size()));
        }
        path.add(current);
        StructureCode parent = byCode.get(current).parent();
        if (parent == null || !byCode.containsKey(parent)) {
          break;
        }
        current = parent;
      }
      for (int i = path.size() - 1; i >= 0; i--) {
        base++;
        depths.put(path.get(i), base);
      }
    }
    return depths;
  }

  private static InvalidInputException cycle(List<StructureCode> codes) {
    StringBuilder text = new StringBuilder();
    for (StructureCode code : codes) {
      text.append(code.value()).append(" → ");
    }
    text.append(codes.get(0).value());
    return new InvalidInputException(MESSAGES.message("directory.cycle", text.toString()));
  }
}
