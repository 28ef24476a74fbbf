package fr.spsplus.core.indicator;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.period.Granularity;
import java.text.Normalizer;
import java.time.Period;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How often a result is measured or published: the field {@code frequence} of the open-data dataset
 * {@code export-resultats} ("Fréquence": annuelle, semestrielle, trimestrielle…, api.gouv.fr page
 * "API Résultats de qualité des services publics"; the real records write it in lower case, for
 * example {@code trimestrielle}).
 *
 * <p>{@link #parse(String)} and {@link #fromLabel(String)} are tolerant of the ways people write
 * these labels: case, accents, surrounding blanks, masculine or feminine, singular or plural
 * ({@code Annuel}, {@code ANNUELLES}), the noun ({@code trimestre}), the constant name, and the
 * common English words ({@code quarterly}). Ambiguous words such as "bimensuel" or "bisannuel" are
 * not guessed.
 */
public enum Frequency {
  /** Every day ("quotidienne", "journalière"). */
  QUOTIDIENNE("quotidienne", Period.ofDays(1), Granularity.DAY),
  /** Every week ("hebdomadaire"). */
  HEBDOMADAIRE("hebdomadaire", Period.ofDays(7), Granularity.ISO_WEEK),
  /** Every month ("mensuelle"). */
  MENSUELLE("mensuelle", Period.ofMonths(1), Granularity.MONTH),
  /** Every two months ("bimestrielle"). */
  BIMESTRIELLE("bimestrielle", Period.ofMonths(2), null),
  /** Every quarter ("trimestrielle"). */
  TRIMESTRIELLE("trimestrielle", Period.ofMonths(3), Granularity.QUARTER),
  /** Every half-year ("semestrielle"). */
  SEMESTRIELLE("semestrielle", Period.ofMonths(6), null),
  /** Every year ("annuelle"). */
  ANNUELLE("annuelle", Period.ofYears(1), Granularity.YEAR),
  /** Every two years ("biennale"). */
  BIENNALE("biennale", Period.ofYears(2), null),
  /** Over several years, without a fixed length ("pluriannuelle"). */
  PLURIANNUELLE("pluriannuelle", null, null),
  /** Measured continuously ("continue", "en continu", "temps réel"). */
  CONTINUE("continue", null, null),
  /** Measured once ("ponctuelle"). */
  PONCTUELLE("ponctuelle", null, null);

  private static final MessageBundle MESSAGES = MessageBundle.of(Frequency.class, "messages");
  private static final Map<String, Frequency> WORDS = words();

  private final String label;
  private final @org.jspecify.annotations.Nullable Period length;
  private final @org.jspecify.annotations.Nullable Granularity granularity;

  Frequency(
      String label,
      @org.jspecify.annotations.Nullable Period length,
      @org.jspecify.annotations.Nullable Granularity granularity) {
    this.label = label;
    this.length = length;
    this.granularity = granularity;
  }

  /**
   * Returns the label written by the open-data platform.
   *
   * @return the lower-case French label, for example {@code trimestrielle}
   */
  public String label() {
    return label;
  }

  /**
   * Returns the calendar length of one period at this frequency.
   *
   * @return one day, seven days, one, two, three or six months, one or two years; empty for {@link
   *     #PLURIANNUELLE}, {@link #CONTINUE} and {@link #PONCTUELLE}
   */
  public Optional<Period> length() {
    return Optional.ofNullable(length);
  }

  /**
   * Returns the granularity of the reporting periods at this frequency, when spsplus has one.
   *
   * @return {@code DAY}, {@code ISO_WEEK}, {@code MONTH}, {@code QUARTER} or {@code YEAR}; empty
   *     for the other frequencies
   */
  public Optional<Granularity> granularity() {
    return Optional.ofNullable(granularity);
  }

  /**
   * Reads a frequency label, tolerantly (see the class description).
   *
   * @param text the label, for example {@code trimestrielle}, {@code Annuel} or {@code MENSUELLE}
   * @return the frequency
   * @throws InvalidInputException if the label is not recognised (the message lists the labels)
   */
  public static Frequency parse(String text) {
    Objects.requireNonNull(text, "text");
    return fromLabel(text)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    MESSAGES.message(
                        "frequency.unknown",
                        String.join(
                            ", ", Arrays.stream(values()).map(Frequency::label).toList()))));
  }

  /**
   * Reads a frequency label, tolerantly, without failing.
   *
   * @param text the label
   * @return the frequency, or empty when the label is not recognised
   */
  public static Optional<Frequency> fromLabel(String text) {
    Objects.requireNonNull(text, "text");
    return Optional.ofNullable(WORDS.get(normalize(text)));
  }

  /**
   * Lower case, no accents, one space between words, and the last word reduced to a common stem for
   * gender and number: a final "s", then a final "e", then the doubled consonant of "-elle" or
   * "-enne" are removed ({@code annuelles}, {@code annuelle} and {@code annuel} give {@code
   * annuel}).
   */
  static String normalize(String text) {
    String plain =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
    if (plain.endsWith("s")) {
      plain = plain.substring(0, plain.length() - 1);
    }
    if (plain.endsWith("e")) {
      plain = plain.substring(0, plain.length() - 1);
    }
    if (plain.endsWith("ll") || plain.endsWith("nn")) {
      plain = plain.substring(0, plain.length() - 1);
    }
    return plain;
  }

  private static Map<String, Frequency> words() {
    Map<String, Frequency> words = new HashMap<>();
    for (Frequency f : values()) {
      words.put(normalize(f.label), f);
      words.put(normalize(f.name()), f);
    }
    put(words, QUOTIDIENNE, "quotidien", "journalier", "journaliere", "jour", "daily", "day");
    put(words, HEBDOMADAIRE, "hebdo", "semaine", "weekly", "week");
    put(words, MENSUELLE, "mensuel", "mois", "monthly", "month");
    put(words, BIMESTRIELLE, "bimestriel", "bimestre");
    put(words, TRIMESTRIELLE, "trimestriel", "trimestre", "quarterly", "quarter");
    put(words, SEMESTRIELLE, "semestriel", "semestre", "half yearly", "semi annual", "semiannual");
    put(words, ANNUELLE, "annuel", "annee", "an", "annual", "yearly", "year");
    put(words, BIENNALE, "biennal", "biennial");
    put(words, PLURIANNUELLE, "pluriannuel", "multi annual", "multiannual");
    put(words, CONTINUE, "continu", "en continu", "temps reel", "continuous", "real time");
    put(words, PONCTUELLE, "ponctuel", "one off", "once");
    return Map.copyOf(words);
  }

  private static void put(Map<String, Frequency> words, Frequency f, String... aliases) {
    for (String alias : aliases) {
      words.put(normalize(alias), f);
    }
  }
}
