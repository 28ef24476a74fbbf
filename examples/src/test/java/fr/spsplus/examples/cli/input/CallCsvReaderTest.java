package fr.spsplus.examples.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.call.CallOutcome;
import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.structure.StructureCode;
import java.io.ByteArrayInputStream;
import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The calls format: columns by name, typed cells, located errors in French and English. */
class CallCsvReaderTest {

  private static final String HEADER =
      "call_id,structure,arrived_at,outcome,wait_seconds,handle_seconds,caller_hash\n";
  private static final String HASH =
      "971972e73e9354e250f1d44177ecc88aea840352c101b6a832196dd5f0c6ab56";

  private static List<CallRecord> read(String text) {
    return read(new CallCsvReader(null), text, InvalidRowPolicy.FAIL);
  }

  private static List<CallRecord> read(CallCsvReader reader, String text, InvalidRowPolicy policy) {
    try (CsvRecords<CallRecord> records = reader.open(new StringReader(text), "calls.csv", policy);
        Stream<CallRecord> stream = records.stream()) {
      return stream.toList();
    }
  }

  private static InvalidInputException failure(String text) {
    return catchThrowableOfType(InvalidInputException.class, () -> read(text));
  }

  @Test
  void readsEveryColumn() {
    List<CallRecord> calls =
        read(
            HEADER
                + "C-1,SYNTH00001,2026-03-02T09:15:00+01:00,ANSWERED_AGENT,42,300,"
                + HASH
                + "\n"
                + "C-2,SYNTH00002,2026-03-02T08:15:30Z,ABANDONED_QUEUE,3,,\n");
    assertThat(calls).hasSize(2);
    CallRecord first = calls.get(0);
    assertThat(first.callId()).isEqualTo("C-1");
    assertThat(first.structure()).isEqualTo(StructureCode.of("SYNTH00001"));
    assertThat(first.arrivedAt()).isEqualTo(Instant.parse("2026-03-02T08:15:00Z"));
    assertThat(first.outcome()).isEqualTo(CallOutcome.ANSWERED_AGENT);
    assertThat(first.waitSeconds()).isEqualTo(42);
    assertThat(first.handleSeconds()).isEqualTo(300);
    assertThat(first.caller()).isNotNull();
    assertThat(first.caller().value()).isEqualTo(HASH);
    CallRecord second = calls.get(1);
    assertThat(second.arrivedAt()).isEqualTo(Instant.parse("2026-03-02T08:15:30Z"));
    assertThat(second.handleSeconds()).isZero();
    assertThat(second.caller()).isNull();
  }

  @Test
  void columnsAreFoundByNameInAnyOrderAndOptionalOnesMayBeAbsent() {
    List<CallRecord> calls =
        read(
            " Outcome ,WAIT_SECONDS,call_id,arrived_at,structure\n"
                + "RESOLVED_IVR,0,C-9,2026-03-02 09:15+01:00,SYNTH00001\n");
    assertThat(calls)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.outcome()).isEqualTo(CallOutcome.RESOLVED_IVR);
              assertThat(c.arrivedAt()).isEqualTo(Instant.parse("2026-03-02T08:15:00Z"));
              assertThat(c.handleSeconds()).isZero();
            });
  }

  @Test
  void aByteOrderMarkCommentsBlankLinesAndCrlfAreAccepted() {
    String text =
        "\uFEFF# provenance: synthetic\r\n# a second comment\r\n\r\n"
            + HEADER.replace("\n", "\r\n")
            + "C-1,SYNTH00001,2026-03-02T09:15:00+01:00,OUT_OF_HOURS,0,0,\r\n"
            + "\r\n"
            + "C-2,SYNTH00001,2026-03-02T09:16:00+01:00,OUT_OF_HOURS,0,0,\r\n";
    assertThat(read(text)).extracting(CallRecord::callId).containsExactly("C-1", "C-2");
  }

  @Test
  void anUnknownOutcomeNamesTheLineAndColumnAndListsTheCodes() {
    InvalidInputException e =
        failure(HEADER + "C-1,SYNTH00001,2026-03-02T09:15:00+01:00,DECROCHE,0,0,\n");
    assertThat(e.getMessage())
        .isEqualTo(
            "calls.csv, ligne 2, colonne « outcome » (n° 4) : code inconnu ; codes acceptés :"
                + " ANSWERED_AGENT, ABANDONED_QUEUE, ABANDONED_IVR, RESOLVED_IVR,"
                + " BLOCKED_OVERFLOW, OUT_OF_HOURS, CALLBACK_SCHEDULED, TRANSFERRED_OUT.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "calls.csv, line 2, column \"outcome\" (#4): unknown code; accepted codes:"
                + " ANSWERED_AGENT, ABANDONED_QUEUE, ABANDONED_IVR, RESOLVED_IVR,"
                + " BLOCKED_OVERFLOW, OUT_OF_HOURS, CALLBACK_SCHEDULED, TRANSFERRED_OUT.");
    assertThat(e.getMessage()).doesNotContain("DECROCHE");
  }

  @Test
  void lineNumbersCountCommentsAndBlankLines() {
    InvalidInputException e =
        failure("# note\n\n" + HEADER + "\nC-1,SYNTH00001,2026-03-02T09:15:00+01:00,X,0,0,\n");
    assertThat(e.getMessage()).startsWith("calls.csv, ligne 5, colonne « outcome » (n° 4) :");
  }

  @Test
  void aLocalDateTimeWithoutZoneIsRefusedWithAHint() {
    InvalidInputException e =
        failure(HEADER + "C-1,SYNTH00001,2026-03-02T09:15:00,ANSWERED_AGENT,1,1,\n");
    assertThat(e.getMessage())
        .isEqualTo(
            "calls.csv, ligne 2, colonne « arrived_at » (n° 3) : date-heure sans décalage"
                + " horaire : écrivez-le (2026-03-02T09:15:00+01:00, ou Z pour UTC) ou donnez le"
                + " fuseau des heures locales avec --zone (par exemple --zone Europe/Paris).");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "calls.csv, line 2, column \"arrived_at\" (#3): date-time without a UTC offset: write"
                + " it (2026-03-02T09:15:00+01:00, or Z for UTC) or give the zone of local times"
                + " with --zone (for example --zone Europe/Paris).");
  }

  @Test
  void aLocalDateTimeIsReadInTheGivenZone() {
    List<CallRecord> calls =
        read(
            new CallCsvReader(ZoneId.of("America/Cayenne")),
            HEADER + "C-1,SYNTH00001,2026-03-02T09:15:00,ANSWERED_AGENT,1,1,\n",
            InvalidRowPolicy.FAIL);
    assertThat(calls.get(0).arrivedAt()).isEqualTo(Instant.parse("2026-03-02T12:15:00Z"));
  }

  @Test
  void aMalformedDateTimeSaysWhatIsExpected() {
    InvalidInputException e = failure(HEADER + "C-1,SYNTH00001,02/03/2026,ANSWERED_AGENT,1,1,\n");
    assertThat(e.getMessage())
        .isEqualTo(
            "calls.csv, ligne 2, colonne « arrived_at » (n° 3) : date-heure ISO 8601 attendue"
                + " (exemple : 2026-03-02T09:15:00+01:00).");
  }

  @Test
  void waitsOutOfBoundsAreRefused() {
    assertThat(failure(HEADER + "C-1,SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,-1,1,\n"))
        .hasMessage(
            "calls.csv, ligne 2, colonne « wait_seconds » (n° 5) : nombre entier attendu, de 0 à"
                + " 86400.");
    assertThat(failure(HEADER + "C-1,SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,1,1.5,\n"))
        .hasMessage(
            "calls.csv, ligne 2, colonne « handle_seconds » (n° 6) : nombre entier attendu, de 0"
                + " à 86400.");
    assertThat(failure(HEADER + "C-1,SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,,1,\n"))
        .hasMessage(
            "calls.csv, ligne 2, colonne « wait_seconds » (n° 5) : valeur obligatoire absente.");
  }

  @Test
  void aPhoneNumberInTheCallerHashIsRefusedWithoutBeingRepeated() {
    InvalidInputException e =
        failure(HEADER + "C-1,SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,1,1,06 12 34 56 78\n");
    assertThat(e.getMessage())
        .startsWith(
            "calls.csv, ligne 2, colonne « caller_hash » (n° 7) : « caller » : la valeur"
                + " ressemble à un numéro de téléphone")
        .doesNotContain("06 12");
  }

  @Test
  void aBadStructureCodeOrCallIdSaysWhatIsExpected() {
    assertThat(failure(HEADER + "C-1,SYNTH 01,2026-03-02T09:15:00Z,ANSWERED_AGENT,1,1,\n"))
        .hasMessage(
            "calls.csv, ligne 2, colonne « structure » (n° 2) : code SP+ de structure attendu : 1"
                + " à 64 caractères, lettres ASCII, chiffres, « - », « _ » ou « . ».");
    assertThat(failure(HEADER + "\"C 1\",SYNTH01,2026-03-02T09:15:00Z,ANSWERED_AGENT,1,1,\n"))
        .hasMessage(
            "calls.csv, ligne 2, colonne « call_id » (n° 1) : identifiant attendu : 1 à 128"
                + " caractères ASCII imprimables, sans espace.");
  }

  @Test
  void anUnknownColumnIsNamedWithTheAcceptedOnes() {
    InvalidInputException e = failure("call_id,structure,arrived_at,outcome,wait_seconds,agent\n");
    assertThat(e.getMessage())
        .isEqualTo(
            "calls.csv, ligne 1 : colonne inconnue : « agent » ; colonnes acceptées (entre"
                + " crochets, facultatives) : call_id, structure, arrived_at, outcome,"
                + " wait_seconds, [handle_seconds], [caller_hash].");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "calls.csv, line 1: unknown column: \"agent\"; accepted columns (in brackets,"
                + " optional): call_id, structure, arrived_at, outcome, wait_seconds,"
                + " [handle_seconds], [caller_hash].");
  }

  @Test
  void aDataRowTakenForTheHeaderIsNamedByPositionsNeverByItsCells() {
    // Synthetic values: a phone, an e-mail, a date and an identifier of eight digits.
    InvalidInputException e =
        failure("Durand 0639984513,camille.durand@example.org,2026-03-02,12345678,agent\n");
    assertThat(e.getMessage(Locale.ENGLISH))
        .startsWith(
            "calls.csv, line 1: unknown columns: column #1 (name not repeated: it does not look"
                + " like a column name), column #2 (name not repeated: it does not look like a"
                + " column name), column #3 (name not repeated: it does not look like a column"
                + " name), column #4 (name not repeated: it does not look like a column name),"
                + " \"agent\"; accepted columns")
        .doesNotContain("0639984513")
        .doesNotContain("durand@")
        .doesNotContain("12345678");
    assertThat(e.getMessage())
        .startsWith("calls.csv, ligne 1 : colonnes inconnues : la colonne n° 1 (nom non repris")
        .doesNotContain("Durand");
  }

  @Test
  void missingRequiredColumnsAreListed() {
    assertThat(failure("call_id,structure,arrived_at\n"))
        .hasMessage(
            "calls.csv, ligne 1 : colonnes obligatoires absentes de l’en-tête : outcome,"
                + " wait_seconds.");
    assertThat(failure("call_id,structure,arrived_at,wait_seconds\n").getMessage(Locale.ENGLISH))
        .isEqualTo("calls.csv, line 1: required column missing from the header: outcome.");
  }

  @Test
  void aDuplicateColumnIsRefused() {
    assertThat(failure("call_id,structure,arrived_at,outcome,wait_seconds,Outcome\n"))
        .hasMessage(
            "calls.csv, ligne 1 : la colonne « outcome » apparaît deux fois dans l’en-tête"
                + " (colonnes n° 4 et 6).");
  }

  @Test
  void anEmptyFileHasNoHeader() {
    assertThat(failure("# only a comment\n\n"))
        .hasMessage(
            "calls.csv : ligne d’en-tête absente : la première ligne qui n’est ni vide ni un"
                + " commentaire « # » doit nommer les colonnes : call_id, structure, arrived_at,"
                + " outcome, wait_seconds, [handle_seconds], [caller_hash].");
  }

  @Test
  void aRowOfTheWrongWidthIsNamed() {
    assertThat(failure(HEADER + "C-1,SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,1\n"))
        .hasMessage(
            "calls.csv, ligne 2 : 7 champs attendus (un par colonne de l’en-tête), 5 trouvés.");
  }

  @Test
  void anUnclosedQuoteStopsTheReading() {
    InvalidInputException e =
        failure(
            HEADER
                + "C-1,SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,1,1,\n"
                + "\"C-2,SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,1,1,\n");
    assertThat(e.getMessage())
        .startsWith("calls.csv, ligne 3 : CSV mal formé à partir de cette ligne");
  }

  @Test
  void aCellOverTheLimitIsRefusedWithoutReadingTheWholeFile() {
    String huge = "x".repeat(CsvTable.MAX_FIELD_CHARS + 1);
    InvalidInputException e =
        failure(HEADER + huge + ",SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,1,1,\n");
    assertThat(e.getMessage()).startsWith("calls.csv, ligne 2 : CSV mal formé");
  }

  @Test
  void bytesThatAreNotUtf8AreReported() {
    byte[] bytes =
        (HEADER + "C-1,SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,1,1,\nC-\u00e9")
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Reader reader = InputFiles.utf8(new ByteArrayInputStream(bytes));
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> {
              try (CsvRecords<CallRecord> records =
                      new CallCsvReader(null).open(reader, "calls.csv", InvalidRowPolicy.FAIL);
                  Stream<CallRecord> stream = records.stream()) {
                stream.count();
              }
            });
    assertThat(e.getMessage())
        .isEqualTo("calls.csv, ligne 3 : octets qui ne sont pas de l’UTF-8 valide.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("calls.csv, line 3: bytes that are not valid UTF-8.");
  }

  @Test
  void theFirstBadRowStopsByDefault() {
    String text =
        HEADER
            + "C-1,SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,1,1,\n"
            + "C-2,SYNTH00001,2026-03-02T09:15:00Z,NOPE,1,1,\n"
            + "C-3,SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,1,1,\n";
    List<String> seen = new ArrayList<>();
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> {
              try (CsvRecords<CallRecord> records =
                      new CallCsvReader(null)
                          .open(new StringReader(text), "calls.csv", InvalidRowPolicy.FAIL);
                  Stream<CallRecord> stream = records.stream()) {
                stream.forEach(c -> seen.add(c.callId()));
              }
            });
    assertThat(seen).containsExactly("C-1");
    assertThat(e.getMessage()).startsWith("calls.csv, ligne 3, colonne « outcome »");
  }

  @Test
  void aSkippingPolicySeesEveryBadRowAndTheOthersAreRead() {
    String text =
        HEADER
            + "C-1,SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,1,1,\n"
            + "C-2,SYNTH00001,2026-03-02T09:15:00Z,NOPE,1,1,\n"
            + "C-3,SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,1\n"
            + "C-4,SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,1,1,\n";
    List<String> errors = new ArrayList<>();
    CsvRecords<CallRecord> records =
        new CallCsvReader(null)
            .open(new StringReader(text), "calls.csv", e -> errors.add(e.getMessage()));
    List<String> ids;
    try (records;
        Stream<CallRecord> stream = records.stream()) {
      ids = stream.map(CallRecord::callId).toList();
    }
    assertThat(ids).containsExactly("C-1", "C-4");
    assertThat(errors)
        .containsExactly(
            "calls.csv, ligne 3, colonne « outcome » (n° 4) : code inconnu ; codes acceptés :"
                + " ANSWERED_AGENT, ABANDONED_QUEUE, ABANDONED_IVR, RESOLVED_IVR,"
                + " BLOCKED_OVERFLOW, OUT_OF_HOURS, CALLBACK_SCHEDULED, TRANSFERRED_OUT.",
            "calls.csv, ligne 4 : 7 champs attendus (un par colonne de l’en-tête), 5 trouvés.");
    assertThat(records.rowsRead()).isEqualTo(4);
    assertThat(records.rowsSkipped()).isEqualTo(2);
  }

  @Test
  void aQuotedCellMaySpanLinesAndTheNextRowKeepsItsPhysicalLine() {
    String text =
        HEADER
            + "C-1,SYNTH00001,2026-03-02T09:15:00Z,ANSWERED_AGENT,1,1,\"a\nb\"\n"
            + "C-2,SYNTH00001,2026-03-02T09:15:00Z,NOPE,1,1,\n";
    List<String> errors = new ArrayList<>();
    try (CsvRecords<CallRecord> records =
            new CallCsvReader(null)
                .open(new StringReader(text), "calls.csv", e -> errors.add(e.getMessage()));
        Stream<CallRecord> stream = records.stream()) {
      stream.count();
    }
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0)).startsWith("calls.csv, ligne 2, colonne « caller_hash »");
    assertThat(errors.get(1)).startsWith("calls.csv, ligne 4, colonne « outcome »");
  }

  @Test
  void recordsStreamOneAtATimeFromAnArbitrarilyLongInput() {
    int rows = 200_000;
    Reader generated = new GeneratedCalls(rows);
    long answered;
    try (CsvRecords<CallRecord> records =
            new CallCsvReader(null).open(generated, "generated.csv", InvalidRowPolicy.FAIL);
        Stream<CallRecord> stream = records.stream()) {
      answered = stream.filter(c -> c.outcome() == CallOutcome.ANSWERED_AGENT).count();
      assertThat(records.rowsRead()).isEqualTo(rows);
    }
    assertThat(answered).isEqualTo(rows / 2);
  }

  /** A reader that produces rows on demand: the whole text never exists in memory. */
  static final class GeneratedCalls extends Reader {
    private final int rows;
    private int row = -1;
    private String current = "";
    private int position;

    GeneratedCalls(int rows) {
      this.rows = rows;
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
      if (position == current.length()) {
        row++;
        if (row > rows) {
          return -1;
        }
        current =
            row == 0
                ? "call_id,structure,arrived_at,outcome,wait_seconds\n"
                : "C-"
                    + row
                    + ",SYNTH0000"
                    + (row % 3)
                    + ",2026-03-02T09:15:00+01:00,"
                    + (row % 2 == 0 ? "ANSWERED_AGENT" : "ABANDONED_QUEUE")
                    + ","
                    + (row % 300)
                    + "\n";
        position = 0;
      }
      int n = Math.min(length, current.length() - position);
      current.getChars(position, position + n, buffer, offset);
      position += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
