package fr.spsplus.indicators.survey;

import static fr.spsplus.indicators.survey.SurveyAccumulator.MESSAGES;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.indicators.Accumulator;
import fr.spsplus.indicators.Measurement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The perception indicators of a structure (or of every structure) over a period, from a stream of
 * {@link SurveyAnswer}s: one {@link SurveyAccumulator} per {@link SurveyQuestion}.
 *
 * <p>Indicators (dashboard numbers of the 2025 SP+ common dashboard): {@link
 * IndicatorCode#SATISFACTION_GLOBALE} (1), {@link IndicatorCode#SATISFACTION_DELAIS} (2), {@link
 * IndicatorCode#ACCESSIBILITE} (3), {@link IndicatorCode#EFFORT} (4), {@link
 * IndicatorCode#QUALITE_RELATION} (5) and {@link IndicatorCode#SATISFACTION_TELEPHONE} (7). Each is
 * the {@linkplain SurveyPolicy#topBox top-box rate} of its question under the question's {@link
 * SurveyPolicy} (DOMAIN.md §4.2; the questions' wordings and scales are proposed defaults, see
 * {@link PerceptionPolicy}); {@link #netRate(SurveyQuestion, ReportingPeriod)} gives the taux net
 * of any question. {@code NSP} answers are counted and reported as exclusions; a question with no
 * valid answer gives an undefined value, never an exception.
 *
 * <p>The accumulator does not assign answers to periods: the caller feeds the answers of one period
 * (their {@link SurveyAnswer#answeredAt()} turned into a local date in the structure's time zone)
 * and names the period when it measures. An accumulator created {@linkplain #of(StructureCode,
 * PerceptionPolicy) for a structure} rejects the answers about any other; one created {@linkplain
 * #of(PerceptionPolicy) for an aggregate} accepts every structure and measures with no structure.
 *
 * <p>Merging is exact for counts (see {@link SurveyAccumulator}). Mutable, not thread-safe.
 */
public final class PerceptionAccumulator implements Accumulator<PerceptionAccumulator> {

  private static final SurveyQuestion[] QUESTIONS = SurveyQuestion.values();

  private final PerceptionPolicy policy;
  private final @Nullable StructureCode structure;
  private final SurveyAccumulator[] byQuestion;

  private PerceptionAccumulator(PerceptionPolicy policy, @Nullable StructureCode structure) {
    this.policy = policy;
    this.structure = structure;
    this.byQuestion = new SurveyAccumulator[QUESTIONS.length];
    for (SurveyQuestion question : QUESTIONS) {
      byQuestion[question.ordinal()] =
          SurveyAccumulator.of(question, policy.policy(question).scale());
    }
  }

  /**
   * Returns an empty accumulator for an aggregate: answers about any structure, measurements with
   * no structure.
   *
   * @param policy the policy of each question
   * @return a new accumulator
   */
  public static PerceptionAccumulator of(PerceptionPolicy policy) {
    return new PerceptionAccumulator(Objects.requireNonNull(policy, "policy"), null);
  }

  /**
   * Returns an empty accumulator for one structure.
   *
   * @param structure the structure; answers about another are rejected
   * @param policy the policy of each question
   * @return a new accumulator
   */
  public static PerceptionAccumulator of(StructureCode structure, PerceptionPolicy policy) {
    return new PerceptionAccumulator(
        Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(structure, "structure"));
  }

  /**
   * Returns the policy.
   *
   * @return the policy of each question
   */
  public PerceptionPolicy policy() {
    return policy;
  }

  /**
   * Returns the structure measured.
   *
   * @return the structure, or empty for an aggregate
   */
  public Optional<StructureCode> structure() {
    return Optional.ofNullable(structure);
  }

  /**
   * Counts one answer with its weight (1 when it has none).
   *
   * @param answer the answer, on the scale its question's policy names
   * @throws InvalidInputException if the answer is about another structure than the accumulator's,
   *     or on another scale than its question's policy (the state is unchanged)
   */
  public void accept(SurveyAnswer answer) {
    Objects.requireNonNull(answer, "answer");
    if (structure != null && !structure.equals(answer.structure())) {
      throw new InvalidInputException(
          MESSAGES.message("perception.structure.mismatch", "answer.structure"));
    }
    byQuestion[answer.question().ordinal()].accept(answer);
  }

  /**
   * Adds the answers counted by {@code other}, which is not changed.
   *
   * @param other an accumulator with the same policy and structure
   * @return this accumulator
   * @throws InvalidInputException if the policies or structures differ (the state is unchanged)
   */
  @Override
  public PerceptionAccumulator combine(PerceptionAccumulator other) {
    Objects.requireNonNull(other, "other");
    if (!policy.equals(other.policy) || !Objects.equals(structure, other.structure)) {
      throw new InvalidInputException(MESSAGES.message("perception.combine.mismatch"));
    }
    SurveyAccumulator[] merged = new SurveyAccumulator[byQuestion.length];
    for (int i = 0; i < merged.length; i++) {
      merged[i] = byQuestion[i].copy().combine(other.byQuestion[i]);
    }
    System.arraycopy(merged, 0, byQuestion, 0, merged.length);
    return this;
  }

  @Override
  public PerceptionAccumulator copy() {
    PerceptionAccumulator copy = new PerceptionAccumulator(policy, structure);
    for (int i = 0; i < byQuestion.length; i++) {
      copy.byQuestion[i] = byQuestion[i].copy();
    }
    return copy;
  }

  /**
   * Returns the number of answers accepted, every question and {@code NSP} included.
   *
   * @return the number of answers
   */
  @Override
  public long count() {
    long total = 0;
    for (SurveyAccumulator answers : byQuestion) {
      total += answers.count();
    }
    return total;
  }

  /**
   * Returns a copy of the answers to one question.
   *
   * @param question the question
   * @return an independent copy of its accumulator
   */
  public SurveyAccumulator answers(SurveyQuestion question) {
    return byQuestion[Objects.requireNonNull(question, "question").ordinal()].copy();
  }

  /**
   * Measures the indicator of one question: the top-box rate of its answers under its policy.
   *
   * @param question the question
   * @param period the period the answers belong to
   * @return the measurement of {@link SurveyQuestion#indicator()}, a proportion in [0, 1], or an
   *     undefined value without valid answers
   */
  public Measurement measure(SurveyQuestion question, ReportingPeriod period) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(period, "period");
    return policy
        .policy(question)
        .topBox(byQuestion[question.ordinal()], question.indicator(), structure, period);
  }

  /**
   * Measures the taux net {@code (satisfied − dissatisfied) ÷ valid answers} of one question, a
   * <strong>proposed default</strong> formula (see {@link SurveyPolicy#netRate}).
   *
   * @param question the question
   * @param period the period the answers belong to
   * @return the measurement, reported under {@link SurveyQuestion#indicator()}, a value in [−1, 1]
   */
  public Measurement netRate(SurveyQuestion question, ReportingPeriod period) {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(period, "period");
    return policy
        .policy(question)
        .netRate(byQuestion[question.ordinal()], question.indicator(), structure, period);
  }

  /**
   * Measures the five perception indicators and the post-call satisfaction, in the order of {@link
   * SurveyQuestion} (without the response rate: see {@link #telephone(ReportingPeriod, long)}).
   *
   * @param period the period the answers belong to
   * @return six measurements, one per question
   */
  public List<Measurement> measurements(ReportingPeriod period) {
    List<Measurement> all = new ArrayList<>(QUESTIONS.length);
    for (SurveyQuestion question : QUESTIONS) {
      all.add(measure(question, period));
    }
    return List.copyOf(all);
  }

  /**
   * Measures the post-call satisfaction ({@link IndicatorCode#SATISFACTION_TELEPHONE}) with its
   * response rate: responses (answers to {@link SurveyQuestion#TELEPHONE}, {@code NSP} included) ÷
   * calls answered by an agent.
   *
   * @param period the period the answers belong to
   * @param answeredCalls the calls answered by an agent in the same structure and period, for
   *     example the {@code ANSWERED_AGENT} count of the call accumulator
   * @return the satisfaction, whose parameters add {@code responses}, {@code answered_calls} and
   *     {@code response_rate}, and the response rate
   * @throws InvalidInputException if {@code answeredCalls} is negative or below the number of
   *     responses
   */
  public TelephoneSatisfaction telephone(ReportingPeriod period, long answeredCalls) {
    long responses = byQuestion[SurveyQuestion.TELEPHONE.ordinal()].count();
    ResponseRate rate = new ResponseRate(responses, answeredCalls);
    Measurement satisfaction = measure(SurveyQuestion.TELEPHONE, period);
    TreeMap<String, String> parameters = new TreeMap<>(satisfaction.parameters());
    parameters.put("responses", Long.toString(responses));
    parameters.put("answered_calls", Long.toString(answeredCalls));
    rate.rate().ifPresent(r -> parameters.put("response_rate", Double.toString(r)));
    Measurement withRate =
        new Measurement(
            satisfaction.indicator(),
            satisfaction.structure(),
            satisfaction.period(),
            satisfaction.value(),
            satisfaction.numerator(),
            satisfaction.denominator(),
            satisfaction.n(),
            satisfaction.status(),
            satisfaction.interval(),
            satisfaction.excluded(),
            parameters);
    return new TelephoneSatisfaction(withRate, rate);
  }

  @Override
  public String toString() {
    return "PerceptionAccumulator["
        + (structure == null ? "aggregate" : structure)
        + ", count="
        + count()
        + "]";
  }
}
