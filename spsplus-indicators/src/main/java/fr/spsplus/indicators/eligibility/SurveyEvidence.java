package fr.spsplus.indicators.eligibility;

import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.survey.AgentSurvey;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.UserSurvey;
import fr.spsplus.indicators.stats.BinomialInterval;
import fr.spsplus.indicators.stats.WeightedProportion;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * What the evaluation needs from a survey: its number of respondents, its score (percent) and the
 * effective sample size of its interval.
 *
 * <p>The score is treated as a proportion of respondents: the interval is the one of {@code p̂ =
 * score ÷ 100} over {@code n_eff} trials. For a survey known by its score, {@code n_eff} is the
 * number of respondents. For weighted raw answers, {@code n_eff} is the number of respondents
 * divided by the Kish design effect of the answers' weights, {@code deff = k·Σw² ÷ (Σw)²} over the
 * {@code k} answers that are not "ne se prononce pas" (1 when unweighted): weights widen the
 * interval as they would for a weighted proportion ({@link WeightedProportion}). A proposed
 * default: no official method is public.
 *
 * @param respondents the number of respondents, at least 1
 * @param score the score in percent, or null when no answer expresses an opinion
 * @param effectiveSize the effective sample size, from 1 to {@code respondents}
 */
record SurveyEvidence(long respondents, @Nullable Double score, double effectiveSize) {

  static @Nullable SurveyEvidence of(@Nullable UserSurvey survey) {
    if (survey == null) {
      return null;
    }
    double count = 0;
    double sum = 0;
    double sumOfSquares = 0;
    for (SurveyAnswer answer : survey.answers()) {
      if (!answer.answer().noOpinion()) {
        double weight = answer.effectiveWeight();
        count++;
        sum += weight;
        sumOfSquares += weight * weight;
      }
    }
    double designEffect = count == 0 ? 1 : Math.max(1, count * sumOfSquares / (sum * sum));
    return of(survey.n(), survey.effectiveScore(), survey.n() / designEffect);
  }

  static @Nullable SurveyEvidence of(@Nullable AgentSurvey survey) {
    if (survey == null) {
      return null;
    }
    return of(survey.n(), survey.effectiveScore(), survey.n());
  }

  private static SurveyEvidence of(long respondents, OptionalDouble score, double effectiveSize) {
    double size = Math.min(respondents, Math.max(1, effectiveSize));
    return new SurveyEvidence(respondents, score.isPresent() ? score.getAsDouble() : null, size);
  }

  /**
   * Returns the interval of the score, in percent.
   *
   * @param calculator the method and level
   * @return the interval, bounds from 0 to 100
   */
  ConfidenceInterval interval(BinomialInterval calculator) {
    double proportion = score == null ? 0 : score / 100;
    WeightedProportion sums =
        new WeightedProportion(
            respondents, effectiveSize, effectiveSize, proportion * effectiveSize);
    ConfidenceInterval interval = calculator.estimate(sums).orElseThrow();
    return new ConfidenceInterval(
        interval.method(), interval.confidence(), interval.low() * 100, interval.high() * 100);
  }
}
