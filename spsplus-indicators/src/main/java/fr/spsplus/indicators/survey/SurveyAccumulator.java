package fr.spsplus.indicators.survey;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.survey.PointSet;
import fr.spsplus.core.survey.ScaleAnswer;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.indicators.Accumulator;
import fr.spsplus.indicators.stats.WeightedProportion;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answers to one survey question on one {@link SurveyScale}: an exact histogram by point index,
 * and the weight sums that weighted rates need.
 *
 * <p><strong>State.</strong> For every point index {@code i} of the scale (the no-opinion point
 * {@code NSP} included): the number of answers {@code nᵢ}, the sum of their weights {@code Wᵢ = Σw}
 * and the sum of their squared weights {@code Qᵢ = Σw²}. An unweighted answer has weight 1, as
 * {@link SurveyAnswer#effectiveWeight()} says, so that the weighted sums of unweighted answers are
 * the counts themselves (exactly, below 2⁵³ answers). Every rate of {@link SurveyPolicy} is
 * computed from this state, for any top box or marks chosen after the answers were counted.
 *
 * <p><strong>No opinion.</strong> {@code NSP} answers ("ne se prononce pas") are counted ({@link
 * #noOpinionCount()}) and reported as exclusions with reason {@value #NO_OPINION}, but they are in
 * no denominator: {@link #validCount()}, {@link #sumOfWeights()} and {@link #sumOfSquaredWeights()}
 * cover the valid points only (DOMAIN.md §4.2).
 *
 * <p><strong>Speed.</strong> {@link #accept(int)} and {@link #accept(int, double)} are
 * allocation-free: a bounds check and three array updates. {@link #accept(SurveyAnswer)} adds the
 * checks of scale and question.
 *
 * <p><strong>Merging.</strong> {@link #combine(SurveyAccumulator)} adds the histograms and the
 * sums. Counts merge exactly: split the answers in any way, accumulate the parts and combine them
 * in any order, and the counts and every unweighted rate are bit-for-bit those of one accumulator
 * fed everything. Weight sums are floating-point: merging in another order may change their last
 * bits (a relative difference of the order of {@code n × 2⁻⁵³}), and with them the last bits of
 * weighted rates. An invalid answer or weight is rejected with an {@link InvalidInputException}
 * before any field changes.
 *
 * <p>Mutable and not thread-safe: give each thread its own accumulator and combine them.
 */
public final class SurveyAccumulator implements Accumulator<SurveyAccumulator> {

  /** The exclusion reason of no-opinion answers, as reported in measurements: {@code NSP}. */
  public static final String NO_OPINION = SurveyScale.NSP;

  static final MessageBundle MESSAGES = MessageBundle.of(SurveyAccumulator.class, "messages");

  private final SurveyScale scale;
  private final @Nullable SurveyQuestion question;
  private final long[] counts;
  private final double[] weights;
  private final double[] squaredWeights;
  private long count;

  private SurveyAccumulator(SurveyScale scale, @Nullable SurveyQuestion question) {
    this.scale = scale;
    this.question = question;
    this.counts = new long[scale.size()];
    this.weights = new double[scale.size()];
    this.squaredWeights = new double[scale.size()];
  }

  /**
   * Returns an empty accumulator of answers on a scale, whatever the question.
   *
   * @param scale the scale
   * @return a new accumulator
   */
  public static SurveyAccumulator on(SurveyScale scale) {
    return new SurveyAccumulator(Objects.requireNonNull(scale, "scale"), null);
  }

  /**
   * Returns an empty accumulator of the answers to one question on its {@linkplain
   * SurveyQuestion#defaultScale() default scale}.
   *
   * @param question the question
   * @return a new accumulator
   */
  public static SurveyAccumulator of(SurveyQuestion question) {
    Objects.requireNonNull(question, "question");
    return new SurveyAccumulator(question.defaultScale(), question);
  }

  /**
   * Returns an empty accumulator of the answers to one question on a given scale.
   *
   * @param question the question
   * @param scale the scale its answers are on
   * @return a new accumulator
   */
  public static SurveyAccumulator of(SurveyQuestion question, SurveyScale scale) {
    return new SurveyAccumulator(
        Objects.requireNonNull(scale, "scale"), Objects.requireNonNull(question, "question"));
  }

  /**
   * Returns the scale of the answers.
   *
   * @return the scale
   */
  public SurveyScale scale() {
    return scale;
  }

  /**
   * Returns the question the accumulator is bound to.
   *
   * @return the question, or empty when answers to any question are accepted
   */
  public Optional<SurveyQuestion> question() {
    return Optional.ofNullable(question);
  }

  /**
   * Counts one unweighted answer (weight 1). Allocation-free.
   *
   * @param pointIndex the point index on the scale, {@code 0..scale().size()-1}; {@link
   *     SurveyScale#noOpinionIndex()} for {@code NSP}
   * @throws InvalidInputException if the index is outside the scale (the state is unchanged)
   */
  public void accept(int pointIndex) {
    Checks.requireBetween(pointIndex, 0, counts.length - 1, "pointIndex");
    counts[pointIndex]++;
    weights[pointIndex] += 1.0;
    squaredWeights[pointIndex] += 1.0;
    count++;
  }

  /**
   * Counts one weighted answer. Allocation-free.
   *
   * @param pointIndex the point index on the scale, {@code 0..scale().size()-1}
   * @param weight the survey weight (redressement), finite and strictly positive
   * @throws InvalidInputException if the index is outside the scale, or the weight is zero,
   *     negative, infinite or NaN (the state is unchanged)
   */
  public void accept(int pointIndex, double weight) {
    Checks.requirePositive(weight, "weight");
    Checks.requireBetween(pointIndex, 0, counts.length - 1, "pointIndex");
    counts[pointIndex]++;
    weights[pointIndex] += weight;
    squaredWeights[pointIndex] += weight * weight;
    count++;
  }

  /**
   * Counts one unweighted answer given as a scale answer.
   *
   * @param answer the answer, on {@link #scale()}
   * @throws InvalidInputException if the answer is on another scale (the state is unchanged)
   */
  public void accept(ScaleAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    requireScale(answer.scale(), "answer.scale");
    accept(answer.index());
  }

  /**
   * Counts one answer of a survey, with its {@linkplain SurveyAnswer#effectiveWeight() weight} (1
   * when the answer carries none).
   *
   * @param answer the answer
   * @throws InvalidInputException if the answer is to another question than the one this
   *     accumulator is bound to, or on another scale (the state is unchanged)
   */
  public void accept(SurveyAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    if (question != null && answer.question() != question) {
      throw new InvalidInputException(
          MESSAGES.message(
              "survey.question.mismatch", "answer.question", answer.question(), question));
    }
    requireScale(answer.answer().scale(), "answer.answer.scale");
    accept(answer.answer().index(), answer.effectiveWeight());
  }

  private void requireScale(SurveyScale other, String field) {
    if (other != scale) {
      throw new InvalidInputException(
          MESSAGES.message("survey.scale.mismatch", field, other, scale));
    }
  }

  /**
   * Adds the answers counted by {@code other}, which is not changed.
   *
   * @param other answers on the same scale, to the same question (or both unbound)
   * @return this accumulator
   * @throws InvalidInputException if the scales or questions differ, or a count would overflow (the
   *     state is unchanged)
   */
  @Override
  public SurveyAccumulator combine(SurveyAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (other.scale != scale || other.question != question) {
      throw new InvalidInputException(
          MESSAGES.message(
              "survey.combine.mismatch",
              scale,
              String.valueOf(question),
              other.scale,
              String.valueOf(other.question)));
    }
    long[] sums = new long[counts.length];
    for (int i = 0; i < sums.length; i++) {
      sums[i] = Math.addExact(counts[i], other.counts[i]);
    }
    long total = Math.addExact(count, other.count);
    for (int i = 0; i < sums.length; i++) {
      weights[i] += other.weights[i];
      squaredWeights[i] += other.squaredWeights[i];
    }
    System.arraycopy(sums, 0, counts, 0, sums.length);
    count = total;
    return this;
  }

  @Override
  public SurveyAccumulator copy() {
    SurveyAccumulator copy = new SurveyAccumulator(scale, question);
    System.arraycopy(counts, 0, copy.counts, 0, counts.length);
    System.arraycopy(weights, 0, copy.weights, 0, weights.length);
    System.arraycopy(squaredWeights, 0, copy.squaredWeights, 0, squaredWeights.length);
    copy.count = count;
    return copy;
  }

  /**
   * Returns the number of answers accepted, {@code NSP} included.
   *
   * @return the number of answers
   */
  @Override
  public long count() {
    return count;
  }

  /**
   * Returns the number of answers at one point.
   *
   * @param pointIndex the point index, {@code 0..scale().size()-1}
   * @return {@code nᵢ}
   * @throws IndexOutOfBoundsException if the index is outside the scale
   */
  public long count(int pointIndex) {
    return counts[Objects.checkIndex(pointIndex, counts.length)];
  }

  /**
   * Returns the number of answers in a set of points.
   *
   * @param points points of {@link #scale()}
   * @return {@code Σ nᵢ} over the points of the set
   * @throws InvalidInputException if the set is on another scale
   */
  public long count(PointSet points) {
    return countIn(maskOf(points));
  }

  long countIn(int mask) {
    long sum = 0;
    for (int i = 0; i < counts.length; i++) {
      if ((mask & (1 << i)) != 0) {
        sum += counts[i];
      }
    }
    return sum;
  }

  /**
   * Returns the number of valid answers: every answer but {@code NSP}. The denominator of every
   * unweighted rate.
   *
   * @return {@code count() - noOpinionCount()}
   */
  public long validCount() {
    return count - counts[scale.noOpinionIndex()];
  }

  /**
   * Returns the number of no-opinion answers ({@code NSP}), excluded from denominators.
   *
   * @return the count of {@code NSP}
   */
  public long noOpinionCount() {
    return counts[scale.noOpinionIndex()];
  }

  /**
   * Returns the sum of the weights of the answers at one point.
   *
   * @param pointIndex the point index, {@code 0..scale().size()-1}
   * @return {@code Wᵢ = Σw}; equal to the count for unweighted answers
   * @throws IndexOutOfBoundsException if the index is outside the scale
   */
  public double sumOfWeights(int pointIndex) {
    return weights[Objects.checkIndex(pointIndex, weights.length)];
  }

  /**
   * Returns the sum of the squared weights of the answers at one point.
   *
   * @param pointIndex the point index, {@code 0..scale().size()-1}
   * @return {@code Qᵢ = Σw²}; equal to the count for unweighted answers
   * @throws IndexOutOfBoundsException if the index is outside the scale
   */
  public double sumOfSquaredWeights(int pointIndex) {
    return squaredWeights[Objects.checkIndex(pointIndex, squaredWeights.length)];
  }

  /**
   * Rebuilds an accumulator of answers on a scale, bound to no question, from its per-point state
   * ({@link #histogram()}, {@link #sumOfWeights(int)}, {@link #sumOfSquaredWeights(int)}), for
   * example after storage or transport between processes (spsplus-spark encodes it as bytes). Its
   * measurements, histogram, sums and merges are those of the original accumulator.
   *
   * <p>Checked point by point: one entry per point of the scale ({@code NSP} last), counts not
   * negative and adding up to at most {@link Long#MAX_VALUE}, sums finite and not negative, zero
   * sums for a point without answers and positive sums otherwise.
   *
   * @param scale the scale
   * @param counts the number of answers by point index {@code nᵢ}
   * @param weightSums the sums of their weights {@code Wᵢ}
   * @param squaredWeightSums the sums of their squared weights {@code Qᵢ}
   * @return a new accumulator; the arrays are copied
   * @throws InvalidInputException if an array has the wrong length or a point is inconsistent
   */
  public static SurveyAccumulator fromSums(
      SurveyScale scale, long[] counts, double[] weightSums, double[] squaredWeightSums) {
    Objects.requireNonNull(scale, "scale");
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(weightSums, "weightSums");
    Objects.requireNonNull(squaredWeightSums, "squaredWeightSums");
    int size = scale.size();
    if (counts.length != size || weightSums.length != size || squaredWeightSums.length != size) {
      throw new InvalidInputException(
          MESSAGES.message(
              "survey.sums.length",
              scale,
              size,
              counts.length,
              weightSums.length,
              squaredWeightSums.length));
    }
    long total = 0;
    for (int i = 0; i < size; i++) {
      long n = counts[i];
      double w = weightSums[i];
      double q = squaredWeightSums[i];
      boolean finite = Double.isFinite(w) && Double.isFinite(q);
      boolean consistent = n == 0 ? w == 0 && q == 0 : n > 0 && w > 0 && q > 0;
      total += Math.max(n, 0);
      if (!finite || !consistent || total < 0) {
        throw new InvalidInputException(MESSAGES.message("survey.sums.point", scale.code(i)));
      }
    }
    SurveyAccumulator state = new SurveyAccumulator(scale, null);
    System.arraycopy(counts, 0, state.counts, 0, size);
    System.arraycopy(weightSums, 0, state.weights, 0, size);
    System.arraycopy(squaredWeightSums, 0, state.squaredWeights, 0, size);
    state.count = total;
    return state;
  }

  /**
   * Returns the sum of the weights of the valid answers ({@code NSP} excluded): the denominator of
   * every weighted rate. Summed in point-index order.
   *
   * @return {@code Σ Wᵢ} over the valid points
   */
  public double sumOfWeights() {
    double sum = 0;
    for (int i = 0; i < scale.validPoints(); i++) {
      sum += weights[i];
    }
    return sum;
  }

  /**
   * Returns the sum of the squared weights of the valid answers ({@code NSP} excluded), for the
   * Kish effective sample size {@code (Σw)² / Σw²}.
   *
   * @return {@code Σ Qᵢ} over the valid points
   */
  public double sumOfSquaredWeights() {
    double sum = 0;
    for (int i = 0; i < scale.validPoints(); i++) {
      sum += squaredWeights[i];
    }
    return sum;
  }

  /**
   * Returns the weighted proportion of a set of points among the valid answers: the state that
   * {@link fr.spsplus.indicators.Estimation#weightedProportion} measures, with the Kish effective
   * sample size.
   *
   * @param points the "success" points, on {@link #scale()}
   * @return count = valid answers, {@code Σw}, {@code Σw²} and {@code Σw·y} with {@code y = 1} for
   *     the points of the set
   * @throws InvalidInputException if the set is on another scale
   */
  public WeightedProportion weightedProportion(PointSet points) {
    return weightedProportion(maskOf(points));
  }

  WeightedProportion weightedProportion(int mask) {
    long valid = validCount();
    if (valid == 0) {
      return WeightedProportion.empty();
    }
    double success = 0;
    for (int i = 0; i < scale.validPoints(); i++) {
      if ((mask & (1 << i)) != 0) {
        success += weights[i];
      }
    }
    return new WeightedProportion(valid, sumOfWeights(), sumOfSquaredWeights(), success);
  }

  /**
   * Returns the histogram: the number of answers by point index.
   *
   * @return a new array of {@code scale().size()} counts, {@code NSP} last
   */
  public long[] histogram() {
    return counts.clone();
  }

  private int maskOf(PointSet points) {
    Objects.requireNonNull(points, "points");
    requireScale(points.scale(), "points.scale");
    return points.mask();
  }

  @Override
  public String toString() {
    return "SurveyAccumulator["
        + scale
        + (question == null ? "" : ", " + question)
        + ", count="
        + count
        + "]";
  }
}
