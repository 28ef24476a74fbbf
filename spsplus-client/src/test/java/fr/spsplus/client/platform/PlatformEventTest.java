package fr.spsplus.client.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.spsplus.client.testing.Contract;
import fr.spsplus.client.webhook.WebhookSigner;
import fr.spsplus.client.webhook.WebhookVerifier;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.ExperienceSubmission;
import fr.spsplus.core.experience.Feeling;
import fr.spsplus.core.experience.ModerationStatus;
import fr.spsplus.core.experience.RejectionReason;
import fr.spsplus.core.experience.StructureAnswer;
import fr.spsplus.core.structure.StructureCode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The webhook events of the contract: signed as the platform would, verified, parsed back. */
class PlatformEventTest {

  private static final Instant NOW = Instant.parse("2026-03-04T10:00:00Z");
  private static final String SECRET = "whsec-synthetic-0123456789abcdef";
  private static final StructureCode CAF = StructureCode.of("3Tn8gzTdcz");

  private static final Experience PUBLISHED =
      Experience.submitted(
              4216,
              new ExperienceSubmission(
                  "Très bon accueil", "Merci\u00a0!", Feeling.POSITIF, List.of(CAF), List.of()),
              NOW.minusSeconds(86_400))
          .startModeration()
          .publish(NOW.minusSeconds(60));

  static Stream<Arguments> events() {
    return Stream.of(
        Arguments.of(
            new PlatformEvent.ExperiencePublished("evt-1", NOW, PUBLISHED),
            "ExperiencePublishedEvent"),
        Arguments.of(
            new PlatformEvent.ExperienceRejected(
                "evt-2",
                NOW,
                new ExperienceModeration(
                    4217,
                    ModerationStatus.REJECTED,
                    NOW.minusSeconds(3600),
                    null,
                    RejectionReason.PERSONAL_DATA)),
            "ExperienceRejectedEvent"),
        Arguments.of(
            new PlatformEvent.ExperienceAnswered(
                "evt-3",
                NOW,
                4216,
                StructureAnswer.draft(CAF, "Bonjour,", "Merci pour votre témoignage.", null)
                    .publish(NOW)),
            "ExperienceAnsweredEvent"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("events")
  void anEventConformsToItsWebhookSchemaAndSurvivesSigningVerifyingAndParsing(
      PlatformEvent event, String schema) {
    byte[] body = event.toJson();
    assertThat(
            Contract.bodyProblems(
                "/components/schemas/" + schema, new String(body, StandardCharsets.UTF_8)))
        .isEmpty();

    String signature = WebhookSigner.of(SECRET).sign(body, NOW);
    String declared =
        Contract.document().at("/components/parameters/WebhookSignature/schema/pattern").asText();
    assertThat(signature).matches(Pattern.compile(declared));

    WebhookVerifier verifier =
        WebhookVerifier.builder().secret(SECRET).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    verifier.verify(body, signature, event.id());

    assertThat(PlatformEvent.parse(body)).contains(event);
  }

  @Test
  void aRejectionCarriesNoText() {
    byte[] body =
        new PlatformEvent.ExperienceRejected(
                "evt-2",
                NOW,
                new ExperienceModeration(
                    4217, ModerationStatus.REJECTED, NOW, null, RejectionReason.INSULT))
            .toJson();
    assertThat(new String(body, StandardCharsets.UTF_8))
        .doesNotContain("\"title\"")
        .doesNotContain("\"text\"")
        .contains("\"rejectionReason\":\"INSULT\"");
  }

  @Test
  void anUnknownTypeIsSkippedAndABrokenEventIsRefused() {
    assertThat(
            PlatformEvent.parse(
                "{\"id\":\"e\",\"type\":\"experience.archived\"}".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThatThrownBy(() -> PlatformEvent.parse("[]".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("type");
    assertThatThrownBy(() -> PlatformEvent.parse("{".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () ->
                PlatformEvent.parse(
                    ("{\"id\":\"e\",\"type\":\"experience.answered\",\"createdAt\":"
                            + "\"2026-03-04T10:00:00Z\",\"experienceId\":0,\"answer\":null}")
                        .getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void aBodyThatIsNotValidTextIsRefusedAsBadInput() {
    // "00 00 00 7B" makes Jackson read UTF-32; the code point 0x110000 that follows is invalid.
    // The CharConversionException it threw was an IOException other than JsonProcessingException,
    // turned into an IllegalStateException: a webhook receiver would have answered 500.
    byte[] utf32 = {0, 0, 0, '{', 0, 0x11, 0, 0, 0, 0, 0, '}'};

    assertThatThrownBy(() -> PlatformEvent.parse(utf32))
        .isInstanceOfSatisfying(
            InvalidInputException.class, e -> assertThat(e.key()).isEqualTo("json.encoding"));
  }

  @Test
  void moderationStatesAndReceiptsCheckTheirInvariants() {
    assertThatThrownBy(
            () -> new ExperienceModeration(1, ModerationStatus.PUBLISHED, NOW, null, null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("publishedAt");
    assertThatThrownBy(
            () ->
                new ExperienceModeration(
                    1, ModerationStatus.SUBMITTED, NOW, null, RejectionReason.OTHER))
        .hasMessageContaining("rejectionReason");
    assertThatThrownBy(
            () ->
                new ExperienceModeration(
                    1, ModerationStatus.PUBLISHED, NOW, NOW.minusSeconds(1), null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(
            () -> new ExperienceModeration(0, ModerationStatus.SUBMITTED, NOW, null, null))
        .hasMessageContaining("experienceId");
    assertThat(
            new ExperienceModeration(1, ModerationStatus.IN_MODERATION, NOW, null, null).decided())
        .isFalse();
    assertThatThrownBy(() -> new DocumentReportReceipt(" ", CAF, NOW))
        .hasMessageContaining("reportId");
    assertThatThrownBy(() -> new DocumentReportReceipt("r".repeat(201), CAF, NOW))
        .hasMessageContaining("reportId");
  }
}
