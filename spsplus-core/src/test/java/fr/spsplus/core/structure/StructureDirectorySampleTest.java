package fr.spsplus.core.structure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Reads the whole real sample of the open-data export (1,908 records, see PROVENANCE.md beside it)
 * and checks figures counted independently of spsplus.
 *
 * <p>How the expected figures were obtained (Python 3.11, standard library only):
 *
 * <pre>
 * rows = list(csv.DictReader(open('structures-sample.csv', encoding='utf-8-sig'), delimiter=';'))
 * len(rows)                                            # 1908 structures, 1908 distinct codes
 * len({r['Intitulé du réseau'] for r in rows})         # 37 networks
 * sum(1 for r in rows if not r['Code SP+ structure parent'])                  # 21 roots
 * codes = {r['Code SP+ de la structure'] for r in rows}
 * sum(1 for r in rows if r['Code SP+ structure parent'] not in codes | {''})  # 1346 orphans
 * sum(1 for r in rows if r['Actif'] == 'Non')                                 # 83 inactive
 * # depth: follow 'Code SP+ structure parent' while the parent is in the file, counting
 * # the structure itself: histogram {1: 1367, 2: 485, 3: 53, 4: 3}, so max_depth = 4,
 * # reached by 2sVcJUAu0X -> xPRt4uiYhk -> Ron0denE6d -> rpDGP627ZG (a root).
 * sum(1 for r in rows if '\n' in r['Adresse'])                               # 13 multi-line
 * Counter(len(r['Code postal de la structure']) for r in rows)  # {5: 1740, 4: 139, 2: 17, 3: 10, 1: 2}
 * Counter(r['Code SP+ structure parent'] for r in rows)['caXOde9y4y']         # 264 children
 * </pre>
 *
 * A cross-check with awk ({@code awk -F';' 'NR>1 {print NF}'}) shows 1,895 lines of 26 fields and
 * 13 records split over two physical lines (11 + 16 fields) by a quoted line break.
 */
class StructureDirectorySampleTest {

  private static final String SHA_256 =
      "5c9598fa027e1780ed65eaf0f120ee0526f907b05f33a8dd6cb64925da991b23";

  static Path sample() throws URISyntaxException {
    return Path.of(
        Objects.requireNonNull(
                StructureDirectorySampleTest.class.getResource("structures-sample.csv"))
            .toURI());
  }

  @Test
  void theSampleIsTheUnchangedCopy() throws Exception {
    byte[] bytes = Files.readAllBytes(sample());
    assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
        .isEqualTo(SHA_256);
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
  }

  @Test
  void summaryFiguresMatchTheIndependentCount() throws Exception {
    StructureDirectory directory = StructureDirectory.read(sample());

    assertThat(directory.summary()).isEqualTo(new DirectorySummary(1908, 37, 21, 1346, 4, 83));
    assertThat(directory.roots()).hasSize(21).allMatch(s -> s.parent() == null);
    assertThat(directory.orphans()).hasSize(1346);
    assertThat(directory.networks()).hasSize(37).contains(Network.of("DGFIP"));
  }

  @Test
  void theDeepestChainGoesUpToItsNetworkHead() throws Exception {
    StructureDirectory directory = StructureDirectory.read(sample());
    StructureCode deepest = StructureCode.of("2sVcJUAu0X");

    assertThat(directory.depth(deepest)).isEqualTo(4);
    assertThat(directory.ancestors(deepest))
        .extracting(s -> s.code().value())
        .containsExactly("xPRt4uiYhk", "Ron0denE6d", "rpDGP627ZG");
    assertThat(directory.root(deepest)).map(Structure::name).hasValue("MI-ATE-national");
    assertThat(directory.children(StructureCode.of("caXOde9y4y"))).hasSize(264);
  }

  @Test
  void everyRecordIsReadWithItsQuirksKept() throws Exception {
    List<Structure> all = StructureCsvReader.openData().readAll(sample());
    assertThat(all).hasSize(1908);

    Structure first = all.get(0);
    assertThat(first.code()).isEqualTo(StructureCode.of("3Tn8gzTdcz"));
    assertThat(first.network()).isEqualTo(Network.of("POLICE NATIONALE"));
    assertThat(first.typology())
        .isEqualTo(Typology.of("amHofSPdoN", "DIRECTION DEPARTEMENTALE DE LA SECURITE PUBLIQUE"));
    assertThat(first.name()).isEqualTo("DDSP DE LA MAYENNE");
    assertThat(first.parent()).isEqualTo(StructureCode.of("PB7y8Rc7w1"));
    assertThat(first.parentName()).isEqualTo("DZSP ZONE OUEST");
    assertThat(first.address())
        .isEqualTo(
            new PostalAddress(List.of("7 Place Mendes France"), null, "53013", "LAVAL", "France"));
    assertThat(first.active()).isTrue();
    assertThat(first.insee()).isEqualTo(new InseeCodes("com53130", "dep53", "reg52", "arr53130"));
    assertThat(first.insee().communeCode()).hasValue("53130");
    assertThat(first.userFacingName()).isNull();
    assertThat(first.description()).isNull();

    assertThat(all.stream().filter(s -> s.address().lines().size() > 1)).hasSize(13);
    assertThat(all.stream().map(s -> s.address().postalCode()).filter(c -> c.length() == 4))
        .hasSize(139);
    assertThat(all.stream().filter(s -> !s.active())).hasSize(83);

    Structure foix =
        all.stream().filter(s -> "FOIX".equals(s.address().city())).findFirst().orElseThrow();
    assertThat(foix.address().postalCode()).isEqualTo("9000");
    assertThat(foix.address().frenchPostalCode()).hasValue("09000");
    Structure rome =
        all.stream().filter(s -> "ROME".equals(s.address().city())).findFirst().orElseThrow();
    assertThat(rome.address().postalCode()).isEqualTo("186");
    assertThat(rome.address().frenchPostalCode()).isEmpty();

    Structure martinique = all.get(2);
    assertThat(martinique.externalId()).isEqualTo("130014236");
    assertThat(martinique.externalIdType()).isEqualTo("SIREN");
    assertThat(martinique.functionalMailbox()).endsWith("@developpement-durable.gouv.fr");
    assertThat(martinique.website()).startsWith("http://www.martinique.");
  }

  @Test
  void streamingTheSampleGivesTheSameRecordsAsReadingItAll() throws Exception {
    List<Structure> all = StructureCsvReader.openData().readAll(sample());
    try (InputStream in = Files.newInputStream(sample());
        var rows = StructureCsvReader.openData().stream(in)) {
      assertThat(rows.map(StructureRow::structure).toList()).isEqualTo(all);
    }
  }
}
