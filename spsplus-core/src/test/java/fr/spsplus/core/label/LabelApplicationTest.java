package fr.spsplus.core.label;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.audit.EngagementAuditResult;
import fr.spsplus.core.audit.OrCriterion;
import fr.spsplus.core.engagement.ReferentialId;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.period.ReportingPeriod;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.survey.AgentSurvey;
import fr.spsplus.core.survey.UserSurvey;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelApplicationTest {

  private static final StructureCode ROMANS = StructureCode.of("3Tn8gzTdcz");
  private static final StructureCode OTHER = StructureCode.of("Zz9aB7cD1e");
  private static final ReportingPeriod YEAR = ReportingPeriod.ofYear(2025);
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void resultsAreSortedAndTheMissingEngagementsListed() {
    LabelApplication application =
        LabelApplication.builder(ROMANS, DAY)
            .userSurvey(UserSurvey.ofScore(ROMANS, YEAR, 84.5, 412))
            .agentSurvey(AgentSurvey.ofScore(ROMANS, YEAR, 71, 23))
            .engagementResult(
                new EngagementAuditResult(7, new BigDecimal("60"), List.of("E7.3", "E7.1")))
            .engagementScore(2, new BigDecimal("88.5"))
            .engagementScore(5, new BigDecimal("91"))
            .orCriteria(
                new OrCriteriaAuditResult(
                    new BigDecimal("40"), List.of(OrCriterion.C4, OrCriterion.A2)))
            .build();
    assertThat(application.referential()).isEqualTo(ReferentialId.SP_PLUS_2023);
    assertThat(application.engagementResults())
        .extracting(EngagementAuditResult::engagement)
        .containsExactly(2, 5, 7);
    assertThat(application.engagementResult(7).orElseThrow().missingCriteria())
        .containsExactly("E7.1", "E7.3");
    assertThat(application.missingEngagements()).containsExactly(1, 3, 4, 6, 8);
    assertThat(application.orCriteria().missingCriteria())
        .containsExactly(OrCriterion.A2, OrCriterion.C4);
    assertThat(application.orCriteria().complete()).isFalse();
    assertThat(application.toBuilder().build()).isEqualTo(application);
    assertThat(application.toBuilder().withoutEngagement(7).build().missingEngagements())
        .contains(7);
  }

  @Test
  void anIncompleteApplicationIsAValue() {
    LabelApplication empty = LabelApplication.builder(ROMANS, DAY).build();
    assertThat(empty.userSurvey()).isNull();
    assertThat(empty.missingEngagements()).hasSize(8);
    String json = SpsplusJson.compact().write(empty);
    assertThat(SpsplusJson.compact().read(json, LabelApplication.class)).isEqualTo(empty);
  }

  @Test
  void evidenceAboutAnotherStructureIsRefused() {
    InvalidInputException error =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                LabelApplication.builder(ROMANS, DAY)
                    .agentSurvey(AgentSurvey.ofScore(OTHER, YEAR, 71, 23))
                    .build());
    assertThat(error.getMessage())
        .isEqualTo(
            "« agentSurvey » porte sur une autre structure que la candidature : une candidature"
                + " ne réunit que les preuves de la structure candidate.");
    assertThat(error.getMessage(Locale.ENGLISH))
        .startsWith("\"agentSurvey\" is about another structure than the application");
  }

  @Test
  void engagementsOutsideTheReferentialOrTwiceAreRefused() {
    EngagementAuditResult nine = new EngagementAuditResult(9, BigDecimal.TEN, List.of());
    InvalidInputException unknown =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new LabelApplication(
                    ROMANS,
                    ReferentialId.SP_PLUS_2023,
                    DAY,
                    null,
                    null,
                    List.of(nine),
                    null,
                    null));
    assertThat(unknown.key()).isEqualTo("referential.unknown.engagement");
    assertThat(
            LabelApplication.builder(ROMANS, DAY)
                .referential(ReferentialId.SP_PLUS_2021)
                .engagementResult(nine)
                .build()
                .missingEngagements())
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    EngagementAuditResult four = new EngagementAuditResult(4, BigDecimal.TEN, List.of());
    InvalidInputException twice =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                new LabelApplication(
                    ROMANS,
                    ReferentialId.SP_PLUS_2023,
                    DAY,
                    null,
                    null,
                    List.of(four, four),
                    null,
                    null));
    assertThat(twice.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Engagement 4 has two audit results (\"engagementResults\"): one per engagement.");
  }

  @Test
  void orCriteriaResultsAreChecked() {
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () -> OrCriteriaAuditResult.of(new BigDecimal("100.01")))
                .key())
        .isEqualTo("result.or.score");
    assertThat(
            catchThrowableOfType(
                    InvalidInputException.class,
                    () ->
                        new OrCriteriaAuditResult(
                            BigDecimal.ONE, List.of(OrCriterion.B1, OrCriterion.B1)))
                .getMessage(Locale.ENGLISH))
        .isEqualTo(
            "The \"Or\" criterion B1 is listed twice among the criteria not rated"
                + " (\"missingCriteria\").");
    assertThat(OrCriteriaAuditResult.of(BigDecimal.ZERO).complete()).isTrue();
  }
}
