package fr.spsplus.core.survey;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * An answer scale of a survey, and the facts a calculator needs about each of its points.
 *
 * <p><strong>Point indices.</strong> Every answer of a scale has a dense <em>point index</em>, from
 * 0 to {@link #size()} − 1, for counting histograms in a {@code long[size()]}: the valid points
 * come first, from the least to the most favourable ({@code TRES_INSATISFAIT} = 0 … {@code
 * TRES_SATISFAIT} = 3; {@code 0} = 0 … {@code 10} = 10 on the NPS scale), and the last index is
 * {@code NSP} ("ne se prononce pas", no opinion), which every scale accepts. A no-opinion answer is
 * counted but excluded from denominators ({@link #isNoOpinion(int)}).
 *
 * <p><strong>Boxes.</strong> Each scale has a default <em>top box</em>, the answers counted as
 * satisfied, and a default <em>bottom box</em>, the answers counted as dissatisfied (for the "taux
 * net" = satisfied − dissatisfied), as bit masks over point indices ({@link #defaultTopBoxMask()})
 * or as {@link PointSet}s. The sources of these defaults: Delouvrier barometer, 4 points, satisfied
 * = très + plutôt satisfait (https://github.com/etalab/barometre-resultats-documentation); NPS,
 * promoters 9–10 and detractors 0–6 (NPS is a registered trademark of Bain &amp; Company, Fred
 * Reichheld and Satmetrix); CES 2.0, share answering 5 to 7 (Dixon, Toman and DeLisi, <i>The
 * Effortless Experience</i>, 2013); "Je donne mon avis" (DINUM), marks good 10, medium 5, bad 0.
 * The 5-point and yes/no boxes, and the bottom boxes of CES and JDMA, are <strong>proposed
 * defaults</strong>.
 *
 * <p><strong>Reading answers.</strong> {@link #indexOf(String)} is tolerant: case, accents,
 * surrounding blanks, and spaces, hyphens or apostrophes instead of underscores are ignored ({@code
 * "Plutôt satisfait"} reads as {@code PLUTOT_SATISFAIT}); the Delouvrier wording {@code mécontent}
 * is read as {@code INSATISFAIT}; {@code NE_SE_PRONONCE_PAS} and {@code NE_SAIT_PAS} read as {@code
 * NSP}; {@code YES}/{@code NO} as {@code OUI}/{@code NON}. Numeric scales read decimal integers.
 */
public enum SurveyScale {
  /**
   * Four satisfaction points and NSP: {@code TRES_INSATISFAIT}, {@code PLUTOT_INSATISFAIT}, {@code
   * PLUTOT_SATISFAIT}, {@code TRES_SATISFAIT} (scores 1 to 4). Top box: the two satisfied points;
   * bottom box: the two dissatisfied ones.
   */
  FOUR_POINT(
      List.of("TRES_INSATISFAIT", "PLUTOT_INSATISFAIT", "PLUTOT_SATISFAIT", "TRES_SATISFAIT"),
      new double[] {1, 2, 3, 4},
      2,
      1),
  /**
   * Five satisfaction points and NSP: {@code TRES_INSATISFAIT}, {@code INSATISFAIT}, {@code
   * NEUTRE}, {@code SATISFAIT}, {@code TRES_SATISFAIT} (scores 1 to 5). Top box: the two satisfied
   * points; bottom box: the two dissatisfied ones; {@code NEUTRE} counts in the denominator only.
   */
  FIVE_POINT(
      List.of("TRES_INSATISFAIT", "INSATISFAIT", "NEUTRE", "SATISFAIT", "TRES_SATISFAIT"),
      new double[] {1, 2, 3, 4, 5},
      3,
      1),
  /**
   * The 0–10 recommendation scale of the Net Promoter Score, and NSP: codes {@code 0} to {@code
   * 10}. Top box: promoters 9–10; bottom box: detractors 0–6.
   */
  NPS_0_10(
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"),
      new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10},
      9,
      6),
  /**
   * The 1–7 agreement scale of the Customer Effort Score 2.0 ("the organisation made it easy for me
   * to handle my issue"), and NSP: codes {@code 1} to {@code 7}. Top box: 5 to 7; bottom box: 1 to
   * 3.
   */
  CES_1_7(List.of("1", "2", "3", "4", "5", "6", "7"), new double[] {1, 2, 3, 4, 5, 6, 7}, 4, 2),
  /**
   * The three levels of the "Je donne mon avis" button (DINUM), and NSP: {@code BAD} (mark 0),
   * {@code MEDIUM} (5), {@code GOOD} (10), the values of the JDMA service. Top box: {@code GOOD};
   * bottom box: {@code BAD}.
   */
  JDMA_3(List.of("BAD", "MEDIUM", "GOOD"), new double[] {0, 5, 10}, 2, 0),
  /**
   * Yes or no, and NSP: {@code NON} (score 0), {@code OUI} (1). Top box: {@code OUI}; bottom box:
   * {@code NON}.
   */
  YES_NO(List.of("NON", "OUI"), new double[] {0, 1}, 1, 0);

  /** The code of the no-opinion answer ("ne se prononce pas"), accepted by every scale. */
  public static final String NSP = "NSP";

  /** The largest {@link #size()} of any scale, for sizing shared histograms. */
  public static final int MAX_SIZE = 12;

  private static final MessageBundle MESSAGES = MessageBundle.of(SurveyScale.class, "messages");
  private static final Map<String, String> ALIASES =
      Map.ofEntries(
          Map.entry("NE_SE_PRONONCE_PAS", NSP),
          Map.entry("NE_SAIT_PAS", NSP),
          Map.entry("SANS_OPINION", NSP),
          Map.entry("YES", "OUI"),
          Map.entry("NO", "NON"),
          Map.entry("TRES_MECONTENT", "TRES_INSATISFAIT"),
          Map.entry("PLUTOT_MECONTENT", "PLUTOT_INSATISFAIT"),
          Map.entry("MECONTENT", "INSATISFAIT"),
          Map.entry("NI_SATISFAIT_NI_INSATISFAIT", "NEUTRE"));

  private final List<String> codes;
  private final double[] scores;
  private final int topBoxMask;
  private final int bottomBoxMask;
  private final Map<String, Integer> indices;

  SurveyScale(List<String> valid, double[] scores, int topFrom, int bottomTo) {
    this.codes = concat(valid);
    this.scores = scores;
    this.topBoxMask = ((1 << valid.size()) - 1) & ~((1 << topFrom) - 1);
    this.bottomBoxMask = (1 << (bottomTo + 1)) - 1;
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < codes.size(); i++) {
      map.put(codes.get(i), i);
    }
    this.indices = Map.copyOf(map);
  }

  private static List<String> concat(List<String> valid) {
    String[] all = valid.toArray(new String[valid.size() + 1]);
    all[valid.size()] = NSP;
    return List.of(all);
  }

  /**
   * Returns the number of points, the no-opinion point included.
   *
   * @return the size of a histogram over this scale's point indices
   */
  public int size() {
    return codes.size();
  }

  /**
   * Returns the number of valid points (the no-opinion point excluded).
   *
   * @return {@code size() - 1}
   */
  public int validPoints() {
    return codes.size() - 1;
  }

  /**
   * Returns the point index of the no-opinion answer {@code NSP}.
   *
   * @return {@code size() - 1}
   */
  public int noOpinionIndex() {
    return codes.size() - 1;
  }

  /**
   * Returns the codes of every point, by point index.
   *
   * @return an unmodifiable list of {@link #size()} codes, {@code NSP} last
   */
  public List<String> codes() {
    return codes;
  }

  /**
   * Returns the code of a point.
   *
   * @param index the point index
   * @return the code
   * @throws IndexOutOfBoundsException if the index is not in {@code 0..size()-1}
   */
  public String code(int index) {
    return codes.get(index);
  }

  /**
   * Tells whether a point is the no-opinion answer, which is counted but excluded from
   * denominators.
   *
   * @param index the point index
   * @return true for {@link #noOpinionIndex()}
   */
  public boolean isNoOpinion(int index) {
    return index == codes.size() - 1;
  }

  /**
   * Returns the numeric score of a point: 1 to 4 or 1 to 5 on the satisfaction scales, the mark on
   * NPS, CES and JDMA, 0 or 1 for no and yes.
   *
   * @param index the point index
   * @return the score, or {@link Double#NaN} for the no-opinion point
   * @throws IndexOutOfBoundsException if the index is not in {@code 0..size()-1}
   */
  public double score(int index) {
    Objects.checkIndex(index, codes.size());
    return index < scores.length ? scores[index] : Double.NaN;
  }

  /**
   * Returns the default top box as a bit mask: bit {@code i} is set when point index {@code i} is
   * counted as satisfied.
   *
   * @return the mask (never includes the no-opinion point)
   */
  public int defaultTopBoxMask() {
    return topBoxMask;
  }

  /**
   * Returns the default bottom box as a bit mask: bit {@code i} is set when point index {@code i}
   * is counted as dissatisfied.
   *
   * @return the mask (never includes the no-opinion point)
   */
  public int defaultBottomBoxMask() {
    return bottomBoxMask;
  }

  /**
   * Tells whether a point is in the default top box.
   *
   * @param index the point index
   * @return true if the answer counts as satisfied by default
   */
  public boolean isDefaultTopBox(int index) {
    return index >= 0 && index < 32 && (topBoxMask & (1 << index)) != 0;
  }

  /**
   * Returns the point index of an answer, read tolerantly (see the class description).
   *
   * @param answer the answer's code, for example {@code PLUTOT_SATISFAIT}, {@code 9} or {@code NSP}
   * @return the point index
   * @throws InvalidInputException if the answer is not a point of this scale (the message lists the
   *     accepted codes, not the answer)
   */
  public int indexOf(String answer) {
    OptionalInt index = find(answer);
    if (index.isEmpty()) {
      throw new InvalidInputException(
          MESSAGES.message("scale.answer.unknown", name(), String.join(", ", codes)));
    }
    return index.getAsInt();
  }

  /**
   * Returns the point index of a canonical code. {@link ScaleAnswer} stores the very {@code String}
   * instances of {@link #codes()}, so an identity scan over at most {@value #MAX_SIZE} entries
   * finds them without hashing; any other string falls back to {@link #indexOf(String)}.
   */
  int indexOfCanonical(String code) {
    for (int i = 0; i < codes.size(); i++) {
      if (codes.get(i) == code) {
        return i;
      }
    }
    return indexOf(code);
  }

  /**
   * Returns the point index of an answer, read tolerantly, without failing.
   *
   * @param answer the answer's code
   * @return the point index, or empty when the answer is not a point of this scale
   */
  public OptionalInt find(String answer) {
    Objects.requireNonNull(answer, "answer");
    Integer exact = indices.get(answer);
    if (exact != null) {
      return OptionalInt.of(exact);
    }
    String key = normalize(answer);
    if (key.matches("[0-9]{1,3}")) {
      key = Integer.toString(Integer.parseInt(key));
    }
    Integer index = indices.get(ALIASES.getOrDefault(key, key));
    return index == null ? OptionalInt.empty() : OptionalInt.of(index);
  }

  private static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z0-9]+", "_")
        .replaceAll("^_+|_+$", "");
  }
}
