package fr.spsplus.indicators.online;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.request.ProcessedRequest;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.ScaleAnswer;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.indicators.Accumulator;
import fr.spsplus.indicators.Measurement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The indicator "taux de qualité des démarches en ligne" ({@link
 * IndicatorCode#QUALITE_DEMARCHES_EN_LIGNE}, dashboard indicator 9) from "Je donne mon avis"
 * answers, démarche by démarche.
 *
 * <p><strong>Formula</strong> (official reading,
 * https://www.plus.transformation.gouv.fr/engagement/6: the share of online démarches whose user
 * score is at least 8/10):
 *
 * <ol>
 *   <li>per démarche, the score out of ten is the mean mark of its valid answers, {@code (10·good +
 *       5·medium + 0·bad) ÷ (good + medium + bad)} with the default marks ({@link
 *       OnlinePolicy#marks()}); {@code NSP} answers are counted and in no score;
 *   <li>a démarche is <em>rated</em> when it has at least {@link OnlinePolicy#minAnswers()} valid
 *       answers (100 by default, a proposed default), and <em>reaches</em> the goal when it is
 *       rated and its score is at least the threshold (8 by default), decided exactly (the sum of
 *       the marks is compared with {@code threshold × answers} in decimal arithmetic, so a score of
 *       exactly 8.0 reaches it);
 *   <li>the indicator is {@code démarches reaching ÷ démarches rated}, a proportion in [0, 1].
 * </ol>
 *
 * <p>Démarches below the minimum are never silently dropped: {@link #belowMinimum()} lists them
 * with their counts, and the measurement reports their number as the exclusion {@value
 * #BELOW_MIN_ANSWERS}. {@link #measureByAnswers} gives the alternative reading "share of answers
 * whose mark is at least the threshold" (the share of {@code GOOD} answers with the default marks),
 * in case the DITP confirms it (metrics-perf.md §4, row 9).
 *
 * <p>Démarches are told apart by their exact name or code (no normalisation). The period is the
 * caller's: feed the answers of one period and name it when measuring. {@link #accept(String, int)}
 * allocates nothing once the démarche is known. Merging is exact (counts only). Mutable, not
 * thread-safe.
 */
public final class OnlineAccumulator implements Accumulator<OnlineAccumulator> {

  /** The exclusion reason of the démarches with too few answers: {@code BELOW_MIN_ANSWERS}. */
  public static final String BELOW_MIN_ANSWERS = "BELOW_MIN_ANSWERS";

  /** The exclusion reason of no-opinion answers (reading by answers): {@code NSP}. */
  public static final String NO_OPINION = SurveyScale.NSP;

  static final MessageBundle MESSAGES = MessageBundle.of(OnlineAccumulator.class, "messages");

  private static final SurveyScale SCALE = SurveyScale.JDMA_3;
  private static final int POINTS = SCALE.size();

  private final OnlinePolicy policy;
  private final HashMap<String, long[]> byProcedure = new HashMap<>();
  private long count;

  private OnlineAccumulator(OnlinePolicy policy) {
    this.policy = policy;
  }

  /**
   * Returns an empty accumulator.
   *
   * @param policy the policy
   * @return a new accumulator
   */
  public static OnlineAccumulator of(OnlinePolicy policy) {
    return new OnlineAccumulator(Objects.requireNonNull(policy, "policy"));
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public OnlinePolicy policy() {
    return policy;
  }

  /**
   * Counts one answer to a démarche. Allocation-free once the démarche is known.
   *
   * @param procedure the démarche: 1 to {@value ProcessedRequest#MAX_PROCEDURE_LENGTH} characters,
   *     not blank
   * @param pointIndex the point index on {@link SurveyScale#JDMA_3}: 0 {@code BAD}, 1 {@code
   *     MEDIUM}, 2 {@code GOOD}, 3 {@code NSP}
   * @throws InvalidInputException if the démarche is blank or too long, or the index is outside the
   *     scale (the state is unchanged)
   */
  public void accept(String procedure, int pointIndex) {
    Objects.requireNonNull(procedure, "procedure");
    Checks.requireBetween(pointIndex, 0, POINTS - 1, "pointIndex");
    long[] counts = byProcedure.get(procedure);
    if (counts == null) {
      Checks.requireNonBlank(procedure, "procedure");
      Checks.requireMaxLength(procedure, ProcessedRequest.MAX_PROCEDURE_LENGTH, "procedure");
      counts = new long[POINTS];
      byProcedure.put(procedure, counts);
    }
    counts[pointIndex]++;
    count++;
  }

  /**
   * Counts one answer to a démarche.
   *
   * @param procedure the démarche
   * @param answer the answer, on {@link SurveyScale#JDMA_3}
   * @throws InvalidInputException if the answer is on another scale, or the démarche is invalid
   *     (the state is unchanged)
   */
  public void accept(String procedure, ScaleAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    if (answer.scale() != SCALE) {
      throw new InvalidInputException(
          MESSAGES.message("online.scale", "answer.scale", answer.scale(), SCALE));
    }
    accept(procedure, answer.index());
  }

  /**
   * Adds the answers counted by {@code other}, which is not changed.
   *
   * @param other an accumulator with the same policy
   * @return this accumulator
   * @throws InvalidInputException if the policies differ, or a count would overflow (the state is
   *     unchanged)
   */
  @Override
  public OnlineAccumulator combine(OnlineAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (!policy.equals(other.policy)) {
      throw new InvalidInputException(MESSAGES.message("online.combine.mismatch"));
    }
    HashMap<String, long[]> merged = new HashMap<>();
    byProcedure.forEach((procedure, counts) -> merged.put(procedure, counts.clone()));
    other.byProcedure.forEach(
        (procedure, counts) ->
            merged.merge(
                procedure,
                counts.clone(),
                (mine, theirs) -> {
                  for (int i = 0; i < POINTS; i++) {
                    mine[i] = Math.addExact(mine[i], theirs[i]);
                  }
                  return mine;
                }));
    long total = Math.addExact(count, other.count);
    byProcedure.clear();
    byProcedure.putAll(merged);
    count = total;
    return this;
  }

  @Override
  public OnlineAccumulator copy() {
    OnlineAccumulator copy = new OnlineAccumulator(policy);
    byProcedure.forEach((procedure, counts) -> copy.byProcedure.put(procedure, counts.clone()));
    copy.count = count;
    return copy;
  }

  /**
   * Returns the number of answers accepted, {@code NSP} included, every démarche together.
   *
   * @return the number of answers
   */
  @Override
  public long count() {
    return count;
  }

  /**
   * Returns the score of every démarche seen, rated or not.
   *
   * @return the scores, sorted by démarche
   */
  public List<ProcedureScore> procedures() {
    List<ProcedureScore> scores = new ArrayList<>(byProcedure.size());
    new TreeMap<>(byProcedure).forEach((procedure, counts) -> scores.add(score(procedure, counts)));
    return List.copyOf(scores);
  }

  /**
   * Returns the démarches with fewer valid answers than the minimum: reported, not rated.
   *
   * @return their scores and counts, sorted by démarche
   */
  public List<ProcedureScore> belowMinimum() {
    return procedures().stream().filter(score -> !score.rated()).toList();
  }

  /**
   * Returns the score of one démarche.
   *
   * @param procedure the démarche, exactly as its answers name it
   * @return the score, or empty when no answer names it
   */
  public Optional<ProcedureScore> procedure(String procedure) {
    long[] counts = byProcedure.get(Objects.requireNonNull(procedure, "procedure"));
    return counts == null ? Optional.empty() : Optional.of(score(procedure, counts));
  }

  private ProcedureScore score(String procedure, long[] counts) {
    long valid = counts[0] + counts[1] + counts[2];
    Double score = null;
    ConfidenceInterval interval = null;
    boolean rated = valid >= policy.minAnswers();
    boolean reached = false;
    if (valid > 0) {
      List<Double> marks = policy.marks();
      double low = Math.min(marks.get(0), Math.min(marks.get(1), marks.get(2)));
      double high = Math.max(marks.get(0), Math.max(marks.get(1), marks.get(2)));
      BigDecimal exactSum = BigDecimal.ZERO;
      double sum = 0;
      for (int i = 0; i < 3; i++) {
        exactSum =
            exactSum.add(new BigDecimal(marks.get(i)).multiply(BigDecimal.valueOf(counts[i])));
        sum += counts[i] * marks.get(i);
      }
      double mean = Math.min(high, Math.max(low, sum / valid));
      score = mean;
      if (valid > 1) {
        double squares = 0;
        for (int i = 0; i < 3; i++) {
          double deviation = marks.get(i) - mean;
          squares += counts[i] * deviation * deviation;
        }
        interval =
            policy
                .answerEstimation()
                .means()
                .estimate(mean, Math.sqrt(squares / (valid - 1)), valid)
                .map(
                    raw ->
                        new ConfidenceInterval(
                            raw.method(),
                            raw.confidence(),
                            Math.min(mean, Math.max(low, raw.low())),
                            Math.max(mean, Math.min(high, raw.high()))))
                .orElse(null);
      }
      BigDecimal needed = new BigDecimal(policy.threshold()).multiply(BigDecimal.valueOf(valid));
      reached = rated && exactSum.compareTo(needed) >= 0;
    }
    return new ProcedureScore(
        procedure, counts[0], counts[1], counts[2], counts[3], score, interval, rated, reached);
  }

  /**
   * Measures the indicator: démarches reaching the threshold ÷ démarches rated.
   *
   * @param structure the structure the démarches belong to, or {@code null} for an aggregate
   * @param period the period of the answers
   * @return a proportion in [0, 1] (numerator = démarches reaching, denominator = {@code n} =
   *     démarches rated), undefined when no démarche is rated; exclusion {@value
   *     #BELOW_MIN_ANSWERS} = démarches below the minimum; parameter {@code reading=PROCEDURES}
   */
  public Measurement measure(@Nullable StructureCode structure, ReportingPeriod period) {
    long rated = 0;
    long reached = 0;
    long below = 0;
    for (ProcedureScore score : procedures()) {
      if (score.rated()) {
        rated++;
        if (score.reached()) {
          reached++;
        }
      } else {
        below++;
      }
    }
    return policy
        .procedureEstimation()
        .proportion(
            IndicatorCode.QUALITE_DEMARCHES_EN_LIGNE,
            structure,
            period,
            reached,
            rated,
            Map.of(BELOW_MIN_ANSWERS, below),
            parameters("PROCEDURES"));
  }

  /**
   * Measures the alternative reading: valid answers whose mark is at least the threshold ÷ valid
   * answers, every démarche together (whatever its number of answers). With the default marks, the
   * share of {@code GOOD} answers.
   *
   * @param structure the structure the démarches belong to, or {@code null} for an aggregate
   * @param period the period of the answers
   * @return a proportion in [0, 1] ({@code n} = valid answers), with the {@link
   *     OnlinePolicy#answerEstimation()}; exclusion {@value #NO_OPINION}; parameter {@code
   *     reading=ANSWERS}
   */
  public Measurement measureByAnswers(@Nullable StructureCode structure, ReportingPeriod period) {
    long valid = 0;
    long high = 0;
    long noOpinion = 0;
    for (long[] counts : byProcedure.values()) {
      for (int i = 0; i < 3; i++) {
        valid += counts[i];
        if (policy.marks().get(i) >= policy.threshold()) {
          high += counts[i];
        }
      }
      noOpinion += counts[3];
    }
    return policy
        .answerEstimation()
        .proportion(
            IndicatorCode.QUALITE_DEMARCHES_EN_LIGNE,
            structure,
            period,
            high,
            valid,
            Map.of(NO_OPINION, noOpinion),
            parameters("ANSWERS"));
  }

  private Map<String, String> parameters(String reading) {
    StringJoiner marks = new StringJoiner(";");
    for (int i = 0; i < 3; i++) {
      marks.add(SCALE.code(i) + "=" + number(policy.marks().get(i)));
    }
    return Map.of(
        "reading", reading,
        "scale", SCALE.name(),
        "marks", marks.toString(),
        "threshold", number(policy.threshold()),
        "min_answers", Long.toString(policy.minAnswers()));
  }

  private static String number(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  @Override
  public String toString() {
    return "OnlineAccumulator[procedures=" + byProcedure.size() + ", count=" + count + "]";
  }
}
