package fr.spsplus.indicators.survey;

import static fr.spsplus.indicators.survey.SurveyAccumulator.MESSAGES;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.PointSet;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.stats.WeightedProportion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How the answers on one scale become rates, scores and their {@link Measurement}s: the top and
 * bottom boxes, the marks of the points, weighting, and the {@link Estimation} (interval and
 * publication thresholds).
 *
 * <p><strong>Formulas</strong> (see {@link SurveyStatistic}; {@code V} = valid answers, {@code NSP}
 * excluded and reported as exclusion {@code NSP}; {@code S} and {@code D} = answers in the top and
 * bottom boxes; {@code mᵢ} = mark of point {@code i}, {@code nᵢ} = its count):
 *
 * <ul>
 *   <li>rates ({@link #topBox top box}, {@link #cesShare CES share}, {@link #yesRate yes rate}):
 *       {@code S ÷ V}, a proportion in [0, 1], with the {@linkplain Estimation#proportions()
 *       binomial interval} (Wilson 95 % by default); the measurement's numerator is {@code S},
 *       denominator and {@code n} are {@code V};
 *   <li>{@link #netRate taux net} {@code (S − D) ÷ V} and {@link #nps NPS}: the mean of {@code y =
 *       +1} (top box), {@code −1} (bottom box) or {@code 0}, in [−1, 1], numerator {@code S − D}
 *       (negative when dissatisfied answers prevail);
 *   <li>means ({@link #mean}, {@link #cesMean CES 1–7}, {@link #jdmaScore JDMA /10}): {@code ȳ = Σ
 *       nᵢmᵢ ÷ V}, numerator {@code Σ nᵢmᵢ}, denominator {@code V};
 *   <li>every mean (net rates included) has the {@linkplain Estimation#means() normal interval}
 *       {@code ȳ ± z·s/√V} with {@code s² = Σ nᵢ(mᵢ − ȳ)² ÷ (V − 1)} computed from the exact
 *       histogram (so unweighted results do not depend on the order of the answers), clipped to the
 *       range of the marks (a mean cannot leave it); no interval below two answers.
 * </ul>
 *
 * <p><strong>Weighted variants</strong> ({@link #weighted()} true): every count is replaced by the
 * sum of the weights of the answers it counts ({@code Wᵢ}); the interval and the publication status
 * use the Kish effective sample size {@code n_eff = (Σw)² ÷ Σw²} (rounded down for the status),
 * through {@link Estimation#weightedProportion} for rates. For means, {@code ȳ_w = Σ Wᵢmᵢ ÷ Σ Wᵢ}
 * and {@code s² = [Σ Wᵢ(mᵢ − ȳ_w)² ÷ Σ Wᵢ] × n_eff ÷ (n_eff − 1)}, which reduces to the unweighted
 * formula when all weights are equal (a <strong>proposed default</strong>, metrics-perf.md §2.4 of
 * the project's references: Kish, https://www.krosstabs.com/learn/math/weight-wizard). Numerator
 * and denominator of a weighted measurement are weight sums; its {@code n} is {@code ⌊n_eff⌋}.
 *
 * <p><strong>Undefined values.</strong> With no valid answer (none at all, or only {@code NSP}) a
 * measurement has a {@code null} value, no interval and the status {@link
 * PublicationStatus#INSUFFICIENT_SAMPLE}, and still reports the {@code NSP} count: never an
 * exception.
 *
 * <p>Every measurement records its policy as parameters: {@code scale}, {@code statistic}, {@code
 * weighted}, and {@code top_box}, {@code bottom_box} (point codes joined by {@code +}) or {@code
 * marks} ({@code CODE=mark} joined by {@code ;}) as the statistic uses them, besides the
 * estimation's own.
 *
 * @param scale the scale of the answers
 * @param topBox the points counted as satisfied, on {@code scale}
 * @param bottomBox the points counted as dissatisfied (taux net), on {@code scale}, disjoint from
 *     {@code topBox}
 * @param marks the mark of each valid point, in point-index order ({@code scale.validPoints()}
 *     finite values), for {@link #mean} and {@link #jdmaScore}
 * @param weighted whether rates use the answers' weights (true) or count answers (false)
 * @param estimation the intervals and publication thresholds
 */
public record SurveyPolicy(
    SurveyScale scale,
    PointSet topBox,
    PointSet bottomBox,
    List<Double> marks,
    boolean weighted,
    Estimation estimation) {

  /** The highest mark of a score out of ten. */
  private static final double OUT_OF_TEN = 10;

  /**
   * Checks that the boxes and the marks belong to the scale, and copies the marks.
   *
   * @throws InvalidInputException if a box is on another scale, the boxes share a point, or the
   *     marks are not one finite value per valid point
   */
  public SurveyPolicy {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(topBox, "topBox");
    Objects.requireNonNull(bottomBox, "bottomBox");
    Objects.requireNonNull(marks, "marks");
    Objects.requireNonNull(estimation, "estimation");
    requireOn(scale, topBox, "topBox");
    requireOn(scale, bottomBox, "bottomBox");
    int common = topBox.mask() & bottomBox.mask();
    if (common != 0) {
      throw new InvalidInputException(
          MESSAGES.message("survey.policy.boxes.overlap", codes(scale, common)));
    }
    if (marks.size() != scale.validPoints()) {
      throw new InvalidInputException(
          MESSAGES.message("survey.policy.marks.size", scale.validPoints(), scale, marks.size()));
    }
    for (int i = 0; i < marks.size(); i++) {
      Double mark = Objects.requireNonNull(marks.get(i), "marks[]");
      Checks.requireBetween(mark, -Double.MAX_VALUE, Double.MAX_VALUE, "marks[" + i + "]");
    }
    marks = List.copyOf(marks);
  }

  private static void requireOn(SurveyScale scale, PointSet points, String field) {
    if (points.scale() != scale) {
      throw new InvalidInputException(
          MESSAGES.message("survey.scale.mismatch", field + ".scale", points.scale(), scale));
    }
  }

  /**
   * Returns the defaults of a scale: its default top and bottom boxes ({@link
   * PointSet#defaultTopBox}), its scores as marks ({@link SurveyScale#score(int)}: 1–4, 1–5, 0–10,
   * 1–7, JDMA 0/5/10, no/yes 0/1), unweighted, {@link Estimation#defaults()}.
   *
   * @param scale the scale
   * @return the policy
   */
  public static SurveyPolicy defaults(SurveyScale scale) {
    Objects.requireNonNull(scale, "scale");
    List<Double> scores = new ArrayList<>(scale.validPoints());
    for (int i = 0; i < scale.validPoints(); i++) {
      scores.add(scale.score(i));
    }
    return new SurveyPolicy(
        scale,
        PointSet.defaultTopBox(scale),
        PointSet.defaultBottomBox(scale),
        scores,
        false,
        Estimation.defaults());
  }

  /**
   * Returns a copy with another top box.
   *
   * @param points the points counted as satisfied, on the same scale
   * @return the new policy
   * @throws InvalidInputException if the set is on another scale or meets the bottom box
   */
  public SurveyPolicy withTopBox(PointSet points) {
    return new SurveyPolicy(scale, points, bottomBox, marks, weighted, estimation);
  }

  /**
   * Returns a copy with another bottom box.
   *
   * @param points the points counted as dissatisfied, on the same scale
   * @return the new policy
   * @throws InvalidInputException if the set is on another scale or meets the top box
   */
  public SurveyPolicy withBottomBox(PointSet points) {
    return new SurveyPolicy(scale, topBox, points, marks, weighted, estimation);
  }

  /**
   * Returns a copy with other marks.
   *
   * @param marks one finite mark per valid point, in point-index order (for {@link
   *     SurveyScale#JDMA_3}: bad, medium, good)
   * @return the new policy
   * @throws InvalidInputException if the number of marks is not {@code scale().validPoints()} or a
   *     mark is not finite
   */
  public SurveyPolicy withMarks(double... marks) {
    List<Double> list = new ArrayList<>(marks.length);
    for (double mark : marks) {
      list.add(mark);
    }
    return new SurveyPolicy(scale, topBox, bottomBox, list, weighted, estimation);
  }

  /**
   * Returns a copy that weights answers, or not.
   *
   * @param weighted true to use the answers' weights and the Kish effective sample size
   * @return the new policy
   */
  public SurveyPolicy withWeights(boolean weighted) {
    return new SurveyPolicy(scale, topBox, bottomBox, marks, weighted, estimation);
  }

  /**
   * Returns a copy with another estimation.
   *
   * @param estimation the intervals and publication thresholds
   * @return the new policy
   */
  public SurveyPolicy withEstimation(Estimation estimation) {
    return new SurveyPolicy(scale, topBox, bottomBox, marks, weighted, estimation);
  }

  // ---------------------------------------------------------------------------------------------
  // Measurements

  /**
   * Measures one statistic; dispatches to the method of the same name.
   *
   * @param statistic the statistic
   * @param answers the answers, on {@link #scale()}
   * @param indicator the indicator the measurement is reported under
   * @param structure the structure, or {@code null} for an aggregate
   * @param period the period
   * @return the measurement
   * @throws InvalidInputException if the answers are on another scale, or the statistic requires
   *     another scale ({@link SurveyStatistic#requiredScale()})
   */
  public Measurement measure(
      SurveyStatistic statistic,
      SurveyAccumulator answers,
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period) {
    Objects.requireNonNull(statistic, "statistic");
    return switch (statistic) {
      case TOP_BOX -> topBox(answers, indicator, structure, period);
      case NET_RATE -> netRate(answers, indicator, structure, period);
      case NPS -> nps(answers, indicator, structure, period);
      case MEAN -> mean(answers, indicator, structure, period);
      case CES_MEAN -> cesMean(answers, indicator, structure, period);
      case CES_SHARE -> cesShare(answers, indicator, structure, period);
      case JDMA_SCORE -> jdmaScore(answers, indicator, structure, period);
      case YES_RATE -> yesRate(answers, indicator, structure, period);
    };
  }

  /**
   * Measures the top-box rate {@code S ÷ V} with {@link #topBox()}: the satisfaction rate of the
   * perception indicators (top-2 of the 4-point scale by default).
   *
   * @param answers the answers, on {@link #scale()}
   * @param indicator the indicator the measurement is reported under
   * @param structure the structure, or {@code null} for an aggregate
   * @param period the period
   * @return a proportion in [0, 1]; undefined ({@code null}) without valid answers
   * @throws InvalidInputException if the answers are on another scale
   */
  public Measurement topBox(
      SurveyAccumulator answers,
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period) {
    requireScale(answers, SurveyStatistic.TOP_BOX);
    return proportion(
        SurveyStatistic.TOP_BOX, answers, topBox.mask(), indicator, structure, period);
  }

  /**
   * Measures the taux net {@code (S − D) ÷ V} with {@link #topBox()} and {@link #bottomBox()}: a
   * <strong>proposed default</strong> formula (satisfied minus dissatisfied over valid answers,
   * neutral answers in the denominator; metrics-perf.md §2.1), since the SP+ formula of the
   * published "taux net" is not public (https://www.plus.transformation.gouv.fr/engagement/6).
   *
   * @param answers the answers, on {@link #scale()}
   * @param indicator the indicator the measurement is reported under
   * @param structure the structure, or {@code null} for an aggregate
   * @param period the period
   * @return a value in [−1, 1], numerator {@code S − D}; undefined without valid answers
   * @throws InvalidInputException if the answers are on another scale
   */
  public Measurement netRate(
      SurveyAccumulator answers,
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period) {
    requireScale(answers, SurveyStatistic.NET_RATE);
    return net(
        SurveyStatistic.NET_RATE,
        answers,
        topBox.mask(),
        bottomBox.mask(),
        indicator,
        structure,
        period);
  }

  /**
   * Measures the Net Promoter Score: {@code (promoters 9–10 − detractors 0–6) ÷ V}, whatever the
   * policy's boxes (the boxes are part of the NPS definition). Sources: metrics-perf.md §2.1
   * (https://www.assembled.com/wfm-glossary/net-promotor-score-nps).
   *
   * @param answers the answers, on {@link SurveyScale#NPS_0_10}
   * @param indicator the indicator the measurement is reported under
   * @param structure the structure, or {@code null} for an aggregate
   * @param period the period
   * @return a value in [−1, 1] (×100 for NPS points); undefined without valid answers
   * @throws InvalidInputException if the scale is not {@link SurveyScale#NPS_0_10}
   */
  public Measurement nps(
      SurveyAccumulator answers,
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period) {
    requireScale(answers, SurveyStatistic.NPS);
    SurveyScale nps = SurveyScale.NPS_0_10;
    return net(
        SurveyStatistic.NPS,
        answers,
        nps.defaultTopBoxMask(),
        nps.defaultBottomBoxMask(),
        indicator,
        structure,
        period);
  }

  /**
   * Measures the mean mark {@code Σ nᵢmᵢ ÷ V} with {@link #marks()}.
   *
   * @param answers the answers, on {@link #scale()}
   * @param indicator the indicator the measurement is reported under
   * @param structure the structure, or {@code null} for an aggregate
   * @param period the period
   * @return the mean, in the unit of the marks; undefined without valid answers
   * @throws InvalidInputException if the answers are on another scale
   */
  public Measurement mean(
      SurveyAccumulator answers,
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period) {
    requireScale(answers, SurveyStatistic.MEAN);
    return meanOf(SurveyStatistic.MEAN, answers, markArray(), indicator, structure, period);
  }

  /**
   * Measures the Customer Effort Score 2.0 as the mean of the 1–7 agreement (the scale's own
   * scores, whatever the policy's marks), with a normal interval. A higher value means less effort.
   * Source: metrics-perf.md §2.1 (Dixon, Toman and DeLisi, <i>The Effortless Experience</i>, 2013).
   *
   * @param answers the answers, on {@link SurveyScale#CES_1_7}
   * @param indicator the indicator the measurement is reported under
   * @param structure the structure, or {@code null} for an aggregate
   * @param period the period
   * @return the mean, from 1 to 7; undefined without valid answers
   * @throws InvalidInputException if the scale is not {@link SurveyScale#CES_1_7}
   */
  public Measurement cesMean(
      SurveyAccumulator answers,
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period) {
    requireScale(answers, SurveyStatistic.CES_MEAN);
    return meanOf(
        SurveyStatistic.CES_MEAN,
        answers,
        scores(SurveyScale.CES_1_7),
        indicator,
        structure,
        period);
  }

  /**
   * Measures the Customer Effort Score 2.0 as the share of answers 5 to 7 (whatever the policy's
   * top box). Source: metrics-perf.md §2.1.
   *
   * @param answers the answers, on {@link SurveyScale#CES_1_7}
   * @param indicator the indicator the measurement is reported under
   * @param structure the structure, or {@code null} for an aggregate
   * @param period the period
   * @return a proportion in [0, 1]; undefined without valid answers
   * @throws InvalidInputException if the scale is not {@link SurveyScale#CES_1_7}
   */
  public Measurement cesShare(
      SurveyAccumulator answers,
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period) {
    requireScale(answers, SurveyStatistic.CES_SHARE);
    return proportion(
        SurveyStatistic.CES_SHARE,
        answers,
        SurveyScale.CES_1_7.defaultTopBoxMask(),
        indicator,
        structure,
        period);
  }

  /**
   * Measures the "Je donne mon avis" score out of ten: the mean of the marks {@link #marks()} of
   * the answers bad, medium and good (10, 5 and 0 by default, as the JDMA service computes it;
   * anchors-systems.md §1.4 and metrics-perf.md §2.1 of the project's references).
   *
   * @param answers the answers, on {@link SurveyScale#JDMA_3}
   * @param indicator the indicator the measurement is reported under
   * @param structure the structure, or {@code null} for an aggregate
   * @param period the period
   * @return the score, from 0 to 10; undefined without valid answers
   * @throws InvalidInputException if the scale is not {@link SurveyScale#JDMA_3}, or a mark is
   *     outside [0, 10]
   */
  public Measurement jdmaScore(
      SurveyAccumulator answers,
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period) {
    requireScale(answers, SurveyStatistic.JDMA_SCORE);
    for (int i = 0; i < marks.size(); i++) {
      Checks.requireBetween(marks.get(i), 0, OUT_OF_TEN, "marks[" + i + "]");
    }
    return meanOf(SurveyStatistic.JDMA_SCORE, answers, markArray(), indicator, structure, period);
  }

  /**
   * Measures the share of {@code OUI} among the yes/no answers ({@code NSP} excluded), whatever the
   * policy's top box.
   *
   * @param answers the answers, on {@link SurveyScale#YES_NO}
   * @param indicator the indicator the measurement is reported under
   * @param structure the structure, or {@code null} for an aggregate
   * @param period the period
   * @return a proportion in [0, 1]; undefined without valid answers
   * @throws InvalidInputException if the scale is not {@link SurveyScale#YES_NO}
   */
  public Measurement yesRate(
      SurveyAccumulator answers,
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period) {
    requireScale(answers, SurveyStatistic.YES_RATE);
    return proportion(
        SurveyStatistic.YES_RATE,
        answers,
        SurveyScale.YES_NO.defaultTopBoxMask(),
        indicator,
        structure,
        period);
  }

  // ---------------------------------------------------------------------------------------------
  // Computation

  private void requireScale(SurveyAccumulator answers, SurveyStatistic statistic) {
    Objects.requireNonNull(answers, "answers");
    if (answers.scale() != scale) {
      throw new InvalidInputException(
          MESSAGES.message("survey.scale.mismatch", "answers.scale", answers.scale(), scale));
    }
    statistic
        .requiredScale()
        .filter(required -> required != scale)
        .ifPresent(
            required -> {
              throw new InvalidInputException(
                  MESSAGES.message("survey.statistic.scale", statistic, required, scale));
            });
  }

  private Measurement proportion(
      SurveyStatistic statistic,
      SurveyAccumulator answers,
      int mask,
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period) {
    Map<String, String> parameters = parameters(statistic);
    parameters.put("top_box", codes(scale, mask));
    Map<String, Long> excluded = excluded(answers);
    if (weighted) {
      return estimation.weightedProportion(
          indicator, structure, period, answers.weightedProportion(mask), excluded, parameters);
    }
    return estimation.proportion(
        indicator,
        structure,
        period,
        answers.countIn(mask),
        answers.validCount(),
        excluded,
        parameters);
  }

  private Measurement net(
      SurveyStatistic statistic,
      SurveyAccumulator answers,
      int topMask,
      int bottomMask,
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period) {
    double[] y = new double[scale.validPoints()];
    for (int i = 0; i < y.length; i++) {
      y[i] = (topMask & (1 << i)) != 0 ? 1 : (bottomMask & (1 << i)) != 0 ? -1 : 0;
    }
    Map<String, String> parameters = parameters(statistic);
    parameters.put("top_box", codes(scale, topMask));
    parameters.put("bottom_box", codes(scale, bottomMask));
    return meanOf(answers, y, parameters, indicator, structure, period);
  }

  private Measurement meanOf(
      SurveyStatistic statistic,
      SurveyAccumulator answers,
      double[] marksByPoint,
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period) {
    Map<String, String> parameters = parameters(statistic);
    parameters.put("marks", marksText(marksByPoint));
    return meanOf(answers, marksByPoint, parameters, indicator, structure, period);
  }

  /** The mean of the marks over the valid answers, from the histogram (or the weight sums). */
  private Measurement meanOf(
      SurveyAccumulator answers,
      double[] marksByPoint,
      Map<String, String> parameters,
      IndicatorCode indicator,
      @Nullable StructureCode structure,
      ReportingPeriod period) {
    long valid = answers.validCount();
    double low = Arrays.stream(marksByPoint).min().orElseThrow();
    double high = Arrays.stream(marksByPoint).max().orElseThrow();
    double total = 0; // Σ nᵢ or Σ Wᵢ
    double sum = 0; // Σ nᵢmᵢ or Σ Wᵢmᵢ
    for (int i = 0; i < marksByPoint.length; i++) {
      double size = weighted ? answers.sumOfWeights(i) : answers.count(i);
      total += size;
      sum += size * marksByPoint[i];
    }
    double sampleSize;
    if (weighted) {
      sampleSize =
          valid == 0
              ? 0
              : new WeightedProportion(valid, total, answers.sumOfSquaredWeights(), 0)
                  .effectiveSampleSize();
    } else {
      sampleSize = valid;
    }
    long n = (long) Math.floor(sampleSize);
    PublicationStatus status = estimation.publication().status(n);
    boolean shown = status.showsValue() && valid > 0;
    Double value = null;
    ConfidenceInterval interval = null;
    if (shown) {
      double mean = Math.min(high, Math.max(low, sum / total));
      value = mean;
      double squares = 0; // Σ nᵢ(mᵢ − ȳ)² or Σ Wᵢ(mᵢ − ȳ)²
      for (int i = 0; i < marksByPoint.length; i++) {
        double size = weighted ? answers.sumOfWeights(i) : answers.count(i);
        double deviation = marksByPoint[i] - mean;
        squares += size * deviation * deviation;
      }
      if (sampleSize > 1) {
        double variance =
            weighted ? squares / total * sampleSize / (sampleSize - 1) : squares / (sampleSize - 1);
        interval =
            estimation
                .means()
                .estimate(mean, Math.sqrt(variance), sampleSize)
                .map(raw -> clip(raw, mean, low, high))
                .orElse(null);
      }
    }
    TreeMap<String, String> all = new TreeMap<>(estimation.parameters());
    all.putAll(parameters);
    return new Measurement(
        indicator,
        structure,
        period,
        value,
        sum,
        total,
        n,
        status,
        interval,
        excluded(answers),
        all);
  }

  private static ConfidenceInterval clip(
      ConfidenceInterval raw, double mean, double low, double high) {
    double lower = Math.min(mean, Math.max(low, raw.low()));
    double upper = Math.max(mean, Math.min(high, raw.high()));
    return new ConfidenceInterval(raw.method(), raw.confidence(), lower, upper);
  }

  private static Map<String, Long> excluded(SurveyAccumulator answers) {
    return Map.of(SurveyAccumulator.NO_OPINION, answers.noOpinionCount());
  }

  private TreeMap<String, String> parameters(SurveyStatistic statistic) {
    TreeMap<String, String> parameters = new TreeMap<>();
    parameters.put("scale", scale.name());
    parameters.put("statistic", statistic.name());
    parameters.put("weighted", Boolean.toString(weighted));
    return parameters;
  }

  private double[] markArray() {
    double[] array = new double[marks.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = marks.get(i);
    }
    return array;
  }

  private static double[] scores(SurveyScale scale) {
    double[] array = new double[scale.validPoints()];
    for (int i = 0; i < array.length; i++) {
      array[i] = scale.score(i);
    }
    return array;
  }

  private String marksText(double[] marksByPoint) {
    StringJoiner joiner = new StringJoiner(";");
    for (int i = 0; i < marksByPoint.length; i++) {
      joiner.add(scale.code(i) + "=" + number(marksByPoint[i]));
    }
    return joiner.toString();
  }

  /** Writes a number without a useless {@code .0}: {@code 10}, {@code 7.5}. */
  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  /** The codes of the points of a mask, in point-index order, joined by {@code +}. */
  static String codes(SurveyScale scale, int mask) {
    StringJoiner joiner = new StringJoiner("+");
    for (int i = 0; i < scale.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        joiner.add(scale.code(i));
      }
    }
    return joiner.toString();
  }
}
