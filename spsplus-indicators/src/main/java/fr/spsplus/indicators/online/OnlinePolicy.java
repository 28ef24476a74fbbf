package fr.spsplus.indicators.online;

import static fr.spsplus.indicators.online.OnlineAccumulator.MESSAGES;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.stats.PublicationPolicy;
import java.util.List;
import java.util.Objects;

/**
 * How the indicator "taux de qualité des démarches en ligne" is computed from "Je donne mon avis"
 * answers: the marks, the minimum number of answers per démarche, the threshold, and the
 * estimations.
 *
 * <ul>
 *   <li>{@code marks}: the mark out of ten of each answer {@code BAD}, {@code MEDIUM}, {@code GOOD}
 *       ({@link SurveyScale#JDMA_3}); default 0, 5 and 10, as the JDMA service averages them
 *       (anchors-systems.md §1.4 and metrics-perf.md §2.1 of the project's references).
 *   <li>{@code minAnswers}: a démarche with fewer valid answers is not rated but reported; default
 *       {@value #DEFAULT_MIN_ANSWERS}, a <strong>proposed default</strong> that mirrors the DINUM
 *       Observatoire, which shows "not enough reviews" below 100 reviews (anchors-systems.md §2.4);
 *       no SP+ minimum is public.
 *   <li>{@code threshold}: a démarche reaches the goal when its score is at least this value;
 *       default 8 out of 10, the official reading ("démarches dont la note de satisfaction est
 *       supérieure ou égale à 8/10", https://www.plus.transformation.gouv.fr/engagement/6).
 *   <li>{@code procedureEstimation}: interval and publication status of the share of démarches. The
 *       démarches rated are a census, not a sample, and each already rests on at least {@code
 *       minAnswers} answers, so the default shows the value from one rated démarche ({@link
 *       PublicationPolicy#of(long, long) PublicationPolicy.of(1, 1)}, Wilson 95 %): a
 *       <strong>proposed default</strong>.
 *   <li>{@code answerEstimation}: intervals of each démarche's score and publication status of the
 *       alternative reading by answers; {@link Estimation#defaults()}.
 * </ul>
 *
 * @param minAnswers the minimum number of valid answers of a rated démarche, at least 1
 * @param threshold the score a démarche must reach, from 0 to 10
 * @param marks the marks of {@code BAD}, {@code MEDIUM}, {@code GOOD}, each from 0 to 10
 * @param procedureEstimation the estimation of the share of démarches
 * @param answerEstimation the estimation of scores and of the share of answers
 */
public record OnlinePolicy(
    long minAnswers,
    double threshold,
    List<Double> marks,
    Estimation procedureEstimation,
    Estimation answerEstimation) {

  /** The proposed default minimum number of answers of a rated démarche: 100. */
  public static final long DEFAULT_MIN_ANSWERS = 100;

  /** The official threshold of a démarche's score: 8 out of 10. */
  public static final double DEFAULT_THRESHOLD = 8;

  private static final double OUT_OF_TEN = 10;

  private static final OnlinePolicy DEFAULTS =
      new OnlinePolicy(
          DEFAULT_MIN_ANSWERS,
          DEFAULT_THRESHOLD,
          List.of(0.0, 5.0, 10.0),
          Estimation.defaults().withPublication(PublicationPolicy.of(1, 1)),
          Estimation.defaults());

  /**
   * Checks the components and copies the marks.
   *
   * @throws InvalidInputException if {@code minAnswers < 1}, the threshold or a mark is outside [0,
   *     10], or there are not exactly three marks
   */
  public OnlinePolicy {
    Checks.requirePositive(minAnswers, "minAnswers");
    Checks.requireBetween(threshold, 0, OUT_OF_TEN, "threshold");
    Objects.requireNonNull(marks, "marks");
    Objects.requireNonNull(procedureEstimation, "procedureEstimation");
    Objects.requireNonNull(answerEstimation, "answerEstimation");
    int points = SurveyScale.JDMA_3.validPoints();
    if (marks.size() != points) {
      throw new InvalidInputException(
          MESSAGES.message("online.marks.size", "marks", points, marks.size()));
    }
    for (int i = 0; i < points; i++) {
      Double mark = Objects.requireNonNull(marks.get(i), "marks[]");
      Checks.requireBetween(mark, 0, OUT_OF_TEN, "marks[" + i + "]");
    }
    marks = List.copyOf(marks);
  }

  /**
   * Returns the defaults: at least 100 answers (proposed default), score at least 8/10 (official),
   * marks 0/5/10 (JDMA), every rated démarche shown.
   *
   * @return the default policy
   */
  public static OnlinePolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another minimum number of answers.
   *
   * @param minAnswers the minimum, at least 1
   * @return the new policy
   * @throws InvalidInputException if the minimum is below 1
   */
  public OnlinePolicy withMinAnswers(long minAnswers) {
    return new OnlinePolicy(minAnswers, threshold, marks, procedureEstimation, answerEstimation);
  }

  /**
   * Returns a copy with another threshold.
   *
   * @param threshold the score a démarche must reach, from 0 to 10
   * @return the new policy
   * @throws InvalidInputException if the threshold is outside [0, 10]
   */
  public OnlinePolicy withThreshold(double threshold) {
    return new OnlinePolicy(minAnswers, threshold, marks, procedureEstimation, answerEstimation);
  }

  /**
   * Returns a copy with other marks.
   *
   * @param bad the mark of {@code BAD}
   * @param medium the mark of {@code MEDIUM}
   * @param good the mark of {@code GOOD}
   * @return the new policy
   * @throws InvalidInputException if a mark is outside [0, 10]
   */
  public OnlinePolicy withMarks(double bad, double medium, double good) {
    return new OnlinePolicy(
        minAnswers, threshold, List.of(bad, medium, good), procedureEstimation, answerEstimation);
  }

  /**
   * Returns a copy with another estimation of the share of démarches.
   *
   * @param estimation the estimation
   * @return the new policy
   */
  public OnlinePolicy withProcedureEstimation(Estimation estimation) {
    return new OnlinePolicy(minAnswers, threshold, marks, estimation, answerEstimation);
  }

  /**
   * Returns a copy with another estimation of scores and of the share of answers.
   *
   * @param estimation the estimation
   * @return the new policy
   */
  public OnlinePolicy withAnswerEstimation(Estimation estimation) {
    return new OnlinePolicy(minAnswers, threshold, marks, procedureEstimation, estimation);
  }
}
