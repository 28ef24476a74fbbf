package fr.spsplus.indicators.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.IndicatorCode;
import fr.spsplus.core.indicator.PublicationStatus;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.ScaleAnswer;
import fr.spsplus.core.survey.SurveyAnswer;
import fr.spsplus.core.survey.SurveyQuestion;
import fr.spsplus.core.survey.SurveyScale;
import fr.spsplus.indicators.Estimation;
import fr.spsplus.indicators.Measurement;
import fr.spsplus.indicators.stats.PublicationPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PerceptionAccumulatorTest {

  private static final StructureCode SITE = StructureCode.of("3Tn8gzTdcz");
  private static final StructureCode OTHER = StructureCode.of("Zz9yXw8vUt");
  private static final ReportingPeriod MARCH = ReportingPeriod.parse("2026-03");
  private static final Instant AT = Instant.parse("2026-03-10T09:30:00Z");
  private static final PerceptionPolicy SHOWN =
      PerceptionPolicy.defaults()
          .withEstimation(Estimation.defaults().withPublication(PublicationPolicy.of(1, 1)));

  private static int next;

  private static SurveyAnswer answer(SurveyQuestion question, String code) {
    return SurveyAnswer.of("r-" + next++, SITE, AT, question, code);
  }

  @Test
  void eachQuestionFeedsItsIndicatorWithTheTopBoxRate() {
    PerceptionAccumulator survey = PerceptionAccumulator.of(SITE, SHOWN);
    // Global: 3 satisfied of 4 valid, 1 NSP. Délais: 1 of 2. Others: nothing.
    survey.accept(answer(SurveyQuestion.SATISFACTION_GLOBALE, "TRES_SATISFAIT"));
    survey.accept(answer(SurveyQuestion.SATISFACTION_GLOBALE, "PLUTOT_SATISFAIT"));
    survey.accept(answer(SurveyQuestion.SATISFACTION_GLOBALE, "PLUTOT_SATISFAIT"));
    survey.accept(answer(SurveyQuestion.SATISFACTION_GLOBALE, "TRES_INSATISFAIT"));
    survey.accept(answer(SurveyQuestion.SATISFACTION_GLOBALE, "NSP"));
    survey.accept(answer(SurveyQuestion.DELAIS, "PLUTOT_SATISFAIT"));
    survey.accept(answer(SurveyQuestion.DELAIS, "PLUTOT_INSATISFAIT"));

    List<Measurement> all = survey.measurements(MARCH);
    assertThat(all)
        .extracting(Measurement::indicator)
        .containsExactly(
            IndicatorCode.SATISFACTION_GLOBALE,
            IndicatorCode.SATISFACTION_DELAIS,
            IndicatorCode.ACCESSIBILITE,
            IndicatorCode.EFFORT,
            IndicatorCode.QUALITE_RELATION,
            IndicatorCode.SATISFACTION_TELEPHONE);
    Measurement global = all.get(0);
    assertThat(global.value()).isEqualTo(0.75);
    assertThat(global.numerator()).isEqualTo(3);
    assertThat(global.denominator()).isEqualTo(4);
    assertThat(global.excluded()).containsExactly(Map.entry("NSP", 1L));
    assertThat(global.structure()).isEqualTo(SITE);
    assertThat(global.parameters())
        .containsEntry("scale", "FOUR_POINT")
        .containsEntry("top_box", "PLUTOT_SATISFAIT+TRES_SATISFAIT")
        .containsEntry("weighted", "false");
    assertThat(all.get(1).value()).isEqualTo(0.5);
    assertThat(all.get(2).value()).isNull();
    assertThat(all.get(2).status()).isEqualTo(PublicationStatus.INSUFFICIENT_SAMPLE);
    assertThat(survey.netRate(SurveyQuestion.SATISFACTION_GLOBALE, MARCH).value()).isEqualTo(0.5);
    assertThat(survey.count()).isEqualTo(7);
    assertThat(survey.answers(SurveyQuestion.DELAIS).histogram()).containsExactly(0, 1, 1, 0, 0);
  }

  @Test
  void aQuestionCanUseAnotherScale() {
    PerceptionPolicy ces =
        SHOWN.with(
            SurveyQuestion.EFFORT,
            SurveyPolicy.defaults(SurveyScale.CES_1_7)
                .withEstimation(Estimation.defaults().withPublication(PublicationPolicy.of(1, 1))));
    PerceptionAccumulator survey = PerceptionAccumulator.of(ces);
    for (String code : new String[] {"7", "5", "4", "1"}) {
      survey.accept(
          new SurveyAnswer(
              "r-" + next++,
              SITE,
              AT,
              SurveyQuestion.EFFORT,
              ScaleAnswer.of(SurveyScale.CES_1_7, code),
              null));
    }
    Measurement effort = survey.measure(SurveyQuestion.EFFORT, MARCH);
    assertThat(effort.value()).isEqualTo(0.5);
    assertThat(effort.parameters()).containsEntry("top_box", "5+6+7");
    assertThat(effort.structure()).isNull();
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class,
            () -> survey.accept(answer(SurveyQuestion.EFFORT, "TRES_SATISFAIT")));
    assertThat(e.getMessage()).contains("answer.answer.scale", "CES_1_7");
    assertThat(survey.count()).isEqualTo(4);
  }

  @Test
  void answersAboutAnotherStructureAreRejected() {
    PerceptionAccumulator survey = PerceptionAccumulator.of(SITE, SHOWN);
    SurveyAnswer elsewhere =
        SurveyAnswer.of("r-x", OTHER, AT, SurveyQuestion.RELATION, "TRES_SATISFAIT");
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> survey.accept(elsewhere));
    assertThat(e.getMessage()).contains("answer.structure");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("another structure");
    assertThat(survey.count()).isZero();
    PerceptionAccumulator aggregate = PerceptionAccumulator.of(SHOWN);
    aggregate.accept(elsewhere);
    assertThat(aggregate.count()).isEqualTo(1);
  }

  @Test
  void telephoneSatisfactionReportsItsResponseRate() {
    PerceptionAccumulator survey = PerceptionAccumulator.of(SITE, SHOWN);
    survey.accept(answer(SurveyQuestion.TELEPHONE, "TRES_SATISFAIT"));
    survey.accept(answer(SurveyQuestion.TELEPHONE, "PLUTOT_INSATISFAIT"));
    survey.accept(answer(SurveyQuestion.TELEPHONE, "NSP"));
    survey.accept(answer(SurveyQuestion.SATISFACTION_GLOBALE, "TRES_SATISFAIT"));

    TelephoneSatisfaction phone = survey.telephone(MARCH, 12);
    assertThat(phone.responseRate()).isEqualTo(new ResponseRate(3, 12));
    assertThat(phone.responseRate().rate()).hasValue(0.25);
    Measurement satisfaction = phone.satisfaction();
    assertThat(satisfaction.indicator()).isEqualTo(IndicatorCode.SATISFACTION_TELEPHONE);
    assertThat(satisfaction.value()).isEqualTo(0.5);
    assertThat(satisfaction.excluded()).containsExactly(Map.entry("NSP", 1L));
    assertThat(satisfaction.parameters())
        .containsEntry("responses", "3")
        .containsEntry("answered_calls", "12")
        .containsEntry("response_rate", "0.25")
        .containsEntry("top_box", "PLUTOT_SATISFAIT+TRES_SATISFAIT");

    assertThat(PerceptionAccumulator.of(SHOWN).telephone(MARCH, 0).satisfaction().parameters())
        .doesNotContainKey("response_rate")
        .containsEntry("answered_calls", "0");
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> survey.telephone(MARCH, 2));
    assertThat(e.getMessage()).contains("answeredCalls", "3", "2");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("at least the number of responses");
    assertThatThrownBy(() -> survey.telephone(MARCH, -1))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("answeredCalls");
  }

  @Test
  void combineRequiresTheSamePolicyAndStructure() {
    PerceptionAccumulator a = PerceptionAccumulator.of(SITE, SHOWN);
    a.accept(answer(SurveyQuestion.RELATION, "TRES_SATISFAIT"));
    PerceptionAccumulator b = PerceptionAccumulator.of(SITE, SHOWN);
    b.accept(answer(SurveyQuestion.RELATION, "TRES_INSATISFAIT"));
    assertThat(a.copy().combine(b).measure(SurveyQuestion.RELATION, MARCH).value()).isEqualTo(0.5);
    assertThat(a.count()).isEqualTo(1);
    assertThatThrownBy(() -> a.combine(PerceptionAccumulator.of(SHOWN)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> a.combine(PerceptionAccumulator.of(SITE, SHOWN.withWeights(true))))
        .isInstanceOf(InvalidInputException.class);
    assertThat(a.count()).isEqualTo(1);
  }

  @Test
  void policiesCoverEveryQuestion() {
    assertThat(PerceptionPolicy.defaults().questions()).hasSize(SurveyQuestion.values().length);
    assertThatThrownBy(
            () ->
                new PerceptionPolicy(
                    Map.of(SurveyQuestion.DELAIS, SurveyPolicy.defaults(SurveyScale.FOUR_POINT))))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("questions");
    assertThat(
            PerceptionPolicy.defaults()
                .withWeights(true)
                .policy(SurveyQuestion.TELEPHONE)
                .weighted())
        .isTrue();
  }

  /** The README snippet of the package, kept compiling and true. */
  @Test
  void readmeExample() {
    StructureCode site = SITE;
    ReportingPeriod period = ReportingPeriod.parse("2026-03");
    List<SurveyAnswer> answers =
        List.of(
            SurveyAnswer.of("q-1", site, AT, SurveyQuestion.SATISFACTION_GLOBALE, "Très satisfait"),
            SurveyAnswer.of("q-2", site, AT, SurveyQuestion.SATISFACTION_GLOBALE, "NSP"),
            SurveyAnswer.of("q-3", site, AT, SurveyQuestion.TELEPHONE, "Plutôt satisfait"));

    PerceptionAccumulator survey = PerceptionAccumulator.of(site, PerceptionPolicy.defaults());
    answers.forEach(survey::accept);
    Measurement global = survey.measure(SurveyQuestion.SATISFACTION_GLOBALE, period);
    TelephoneSatisfaction phone = survey.telephone(period, 40); // 40 calls answered by an agent

    SurveyAccumulator nps = SurveyAccumulator.on(SurveyScale.NPS_0_10);
    nps.accept(10);
    nps.accept(9);
    nps.accept(3);
    Measurement score =
        SurveyPolicy.defaults(SurveyScale.NPS_0_10)
            .withEstimation(Estimation.defaults().withPublication(PublicationPolicy.of(1, 1)))
            .nps(nps, IndicatorCode.SATISFACTION_GLOBALE, site, period);

    assertThat(global.numerator()).isEqualTo(1);
    assertThat(global.excluded()).containsEntry("NSP", 1L);
    assertThat(global.value()).isNull(); // one valid answer: withheld below 30
    assertThat(phone.responseRate().rate()).hasValue(1.0 / 40);
    assertThat(score.value()).isEqualTo(1.0 / 3); // (2 promoters − 1 detractor) ÷ 3 = NPS +33
  }
}
