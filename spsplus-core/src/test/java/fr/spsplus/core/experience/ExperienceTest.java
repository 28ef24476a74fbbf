package fr.spsplus.core.experience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.arbitraries.ExperienceArbitraries;
import fr.spsplus.core.json.SpsplusJson;
import fr.spsplus.core.structure.ContactChannel;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.core.testing.BundleParity;
import fr.spsplus.core.validation.SpsplusValidation;
import fr.spsplus.core.validation.Violation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ExperienceTest {

  private static final StructureCode CAF = StructureCode.of("CAF0000001");
  private static final StructureCode CPAM = StructureCode.of("CPAM000001");
  private static final Instant T0 = Instant.parse("2024-03-12T08:30:00Z");
  private static final String TEXT =
      "Bonjour,\n\nJ’ai attendu 2\u00a0h au guichet&nbsp;: c’est trop long.\n\nMerci.";

  private static Experience submitted() {
    return Experience.submitted(
        42,
        new ExperienceSubmission(
            "Attente",
            TEXT,
            Feeling.NEGATIF,
            List.of(CAF, CPAM),
            List.of(ContactChannel.ACCUEIL_PHYSIQUE)),
        T0);
  }

  @Test
  void theLifecycleGoesThroughModerationToPublicationAndAnswers() {
    Experience published = submitted().startModeration().publish(T0.plusSeconds(3600));
    assertThat(published.status()).isEqualTo(ModerationStatus.PUBLISHED);
    assertThat(published.text()).isEqualTo(TEXT);

    StructureAnswer draft =
        StructureAnswer.draft(CAF, "Bonjour,", "Nous avons transmis.", "La CAF");
    Experience answered = published.withAnswer(draft);
    assertThat(answered.answers()).containsExactly(draft);
    StructureAnswer live =
        draft.publish(T0.plusSeconds(7200)).withVote(true).withVote(false).withVote(true);
    Experience replaced = answered.withAnswer(live);
    assertThat(replaced.answers()).containsExactly(live);
    assertThat(live.votes()).isEqualTo(new UsefulnessVotes(2, 1));
    assertThat(live.votes().total()).isEqualTo(3);
    assertThat(live.fullText()).isEqualTo("Bonjour,\n\nNous avons transmis.\n\nLa CAF");
  }

  @Test
  void aRejectedExperienceIsNeverPublished() {
    Experience rejected = submitted().startModeration().reject(RejectionReason.PERSONAL_DATA);
    assertThat(rejected.rejectionReason()).isEqualTo(RejectionReason.PERSONAL_DATA);
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> rejected.publish(T0.plusSeconds(60)));
    assertThat(e.getMessage())
        .isEqualTo("Expérience 42 : une expérience rejetée n’est jamais publiée.");
    assertThat(e.getMessage(Locale.ENGLISH))
        .isEqualTo("Experience 42: a rejected experience is never published.");
    assertThatThrownBy(
            () ->
                new Experience(
                    42,
                    "t",
                    TEXT,
                    Feeling.NEUTRE,
                    List.of(CAF),
                    List.of(),
                    T0,
                    ModerationStatus.REJECTED,
                    T0,
                    RejectionReason.INSULT,
                    List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« publishedAt » doit être absent");
    assertThatThrownBy(() -> rejected.withAnswer(StructureAnswer.draft(CAF, null, "b", null)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "Expérience 42 : seule une expérience publiée reçoit des réponses (statut REJECTED).");
  }

  @Test
  void transitionsOutsideTheLifecycleAreRefusedNamingBothStatuses() {
    InvalidInputException skip =
        catchThrowableOfType(InvalidInputException.class, () -> submitted().publish(T0));
    assertThat(skip.getMessage())
        .startsWith("Expérience 42 : passage de SUBMITTED à PUBLISHED interdit");
    assertThat(skip.getMessage(Locale.ENGLISH))
        .startsWith("Experience 42: moving from SUBMITTED to PUBLISHED is not allowed");
    Experience published = submitted().startModeration().publish(T0);
    assertThatThrownBy(published::startModeration).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> published.reject(RejectionReason.OTHER))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> submitted().startModeration().publish(T0.minusSeconds(1)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("« publishedAt »");
    for (ModerationStatus from : ModerationStatus.values()) {
      assertThat(from.isFinal()).isEqualTo(!anyMove(from));
    }
  }

  private static boolean anyMove(ModerationStatus from) {
    for (ModerationStatus to : ModerationStatus.values()) {
      if (from.canMoveTo(to)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void answersComeFromInvolvedStructuresOncePerStructureAndNotBeforePublication() {
    Experience published = submitted().startModeration().publish(T0.plusSeconds(100));
    InvalidInputException stranger =
        catchThrowableOfType(
            InvalidInputException.class,
            () ->
                published.withAnswer(
                    StructureAnswer.draft(StructureCode.of("OTHER"), null, "b", null)));
    assertThat(stranger.getMessage())
        .isEqualTo(
            "Expérience 42 : la structure OTHER qui répond ne fait pas partie des structures concernées.");
    StructureAnswer early = StructureAnswer.draft(CAF, null, "b", null).publish(T0);
    assertThatThrownBy(() -> published.withAnswer(early)).isInstanceOf(InvalidInputException.class);
    StructureAnswer a = StructureAnswer.draft(CAF, null, "b", null);
    assertThatThrownBy(
            () ->
                new Experience(
                    42,
                    "t",
                    TEXT,
                    Feeling.NEUTRE,
                    List.of(CAF),
                    List.of(),
                    T0,
                    ModerationStatus.PUBLISHED,
                    T0,
                    null,
                    List.of(a, a)))
        .hasMessage(
            "Expérience 42 : deux réponses de la structure CAF0000001 ; une seule réponse par structure.");
  }

  @Test
  void submissionsRefuseRepeatsAndBlanks() {
    assertThatThrownBy(
            () ->
                new ExperienceSubmission("t", TEXT, Feeling.POSITIF, List.of(CAF, CAF), List.of()))
        .hasMessage("La structure CAF0000001 est citée deux fois dans « structures ».");
    assertThatThrownBy(
            () ->
                new ExperienceSubmission(
                    "t",
                    TEXT,
                    Feeling.POSITIF,
                    List.of(CAF),
                    List.of(ContactChannel.CHAT, ContactChannel.CHAT)))
        .hasMessage("Le canal CHAT est cité deux fois dans « channels ».");
    assertThatThrownBy(
            () -> new ExperienceSubmission("t", TEXT, Feeling.POSITIF, List.of(), List.of()))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> new ExperienceSubmission(" ", TEXT, Feeling.POSITIF, List.of(CAF), List.of()))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void textsNeverAppearInToString() {
    Experience experience = submitted();
    assertThat(experience.toString())
        .doesNotContain("guichet")
        .doesNotContain("Attente")
        .contains("42");
    StructureAnswer answer = StructureAnswer.draft(CAF, "Bonjour,", "Corps secret", "Signé");
    assertThat(answer.toString()).doesNotContain("secret");
  }

  @Test
  void feelingsAreParsedFromOpenDataLabelsAndCodes() {
    assertThat(Feeling.parse("Négatif")).isEqualTo(Feeling.NEGATIF);
    assertThat(Feeling.parse(" négatif ")).isEqualTo(Feeling.NEGATIF);
    assertThat(Feeling.parse("NÉGATIF")).isEqualTo(Feeling.NEGATIF);
    assertThat(Feeling.parse("NEGATIF")).isEqualTo(Feeling.NEGATIF);
    assertThat(Feeling.parse("Neutre")).isEqualTo(Feeling.NEUTRE);
    assertThat(Feeling.parse("positif")).isEqualTo(Feeling.POSITIF);
    InvalidInputException e =
        catchThrowableOfType(InvalidInputException.class, () -> Feeling.parse("Bof"));
    assertThat(e.getMessage()).startsWith("Ressenti inconnu").doesNotContain("Bof");
    assertThat(e.getMessage(Locale.ENGLISH)).startsWith("Unknown feeling");
  }

  @Test
  void answersKeepStatusVotesAndInstantConsistent() {
    StructureAnswer draft = StructureAnswer.draft(CAF, null, "Réponse", null);
    assertThatThrownBy(() -> draft.withVote(true))
        .hasMessage(
            "Un brouillon de réponse ne reçoit pas de votes d’utilité : publiez-le d’abord.");
    assertThatThrownBy(() -> draft.publish(T0).publish(T0))
        .hasMessage("La réponse est déjà publiée.");
    assertThatThrownBy(
            () ->
                new StructureAnswer(
                    CAF, null, "b", null, AnswerStatus.PUBLISHED, null, UsefulnessVotes.NONE))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new UsefulnessVotes(-1, 0)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void testPanelsAcceptEnrolmentWithinTheirDatesWhilePlacesRemain() {
    TestPanel panel =
        TestPanel.open(
            "Tester le formulaire",
            CAF,
            java.time.LocalDate.of(2024, 3, 1),
            java.time.LocalDate.of(2024, 3, 31),
            2);
    TestPanel one = panel.join(java.time.LocalDate.of(2024, 3, 1));
    TestPanel full = one.join(java.time.LocalDate.of(2024, 3, 31));
    assertThat(full.remainingPlaces()).isZero();
    assertThat(full.acceptsEnrolmentOn(java.time.LocalDate.of(2024, 3, 15))).isFalse();
    assertThat(one.acceptsEnrolmentOn(java.time.LocalDate.of(2024, 3, 15))).isTrue();
    assertThatThrownBy(() -> full.join(java.time.LocalDate.of(2024, 3, 10)))
        .hasMessage("Panel de test complet : les 2 places sont prises.");
    InvalidInputException closed =
        catchThrowableOfType(
            InvalidInputException.class, () -> panel.join(java.time.LocalDate.of(2024, 4, 1)));
    assertThat(closed.getMessage(Locale.ENGLISH))
        .isEqualTo(
            "Test panel: cannot join on 2024-04-01, enrolment is open from 2024-03-01 to 2024-03-31.");
    assertThatThrownBy(
            () ->
                TestPanel.open(
                    "t",
                    CAF,
                    java.time.LocalDate.of(2024, 3, 2),
                    java.time.LocalDate.of(2024, 3, 1),
                    1))
        .isInstanceOf(InvalidInputException.class);
  }

  @Provide
  Arbitrary<Experience> experiences() {
    return ExperienceArbitraries.experiences();
  }

  @Property(tries = 100)
  void experiencesRoundTripThroughJsonKeepingTheirTexts(
      @ForAll("experiences") Experience experience) {
    String json = SpsplusJson.compact().write(experience);
    Experience read = SpsplusJson.compact().read(json, Experience.class);
    assertThat(read).isEqualTo(experience);
    assertThat(read.text()).isEqualTo(experience.text());
  }

  @Property(tries = 100)
  void generatedExperiencesAreValid(@ForAll("experiences") Experience experience) {
    assertThat(SpsplusValidation.french().validate(experience)).isEmpty();
  }

  @Property(tries = 100)
  void onlyPublishedExperiencesHaveAPublicationInstantAndAnswers(
      @ForAll("experiences") Experience experience) {
    boolean published = experience.status() == ModerationStatus.PUBLISHED;
    assertThat(experience.publishedAt() != null).isEqualTo(published);
    assertThat(experience.rejectionReason() != null)
        .isEqualTo(experience.status() == ModerationStatus.REJECTED);
    if (!published) {
      assertThat(experience.answers()).isEmpty();
    }
  }

  @Property(tries = 50)
  void otherTypesRoundTripThroughJson(
      @ForAll("reports") ComplexDocumentReport report, @ForAll("panels") TestPanel panel) {
    assertThat(
            SpsplusJson.compact()
                .read(SpsplusJson.compact().write(report), ComplexDocumentReport.class))
        .isEqualTo(report);
    assertThat(SpsplusJson.compact().read(SpsplusJson.compact().write(panel), TestPanel.class))
        .isEqualTo(panel);
    assertThat(SpsplusValidation.english().validate(report)).isEmpty();
    assertThat(SpsplusValidation.english().validate(panel)).isEmpty();
  }

  @Provide
  Arbitrary<ComplexDocumentReport> reports() {
    return ExperienceArbitraries.complexDocumentReports();
  }

  @Provide
  Arbitrary<TestPanel> panels() {
    return ExperienceArbitraries.testPanels();
  }

  @Test
  void jsonViolatingTheLifecycleIsRefusedWithThePath() {
    String json =
        "{\"id\":7,\"title\":\"t\",\"text\":\"x\",\"feeling\":\"POSITIF\",\"structures\":[\"A\"],"
            + "\"channels\":[],\"submittedAt\":\"2024-03-12T08:30:00Z\",\"status\":\"REJECTED\","
            + "\"publishedAt\":null,\"rejectionReason\":null,\"answers\":[]}";
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> SpsplusJson.compact().read(json, Experience.class));
    assertThat(e.getMessage())
        .contains("« rejectionReason » est obligatoire pour une expérience rejetée");
    assertThat(e.getMessage(Locale.ENGLISH))
        .contains("\"rejectionReason\" is required for a rejected experience");
  }

  @Test
  void aMissingListInJsonIsNamed() {
    String json =
        "{\"id\":7,\"title\":\"t\",\"text\":\"x\",\"feeling\":\"POSITIF\",\"structures\":[\"A\"],"
            + "\"submittedAt\":\"2024-03-12T08:30:00Z\",\"status\":\"SUBMITTED\",\"answers\":[]}";
    InvalidInputException e =
        catchThrowableOfType(
            InvalidInputException.class, () -> SpsplusJson.compact().read(json, Experience.class));
    assertThat(e.getMessage()).contains("channels");
    assertThat(e.getMessage(Locale.ENGLISH)).contains("channels");
  }

  @Test
  void validationFlagsOverlongTextsInBothLanguages() {
    Experience experience =
        Experience.submitted(
            1,
            new ExperienceSubmission(
                "t".repeat(256), TEXT, Feeling.NEUTRE, List.of(CAF), List.of()),
            T0);
    assertThat(SpsplusValidation.french().validate(experience))
        .extracting(Violation::path, Violation::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "title", "la taille doit être comprise entre 0 et 255"));
    assertThat(SpsplusValidation.english().validate(experience))
        .extracting(Violation::message)
        .containsExactly("size must be between 0 and 255");
  }

  @Test
  void theExperienceBundleHasItsEnglishTwin() throws Exception {
    assertThat(
            BundleParity.assertComplete(Path.of("src/main/resources/fr/spsplus/core/experience")))
        .isEqualTo(1);
  }
}
