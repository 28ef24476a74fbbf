package fr.spsplus.core.structure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StructureCsvReaderTest {

  static final String HEADER =
      "Code SP+ de la structure;Intitulé du réseau;Intitulé de la typologie;Intitulé de la structure;"
          + "Code SP+ structure parent;Actif";

  private static List<Structure> read(String csv) {
    return StructureCsvReader.openData().readAll(new StringReader(csv));
  }

  private static InvalidInputException failure(String csv) {
    return catchThrowableOfType(InvalidInputException.class, () -> read(csv));
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndUnknownColumnsAreIgnored() {
    String csv =
        "\uFEFFActif;Colonne inconnue;code sp+ DE LA structure ;Intitulé de la structure;"
            + "Intitulé du réseau;Intitulé de la typologie;Code SP+ structure parent;Ville\r\n"
            + "Non;x;AAAAAAAAAA;CFP Évry;DGFIP;Trésorerie;;EVRY\r\n";
    Structure structure = read(csv).get(0);
    assertThat(structure.code().value()).isEqualTo("AAAAAAAAAA");
    assertThat(structure.active()).isFalse();
    assertThat(structure.name()).isEqualTo("CFP Évry");
    assertThat(structure.network().name()).isEqualTo("DGFIP");
    assertThat(structure.parent()).isNull();
    assertThat(structure.address().city()).isEqualTo("EVRY");
    assertThat(structure.typology().code()).isNull();
  }

  @Test
  void apiFieldNamesAreAcceptedAsHeaders() {
    String csv =
        "code_sp_de_la_structure,reseau,intitule_de_la_typologie,intitule_de_la_structure,"
            + "code_sp_structure_parent,actif,codes_postaux\n"
            + "A1,CNAV,Agence retraite,Agence de Lyon,B2,Oui,\"69001,69002, 69003\"\n";
    Structure structure =
        StructureCsvReader.openData().withSeparator(',').readAll(new StringReader(csv)).get(0);
    assertThat(structure.parent()).isEqualTo(StructureCode.of("B2"));
    assertThat(structure.otherPostalCodes()).containsExactly("69001", "69002", "69003");
  }

  @Test
  void aQuoteCannotBeTheSeparator() {
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> StructureCsvReader.openData().withSeparator('"'));
    assertThat(e.getMessage(Locale.ENGLISH)).startsWith("Invalid CSV field separator");
    assertThat(StructureCsvReader.openData().withSeparator(';'))
        .isSameAs(StructureCsvReader.openData());
  }

  @Test
  void quotedMultiLineFieldsAreKeptAndLineNumbersCountPhysicalLines() {
    String csv =
        HEADER
            + ";Adresse\n"
            + "A1;N;T;S1;;Oui;\"Place du 14 juillet\n Avenue Brémontier\"\n"
            + "A2;N;T;S2;A1;Peut-être;\n";
    Structure first =
        StructureCsvReader.openData().stream(new StringReader(csv))
            .findFirst()
            .orElseThrow()
            .structure();
    assertThat(first.address().lines()).containsExactly("Place du 14 juillet", "Avenue Brémontier");
    InvalidInputException e = failure(csv);
    assertThat(e.getMessage())
        .isEqualTo("Ligne 4, colonne « Actif » (n° 6) : « Oui » ou « Non » est attendu.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("Line 4, column \"Actif\" (no. 6): \"Oui\" or \"Non\" is expected.");
    assertThat(e.getMessage()).doesNotContain("Peut-être");
  }

  @Test
  void aMissingRequiredColumnIsNamed() {
    InvalidInputException e =
        failure("Code SP+ de la structure;Intitulé du réseau;Intitulé de la structure;Actif\n");
    assertThat(e.key()).isEqualTo("csv.header.missing");
    assertThat(e.getMessage())
        .isEqualTo(
            "En-tête CSV : colonnes obligatoires absentes : Intitulé de la typologie ; Code SP+"
                + " structure parent.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .startsWith("CSV header: missing required columns: Intitulé de la typologie");
    InvalidInputException one = failure(HEADER.replace(";Actif", "") + "\n");
    assertThat(one.getMessage()).isEqualTo("En-tête CSV : colonne obligatoire absente : Actif.");
  }

  @Test
  void headerProblemsAreReportedAtOnceBeforeAnyRecordIsConsumed() {
    assertThat(failure("").key()).isEqualTo("csv.header.empty");
    InvalidInputException duplicate = failure(HEADER + ";Actif\n");
    assertThat(duplicate.getMessage())
        .isEqualTo("En-tête CSV : la colonne « Actif » apparaît deux fois (colonnes n° 6 et 7).");
    assertThatThrownBy(() -> StructureCsvReader.openData().stream(new StringReader("a;b\n")))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void cellErrorsNameTheLineTheColumnAndWhatWasExpected() {
    InvalidInputException badCode = failure(HEADER + "\nA1;N;T;S;not a code!;Oui\n");
    assertThat(badCode.getMessage())
        .startsWith(
            "Ligne 2, colonne « Code SP+ structure parent » (n° 5) : un code SP+ est attendu");
    assertThat(badCode.getMessage(Locale.ENGLISH))
        .startsWith(
            "Line 2, column \"Code SP+ structure parent\" (no. 5): an SP+ code is expected");

    InvalidInputException blankName = failure(HEADER + "\nA1;N;T;  ;;Oui\n");
    assertThat(blankName.getMessage())
        .isEqualTo(
            "Ligne 2, colonne « Intitulé de la structure » (n° 4) : une valeur non vide est"
                + " attendue.");

    InvalidInputException width = failure(HEADER + "\nA1;N;T;S;;Oui;extra\n");
    assertThat(width.getMessage())
        .isEqualTo("Ligne 2 : 6 champs attendus (un par colonne de l’en-tête), 7 trouvés.");
    assertThat(width.getMessage(Locale.ENGLISH))
        .isEqualTo("Line 2: 6 fields expected (one per header column), 7 found.");

    InvalidInputException self = failure(HEADER + "\nA1;N;T;S;A1;Oui\n");
    assertThat(self.getMessage())
        .isEqualTo("Ligne 2 : La structure A1 ne peut pas être sa propre structure parente.");
    assertThat(self.getMessage(Locale.ENGLISH))
        .isEqualTo("Line 2: Structure A1 cannot be its own parent.");
  }

  @Test
  void malformedQuotingAndBadEncodingAreReportedWithTheLastGoodLine() {
    InvalidInputException quote = failure(HEADER + "\nA1;N;T;S;;Oui\nA2;N;T;\"S\"x;;Oui\n");
    assertThat(quote.key()).isEqualTo("csv.malformed");
    assertThat(quote.getMessage()).startsWith("CSV mal formé après la ligne 2");

    byte[] latin1 = (HEADER + "\nA1;N;T;Trésorerie;;Oui\n").getBytes(StandardCharsets.ISO_8859_1);
    InvalidInputException encoding =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                StructureCsvReader.openData().stream(new ByteArrayInputStream(latin1))
                    .forEach(r -> {}));
    assertThat(encoding.key()).isEqualTo("csv.encoding");
    assertThat(encoding.getMessage(Locale.ENGLISH)).startsWith("The file is not valid UTF-8");
  }

  @Test
  void aByteOrderMarkIsSkippedFromBytesAndFromText() {
    byte[] withBom = ("\uFEFF" + HEADER + "\nA1;N;T;S;;oui\n").getBytes(StandardCharsets.UTF_8);
    try (Stream<StructureRow> rows =
        StructureCsvReader.openData().stream(new ByteArrayInputStream(withBom))) {
      assertThat(rows.toList())
          .singleElement()
          .satisfies(
              row -> {
                assertThat(row.line()).isEqualTo(2);
                assertThat(row.structure().active()).isTrue();
              });
    }
  }

  /**
   * Reading is lazy: after the first row, the reader has consumed a bounded prefix of an input of
   * 200,000 rows (FastCSV reads ahead one buffer). The input is generated on demand, so the test
   * also shows that memory does not hold the file.
   */
  @Test
  void streamingReadsOnDemand() {
    GeneratedCsv source = new GeneratedCsv(200_000);
    try (Stream<StructureRow> rows = StructureCsvReader.openData().stream(source)) {
      Iterator<StructureRow> iterator = rows.iterator();
      assertThat(iterator.next().structure().code().value()).isEqualTo("S0");
      assertThat(source.produced).isLessThan(1 << 20);
      long count = 1;
      while (iterator.hasNext()) {
        iterator.next();
        count++;
      }
      assertThat(count).isEqualTo(200_000);
      assertThat(source.produced).isGreaterThan(200_000L * 20);
    }
  }

  /** A reader that produces a CSV file of {@code rows} rows on demand. */
  static final class GeneratedCsv extends Reader {
    private final int rows;
    private int next = -1;
    private String pending = "";
    private int offset;
    long produced;

    GeneratedCsv(int rows) {
      this.rows = rows;
    }

    @Override
    public int read(char[] buffer, int off, int len) {
      if (offset == pending.length()) {
        if (next >= rows) {
          return -1;
        }
        pending =
            next < 0
                ? HEADER + "\n"
                : "S" + next + ";Réseau;Typologie;Structure " + next + ";;Oui\n";
        offset = 0;
        next++;
      }
      int n = Math.min(len, pending.length() - offset);
      pending.getChars(offset, offset + n, buffer, off);
      offset += n;
      produced += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
