package fr.spsplus.benchmarks.data;

import fr.spsplus.core.survey.ScaleAnswer;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.core.survey.SurveyScale;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Synthetic weighted answers to the five perception questions (satisfaction globale, délais,
 * accessibilité, effort, relation), on the default four-point scale plus "ne se prononce pas", held
 * as columns (question ordinal, point index, weight) and, on demand, as {@link SurveyAnswer}
 * objects.
 *
 * <p>Each question has its own share of satisfied answers, near the 2025 national barometer (63 %
 * to 71 %), and about 3 % of no-opinion answers. Weights are log-normal (σ = 0.5), as a raking
 * adjustment produces, between about 0.2 and 5.
 */
public final class SurveyData {

  /** The five questions of the perception indicators 1 to 5, in this order. */
  public static final List<SurveyQuestion> QUESTIONS =
      List.of(
          SurveyQuestion.SATISFACTION_GLOBALE,
          SurveyQuestion.DELAIS,
          SurveyQuestion.ACCESSIBILITE,
          SurveyQuestion.EFFORT,
          SurveyQuestion.RELATION);

  /** The scale of every answer. */
  public static final SurveyScale SCALE = SurveyScale.FOUR_POINT;

  private static final double[] SATISFIED = {0.69, 0.60, 0.66, 0.63, 0.71};

  private final Structures structures;
  private final byte[] questions;
  private final byte[] points;
  private final double[] weights;
  private final short[] sites;
  private final long[] answeredAt;
  private @Nullable List<SurveyAnswer> answers;

  private SurveyData(
      Structures structures,
      byte[] questions,
      byte[] points,
      double[] weights,
      short[] sites,
      long[] answeredAt) {
    this.structures = structures;
    this.questions = questions;
    this.points = points;
    this.weights = weights;
    this.sites = sites;
    this.answeredAt = answeredAt;
  }

  /**
   * Generates the answers.
   *
   * @param count the number of answers
   * @param seed the seed
   * @param structures the sites answered about
   * @return the answers, as columns
   */
  public static SurveyData generate(int count, long seed, Structures structures) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] questions = new byte[count];
    byte[] points = new byte[count];
    double[] weights = new double[count];
    short[] sites = new short[count];
    long[] answeredAt = new long[count];
    long start =
        CallData.QUARTER
            .startInstant(fr.spsplus.core.period.ReportingPeriod.DEFAULT_ZONE)
            .getEpochSecond();
    for (int i = 0; i < count; i++) {
      int q = random.nextInt(QUESTIONS.size());
      double u = random.nextDouble();
      int point;
      if (u < 0.03) {
        point = SCALE.noOpinionIndex();
      } else if (u < 0.03 + 0.97 * SATISFIED[q]) {
        point = random.nextDouble() < 0.45 ? 3 : 2;
      } else {
        point = random.nextDouble() < 0.6 ? 1 : 0;
      }
      questions[i] = (byte) QUESTIONS.get(q).ordinal();
      points[i] = (byte) point;
      weights[i] = Math.exp(random.nextGaussian() * 0.5);
      sites[i] = (short) random.nextInt(structures.siteCount());
      answeredAt[i] = start + random.nextInt(89 * 86_400);
    }
    return new SurveyData(structures, questions, points, weights, sites, answeredAt);
  }

  /**
   * Returns the number of answers.
   *
   * @return the number of answers
   */
  public int size() {
    return questions.length;
  }

  /**
   * Returns the question column: {@link SurveyQuestion#ordinal()} per answer (shared).
   *
   * @return the column
   */
  public byte[] questions() {
    return questions;
  }

  /**
   * Returns the point column: the index on {@link #SCALE} per answer, NSP included (shared).
   *
   * @return the column
   */
  public byte[] points() {
    return points;
  }

  /**
   * Returns the weight column (shared).
   *
   * @return the column
   */
  public double[] weights() {
    return weights;
  }

  /**
   * Returns the answers as objects, built on first use and kept.
   *
   * @return the answers, unmodifiable
   */
  public List<SurveyAnswer> answers() {
    List<SurveyAnswer> built = answers;
    if (built == null) {
      SurveyQuestion[] values = SurveyQuestion.values();
      ScaleAnswer[] scaleAnswers = new ScaleAnswer[SCALE.size()];
      for (int p = 0; p < scaleAnswers.length; p++) {
        scaleAnswers[p] = ScaleAnswer.ofIndex(SCALE, p);
      }
      List<SurveyAnswer> list = new ArrayList<>(questions.length);
      for (int i = 0; i < questions.length; i++) {
        list.add(
            new SurveyAnswer(
                "R" + i,
                structures.site(sites[i]),
                Instant.ofEpochSecond(answeredAt[i]),
                values[questions[i]],
                scaleAnswers[points[i]],
                weights[i]));
      }
      built = Collections.unmodifiableList(list);
      answers = built;
    }
    return built;
  }
}
