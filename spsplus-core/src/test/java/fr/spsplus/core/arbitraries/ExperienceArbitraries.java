package fr.spsplus.core.arbitraries;

import fr.spsplus.core.experience.ComplexDocumentReport;
import fr.spsplus.core.experience.DocumentKind;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.experience.ModerationStatus;
import fr.spsplus.core.experience.RejectionReason;
import fr.spsplus.core.experience.StructureAnswer;
import fr.spsplus.core.experience.TestPanel;
import fr.spsplus.core.structure.StructureCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Arbitraries for {@code fr.spsplus.core.experience}. Texts are synthetic and personal-data free.
 */
public final class ExperienceArbitraries {

  private ExperienceArbitraries() {}

  /**
   * Instants between 2021 and 2026, whole seconds.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Instant> instants() {
    return Arbitraries.longs().between(1_609_459_200L, 1_798_761_600L).map(Instant::ofEpochSecond);
  }

  /**
   * Experience texts as the platform publishes them: several paragraphs, non-breaking spaces,
   * {@code &nbsp;} entities, typographic apostrophes.
   *
   * @return the arbitrary
   */
  public static Arbitrary<String> texts() {
    return Arbitraries.of(
            "J’ai attendu deux heures au guichet.",
            "L’agent a été très aimable\u00a0!",
            "Merci pour votre aide&nbsp;: dossier réglé en 48\u00a0h.",
            "Le formulaire en ligne ne fonctionnait pas.",
            "Personne ne répond au téléphone depuis une semaine.",
            "Accueil chaleureux, démarches simplifiées.")
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(paragraphs -> String.join("\n\n", paragraphs));
  }

  /**
   * Submissions with one to three distinct structures and distinct channels.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ExperienceSubmission> submissions() {
    return Combinators.combine(
            Arbitraries.of("Attente interminable", "Très bon accueil", "Site en panne", "Merci !"),
            texts(),
            Arbitraries.of(Feeling.class),
            StructureArbitraries.codes().list().ofMinSize(1).ofMaxSize(3).uniqueElements(),
            StructureArbitraries.channels().list().ofMaxSize(3).uniqueElements())
        .as(ExperienceSubmission::new);
  }

  /**
   * Experiences in every moderation status, consistent with the lifecycle: published ones have a
   * publication instant and possibly answers (drafts or published, with votes); rejected ones a
   * reason.
   *
   * @return the arbitrary
   */
  public static Arbitrary<Experience> experiences() {
    return Combinators.combine(
            Arbitraries.longs().between(1, 10_000_000),
            submissions(),
            instants(),
            Arbitraries.of(ModerationStatus.class),
            Arbitraries.longs().between(0, 30L * 24 * 3600),
            Arbitraries.of(RejectionReason.class),
            Arbitraries.integers().between(0, 3))
        .as(
            (id, submission, submittedAt, status, delaySeconds, reason, answerCount) -> {
              Experience experience = Experience.submitted(id, submission, submittedAt);
              if (status == ModerationStatus.SUBMITTED) {
                return experience;
              }
              experience = experience.startModeration();
              if (status == ModerationStatus.IN_MODERATION) {
                return experience;
              }
              if (status == ModerationStatus.REJECTED) {
                return experience.reject(reason);
              }
              Instant publishedAt = submittedAt.plus(Duration.ofSeconds(delaySeconds));
              experience = experience.publish(publishedAt);
              List<StructureCode> structures = submission.structures();
              for (int i = 0; i < Math.min(answerCount, structures.size()); i++) {
                StructureAnswer answer =
                    StructureAnswer.draft(
                        structures.get(i),
                        i % 2 == 0 ? "Bonjour," : null,
                        "Nous vous remercions pour votre témoignage.\n\nCordialement,",
                        i % 2 == 0 ? "Le service accueil" : null);
                if (i > 0) {
                  answer =
                      answer
                          .publish(publishedAt.plus(Duration.ofHours(i)))
                          .withVote(true)
                          .withVote(i == 2);
                }
                experience = experience.withAnswer(answer);
              }
              return experience;
            });
  }

  /**
   * Complex-document reports.
   *
   * @return the arbitrary
   */
  public static Arbitrary<ComplexDocumentReport> complexDocumentReports() {
    return Combinators.combine(
            Arbitraries.of(DocumentKind.class),
            StructureArbitraries.codes(),
            Arbitraries.of(
                "Le courrier cite des articles de loi sans les expliquer.",
                "Le formulaire demande trois fois la même information."),
            Arbitraries.of("Cerfa 15646*01", "https://www.example.gouv.fr/demarche")
                .injectNull(0.4),
            instants())
        .as(ComplexDocumentReport::new);
  }

  /**
   * Test panels, with any number of enrolled users up to the capacity.
   *
   * @return the arbitrary
   */
  public static Arbitrary<TestPanel> testPanels() {
    return Combinators.combine(
            Arbitraries.of("Simplifier l’avis d’imposition", "Tester le nouveau site"),
            StructureArbitraries.codes(),
            Arbitraries.integers().between(0, 3000).map(d -> LocalDate.of(2024, 1, 1).plusDays(d)),
            Arbitraries.integers().between(0, 120),
            Arbitraries.integers().between(1, 50))
        .flatAs(
            (theme, structure, opens, length, capacity) ->
                Arbitraries.integers()
                    .between(0, capacity)
                    .map(
                        enrolled ->
                            new TestPanel(
                                theme,
                                structure,
                                opens,
                                opens.plusDays(length),
                                capacity,
                                enrolled)));
  }
}
