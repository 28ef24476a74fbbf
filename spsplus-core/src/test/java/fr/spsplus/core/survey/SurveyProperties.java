package fr.spsplus.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.core.arbitraries.SurveyArbitraries;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.validation.SpsplusValidation;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SurveyProperties {

  @Provide
  Arbitrary<SurveyScale> scales() {
    return SurveyArbitraries.scales();
  }

  @Provide
  Arbitrary<ScaleAnswer> scaleAnswers() {
    return SurveyArbitraries.scaleAnswers();
  }

  @Provide
  Arbitrary<SurveyAnswer> answers() {
    return SurveyArbitraries.answers();
  }

  @Provide
  Arbitrary<UserSurvey> userSurveys() {
    return SurveyArbitraries.userSurveys();
  }

  @Provide
  Arbitrary<AgentSurvey> agentSurveys() {
    return SurveyArbitraries.agentSurveys();
  }

  @Provide
  Arbitrary<PointSet> pointSets() {
    return SurveyArbitraries.pointSets();
  }

  private static <T> T roundTrip(T value, Class<T> type) {
    return SpsplusJson.compact().read(SpsplusJson.compact().write(value), type);
  }

  @Property(tries = 20)
  void everyPointReadsBackAndTheBoxesAreConsistent(@ForAll("scales") SurveyScale scale) {
    int valid = (1 << scale.validPoints()) - 1;
    assertThat(scale.defaultTopBoxMask() & ~valid).isZero();
    assertThat(scale.defaultBottomBoxMask() & ~valid).isZero();
    assertThat(scale.defaultTopBoxMask() & scale.defaultBottomBoxMask()).isZero();
    assertThat(scale.defaultTopBoxMask()).isNotZero();
    assertThat(scale.defaultBottomBoxMask()).isNotZero();
    for (int i = 0; i < scale.size(); i++) {
      String code = scale.code(i);
      assertThat(scale.indexOf(code)).isEqualTo(i);
      assertThat(scale.indexOf(code.toLowerCase(Locale.ROOT).replace('_', ' '))).isEqualTo(i);
      assertThat(scale.isNoOpinion(i)).isEqualTo(i == scale.noOpinionIndex());
      if (i > 0 && i < scale.validPoints()) {
        assertThat(scale.score(i)).isGreaterThan(scale.score(i - 1));
      }
      for (int j = 0; j < scale.validPoints(); j++) {
        if ((scale.defaultTopBoxMask() & (1 << i)) != 0
            && (scale.defaultBottomBoxMask() & (1 << j)) != 0) {
          assertThat(scale.score(i)).isGreaterThan(scale.score(j));
        }
      }
    }
  }

  @Property
  void scaleAnswersAreCanonical(@ForAll("scaleAnswers") ScaleAnswer answer) {
    assertThat(ScaleAnswer.of(answer.scale(), " " + answer.code().toLowerCase(Locale.ROOT) + " "))
        .isEqualTo(answer);
    assertThat(ScaleAnswer.ofIndex(answer.scale(), answer.index())).isEqualTo(answer);
    assertThat(answer.noOpinion()).isEqualTo(answer.scale().isNoOpinion(answer.index()));
    assertThat(answer.topBox() && answer.noOpinion()).isFalse();
    // The stored code is the scale's own instance, even after JSON, so index() needs no hashing.
    ScaleAnswer read = roundTrip(answer, ScaleAnswer.class);
    assertThat(read.code()).isSameAs(answer.scale().code(answer.index()));
    assertThat(read.index()).isEqualTo(answer.index());
  }

  @Property
  void pointSetsRoundTripThroughTheirMask(@ForAll("pointSets") PointSet set) {
    assertThat(PointSet.ofMask(set.scale(), set.mask())).isEqualTo(set);
    assertThat(roundTrip(set, PointSet.class)).isEqualTo(set);
    for (int i = 0; i < set.scale().size(); i++) {
      assertThat(set.contains(i)).isEqualTo((set.mask() & (1 << i)) != 0);
    }
  }

  @Property
  void answersRoundTripThroughJson(@ForAll("answers") SurveyAnswer answer) {
    assertThat(roundTrip(answer, SurveyAnswer.class)).isEqualTo(answer);
  }

  @Property(tries = 100)
  void surveysRoundTripThroughJson(
      @ForAll("userSurveys") UserSurvey user, @ForAll("agentSurveys") AgentSurvey agent) {
    assertThat(roundTrip(user, UserSurvey.class)).isEqualTo(user);
    assertThat(roundTrip(agent, AgentSurvey.class)).isEqualTo(agent);
  }

  @Property(tries = 100)
  void effectiveScoresArePercentages(
      @ForAll("userSurveys") UserSurvey user, @ForAll("agentSurveys") AgentSurvey agent) {
    user.effectiveScore().ifPresent(s -> assertThat(s).isBetween(0.0, 100.0));
    agent.effectiveScore().ifPresent(s -> assertThat(s).isBetween(0.0, 100.0));
    if (user.score() != null) {
      assertThat(user.effectiveScore()).hasValue(user.score());
    }
  }

  @Property(tries = 100)
  void validationAcceptsEveryGeneratedValue(
      @ForAll("answers") SurveyAnswer answer,
      @ForAll("userSurveys") UserSurvey user,
      @ForAll("agentSurveys") AgentSurvey agent,
      @ForAll("pointSets") PointSet set) {
    SpsplusValidation validation = SpsplusValidation.french();
    assertThat(validation.validate(answer)).isEmpty();
    assertThat(validation.validate(user)).isEmpty();
    assertThat(validation.validate(agent)).isEmpty();
    assertThat(validation.validate(set)).isEmpty();
  }
}
