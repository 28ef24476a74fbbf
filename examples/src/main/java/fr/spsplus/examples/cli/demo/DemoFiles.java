package fr.spsplus.examples.cli.demo;

import fr.spsplus.core.call.CallRecord;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.examples.cli.CliException;
import fr.spsplus.examples.cli.ExitCode;
import fr.spsplus.examples.cli.input.OnlineProcedureAnswer;
import fr.spsplus.examples.cli.output.CsvOutput;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The files the demonstration leaves in its folder: its synthetic inputs in the formats of the
 * indicator commands ({@code docs/cli-formats.md}), so that the reader can run those commands on
 * them, and the documents it produced (label application, results, poster).
 *
 * <p>Every CSV starts with two {@code #} comment lines (French, then English) saying that the data
 * are synthetic. Files are UTF-8 and replaced if they exist.
 */
final class DemoFiles {

  /** The calls, format {@code calls}. */
  static final String CALLS = "calls.csv";

  /** The survey answers, format {@code answers}. */
  static final String ANSWERS = "answers.csv";

  /** The processed requests, format {@code requests}. */
  static final String REQUESTS = "requests.csv";

  /** The online ratings, format {@code online answers}. */
  static final String ONLINE = "online-answers.csv";

  /**
   * Returns the name of a structure's label application.
   *
   * @param structure the structure
   * @return {@code application-<code>.json}
   */
  static String application(StructureCode structure) {
    return "application-" + structure.value() + ".json";
  }

  /**
   * Returns the name of a structure's published results over the demonstration's quarter.
   *
   * @param structure the structure
   * @return {@code results-<code>-2026-Q1.json}
   */
  static String results(StructureCode structure) {
    return "results-" + structure.value() + "-" + DemoData.QUARTER.code() + ".json";
  }

  /**
   * Returns the name of a structure's results poster over the demonstration's quarter.
   *
   * @param structure the structure
   * @return {@code poster-<code>-2026-Q1.svg}
   */
  static String poster(StructureCode structure) {
    return "poster-" + structure.value() + "-" + DemoData.QUARTER.code() + ".svg";
  }

  private static final MessageBundle CLI = MessageBundle.of(CliException.class, "messages");

  /** Date-times with their offset and whole seconds, as the readers expect them. */
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

  private final Path folder;

  DemoFiles(Path folder) {
    this.folder = Objects.requireNonNull(folder, "folder");
  }

  /**
   * Returns the folder.
   *
   * @return the folder the files are written to
   */
  Path folder() {
    return folder;
  }

  /**
   * Returns the path of a file of the folder.
   *
   * @param name the file's name
   * @return its path
   */
  Path path(String name) {
    return folder.resolve(name);
  }

  /**
   * Writes the four input files of the data.
   *
   * @param data the data
   */
  void writeInputs(DemoData data) {
    write(CALLS, calls(data.calls()));
    write(ANSWERS, answers(data.answers()));
    write(REQUESTS, requests(data.requests()));
    write(ONLINE, online(data.onlineAnswers()));
  }

  /**
   * Writes a text file.
   *
   * @param name the file's name in the folder
   * @param content the text
   * @return the path written
   * @throws CliException with {@link ExitCode#IO} if the file cannot be written
   */
  Path write(String name, String content) {
    Path file = folder.resolve(name);
    try {
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(
          ExitCode.IO, CLI.message("file.write", file, String.valueOf(e.getMessage())), e);
    }
    return file;
  }

  private static String calls(List<CallRecord> calls) {
    return csv(
        "appels inventés",
        "calls",
        List.of("call_id", "structure", "arrived_at", "outcome", "wait_seconds", "handle_seconds"),
        calls.stream()
            .map(
                c ->
                    List.of(
                        c.callId(),
                        c.structure().value(),
                        dateTime(c.arrivedAt()),
                        c.outcome().name(),
                        Integer.toString(c.waitSeconds()),
                        Integer.toString(c.handleSeconds())))
            .toList());
  }

  private static String answers(List<SurveyAnswer> answers) {
    return csv(
        "réponses inventées",
        "answers",
        List.of("response_id", "structure", "answered_at", "question", "answer"),
        answers.stream()
            .map(
                a ->
                    List.of(
                        a.responseId(),
                        a.structure().value(),
                        dateTime(a.answeredAt()),
                        a.question().name(),
                        a.answer().code()))
            .toList());
  }

  private static String requests(List<ProcessedRequest> requests) {
    return csv(
        "demandes inventées",
        "requests",
        List.of(
            "request_id",
            "structure",
            "demarche",
            "received_on",
            "closed_on",
            "announced_delay",
            "delay_unit"),
        requests.stream()
            .map(
                r ->
                    List.of(
                        r.requestId(),
                        r.structure().value(),
                        r.procedure(),
                        r.receivedOn().toString(),
                        r.closedOn() == null ? "" : r.closedOn().toString(),
                        Integer.toString(r.announcedDelay().amount()),
                        r.announcedDelay().unit().name()))
            .toList());
  }

  private static String online(List<OnlineProcedureAnswer> answers) {
    return csv(
        "avis inventés",
        "online answers",
        List.of("response_id", "structure", "procedure", "answered_at", "answer"),
        answers.stream()
            .map(
                a ->
                    List.of(
                        a.responseId(),
                        a.structure().value(),
                        a.procedure(),
                        dateTime(a.answeredAt()),
                        a.answer().code()))
            .toList());
  }

  private static String csv(
      String frenchWhat, String format, List<String> header, List<List<String>> rows) {
    StringWriter text = new StringWriter();
    text.append("# Données SYNTHÉTIQUES de « spsplus demo » (")
        .append(frenchWhat)
        .append(", structures réelles de l’annuaire), format « ")
        .append(format)
        .append(" » : voir docs/cli-formats.md.\n");
    text.append("# SYNTHETIC data of \"spsplus demo\" (invented activity, real structures of the")
        .append(" directory), \"")
        .append(format)
        .append("\" format: see docs/cli-formats.md.\n");
    CsvOutput csv = CsvOutput.on(text);
    csv.row(header);
    rows.forEach(csv::row);
    csv.flush();
    return text.toString();
  }

  private static String dateTime(Instant instant) {
    return DATE_TIME.format(instant.atZone(DemoData.ZONE));
  }
}
