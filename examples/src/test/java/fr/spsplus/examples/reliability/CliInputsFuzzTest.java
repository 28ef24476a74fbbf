package fr.spsplus.examples.reliability;

import static fr.spsplus.core.testing.Fuzzing.allowOnly;

import com.code_intelligence.jazzer.junit.FuzzTest;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.testing.Fuzzing;
import fr.spsplus.examples.cli.Session;
import fr.spsplus.examples.cli.SpsplusCli;
import fr.spsplus.examples.cli.input.AnswerCsvReader;
import fr.spsplus.examples.cli.input.CallCsvReader;
import fr.spsplus.examples.cli.input.CsvRecordReader;
import fr.spsplus.examples.cli.input.CsvRecords;
import fr.spsplus.examples.cli.input.InputFiles;
import fr.spsplus.examples.cli.input.InvalidRowPolicy;
import fr.spsplus.examples.cli.input.OnlineAnswerCsvReader;
import fr.spsplus.examples.cli.input.RequestCsvReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzz targets of the command line's inputs (Jazzer): the four CSV readers (calls, survey answers,
 * processed requests, online answers) on raw bytes, and whole runs of {@code spsplus} with fuzzed
 * arguments. A reader may throw only {@link InvalidInputException}, whose French and English
 * messages repeat no personal datum of a data row; a run must end with a documented exit code (0,
 * 2, 3 or 4), never 1 (an internal error) nor an exception. Corpus: {@code
 * src/test/resources/fr/spsplus/examples/reliability/CliInputsFuzzTestInputs/<target>/}.
 *
 * <p>The header line is checked too: a reader repeats an unknown column's name only when it looks
 * like a column name, so a file whose first row is data, not a header, never has its cells echoed.
 */
class CliInputsFuzzTest {

  static final int TIMEOUT_SECONDS = 30;

  private static Path sandbox;

  @BeforeAll
  static void sandbox() throws IOException {
    sandbox = Files.createTempDirectory("spsplus-cli-fuzz");
  }

  @AfterAll
  static void cleanUp() throws IOException {
    try (var files = Files.walk(sandbox)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  private static void read(byte[] data, CsvRecordReader<?> reader) {
    if (data.length > Fuzzing.MAX_INPUT_BYTES) {
      return;
    }
    String text = Fuzzing.lenientUtf8(data);
    String checked = text;
    // Once stopping at the first bad row, once skipping bad rows (--skip-invalid).
    allowOnly(
        checked,
        () -> {
          try (CsvRecords<?> records =
              reader.open(
                  InputFiles.utf8(new ByteArrayInputStream(data)),
                  "fuzz.csv",
                  InvalidRowPolicy.FAIL)) {
            records.stream().forEach(r -> {});
          }
        },
        InvalidInputException.class);
    AtomicLong skipped = new AtomicLong();
    allowOnly(
        checked,
        () -> {
          InvalidRowPolicy skip =
              error -> {
                Fuzzing.checkMessages(error, checked);
                skipped.incrementAndGet();
              };
          try (CsvRecords<?> records =
              reader.open(InputFiles.utf8(new ByteArrayInputStream(data)), "fuzz.csv", skip)) {
            long read = records.stream().count();
            if (records.rowsSkipped() != skipped.get() || records.rowsRead() < read) {
              throw new IllegalStateException("the counts of the reading do not add up");
            }
          }
        },
        InvalidInputException.class);
  }

  /** {@code call_id,structure,arrived_at,outcome,wait_seconds[,handle_seconds][,caller_hash]}. */
  @Timeout(TIMEOUT_SECONDS)
  @FuzzTest
  void callsCsv(byte[] data) {
    read(data, new CallCsvReader(ZoneId.of("Europe/Paris")));
  }

  /** {@code response_id,structure,answered_at,question,answer[,weight]}. */
  @Timeout(TIMEOUT_SECONDS)
  @FuzzTest
  void answersCsv(byte[] data) {
    read(data, new AnswerCsvReader(null));
  }

  /**
   * {@code request_id,structure,demarche,received_on,closed_on,announced_delay,delay_unit[,zone]}.
   */
  @Timeout(TIMEOUT_SECONDS)
  @FuzzTest
  void requestsCsv(byte[] data) {
    read(data, new RequestCsvReader());
  }

  /** The online procedures' answers (JDMA). */
  @Timeout(TIMEOUT_SECONDS)
  @FuzzTest
  void onlineAnswersCsv(byte[] data) {
    read(data, new OnlineAnswerCsvReader(ZoneId.of("Europe/Paris")));
  }

  /** The exit codes a run may end with: success, bad input, unreadable file, remote failure. */
  private static final Set<Integer> DOCUMENTED_EXITS = Set.of(0, 2, 3, 4);

  /**
   * A whole run of {@code spsplus}: the lines of the input up to a line {@code ----} are the
   * arguments, the rest is the content of a file that the argument {@code FILE} names. Kept in a
   * sandbox: {@code opendata} (which would reach the network) is not run, arguments naming other
   * paths or argument files ({@code @…}) are dropped, and {@code --output} writes in a temporary
   * folder.
   */
  @Timeout(TIMEOUT_SECONDS)
  @FuzzTest
  void cliArguments(byte[] data) throws IOException {
    if (data.length > Fuzzing.MAX_INPUT_BYTES) {
      return;
    }
    String text = new String(data, StandardCharsets.UTF_8);
    int separator = text.indexOf("\n----\n");
    List<String> raw =
        Arrays.asList((separator < 0 ? text : text.substring(0, separator)).split("\n"));
    byte[] content =
        separator < 0
            ? new byte[0]
            : text.substring(separator + 6).getBytes(StandardCharsets.UTF_8);
    if (raw.stream().anyMatch(a -> a.contains("opendata"))) {
      return;
    }
    Path file = sandbox.resolve("input");
    Files.write(file, content);
    Path output = sandbox.resolve("poster.svg");
    List<String> args = new ArrayList<>();
    for (String arg : raw) {
      if (arg.equals("FILE")) {
        args.add(file.toString());
      } else if (arg.startsWith("-o") || arg.startsWith("--output")) {
        args.add("--output=" + output);
      } else if (!arg.contains("/") && !arg.contains("\\") && !arg.startsWith("@")) {
        args.add(arg);
      }
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Session session = Session.of(args, new PrintWriter(out), new PrintWriter(err), false);
    int status = SpsplusCli.newCommandLine(session).execute(args.toArray(String[]::new));
    session.out().flush();
    if (!DOCUMENTED_EXITS.contains(status)) {
      throw new IllegalStateException(
          "exit code "
              + status
              + ", error output: "
              + err.toString().lines().findFirst().orElse(""));
    }
  }
}
