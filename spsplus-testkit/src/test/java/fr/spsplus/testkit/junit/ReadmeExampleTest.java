package fr.spsplus.testkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import fr.spsplus.client.platform.PlatformClient;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.experience.ModerationStatus;
import fr.spsplus.core.structure.StructureCode;
import fr.spsplus.testkit.FakePlatform;
import fr.spsplus.testkit.fault.Fault;
import fr.spsplus.testkit.fault.Route;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

// The README's "Testing with the fake platform" snippet, kept compiling and passing here.
// tag::testkit[]
@WithFakePlatform
class ReadmeExampleTest {

  ExperienceSubmission submission =
      new ExperienceSubmission(
          "Accueil très aimable",
          "Dossier réglé en une seule visite.",
          Feeling.POSITIF,
          List.of(StructureCode.of("3Tn8gzTdcz")), // a real structure of the default fixtures
          List.of());

  @Test
  void publishedAfterModeration(FakePlatform fake, PlatformClient platform) {
    Experience sent = platform.submitExperience(submission);

    fake.advance(Duration.ofHours(1)); // moderation runs on the fake's clock: no sleeping

    assertThat(platform.moderation(sent.id()).status()).isEqualTo(ModerationStatus.PUBLISHED);
  }

  @Test
  void storedOnceDespiteADroppedConnection(FakePlatform fake, PlatformClient platform) {
    fake.scriptFaults(Route.operation("submitExperience"), Fault.dropConnection());

    platform.submitExperience(submission); // the client retries with the same idempotency key

    assertThat(fake.copiesOf(submission)).isEqualTo(1);
  }
}
// end::testkit[]
