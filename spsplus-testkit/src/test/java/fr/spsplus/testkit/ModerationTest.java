package fr.spsplus.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.client.platform.PlatformEvent;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.experience.ModerationStatus;
import fr.spsplus.core.experience.RejectionReason;
import fr.spsplus.core.structure.StructureCode;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Moderation on the fake's clock, and moderation decided by the test. */
class ModerationTest {

  private static final StructureCode LAVAL = StructureCode.of("3Tn8gzTdcz");

  private static ExperienceSubmission submission(String title, String text) {
    return new ExperienceSubmission(title, text, Feeling.NEGATIF, List.of(LAVAL), List.of());
  }

  @Test
  void decisionsFallDueOnTheFakesClockInTheOrderTheyWereSubmitted() {
    try (FakePlatform fake =
            FakePlatform.builder().moderationDelay(Duration.ofMinutes(30)).start();
        PlatformClient platform = fake.platformClient().build()) {
      Experience early = platform.submitExperience(submission("Premier", "Attente longue."));
      fake.advance(Duration.ofMinutes(20));
      Experience late = platform.submitExperience(submission("Second", "Guichet fermé."));

      fake.advance(Duration.ofMinutes(9));
      assertThat(platform.moderation(early.id()).status()).isEqualTo(ModerationStatus.SUBMITTED);
      fake.advance(Duration.ofMinutes(1));
      assertThat(platform.moderation(early.id()).status()).isEqualTo(ModerationStatus.PUBLISHED);
      assertThat(platform.moderation(late.id()).status()).isEqualTo(ModerationStatus.SUBMITTED);
      fake.advance(Duration.ofHours(5));

      assertThat(platform.moderation(late.id()).publishedAt())
          .as("decided when due, not when observed")
          .isEqualTo(late.submittedAt().plus(Duration.ofMinutes(30)));
      assertThat(fake.events())
          .extracting(e -> ((PlatformEvent.ExperiencePublished) e).experience().id())
          .containsExactly(early.id(), late.id());
    }
  }

  @Test
  void aTestDecidesEachExperienceWhenModerationIsManual() {
    try (FakePlatform fake = FakePlatform.builder().manualModeration().start();
        PlatformClient platform = fake.platformClient().build()) {
      Experience a = platform.submitExperience(submission("A", "Texte A."));
      Experience b = platform.submitExperience(submission("B", "Texte B."));
      Experience c = platform.submitExperience(submission("C", "Texte C."));
      fake.advance(Duration.ofDays(30));
      assertThat(fake.experiences()).allMatch(e -> e.status() == ModerationStatus.SUBMITTED);

      assertThat(fake.startModeration(a.id()).status()).isEqualTo(ModerationStatus.IN_MODERATION);
      assertThat(platform.moderation(a.id()).status()).isEqualTo(ModerationStatus.IN_MODERATION);
      assertThat(fake.reject(a.id(), RejectionReason.INDIVIDUAL_REQUEST).rejectionReason())
          .isEqualTo(RejectionReason.INDIVIDUAL_REQUEST);
      assertThat(fake.publish(b.id()).publishedAt()).isEqualTo(fake.now());
      assertThat(fake.moderateAll()).extracting(Experience::id).containsExactly(c.id());

      assertThatThrownBy(() -> fake.publish(a.id()))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(Long.toString(a.id()));
      assertThatThrownBy(() -> fake.publish(999)).isInstanceOf(NoSuchElementException.class);
      assertThat(fake.events())
          .extracting(PlatformEvent::type)
          .containsExactly(
              PlatformEvent.EXPERIENCE_REJECTED,
              PlatformEvent.EXPERIENCE_PUBLISHED,
              PlatformEvent.EXPERIENCE_PUBLISHED);
      ContractAssertions.assertAnswersConform(fake);
    }
  }

  @Test
  void aModeratorOfTheTestsOwnDecides() {
    Moderator noShouting =
        experience ->
            experience.title().equals(experience.title().toUpperCase(java.util.Locale.ROOT))
                ? Optional.of(RejectionReason.INSULT)
                : Optional.empty();
    try (FakePlatform fake =
            FakePlatform.builder().moderator(noShouting).manualModeration().start();
        PlatformClient platform = fake.platformClient().build()) {
      Experience loud = platform.submitExperience(submission("SCANDALEUX", "Texte."));
      Experience calm = platform.submitExperience(submission("Calme", "Texte."));

      fake.moderateAll();

      assertThat(platform.moderation(loud.id()).rejectionReason())
          .isEqualTo(RejectionReason.INSULT);
      assertThat(platform.moderation(calm.id()).status()).isEqualTo(ModerationStatus.PUBLISHED);
      assertThat(platform.experience(loud.id()).answers()).isEmpty();
    }
  }

  @Test
  void personalDataIsRefusedNamingTheFieldAndTheKindNeverTheValue() {
    try (FakePlatform fake = FakePlatform.start();
        PlatformClient lenient =
            fake.platformClient()
                .personalDataPolicy(fr.spsplus.core.privacy.PersonalDataPolicy.WARN)
                .build()) {
      assertThatThrownBy(
              () ->
                  lenient.submitExperience(
                      submission(
                          "Écrire à marie.martin@example.org",
                          "Rappel au 06 12 34 56 78, sécurité sociale 2 69 01 75 123 456 64.")))
          .isInstanceOfSatisfying(
              fr.spsplus.client.UnprocessableEntityException.class,
              e -> {
                assertThat(e.statusCode()).isEqualTo(422);
                assertThat(e.errorCode()).contains("PERSONAL_DATA_DETECTED");
              });

      Exchange refused = fake.exchanges().get(0);
      assertThat(refused.responseBody())
          .contains("Le champ title contient des données personnelles (une adresse électronique)")
          .contains("{\"field\":\"title\",\"rule\":\"EMAIL\"}")
          .contains("{\"field\":\"text\",\"rule\":\"PHONE\"}")
          .contains("{\"field\":\"text\",\"rule\":\"NIR\"}")
          .doesNotContain("marie")
          .doesNotContain("06 12")
          .doesNotContain("456");
      assertThat(fake.experiences()).isEmpty();
      ContractAssertions.assertAnswersConform(fake);
    }
  }

  @Test
  void votesOnAPublishedAnswerAreThePlatforms() {
    try (FakePlatform fake = FakePlatform.builder().manualModeration().start();
        PlatformClient platform = fake.platformClient().build()) {
      Experience sent = platform.submitExperience(submission("A", "Texte."));
      fake.publish(sent.id());
      platform.publishAnswer(
          sent.id(),
          fr.spsplus.core.experience.StructureAnswer.draft(LAVAL, null, "Merci.", null)
              .publish(java.time.Instant.EPOCH));
      fake.vote(sent.id(), LAVAL, true);
      fake.vote(sent.id(), LAVAL, false);
      fake.vote(sent.id(), LAVAL, true);

      // Republishing the answer keeps its first publication instant and its votes.
      fake.advance(Duration.ofDays(1));
      var again =
          platform.publishAnswer(
              sent.id(),
              fr.spsplus.core.experience.StructureAnswer.draft(LAVAL, null, "Merci beaucoup.", null)
                  .publish(java.time.Instant.EPOCH));
      assertThat(again.votes().useful()).isEqualTo(2);
      assertThat(again.votes().notUseful()).isEqualTo(1);
      assertThat(again.publishedAt()).isEqualTo(FakePlatform.DEFAULT_START);
      assertThat(platform.experience(sent.id()).answers()).containsExactly(again);

      // A draft is not public: it resets the votes and sends no event.
      int events = fake.events().size();
      var draft =
          platform.publishAnswer(
              sent.id(),
              fr.spsplus.core.experience.StructureAnswer.draft(LAVAL, null, "Brouillon.", null));
      assertThat(draft.publishedAt()).isNull();
      assertThat(draft.votes().total()).isZero();
      assertThat(fake.events()).hasSize(events);
      assertThat(
              fake.events().stream()
                  .filter(e -> e.type().equals(PlatformEvent.EXPERIENCE_ANSWERED))
                  .count())
          .isEqualTo(2);
    }
  }
}
