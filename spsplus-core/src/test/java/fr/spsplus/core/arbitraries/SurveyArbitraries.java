package fr.spsplus.core.arbitraries;

import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.AgentAnswer;
import fr.spsplus.core.survey.AgentSurvey;
import fr.spsplus.core.survey.PointSet;
import fr.spsplus.core.survey.ScaleAnswer;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.core.survey.UserSurvey;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** Arbitraries for {@code fr.spsplus.core.survey}. */
public final class SurveyArbitraries {

  private SurveyArbitraries() {}

  /**
   * Every scale.
   *
   * @return the arbitrary
   */
  public static Arbitrary<SurveyScale> scales() {
    return Arbitraries.of(SurveyScale.class);
  }

  /**
   * Every question.
   *
   * @return the arbitrary
   */
  public static Arbitrary<SurveyQuestion> questions() {
    return Arbitraries.of(SurveyQuestion.class);
  }

  /**
   * Answers on a scale, every point index (NSP included).
   *
   * @param scale the scale
   * @return the arbitrary
   */
  public static Arbitrary<ScaleAnswer> answersOn(SurveyScale scale) {
    return Arbitraries.integers()
        .between(0, scale.size() - 1)
        .map(index -> ScaleAnswer.ofIndex(scale, index));
  }

  /**
   * Answers on any scale.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ScaleAnswer> scaleAnswers() {
    return scales().flatMap(SurveyArbitraries::answersOn);
  }

  /**
   * Non-empty sets of valid points on any scale.
   *
   * @return the arbitrary
   */
  public static Arbitrary<PointSet> pointSets() {
    return scales()
        .flatMap(
            scale ->
                Arbitraries.integers()
                    .between(1, (1 << scale.validPoints()) - 1)
                    .map(mask -> PointSet.ofMask(scale, mask)));
  }

  /**
   * Opaque identifiers: 1 to 40 printable ASCII characters without blanks.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> identifiers() {
    return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40);
  }

  /**
   * Instants between 2000 and 2100.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(946_684_800L, 4_102_444_800L).map(Instant::ofEpochSecond);
  }

  /**
   * Weights: absent, or finite and strictly positive.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Double> weights() {
    return Arbitraries.doubles().between(0.001, 50).ofScale(3).injectNull(0.5);
  }

  /**
   * Answers to a question, on its default scale or another one, about a given structure.
   *
   * @param structure the structure
   * @return the arbitrary
   */
  public static Arbitrary<SurveyAnswer> answersAbout(StructureCode structure) {
    Arbitrary<ScaleAnswer> answer =
        Arbitraries.frequencyOf(
            Tuple.of(3, answersOn(SurveyScale.FOUR_POINT)), Tuple.of(1, scaleAnswers()));
    return Combinators.combine(identifiers(), instants(), questions(), answer, weights())
        .as(
            (id, at, question, a, weight) ->
                new SurveyAnswer(id, structure, at, question, a, weight));
  }

  /**
   * Answers about any structure.
   *
   * @return the arbitrary
   */
  public static Arbitrary<SurveyAnswer> answers() {
    return StructureArbitraries.codes().flatMap(SurveyArbitraries::answersAbout);
  }

  /**
   * User surveys: by score, by answers (several answers may share a response), or both.
   *
   * @return the arbitrary
   */
  public static Arbitrary<UserSurvey> userSurveys() {
    return Combinators.combine(StructureArbitraries.codes(), PeriodArbitraries.periods())
        .flatAs(
            (structure, period) -> {
              Arbitrary<List<SurveyAnswer>> answers =
                  answersAbout(structure)
                      .list()
                      .ofMinSize(1)
                      .ofMaxSize(12)
                      .map(SurveyArbitraries::shareResponses);
              Arbitrary<UserSurvey> byScore =
                  Combinators.combine(scores(), Arbitraries.longs().between(1, 100_000))
                      .as((score, n) -> UserSurvey.ofScore(structure, period, score, n));
              Arbitrary<UserSurvey> byAnswers =
                  answers.map(list -> UserSurvey.ofAnswers(structure, period, list));
              Arbitrary<UserSurvey> both =
                  Combinators.combine(scores(), answers)
                      .as(
                          (score, list) ->
                              withScore(UserSurvey.ofAnswers(structure, period, list), score));
              return Arbitraries.oneOf(byScore, byAnswers, both);
            });
  }

  private static UserSurvey withScore(UserSurvey survey, double score) {
    return new UserSurvey(survey.structure(), survey.period(), score, survey.n(), survey.answers());
  }

  /**
   * Makes some answers share the response id of the previous one (one respondent, many answers).
   */
  private static List<SurveyAnswer> shareResponses(List<SurveyAnswer> answers) {
    java.util.ArrayList<SurveyAnswer> out = new java.util.ArrayList<>();
    for (int i = 0; i < answers.size(); i++) {
      SurveyAnswer a = answers.get(i);
      if (i % 3 == 1) {
        String shared = out.get(i - 1).responseId();
        a =
            new SurveyAnswer(
                shared, a.structure(), a.answeredAt(), a.question(), a.answer(), a.weight());
      }
      out.add(a);
    }
    return out;
  }

  /**
   * Agent answers, on any scale, to free question codes.
   *
   * @return the arbitrary
   */
  public static Arbitrary<AgentAnswer> agentAnswers() {
    Arbitrary<String> questions =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .ofMinLength(1)
            .ofMaxLength(8);
    return Combinators.combine(identifiers(), questions, scaleAnswers()).as(AgentAnswer::new);
  }

  /**
   * Agent surveys: by score, by answers, or both.
   *
   * @return the arbitrary
   */
  public static Arbitrary<AgentSurvey> agentSurveys() {
    Arbitrary<StructureCode> structures = StructureArbitraries.codes();
    Arbitrary<ReportingPeriod> periods = PeriodArbitraries.periods();
    Arbitrary<List<AgentAnswer>> answers = agentAnswers().list().ofMinSize(1).ofMaxSize(12);
    Arbitrary<AgentSurvey> byScore =
        Combinators.combine(structures, periods, scores(), Arbitraries.longs().between(1, 100_000))
            .as(AgentSurvey::ofScore);
    Arbitrary<AgentSurvey> byAnswers =
        Combinators.combine(structures, periods, answers).as(AgentSurvey::ofAnswers);
    Arbitrary<AgentSurvey> both =
        Combinators.combine(byAnswers, scores())
            .as(
                (s, score) ->
                    new AgentSurvey(s.structure(), s.period(), score, s.n(), s.answers()));
    return Arbitraries.oneOf(byScore, byAnswers, both);
  }

  /**
   * Scores from 0 to 100.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Double> scores() {
    return Arbitraries.doubles().between(0, 100);
  }
}
