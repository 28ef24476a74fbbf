package fr.spsplus.core.indicator;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.period.Granularity;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One record of the open-data dataset {@code export-resultats} of the Services Publics+ platform
 * (Opendatasoft, Explore API v2.1, {@code opendata.plus.transformation.gouv.fr}): an {@link
 * IndicatorResult} plus the descriptive fields that only the platform publishes.
 *
 * <p>The mapping works on {@code Map<String, ?>}, as decoded by any JSON library, so that core
 * needs none. Field names are the API names, verified on a real {@code /records} response
 * (betagouv/signalconso-website, {@code src/generate_stat_data/satisfaction.json}, January 2024):
 *
 * <table>
 *   <caption>Fields of {@code export-resultats} and their spsplus counterparts</caption>
 *   <tr><th>API field</th><th>JSON in the real data</th><th>spsplus</th><th>Reading rule</th></tr>
 *   <tr><td>{@code code_sp_du_resultat}</td><td>string</td><td>{@link #resultCode()}</td>
 *       <td>kept as is</td></tr>
 *   <tr><td>{@code intitule_du_reseau}</td><td>string</td><td>{@link #network()}</td>
 *       <td>kept as is</td></tr>
 *   <tr><td>{@code typologie}</td><td>string</td><td>{@link #typology()}</td><td>kept as is</td></tr>
 *   <tr><td>{@code code_sp_structure}</td><td>string</td><td>{@code result().structure()}</td>
 *       <td><strong>required</strong>, a {@link StructureCode}</td></tr>
 *   <tr><td>{@code intitule_de_la_structure}</td><td>string</td><td>{@link #structureName()}</td>
 *       <td>kept as is</td></tr>
 *   <tr><td>{@code code_sp_de_l_indicateur}</td><td>string ({@code IND-27})</td>
 *       <td>{@code result().indicator()}</td><td><strong>required</strong>, an {@link
 *       IndicatorId}</td></tr>
 *   <tr><td>{@code titre_original_de_l_indicateur}</td><td>string</td>
 *       <td>{@link #indicatorTitle()}</td><td>kept as is</td></tr>
 *   <tr><td>{@code date_de_debut_de_l_evaluation}</td><td>string {@code YYYY-MM-DD}</td>
 *       <td>{@code result().period().start()}</td><td><strong>required</strong>; see "period"
 *       below</td></tr>
 *   <tr><td>{@code duree_de_l_evaluation}</td><td>integer</td><td>{@link
 *       #evaluationDuration()}</td><td>kept raw: its unit is not documented</td></tr>
 *   <tr><td>{@code frequence}</td><td>string ({@code trimestrielle})</td><td>{@link
 *       #frequencyLabel()}, {@code result().frequency()}</td><td>label kept as written; parsed by
 *       {@link Frequency#fromLabel(String)}, an unknown label giving a null frequency</td></tr>
 *   <tr><td>{@code valeur}</td><td>number, or string in some datasets</td>
 *       <td>{@code result().value()}</td><td>null gives status {@code INSUFFICIENT_SAMPLE}, a value
 *       gives {@code PUBLISHABLE}</td></tr>
 *   <tr><td>{@code valeur_attendue}</td><td>null or number</td><td>{@code result().target()}</td>
 *       <td>number</td></tr>
 *   <tr><td>{@code satisfait}</td><td>null or number</td><td>{@link #satisfiedShare()}</td>
 *       <td>number, as published</td></tr>
 *   <tr><td>{@code insatisfait}</td><td>null or number</td><td>{@link
 *       #dissatisfiedShare()}</td><td>number, as published</td></tr>
 *   <tr><td>{@code ne_se_prononce_pas}</td><td>null or number</td><td>{@link
 *       #noOpinionShare()}</td><td>number, as published</td></tr>
 *   <tr><td>{@code date_de_mise_a_jour}</td><td>string {@code YYYY-MM-DD}</td>
 *       <td>{@code result().updatedOn()}</td><td>date</td></tr>
 *   <tr><td>{@code actif}</td><td>string {@code "Oui"} / {@code "Non"}</td><td>{@link
 *       #active()}</td><td>yes/no</td></tr>
 *   <tr><td>(none)</td><td></td><td>{@code result().n()}, {@code result().interval()}</td>
 *       <td>null when read; not written</td></tr>
 * </table>
 *
 * <p><strong>Tolerance.</strong> Unknown keys are ignored; a missing key is read as null. Strings
 * are stripped and a blank string is null. Numbers may arrive as JSON numbers or as strings ({@code
 * "77"}, {@code "77,5"}, {@code "77.5 %"}, with spaces or no-break spaces as thousands separators).
 * Dates are {@code YYYY-MM-DD}, an ISO date-time (its date part is taken) or {@code DD/MM/YYYY}.
 * The yes/no field accepts {@code Oui}/{@code Non} in any case, {@code true}/{@code false}
 * (booleans or text) and {@code 1}/{@code 0}.
 *
 * <p><strong>Period.</strong> The dataset gives a start date and a frequency; the duration's unit
 * is not documented (the real record says 13 for a quarterly result). spsplus's reading, a
 * <strong>proposed default</strong>: when the start date begins a calendar period of the
 * frequency's {@link Frequency#granularity() granularity}, the result covers that period ({@code
 * 2023-07-01} + {@code trimestrielle} = {@code 2023-Q3}); otherwise, when the frequency has a
 * {@link Frequency#length() length}, a custom range of that length from the start date ({@code
 * 2023-09-30} + {@code trimestrielle} = {@code 2023-09-30/2023-12-29}); otherwise (no frequency, or
 * one without a fixed length) the start day alone. {@link #toRecord()} writes the period's start
 * back, so the reading round-trips.
 *
 * @param result the indicator result
 * @param resultCode {@code code_sp_du_resultat}, or null
 * @param network {@code intitule_du_reseau}, or null
 * @param typology {@code typologie}, or null
 * @param structureName {@code intitule_de_la_structure}, or null
 * @param indicatorTitle {@code titre_original_de_l_indicateur}, or null
 * @param evaluationDuration {@code duree_de_l_evaluation} as published (unit not documented), not
 *     negative, or null
 * @param frequencyLabel {@code frequence} as written (stripped); when given, {@code
 *     result().frequency()} must be what {@link Frequency#fromLabel(String)} reads from it (null
 *     for an unknown label); when null, it becomes the label of {@code result().frequency()}, or
 *     stays null when the result has no frequency
 * @param satisfiedShare {@code satisfait}, finite ({@code -0.0} becomes {@code 0.0}), or null
 * @param dissatisfiedShare {@code insatisfait}, finite, or null
 * @param noOpinionShare {@code ne_se_prononce_pas}, finite, or null
 * @param active {@code actif} ({@code Oui} is true), or null
 */
public record OpenDataResult(
    @NotNull @Valid IndicatorResult result,
    @Nullable @Size(min = 1, max = OpenDataResult.MAX_TEXT_LENGTH) String resultCode,
    @Nullable @Size(min = 1, max = OpenDataResult.MAX_TEXT_LENGTH) String network,
    @Nullable @Size(min = 1, max = OpenDataResult.MAX_TEXT_LENGTH) String typology,
    @Nullable @Size(min = 1, max = OpenDataResult.MAX_TEXT_LENGTH) String structureName,
    @Nullable @Size(min = 1, max = OpenDataResult.MAX_TEXT_LENGTH) String indicatorTitle,
    @Nullable @PositiveOrZero Integer evaluationDuration,
    @Nullable @Size(min = 1, max = OpenDataResult.MAX_TEXT_LENGTH) String frequencyLabel,
    @Nullable Double satisfiedShare,
    @Nullable Double dissatisfiedShare,
    @Nullable Double noOpinionShare,
    @Nullable Boolean active) {

  /** The maximum length of a text field, in characters. */
  public static final int MAX_TEXT_LENGTH = 2000;

  /** Field {@code code_sp_du_resultat}: the result's identifier on the platform. */
  public static final String CODE_SP_DU_RESULTAT = "code_sp_du_resultat";

  /** Field {@code intitule_du_reseau}: the network. */
  public static final String INTITULE_DU_RESEAU = "intitule_du_reseau";

  /** Field {@code typologie}: the structure's typology. */
  public static final String TYPOLOGIE = "typologie";

  /** Field {@code code_sp_structure}: the structure's code. */
  public static final String CODE_SP_STRUCTURE = "code_sp_structure";

  /** Field {@code intitule_de_la_structure}: the structure's name. */
  public static final String INTITULE_DE_LA_STRUCTURE = "intitule_de_la_structure";

  /** Field {@code code_sp_de_l_indicateur}: the indicator's code, such as {@code IND-27}. */
  public static final String CODE_SP_DE_L_INDICATEUR = "code_sp_de_l_indicateur";

  /** Field {@code titre_original_de_l_indicateur}: the indicator's title. */
  public static final String TITRE_ORIGINAL_DE_L_INDICATEUR = "titre_original_de_l_indicateur";

  /** Field {@code date_de_debut_de_l_evaluation}: the first day of the evaluation. */
  public static final String DATE_DE_DEBUT_DE_L_EVALUATION = "date_de_debut_de_l_evaluation";

  /** Field {@code duree_de_l_evaluation}: the evaluation's duration (unit not documented). */
  public static final String DUREE_DE_L_EVALUATION = "duree_de_l_evaluation";

  /** Field {@code frequence}: the frequency label. */
  public static final String FREQUENCE = "frequence";

  /** Field {@code valeur}: the value. */
  public static final String VALEUR = "valeur";

  /** Field {@code valeur_attendue}: the target value. */
  public static final String VALEUR_ATTENDUE = "valeur_attendue";

  /** Field {@code satisfait}: the share of satisfied answers. */
  public static final String SATISFAIT = "satisfait";

  /** Field {@code insatisfait}: the share of dissatisfied answers. */
  public static final String INSATISFAIT = "insatisfait";

  /** Field {@code ne_se_prononce_pas}: the share of answers without an opinion. */
  public static final String NE_SE_PRONONCE_PAS = "ne_se_prononce_pas";

  /** Field {@code date_de_mise_a_jour}: the day of the last update. */
  public static final String DATE_DE_MISE_A_JOUR = "date_de_mise_a_jour";

  /** Field {@code actif}: whether the result is active ({@code Oui}/{@code Non}). */
  public static final String ACTIF = "actif";

  /** The 17 fields of a record, in the platform's order. */
  public static final List<String> FIELDS =
      List.of(
          CODE_SP_DU_RESULTAT,
          INTITULE_DU_RESEAU,
          TYPOLOGIE,
          CODE_SP_STRUCTURE,
          INTITULE_DE_LA_STRUCTURE,
          CODE_SP_DE_L_INDICATEUR,
          TITRE_ORIGINAL_DE_L_INDICATEUR,
          DATE_DE_DEBUT_DE_L_EVALUATION,
          DUREE_DE_L_EVALUATION,
          FREQUENCE,
          VALEUR,
          VALEUR_ATTENDUE,
          SATISFAIT,
          INSATISFAIT,
          NE_SE_PRONONCE_PAS,
          DATE_DE_MISE_A_JOUR,
          ACTIF);

  private static final MessageBundle MESSAGES = MessageBundle.of(OpenDataResult.class, "messages");
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)");
  private static final Pattern ISO_DATE = Pattern.compile("([0-9]{4})-([0-9]{2})-([0-9]{2})");
  private static final Pattern FRENCH_DATE = Pattern.compile("([0-9]{2})/([0-9]{2})/([0-9]{4})");

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if a text is blank or too long, a number is not finite, the
   *     duration is negative, or the frequency label disagrees with the result's frequency
   */
  public OpenDataResult {
    Objects.requireNonNull(result, "result");
    requireText(resultCode, "resultCode");
    requireText(network, "network");
    requireText(typology, "typology");
    requireText(structureName, "structureName");
    requireText(indicatorTitle, "indicatorTitle");
    requireText(frequencyLabel, "frequencyLabel");
    if (evaluationDuration != null) {
      Checks.requireNonNegative(evaluationDuration, "evaluationDuration");
    }
    satisfiedShare = finite(satisfiedShare, "satisfiedShare");
    dissatisfiedShare = finite(dissatisfiedShare, "dissatisfiedShare");
    noOpinionShare = finite(noOpinionShare, "noOpinionShare");
    Frequency frequency = result.frequency();
    if (frequencyLabel == null) {
      frequencyLabel = frequency == null ? null : frequency.label();
    } else if (Frequency.fromLabel(frequencyLabel).orElse(null) != frequency) {
      throw new InvalidInputException(MESSAGES.message("opendata.frequency.mismatch"));
    }
  }

  private static void requireText(@Nullable String value, String field) {
    if (value != null) {
      Checks.requireNonBlank(value, field);
      Checks.requireMaxLength(value, MAX_TEXT_LENGTH, field);
    }
  }

  /** Requires a finite number and turns -0.0 into 0.0 (they are the same published number). */
  private static @Nullable Double finite(@Nullable Double value, String field) {
    if (value == null) {
      return null;
    }
    Checks.requireBetween(value, -Double.MAX_VALUE, Double.MAX_VALUE, field);
    return value == 0 ? 0.0 : value;
  }

  /**
   * Wraps a result without the platform's descriptive fields (all null but the frequency label,
   * which is the label of the result's frequency).
   *
   * @param result the result
   * @return the open-data form of the result
   */
  public static OpenDataResult of(IndicatorResult result) {
    return new OpenDataResult(
        result, null, null, null, null, null, null, null, null, null, null, null);
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * Reads one record of {@code export-resultats} (see the class description for the mapping and the
   * tolerance rules).
   *
   * @param record the record, keyed by API field name; values are strings, numbers, booleans,
   *     {@link LocalDate}s or null
   * @return the result and its descriptive fields
   * @throws InvalidInputException if {@code code_sp_structure}, {@code code_sp_de_l_indicateur} or
   *     {@code date_de_debut_de_l_evaluation} is missing, or if a field cannot be read; the message
   *     names the field and never repeats its value
   */
  public static OpenDataResult fromRecord(Map<String, ?> record) {
    Objects.requireNonNull(record, "record");
    StructureCode structure =
        required(record, CODE_SP_STRUCTURE, OpenDataResult::text, StructureCode::of);
    IndicatorId indicator =
        required(record, CODE_SP_DE_L_INDICATEUR, OpenDataResult::text, IndicatorId::parse);
    LocalDate start = required(record, DATE_DE_DEBUT_DE_L_EVALUATION, OpenDataResult::date, d -> d);
    String frequencyLabel = field(record, FREQUENCE, OpenDataResult::text);
    Frequency frequency =
        frequencyLabel == null ? null : Frequency.fromLabel(frequencyLabel).orElse(null);
    Double value = field(record, VALEUR, OpenDataResult::number);
    IndicatorResult result =
        IndicatorResult.builder(structure, indicator, periodOf(start, frequency))
            .value(value)
            .status(
                value == null
                    ? PublicationStatus.INSUFFICIENT_SAMPLE
                    : PublicationStatus.PUBLISHABLE)
            .frequency(frequency)
            .updatedOn(field(record, DATE_DE_MISE_A_JOUR, OpenDataResult::date))
            .target(field(record, VALEUR_ATTENDUE, OpenDataResult::number))
            .build();
    Double duration = field(record, DUREE_DE_L_EVALUATION, OpenDataResult::number);
    Integer evaluationDuration = null;
    if (duration != null) {
      if (duration != Math.rint(duration) || duration < 0 || duration > Integer.MAX_VALUE) {
        throw fieldError(DUREE_DE_L_EVALUATION, MESSAGES.message("opendata.integer"), null);
      }
      evaluationDuration = duration.intValue();
    }
    return new OpenDataResult(
        result,
        field(record, CODE_SP_DU_RESULTAT, OpenDataResult::text),
        field(record, INTITULE_DU_RESEAU, OpenDataResult::text),
        field(record, TYPOLOGIE, OpenDataResult::text),
        field(record, INTITULE_DE_LA_STRUCTURE, OpenDataResult::text),
        field(record, TITRE_ORIGINAL_DE_L_INDICATEUR, OpenDataResult::text),
        evaluationDuration,
        frequencyLabel,
        field(record, SATISFAIT, OpenDataResult::number),
        field(record, INSATISFAIT, OpenDataResult::number),
        field(record, NE_SE_PRONONCE_PAS, OpenDataResult::number),
        field(record, ACTIF, OpenDataResult::yesNo));
  }

  /**
   * Returns the period spsplus reads from a start date and a frequency (see the class description).
   *
   * @param start the first day of the evaluation
   * @param frequency the frequency, or null
   * @return the calendar period that starts on {@code start}, or a custom range of the frequency's
   *     length, or the day {@code start}
   * @throws InvalidInputException if the period leaves the supported dates
   */
  public static ReportingPeriod periodOf(LocalDate start, @Nullable Frequency frequency) {
    Objects.requireNonNull(start, "start");
    if (frequency == null) {
      return ReportingPeriod.ofDay(start);
    }
    Optional<Granularity> granularity = frequency.granularity();
    if (granularity.isPresent()) {
      ReportingPeriod calendar = ReportingPeriod.containing(start, granularity.get());
      if (calendar.start().equals(start)) {
        return calendar;
      }
    }
    return frequency
        .length()
        .map(length -> ReportingPeriod.between(start, start.plus(length)))
        .orElseGet(() -> ReportingPeriod.ofDay(start));
  }

  /** Reads one raw value into a type, or returns null for null. */
  private interface Reader<T> {
    @Nullable T read(Object raw);
  }

  private static <T> @Nullable T field(Map<String, ?> record, String name, Reader<T> reader) {
    Object raw = record.get(name);
    if (raw == null) {
      return null;
    }
    try {
      return reader.read(raw);
    } catch (InvalidInputException e) {
      throw fieldError(name, e.localizedMessage(), e);
    }
  }

  private static <R, T> T required(
      Map<String, ?> record, String name, Reader<R> reader, Function<R, T> convert) {
    R raw = field(record, name, reader);
    if (raw == null) {
      throw new InvalidInputException(MESSAGES.message("opendata.missing", name));
    }
    try {
      return convert.apply(raw);
    } catch (InvalidInputException e) {
      throw fieldError(name, e.localizedMessage(), e);
    }
  }

  private static InvalidInputException fieldError(
      String name, LocalizedMessage detail, @Nullable Throwable cause) {
    LocalizedMessage message = MESSAGES.message("opendata.field", name, detail);
    return cause == null
        ? new InvalidInputException(message)
        : new InvalidInputException(message, cause);
  }

  private static @Nullable String text(Object raw) {
    if (!(raw instanceof CharSequence || raw instanceof Number || raw instanceof Boolean)) {
      throw new InvalidInputException(MESSAGES.message("opendata.text"));
    }
    String text = raw.toString().strip();
    return text.isEmpty() ? null : text;
  }

  private static @Nullable Double number(Object raw) {
    double value;
    if (raw instanceof Number number) {
      value = number.doubleValue();
    } else if (raw instanceof CharSequence chars) {
      String text =
          chars
              .toString()
              .replace('\u00a0', ' ')
              .replace('\u202f', ' ')
              .strip()
              .replaceAll("\\s*%$", "")
              .replace(" ", "")
              .replace(',', '.');
      if (text.isEmpty()) {
        return null;
      }
      if (!DECIMAL.matcher(text).matches()) {
        throw new InvalidInputException(MESSAGES.message("opendata.number"));
      }
      value = Double.parseDouble(text);
    } else {
      throw new InvalidInputException(MESSAGES.message("opendata.number"));
    }
    if (!Double.isFinite(value)) {
      throw new InvalidInputException(MESSAGES.message("opendata.number"));
    }
    return value;
  }

  private static @Nullable LocalDate date(Object raw) {
    if (raw instanceof LocalDate date) {
      return date;
    }
    if (!(raw instanceof CharSequence chars)) {
      throw new InvalidInputException(MESSAGES.message("opendata.date"));
    }
    String text = chars.toString().strip();
    if (text.isEmpty()) {
      return null;
    }
    if (text.length() > 10 && text.charAt(10) == 'T') {
      text = text.substring(0, 10);
    }
    try {
      Matcher iso = ISO_DATE.matcher(text);
      if (iso.matches()) {
        return LocalDate.of(
            Integer.parseInt(iso.group(1)),
            Integer.parseInt(iso.group(2)),
            Integer.parseInt(iso.group(3)));
      }
      Matcher french = FRENCH_DATE.matcher(text);
      if (french.matches()) {
        return LocalDate.of(
            Integer.parseInt(french.group(3)),
            Integer.parseInt(french.group(2)),
            Integer.parseInt(french.group(1)));
      }
    } catch (DateTimeException e) {
      throw new InvalidInputException(MESSAGES.message("opendata.date"), e);
    }
    throw new InvalidInputException(MESSAGES.message("opendata.date"));
  }

  private static @Nullable Boolean yesNo(Object raw) {
    if (raw instanceof Boolean bool) {
      return bool;
    }
    if (raw instanceof Number number && (number.doubleValue() == 0 || number.doubleValue() == 1)) {
      return number.doubleValue() == 1;
    }
    if (raw instanceof CharSequence chars) {
      String text = chars.toString().strip().toLowerCase(Locale.ROOT);
      switch (text) {
        case "":
          return null;
        case "oui", "true", "1", "o", "yes":
          return Boolean.TRUE;
        case "non", "false", "0", "n", "no":
          return Boolean.FALSE;
        default:
          break;
      }
    }
    throw new InvalidInputException(MESSAGES.message("opendata.yesno"));
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /**
   * Writes the record with the 17 fields of {@link #FIELDS}, in that order: texts as strings, dates
   * as {@code YYYY-MM-DD}, whole numbers as {@link Integer} (or {@link Long} when larger), other
   * numbers as {@link Double}, {@code actif} as {@code "Oui"}/{@code "Non"}, absent values as null.
   * A withheld value is written as null.
   *
   * @return a new unmodifiable map; {@code fromRecord(toRecord())} equals this record whenever the
   *     result has no {@code n}, no interval, a status {@code INSUFFICIENT_SAMPLE} or {@code
   *     PUBLISHABLE}, and the period that {@link #periodOf} reads back
   */
  public Map<String, @Nullable Object> toRecord() {
    Map<String, @Nullable Object> out = new LinkedHashMap<>();
    out.put(CODE_SP_DU_RESULTAT, resultCode);
    out.put(INTITULE_DU_RESEAU, network);
    out.put(TYPOLOGIE, typology);
    out.put(CODE_SP_STRUCTURE, result.structure().value());
    out.put(INTITULE_DE_LA_STRUCTURE, structureName);
    out.put(CODE_SP_DE_L_INDICATEUR, result.indicator().value());
    out.put(TITRE_ORIGINAL_DE_L_INDICATEUR, indicatorTitle);
    out.put(DATE_DE_DEBUT_DE_L_EVALUATION, result.period().start().toString());
    out.put(DUREE_DE_L_EVALUATION, evaluationDuration);
    out.put(FREQUENCE, frequencyLabel);
    out.put(VALEUR, jsonNumber(result.value()));
    out.put(VALEUR_ATTENDUE, jsonNumber(result.target()));
    out.put(SATISFAIT, jsonNumber(satisfiedShare));
    out.put(INSATISFAIT, jsonNumber(dissatisfiedShare));
    out.put(NE_SE_PRONONCE_PAS, jsonNumber(noOpinionShare));
    LocalDate updatedOn = result.updatedOn();
    out.put(DATE_DE_MISE_A_JOUR, updatedOn == null ? null : updatedOn.toString());
    out.put(ACTIF, active == null ? null : active ? "Oui" : "Non");
    return Collections.unmodifiableMap(out);
  }

  private static @Nullable Number jsonNumber(@Nullable Double value) {
    if (value == null) {
      return null;
    }
    double v = value;
    if (v == Math.rint(v) && Math.abs(v) < 0x1p53) {
      long whole = (long) v;
      if (whole == (int) whole) {
        return (int) whole;
      }
      return whole;
    }
    return v;
  }
}
