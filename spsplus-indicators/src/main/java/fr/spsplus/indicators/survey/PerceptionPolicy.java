package fr.spsplus.indicators.survey;

import static fr.spsplus.indicators.survey.SurveyAccumulator.MESSAGES;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.indicators.Estimation;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link SurveyPolicy} of each question of the perception indicators (the five "ressenti"
 * indicators and the post-call satisfaction): its scale, top box, weighting and estimation.
 *
 * <p>{@link #defaults()} gives every question its {@linkplain SurveyQuestion#defaultScale() default
 * scale} (the 4-point satisfaction scale with {@code NSP}) and that scale's defaults: top-2 box,
 * unweighted, Wilson 95 %, publication thresholds 30/100. The wording and scale of every question
 * are <strong>proposed defaults</strong> (only the start of the global satisfaction question is
 * public, https://www.plus.transformation.gouv.fr/engagement/6); {@link #with(SurveyQuestion,
 * SurveyPolicy)} sets another, for example the CES 1–7 scale for {@link SurveyQuestion#EFFORT}
 * (whose default top box is then 5 to 7).
 *
 * @param questions the policy of every question, all six present
 */
public record PerceptionPolicy(Map<SurveyQuestion, SurveyPolicy> questions) {

  /**
   * Checks that every question has a policy, and copies the map.
   *
   * @throws InvalidInputException if a question has no policy
   */
  public PerceptionPolicy {
    Objects.requireNonNull(questions, "questions");
    EnumMap<SurveyQuestion, SurveyPolicy> copy = new EnumMap<>(SurveyQuestion.class);
    questions.forEach(
        (question, policy) ->
            copy.put(
                Objects.requireNonNull(question, "questions key"),
                Objects.requireNonNull(policy, "questions." + question)));
    for (SurveyQuestion question : SurveyQuestion.values()) {
      if (!copy.containsKey(question)) {
        throw new InvalidInputException(
            MESSAGES.message("perception.policy.missing", "questions", question));
      }
    }
    questions = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the defaults: each question on its default scale with that scale's {@link
   * SurveyPolicy#defaults(fr.spsplus.core.survey.SurveyScale) defaults}.
   *
   * @return the default policy
   */
  public static PerceptionPolicy defaults() {
    EnumMap<SurveyQuestion, SurveyPolicy> map = new EnumMap<>(SurveyQuestion.class);
    for (SurveyQuestion question : SurveyQuestion.values()) {
      map.put(question, SurveyPolicy.defaults(question.defaultScale()));
    }
    return new PerceptionPolicy(map);
  }

  /**
   * Returns the policy of a question.
   *
   * @param question the question
   * @return its policy
   */
  public SurveyPolicy policy(SurveyQuestion question) {
    return questions.get(Objects.requireNonNull(question, "question"));
  }

  /**
   * Returns a copy with another policy for one question.
   *
   * @param question the question
   * @param policy its policy (its scale is the scale the question's answers must be on)
   * @return the new policy
   */
  public PerceptionPolicy with(SurveyQuestion question, SurveyPolicy policy) {
    EnumMap<SurveyQuestion, SurveyPolicy> map = new EnumMap<>(questions);
    map.put(Objects.requireNonNull(question, "question"), Objects.requireNonNull(policy, "policy"));
    return new PerceptionPolicy(map);
  }

  /**
   * Returns a copy where every question is weighted, or none.
   *
   * @param weighted true to use the answers' weights
   * @return the new policy
   */
  public PerceptionPolicy withWeights(boolean weighted) {
    EnumMap<SurveyQuestion, SurveyPolicy> map = new EnumMap<>(SurveyQuestion.class);
    questions.forEach((question, policy) -> map.put(question, policy.withWeights(weighted)));
    return new PerceptionPolicy(map);
  }

  /**
   * Returns a copy where every question uses one estimation.
   *
   * @param estimation the intervals and publication thresholds
   * @return the new policy
   */
  public PerceptionPolicy withEstimation(Estimation estimation) {
    Objects.requireNonNull(estimation, "estimation");
    EnumMap<SurveyQuestion, SurveyPolicy> map = new EnumMap<>(SurveyQuestion.class);
    questions.forEach((question, policy) -> map.put(question, policy.withEstimation(estimation)));
    return new PerceptionPolicy(map);
  }
}
