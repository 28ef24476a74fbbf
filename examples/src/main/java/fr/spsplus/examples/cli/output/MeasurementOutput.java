package fr.spsplus.examples.cli.output;

import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IndicatorCatalogue;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.IndicatorUnit;
import fr.spsplus.core.indicator.IntervalMethod;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.examples.cli.Language;
import fr.spsplus.indicators.Measurement;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The three renderings of indicator results, the output of every indicator command: one {@link
 * Measurement} per structure × period × indicator (× threshold for the service level).
 *
 * <h2>JSON</h2>
 *
 * <p>{@code {"results":[{…},{…}]}}, one result object per line, with exactly these keys in this
 * order:
 *
 * <pre>{@code
 * {"indicator":"TAUX_DECROCHE_AGENT","structure":"3Tn8gzTdcz","period":"2026-03",
 *  "value":0.853,"numerator":853,"denominator":1000,"n":1000,"status":"PUBLISHABLE",
 *  "interval":{"method":"WILSON","confidence":0.95,"low":0.83,"high":0.873},
 *  "excluded":{"OUT_OF_HOURS":41,"SHORT_ABANDON":12},
 *  "parameters":{"confidence":0.95,"interval_method":"WILSON","short_abandon_seconds":5}}
 * }</pre>
 *
 * <ul>
 *   <li>{@code value} is in the calculator's unit: rates are <strong>proportions in [0, 1]</strong>
 *       (numerator ÷ denominator), waits are seconds; it is {@code null} when withheld ({@code
 *       INSUFFICIENT_SAMPLE}) or undefined; {@code interval} is {@code null} when there is none;
 *   <li>{@code structure} is {@code null} for an aggregate over every structure;
 *   <li>{@code period} is the period's code: {@code 2026-03-02} (day), {@code 2026-W10}, {@code
 *       2026-03}, {@code 2026-Q1}, {@code 2026};
 *   <li>{@code excluded} counts the observations left out, by reason code; {@code parameters} is
 *       the policy, by snake_case name, values as JSON numbers or booleans when they are numbers or
 *       booleans (for example {@code "threshold_seconds":20} on {@code NIVEAU_SERVICE}).
 * </ul>
 *
 * <h2>CSV</h2>
 *
 * <p>Header {@value #CSV_HEADER}; numbers with a dot; {@code excluded} and {@code parameters} as
 * {@code KEY=value} pairs joined by {@code ;}; empty cells for absent values.
 *
 * <h2>Table</h2>
 *
 * <p>Columns structure, period, indicator (with the threshold of a service level), value (rates in
 * percent, waits in seconds, in the run's number format), interval, n, status; a withheld value
 * shows {@code —}; a footnote gives the interval's method and confidence.
 *
 * <h2>Sections</h2>
 *
 * <p>A command may add {@link OutputSection}s after its results: a second table, and in JSON a
 * member after {@code "results"} (the {@code "procedures"} of {@code online-quality}). The {@code
 * "results"} member keeps its contract; CSV carries the results only.
 */
public final class MeasurementOutput {

  /** The CSV header row. */
  public static final String CSV_HEADER =
      "indicator,structure,period,value,numerator,denominator,n,status,"
          + "interval_method,interval_confidence,interval_low,interval_high,excluded,parameters";

  /** The dash shown in place of a withheld or undefined value. */
  public static final String ABSENT = "—";

  private static final MessageBundle MESSAGES =
      MessageBundle.of(MeasurementOutput.class, "messages");

  private final Language language;
  private final NumberStyle numbers;
  private final IndicatorCatalogue catalogue;

  private MeasurementOutput(Language language, IndicatorCatalogue catalogue) {
    this.language = language;
    this.numbers = NumberStyle.of(language);
    this.catalogue = catalogue;
  }

  /**
   * Returns the renderer of a language, with the bundled indicator catalogue (for units).
   *
   * @param language the language of tables
   * @return the renderer
   */
  public static MeasurementOutput of(Language language) {
    return new MeasurementOutput(
        Objects.requireNonNull(language, "language"), IndicatorCatalogue.bundled());
  }

  /**
   * Sorts results for display: by structure (aggregates last), period, then indicator in catalogue
   * order; results equal on these keep their order (thresholds of a service level stay in the
   * calculator's order).
   *
   * @param measurements the results
   * @return a new sorted list
   */
  public static List<Measurement> sorted(List<Measurement> measurements) {
    Comparator<Measurement> order =
        Comparator.comparing(
                Measurement::structure, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Measurement::period)
            .thenComparing(Measurement::indicator);
    List<Measurement> sorted = new ArrayList<>(measurements);
    sorted.sort(order);
    return sorted;
  }

  /**
   * Writes results in a format.
   *
   * @param measurements the results, in the order to write
   * @param format the format
   * @param out where to write
   */
  public void write(List<Measurement> measurements, OutputFormat format, PrintWriter out) {
    write(measurements, List.of(), format, out);
  }

  /**
   * Writes results and the sections that follow them (see {@link OutputSection}): in a table, each
   * section after the results; in JSON, each section with a key as a member after {@code
   * "results"}; in CSV, the results only.
   *
   * @param measurements the results, in the order to write
   * @param sections the sections, in order
   * @param format the format
   * @param out where to write
   */
  public void write(
      List<Measurement> measurements,
      List<OutputSection> sections,
      OutputFormat format,
      PrintWriter out) {
    Objects.requireNonNull(measurements, "measurements");
    Objects.requireNonNull(sections, "sections");
    Objects.requireNonNull(out, "out");
    switch (format) {
      case JSON -> writeJson(measurements, sections, out);
      case CSV -> writeCsv(measurements, out);
      case TABLE -> {
        writeTable(measurements, out);
        sections.forEach(section -> writeSection(section, out));
      }
    }
    out.flush();
  }

  // --- JSON ------------------------------------------------------------------------------------

  /**
   * Returns the JSON object of one result, as an ordered map (see the class description).
   *
   * @param m the result
   * @return the keys and values, in contract order
   */
  public static Map<String, @Nullable Object> json(Measurement m) {
    Map<String, @Nullable Object> object = new LinkedHashMap<>();
    object.put("indicator", m.indicator().name());
    object.put("structure", m.structure() == null ? null : m.structure().value());
    object.put("period", m.period().code());
    object.put("value", m.value() == null ? null : JsonValues.number(m.value()));
    object.put("numerator", JsonValues.number(m.numerator()));
    object.put("denominator", JsonValues.number(m.denominator()));
    object.put("n", m.n());
    object.put("status", m.status().name());
    ConfidenceInterval interval = m.interval();
    if (interval == null) {
      object.put("interval", null);
    } else {
      Map<String, Object> bounds = new LinkedHashMap<>();
      bounds.put("method", interval.method().name());
      bounds.put("confidence", JsonValues.number(interval.confidence()));
      bounds.put("low", JsonValues.number(interval.low()));
      bounds.put("high", JsonValues.number(interval.high()));
      object.put("interval", bounds);
    }
    object.put("excluded", new LinkedHashMap<>(m.excluded()));
    Map<String, Object> parameters = new LinkedHashMap<>();
    m.parameters().forEach((name, value) -> parameters.put(name, JsonValues.parameter(value)));
    object.put("parameters", parameters);
    return object;
  }

  private static void writeJson(
      List<Measurement> measurements, List<OutputSection> sections, PrintWriter out) {
    SpsplusJson json = SpsplusJson.compact();
    out.print("{\"results\":");
    writeArray(measurements.stream().map(MeasurementOutput::json).toList(), json, out);
    for (OutputSection section : sections) {
      String key = section.jsonKey();
      if (key != null) {
        out.println(",");
        out.print(json.write(key));
        out.print(':');
        writeArray(section.json(), json, out);
      }
    }
    out.println("}");
  }

  /** Writes {@code []}, or {@code [}, one object per line, {@code ]}. */
  private static void writeArray(
      List<Map<String, @Nullable Object>> objects, SpsplusJson json, PrintWriter out) {
    if (objects.isEmpty()) {
      out.print("[]");
      return;
    }
    out.println("[");
    for (int i = 0; i < objects.size(); i++) {
      out.print(json.write(objects.get(i)));
      out.println(i + 1 < objects.size() ? "," : "");
    }
    out.print("]");
  }

  // --- CSV -------------------------------------------------------------------------------------

  private static void writeCsv(List<Measurement> measurements, PrintWriter out) {
    CsvOutput csv = CsvOutput.on(out);
    csv.row(List.of(CSV_HEADER.split(",")));
    for (Measurement m : measurements) {
      ConfidenceInterval interval = m.interval();
      csv.row(
          m.indicator().name(),
          m.structure() == null ? "" : m.structure().value(),
          m.period().code(),
          m.value() == null ? "" : JsonValues.text(m.value()),
          JsonValues.text(m.numerator()),
          JsonValues.text(m.denominator()),
          Long.toString(m.n()),
          m.status().name(),
          interval == null ? "" : interval.method().name(),
          interval == null ? "" : JsonValues.text(interval.confidence()),
          interval == null ? "" : JsonValues.text(interval.low()),
          interval == null ? "" : JsonValues.text(interval.high()),
          pairs(m.excluded()),
          pairs(m.parameters()));
    }
    csv.flush();
  }

  private static String pairs(Map<String, ?> map) {
    return map.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(";"));
  }

  // --- Table -----------------------------------------------------------------------------------

  private void writeTable(List<Measurement> measurements, PrintWriter out) {
    Locale locale = language.locale();
    if (measurements.isEmpty()) {
      out.println(MESSAGES.format(locale, "table.empty"));
      return;
    }
    Set<String> intervals = new LinkedHashSet<>();
    for (Measurement m : measurements) {
      if (m.interval() != null) {
        intervals.add(intervalKey(m.interval()));
      }
    }
    boolean oneKind = intervals.size() <= 1;
    TextTable table =
        TextTable.of(
            List.of(
                MESSAGES.format(locale, "column.structure"),
                MESSAGES.format(locale, "column.period"),
                MESSAGES.format(locale, "column.indicator"),
                MESSAGES.format(locale, "column.value"),
                MESSAGES.format(locale, "column.interval"),
                MESSAGES.format(locale, "column.n"),
                MESSAGES.format(locale, "column.status")),
            List.of(
                TextTable.Align.LEFT,
                TextTable.Align.LEFT,
                TextTable.Align.LEFT,
                TextTable.Align.RIGHT,
                TextTable.Align.LEFT,
                TextTable.Align.RIGHT,
                TextTable.Align.LEFT));
    for (Measurement m : measurements) {
      table.row(
          List.of(
              m.structure() == null
                  ? MESSAGES.format(locale, "structure.all")
                  : m.structure().value(),
              m.period().code(),
              indicatorLabel(m),
              m.value() == null ? ABSENT : value(m.indicator(), m.value()),
              m.interval() == null ? ABSENT : interval(m.indicator(), m.interval(), !oneKind),
              numbers.integer(m.n()),
              MESSAGES.format(locale, "status." + m.status().name())));
    }
    table.print(out);
    if (oneKind && !intervals.isEmpty()) {
      ConfidenceInterval first =
          measurements.stream()
              .map(Measurement::interval)
              .filter(Objects::nonNull)
              .findFirst()
              .orElseThrow();
      out.println();
      out.println(
          MESSAGES.format(
              locale,
              "table.footnote",
              numbers.percent(first.confidence(), 0),
              methodName(first.method())));
    } else if (!intervals.isEmpty()) {
      Set<IntervalMethod> methods = new LinkedHashSet<>();
      measurements.stream()
          .map(Measurement::interval)
          .filter(Objects::nonNull)
          .forEach(interval -> methods.add(interval.method()));
      List<String> names = methods.stream().map(this::methodName).toList();
      String last = names.get(names.size() - 1);
      String joined =
          names.size() == 1
              ? last
              : String.join(", ", names.subList(0, names.size() - 1))
                  + MESSAGES.format(locale, "table.and")
                  + last;
      out.println();
      out.println(MESSAGES.format(locale, "table.footnote.mixed", joined));
    } else if (measurements.stream().anyMatch(m -> m.value() == null)) {
      out.println();
      out.println(MESSAGES.format(locale, "table.footnote.absent"));
    }
  }

  private static void writeSection(OutputSection section, PrintWriter out) {
    if (section.rows().isEmpty()) {
      return;
    }
    out.println();
    out.println(section.title());
    section.table().print(out);
  }

  private static String intervalKey(ConfidenceInterval interval) {
    return interval.method().name() + "@" + interval.confidence();
  }

  private String methodName(IntervalMethod method) {
    return MESSAGES.format(language.locale(), "method." + method.name());
  }

  private String indicatorLabel(Measurement m) {
    String threshold = m.parameters().get("threshold_seconds");
    if (m.indicator() == IndicatorCode.NIVEAU_SERVICE && threshold != null) {
      return m.indicator().name() + " (" + threshold + " s)";
    }
    return m.indicator().name();
  }

  /**
   * Formats a value in its indicator's unit for a table: rates in percent with one decimal, seconds
   * with one decimal (whole seconds without), scores with one decimal.
   *
   * @param indicator the indicator
   * @param value the value in calculator units (a proportion for rates)
   * @return the text
   */
  public String value(IndicatorCode indicator, double value) {
    IndicatorUnit unit = catalogue.definition(indicator).unit();
    return switch (unit) {
      case PERCENT -> numbers.percent(value, 1);
      case SECONDS -> numbers.withUnit(value, value == Math.rint(value) ? 0 : 1, "s");
      case DAYS -> numbers.withUnit(value, value == Math.rint(value) ? 0 : 1, "j");
      case SCORE_OUT_OF_10 -> numbers.decimal(value, 1) + "/10";
      case COUNT -> numbers.decimal(value, value == Math.rint(value) ? 0 : 1);
    };
  }

  /**
   * Formats a confidence interval in its indicator's unit for a table, as the table of results
   * shows it: {@code [83,0 ; 87,3] %} (French) or {@code [83.0, 87.3]%} (English) for a rate,
   * bounds with one decimal.
   *
   * @param indicator the indicator
   * @param interval the interval in calculator units (proportions for rates)
   * @return the text, without the confidence level
   */
  public String interval(IndicatorCode indicator, ConfidenceInterval interval) {
    return interval(indicator, interval, false);
  }

  private String interval(IndicatorCode indicator, ConfidenceInterval interval, boolean withLevel) {
    IndicatorUnit unit = catalogue.definition(indicator).unit();
    String low;
    String high;
    String suffix;
    if (unit == IndicatorUnit.PERCENT) {
      low = numbers.percentNumber(interval.low(), 1);
      high = numbers.percentNumber(interval.high(), 1);
      suffix = numbers.percentSign();
    } else {
      low = numbers.decimal(interval.low(), 1);
      high = numbers.decimal(interval.high(), 1);
      suffix = unit == IndicatorUnit.SECONDS ? (language == Language.FR ? "\u00A0s" : " s") : "";
    }
    String separator = language == Language.FR ? " ; " : ", ";
    String text = "[" + low + separator + high + "]" + suffix;
    return withLevel ? text + " (" + numbers.percent(interval.confidence(), 0) + ")" : text;
  }
}
