package fr.spsplus.benchmarks.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns JMH's JSON results into the Markdown table of ratios that the README quotes: spsplus ÷
 * DuckDB, spsplus ÷ streams, spsplus ÷ floor, two threads ÷ one, client ÷ raw OkHttp and bytes per
 * record, each against its target, with the machine the run was made on.
 *
 * <p>A time ratio below 1 means spsplus is faster. Ratios are of mean times per operation from the
 * same run; a benchmark missing from the results (a partial run) leaves its rows out, and its
 * target reads "not measured".
 */
public final class RatioReport {

  /** The package of the benchmark classes, stripped from JMH's benchmark names. */
  static final String PACKAGE = "fr.spsplus.benchmarks.jmh.";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private RatioReport() {}

  /**
   * One benchmark's result.
   *
   * @param name the short name, {@code Class.method}
   * @param mode the JMH mode ({@code avgt}, {@code sample}…)
   * @param score the mean, in {@code unit}
   * @param error the 99.9 % half-width JMH reports, or NaN
   * @param unit the unit, for example {@code ms/op}
   * @param p99 the 99th percentile of a sampled mode ({@code sample}), or NaN
   * @param allocatedBytesPerOp {@code gc.alloc.rate.norm} when the GC profiler ran, or NaN
   */
  public record Score(
      String name,
      String mode,
      double score,
      double error,
      String unit,
      double p99,
      double allocatedBytesPerOp) {}

  /**
   * The machine and the run, as {@code run.sh} writes them ({@code machine.properties}).
   *
   * @param properties the properties: {@code cpu}, {@code cores}, {@code memory}, {@code jdk},
   *     {@code os}, {@code load.before}, {@code load.after}, {@code mode}, {@code date}, {@code
   *     commit}, {@code calls}
   */
  public record Machine(Properties properties) {

    /**
     * Copies the properties.
     *
     * @param properties the properties
     */
    public Machine {
      Properties copy = new Properties();
      copy.putAll(Objects.requireNonNull(properties, "properties"));
      properties = copy;
    }

    /**
     * Returns a property, or {@code ?} if absent.
     *
     * @param key the key
     * @return the value
     */
    public String get(String key) {
      return properties.getProperty(key, "?");
    }

    /**
     * Returns the number of calls of the run (for bytes per record), 10 million if absent.
     *
     * @return the number of calls
     */
    public long calls() {
      return Long.parseLong(properties.getProperty("calls", "10000000"));
    }

    /**
     * Reads {@code machine.properties}.
     *
     * @param file the file
     * @return the machine
     * @throws IOException if the file cannot be read
     */
    public static Machine read(Path file) throws IOException {
      Properties properties = new Properties();
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        properties.load(reader);
      }
      return new Machine(properties);
    }
  }

  /**
   * Reads JMH's JSON results ({@code -rf json}).
   *
   * @param json the stream
   * @return the scores by short name, in the file's order
   * @throws IOException if the JSON is malformed
   */
  public static Map<String, Score> parse(InputStream json) throws IOException {
    JsonNode root = MAPPER.readTree(json);
    if (root == null || !root.isArray()) {
      throw new IOException("JMH results must be a JSON array");
    }
    Map<String, Score> scores = new LinkedHashMap<>();
    for (JsonNode result : root) {
      String name = result.path("benchmark").asText();
      if (name.startsWith(PACKAGE)) {
        name = name.substring(PACKAGE.length());
      }
      JsonNode primary = result.path("primaryMetric");
      JsonNode percentiles = primary.path("scorePercentiles");
      JsonNode alloc = result.path("secondaryMetrics").path("gc.alloc.rate.norm");
      scores.put(
          name,
          new Score(
              name,
              result.path("mode").asText(),
              primary.path("score").asDouble(Double.NaN),
              number(primary.path("scoreError")),
              primary.path("scoreUnit").asText(),
              // Percentiles of a sampled latency distribution; for other modes JMH gives those of
              // the iteration scores, which mean little.
              "sample".equals(result.path("mode").asText())
                  ? number(percentiles.path("99.0"))
                  : Double.NaN,
              number(alloc.path("score"))));
    }
    return scores;
  }

  private static double number(JsonNode node) {
    return node.isNumber() ? node.asDouble() : Double.NaN;
  }

  /** One line of the ratio table. */
  private record Ratio(
      String what, String formula, double value, @Nullable Target target, String note) {}

  /** A target: the ratio must be at most (or at least) a bound. */
  private record Target(String text, Function<Double, Boolean> met) {}

  private static Target atMost(double bound) {
    return new Target("≤ " + format(bound), v -> v <= bound);
  }

  private static Target atLeast(double bound) {
    return new Target("≥ " + format(bound), v -> v >= bound);
  }

  /**
   * Writes the Markdown report.
   *
   * @param scores the scores ({@link #parse})
   * @param machine the machine and the run
   * @return the Markdown text
   */
  public static String markdown(Map<String, Score> scores, Machine machine) {
    List<Ratio> ratios = ratios(scores, machine.calls());
    StringBuilder md = new StringBuilder();
    md.append("# spsplus benchmark: ratios\n\n");
    md.append("Run: ").append(machine.get("mode")).append(" mode, ").append(machine.get("date"));
    md.append(", commit ").append(machine.get("commit")).append(".\n\n");
    md.append("| Machine | |\n| --- | --- |\n");
    row(md, "CPU", machine.get("cpu"));
    row(md, "Cores", machine.get("cores"));
    row(md, "Memory", machine.get("memory"));
    row(md, "JDK", machine.get("jdk"));
    row(md, "OS", machine.get("os"));
    row(md, "Load average before (1, 5, 15 min)", machine.get("load.before"));
    row(md, "Load average after (1, 5, 15 min)", machine.get("load.after"));
    row(
        md,
        "Data",
        String.format(
            Locale.ROOT,
            "%,d calls (200 sites × 3 months), %s answers, %s requests; DuckDB threads: %s",
            machine.calls(),
            grouped(machine.get("answers")),
            grouped(machine.get("requests")),
            machine.get("duckdb.threads")));
    md.append('\n');
    md.append("## Ratios and targets\n\n");
    md.append(
        "A time ratio below 1 means spsplus is faster. Times are JMH means of the same run;"
            + " \"2 threads\" means the input split in two halves accumulated in parallel and the"
            + " states combined. DuckDB runs with as many threads as spsplus's best variant.\n\n");
    md.append("| Ratio | Formula | Value | Target | Met |\n| --- | --- | --- | --- | --- |\n");
    for (Ratio ratio : ratios) {
      String met;
      if (ratio.target() == null) {
        met = "—";
      } else if (Double.isNaN(ratio.value())) {
        met = "not measured";
      } else {
        met = ratio.target().met().apply(ratio.value()) ? "**yes**" : "**no**";
      }
      md.append("| ")
          .append(ratio.what())
          .append(" | ")
          .append(ratio.formula())
          .append(" | ")
          .append(Double.isNaN(ratio.value()) ? "—" : format(ratio.value()))
          .append(ratio.note().isEmpty() ? "" : " " + ratio.note())
          .append(" | ")
          .append(ratio.target() == null ? "" : ratio.target().text())
          .append(" | ")
          .append(met)
          .append(" |\n");
    }
    md.append("\n## Raw scores\n\n");
    md.append("| Benchmark | Mode | Score | ± (99.9 %) | Unit | p99 | Allocated B/op |\n");
    md.append("| --- | --- | --- | --- | --- | --- | --- |\n");
    for (Score score : scores.values()) {
      md.append("| ")
          .append(score.name())
          .append(" | ")
          .append(score.mode())
          .append(" | ")
          .append(format(score.score()))
          .append(" | ")
          .append(Double.isNaN(score.error()) ? "—" : format(score.error()))
          .append(" | ")
          .append(score.unit())
          .append(" | ")
          .append(Double.isNaN(score.p99()) ? "—" : format(score.p99()))
          .append(" | ")
          .append(
              Double.isNaN(score.allocatedBytesPerOp()) ? "—" : format(score.allocatedBytesPerOp()))
          .append(" |\n");
    }
    return md.toString();
  }

  /** Writes a count with thousands separators, or the text unchanged if it is not a count. */
  private static String grouped(String count) {
    try {
      return String.format(Locale.ROOT, "%,d", Long.parseLong(count));
    } catch (NumberFormatException e) {
      return count;
    }
  }

  private static void row(StringBuilder md, String key, String value) {
    md.append("| ").append(key).append(" | ").append(value.replace("|", "/")).append(" |\n");
  }

  private static List<Ratio> ratios(Map<String, Score> s, long calls) {
    List<Ratio> ratios = new ArrayList<>();
    for (String task : List.of("T1OverallBenchmark", "T2GroupedBenchmark")) {
      String t = task.substring(0, 2);
      ratios.add(
          divide(
              s,
              t + " spsplus ÷ DuckDB (2 threads each)",
              task + ".spsplusPrimitive2Threads",
              task + ".duckdb",
              atMost(0.3)));
      ratios.add(
          divide(
              s,
              t + " spsplus ÷ DuckDB (spsplus 1 thread)",
              task + ".spsplusPrimitive",
              task + ".duckdb",
              null));
      ratios.add(
          divide(s, t + " spsplus ÷ streams", task + ".spsplusPrimitive", task + ".streams", null));
      ratios.add(
          divide(
              s,
              t + " spsplus objects ÷ streams",
              task + ".spsplusObjects",
              task + ".streams",
              null));
      ratios.add(
          divide(
              s,
              t + " spsplus ÷ floor (1 thread)",
              task + ".spsplusPrimitive",
              task + ".floor",
              atMost(10)));
      ratios.add(
          divide(
              s,
              t + " spsplus ÷ floor (2 threads)",
              task + ".spsplusPrimitive2Threads",
              task + ".floor2Threads",
              null));
      ratios.add(
          divide(
              s,
              t + " speed-up, 2 threads vs 1 (primitive)",
              task + ".spsplusPrimitive",
              task + ".spsplusPrimitive2Threads",
              atLeast(1.6)));
      ratios.add(
          divide(
              s,
              t + " speed-up, 2 threads vs 1 (objects)",
              task + ".spsplusObjects",
              task + ".spsplusObjects2Threads",
              null));
    }
    ratios.add(
        divide(
            s,
            "T3 spsplus ÷ DuckDB",
            "T3RollUpBenchmark.spsplus",
            "T3RollUpBenchmark.duckdb",
            null));
    ratios.add(
        divide(
            s,
            "T3 spsplus ÷ streams",
            "T3RollUpBenchmark.spsplus",
            "T3RollUpBenchmark.streams",
            null));
    ratios.add(
        divide(
            s,
            "T4 spsplus ÷ DuckDB",
            "T4SurveyBenchmark.spsplusPrimitive",
            "T4SurveyBenchmark.duckdb",
            null));
    ratios.add(
        divide(
            s,
            "T4 spsplus ÷ streams",
            "T4SurveyBenchmark.spsplusPrimitive",
            "T4SurveyBenchmark.streams",
            null));
    ratios.add(
        divide(
            s,
            "T4 spsplus objects ÷ streams",
            "T4SurveyBenchmark.spsplusObjects",
            "T4SurveyBenchmark.streams",
            null));
    ratios.add(
        divide(
            s, "T5 spsplus ÷ DuckDB", "T5DelayBenchmark.spsplus", "T5DelayBenchmark.duckdb", null));
    ratios.add(
        divide(
            s,
            "T5 spsplus ÷ streams",
            "T5DelayBenchmark.spsplus",
            "T5DelayBenchmark.streams",
            null));
    // Throughput of one caller is the inverse of the mean latency.
    ratios.add(
        divide(
            s,
            "Client throughput ÷ raw OkHttp",
            "ClientBenchmark.rawOkHttp",
            "ClientBenchmark.spsplusClient",
            atLeast(0.9)));
    ratios.add(
        divide(
            s,
            "Client throughput ÷ raw OkHttp configured as spsplus",
            "ClientBenchmark.rawOkHttpConfigured",
            "ClientBenchmark.spsplusClient",
            null));
    ratios.add(
        divide(
            s,
            "Raw OkHttp configured as spsplus ÷ raw OkHttp (throughput)",
            "ClientBenchmark.rawOkHttp",
            "ClientBenchmark.rawOkHttpConfigured",
            null));
    Optional<Score> client = Optional.ofNullable(s.get("ClientBenchmark.spsplusClient"));
    Optional<Score> raw = Optional.ofNullable(s.get("ClientBenchmark.rawOkHttp"));
    ratios.add(
        new Ratio(
            "Client p99 ÷ raw OkHttp p99",
            "p99(spsplusClient) ÷ p99(rawOkHttp)",
            client.isPresent() && raw.isPresent()
                ? client.get().p99() / raw.get().p99()
                : Double.NaN,
            null,
            client.isPresent() && raw.isPresent()
                ? String.format(
                    Locale.ROOT,
                    "(%s vs %s %s)",
                    format(client.get().p99()),
                    format(raw.get().p99()),
                    client.get().unit())
                : ""));
    ratios.add(
        new Ratio(
            "Client requests per second (one caller)",
            "1 ÷ mean(spsplusClient)",
            client.map(c -> perSecond(c)).orElse(Double.NaN),
            null,
            raw.map(r -> "(raw OkHttp " + format(perSecond(r)) + ")").orElse("")));
    ratios.add(
        perRecord(
            s,
            "Bytes allocated per call, primitive path",
            "AllocationBenchmark.primitivePath",
            calls,
            atMost(0.001)));
    ratios.add(
        perRecord(
            s,
            "Bytes allocated per call, object path",
            "AllocationBenchmark.objectPath",
            calls,
            null));
    return ratios;
  }

  private static double perSecond(Score score) {
    double factor =
        switch (score.unit()) {
          case "us/op" -> 1e6;
          case "ms/op" -> 1e3;
          case "ns/op" -> 1e9;
          case "s/op" -> 1;
          default -> Double.NaN;
        };
    return factor / score.score();
  }

  private static Ratio divide(
      Map<String, Score> s,
      String what,
      String numerator,
      String denominator,
      @Nullable Target target) {
    Score a = s.get(numerator);
    Score b = s.get(denominator);
    String formula = shortName(numerator) + " ÷ " + shortName(denominator);
    if (a == null || b == null || !a.unit().equals(b.unit())) {
      return new Ratio(what, formula, Double.NaN, target, "");
    }
    return new Ratio(
        what,
        formula,
        a.score() / b.score(),
        target,
        String.format(Locale.ROOT, "(%s ÷ %s %s)", format(a.score()), format(b.score()), a.unit()));
  }

  private static Ratio perRecord(
      Map<String, Score> s, String what, String benchmark, long calls, @Nullable Target target) {
    Score score = s.get(benchmark);
    String formula = "gc.alloc.rate.norm(" + shortName(benchmark) + ") ÷ calls";
    if (score == null || Double.isNaN(score.allocatedBytesPerOp())) {
      return new Ratio(what, formula, Double.NaN, target, "");
    }
    return new Ratio(
        what,
        formula,
        score.allocatedBytesPerOp() / calls,
        target,
        String.format(Locale.ROOT, "(%s B/op ÷ %,d)", format(score.allocatedBytesPerOp()), calls));
  }

  private static String shortName(String benchmark) {
    int dot = benchmark.indexOf('.');
    return dot < 0 ? benchmark : benchmark.substring(dot + 1);
  }

  /**
   * Formats a number with three significant digits at least, without exponent for ordinary
   * magnitudes.
   *
   * @param value the number
   * @return the text
   */
  static String format(double value) {
    if (Double.isNaN(value)) {
      return "—";
    }
    double magnitude = Math.abs(value);
    if (magnitude == 0) {
      return "0";
    }
    if (magnitude >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 1) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    if (magnitude >= 0.001) {
      return String.format(Locale.ROOT, "%.3f", value);
    }
    return String.format(Locale.ROOT, "%.2e", value);
  }

  /**
   * Writes {@code latest.md} from {@code latest.json} and {@code machine.properties}.
   *
   * @param args the JMH JSON file, the machine properties file, the Markdown file to write
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: RatioReport results.json machine.properties out.md");
    }
    Map<String, Score> scores;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      scores = parse(in);
    }
    String md = markdown(scores, Machine.read(Path.of(args[1])));
    Files.writeString(Path.of(args[2]), md, StandardCharsets.UTF_8);
  }
}
