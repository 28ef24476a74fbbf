package fr.spsplus.core.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.arbitraries.StructureArbitraries;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class StructureDirectoryTest {

  private static Structure structure(String code, @Nullable String parent) {
    return Structure.builder(
            StructureCode.of(code), Network.of("N"), Typology.of(null, "T"), "Structure " + code)
        .parent(parent == null ? null : StructureCode.of(parent), null)
        .build();
  }

  @Test
  void hierarchyQueries() {
    StructureDirectory directory =
        StructureDirectory.of(
            List.of(
                structure("root", null),
                structure("a", "root"),
                structure("b", "root"),
                structure("a1", "a"),
                structure("orphan", "gone"),
                structure("o1", "orphan")));

    assertThat(directory.children(StructureCode.of("root")))
        .extracting(s -> s.code().value())
        .containsExactly("a", "b");
    assertThat(directory.descendants(StructureCode.of("root")))
        .extracting(s -> s.code().value())
        .containsExactly("a", "a1", "b");
    assertThat(directory.ancestors(StructureCode.of("a1")))
        .extracting(s -> s.code().value())
        .containsExactly("a", "root");
    assertThat(directory.root(StructureCode.of("a1"))).map(s -> s.code().value()).hasValue("root");
    assertThat(directory.root(StructureCode.of("root")))
        .map(s -> s.code().value())
        .hasValue("root");
    assertThat(directory.root(StructureCode.of("o1"))).isEmpty();
    assertThat(directory.ancestors(StructureCode.of("o1")))
        .extracting(s -> s.code().value())
        .containsExactly("orphan");
    assertThat(directory.orphans()).extracting(s -> s.code().value()).containsExactly("orphan");
    assertThat(directory.missingParents()).containsExactly(StructureCode.of("gone"));
    assertThat(directory.children(StructureCode.of("gone"))).hasSize(1);
    assertThat(directory.depth(StructureCode.of("a1"))).isEqualTo(3);
    assertThat(directory.depth(StructureCode.of("o1"))).isEqualTo(2);
    assertThat(directory.summary()).isEqualTo(new DirectorySummary(6, 1, 1, 1, 3, 0));
    assertThat(directory.find(StructureCode.of("zzz"))).isEmpty();
    assertThat(directory.inNetwork(Network.of("N"))).hasSize(6);
  }

  @Test
  void unknownCodesAreReportedByCode() {
    StructureDirectory directory = StructureDirectory.of(List.of(structure("a", null)));
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> directory.ancestors(StructureCode.of("b")));
    assertThat(e.getMessage()).isEqualTo("Aucune structure de code « b » dans l’annuaire.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("No structure with code \"b\" in the directory.");
  }

  @Test
  void cyclesAreRejectedNamingTheirCodesInParentOrder() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                StructureDirectory.of(
                    List.of(
                        structure("top", null),
                        structure("x", "a"),
                        structure("a", "b"),
                        structure("b", "c"),
                        structure("c", "a"))));
    assertThat(e.getMessage())
        .isEqualTo("Cycle dans le rattachement des structures à leur parente : a → b → c → a.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("Cycle in the links from structures to their parents: a → b → c → a.");
  }

  @Test
  void duplicateCodesAreRejectedNamingTheLinesOrPositions() {
    String csv =
        StructureCsvReaderTest.HEADER
            + "\nA1;N;T;S;;Oui\nA2;N;T;\"S\nsur deux lignes\";A1;Oui\nA1;N;T;S;;Non\n";
    InvalidInputException lines =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> {
              try (Stream<StructureRow> rows =
                  StructureCsvReader.openData().stream(new StringReader(csv))) {
                StructureDirectory.fromRows(rows::iterator);
              }
            });
    assertThat(lines.getMessage()).isEqualTo("Code de structure « A1 » en double : lignes 2 et 5.");
    assertThat(lines.getMessage(Locale.ENGLISH))
        .isEqualTo("Duplicate structure code \"A1\": lines 2 and 5.");

    InvalidInputException positions =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                StructureDirectory.of(
                    List.of(structure("a", null), structure("b", null), structure("a", "b"))));
    assertThat(positions.getMessage())
        .isEqualTo("Code de structure « a » en double : éléments n° 1 et 3.");
  }

  @Test
  void anEmptyDirectoryHasZeroFigures() {
    StructureDirectory empty = StructureDirectory.of(List.of());
    assertThat(empty.summary()).isEqualTo(new DirectorySummary(0, 0, 0, 0, 0, 0));
    assertThat(empty.roots()).isEmpty();
  }

  @Provide
  Arbitrary<List<Structure>> forests() {
    return StructureArbitraries.forests();
  }

  @Property(tries = 100)
  void depthIsOnePlusTheNumberOfAncestors(@ForAll("forests") List<Structure> forest) {
    StructureDirectory directory = StructureDirectory.of(forest);
    int max = 0;
    for (Structure s : forest) {
      int depth = directory.depth(s.code());
      assertThat(depth).isEqualTo(directory.ancestors(s.code()).size() + 1);
      max = Math.max(max, depth);
    }
    DirectorySummary summary = directory.summary();
    assertThat(summary.maxDepth()).isEqualTo(max);
    assertThat(forest.stream().filter(s -> directory.depth(s.code()) == 1).count())
        .isEqualTo(summary.roots() + summary.orphans());
  }

  @Property(tries = 100)
  void everyStructureIsBelowExactlyOneTopOfChain(@ForAll("forests") List<Structure> forest) {
    StructureDirectory directory = StructureDirectory.of(forest);
    List<Structure> tops = new ArrayList<>(directory.roots());
    tops.addAll(directory.orphans());
    Set<StructureCode> seen = new HashSet<>();
    for (Structure top : tops) {
      assertThat(seen.add(top.code())).isTrue();
      for (Structure below : directory.descendants(top.code())) {
        assertThat(seen.add(below.code())).as("reached twice").isTrue();
      }
    }
    assertThat(seen).hasSize(forest.size());
  }

  @Property(tries = 50)
  void addingAParentLinkThatClosesALoopIsRejected(@ForAll("forests") List<Structure> forest) {
    List<Structure> rooted =
        forest.stream()
            .filter(s -> s.parent() != null && !s.parent().value().startsWith("missing"))
            .toList();
    if (rooted.isEmpty()) {
      return;
    }
    Structure child = rooted.get(rooted.size() - 1);
    StructureDirectory directory = StructureDirectory.of(forest);
    Structure top =
        directory.ancestors(child.code()).get(directory.ancestors(child.code()).size() - 1);
    List<Structure> looped = new ArrayList<>(forest);
    looped.replaceAll(
        s -> s.code().equals(top.code()) ? s.toBuilder().parent(child.code(), null).build() : s);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> StructureDirectory.of(looped));
    assertThat(e.key()).isEqualTo("directory.cycle");
    assertThat(e.getMessage()).contains(child.code().value()).contains(top.code().value());
  }
}
