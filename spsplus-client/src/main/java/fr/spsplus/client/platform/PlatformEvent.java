package fr.spsplus.client.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import fr.spsplus.client.internal.Json;
import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.experience.Experience;
import fr.spsplus.core.experience.StructureAnswer;
import fr.spsplus.core.internal.Checks;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An event the platform sends to a subscriber's webhook endpoint (contract section {@code
 * webhooks}): an experience was published, rejected, or answered.
 *
 * <p>Verify the delivery first, on the raw bytes, with {@link
 * fr.spsplus.client.webhook.WebhookVerifier}; then read it with {@link #parse(byte[])}:
 *
 * <pre>{@code
 * verifier.verify(body, signatureHeader, deliveryIdHeader);
 * PlatformEvent.parse(body).ifPresent(event -> {
 *   if (event instanceof PlatformEvent.ExperienceRejected rejected) {
 *     tellTheUser(rejected.moderation().rejectionReason());
 *   } else if (event instanceof PlatformEvent.ExperienceAnswered answered) {
 *     notify(answered.experienceId(), answered.answer());
 *   }
 * });
 * }</pre>
 *
 * <p>The contract is spsplus's proposal, not the DITP's. A rejected experience's event carries its
 * moderation state only, never its texts.
 */
public sealed interface PlatformEvent {

  /** The type of {@link ExperiencePublished}: {@value}. */
  String EXPERIENCE_PUBLISHED = "experience.published";

  /** The type of {@link ExperienceRejected}: {@value}. */
  String EXPERIENCE_REJECTED = "experience.rejected";

  /** The type of {@link ExperienceAnswered}: {@value}. */
  String EXPERIENCE_ANSWERED = "experience.answered";

  /**
   * Returns the event's id, the same for every retry of its delivery.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the event's type, such as {@value #EXPERIENCE_PUBLISHED}.
   *
   * @return the type
   */
  String type();

  /**
   * Returns when the event happened.
   *
   * @return the instant
   */
  Instant createdAt();

  /**
   * Writes the event as the platform sends it (the body to sign), for fakes of the platform and
   * tests.
   *
   * @return the UTF-8 JSON bytes
   */
  default byte[] toJson() {
    Map<String, @Nullable Object> body = new LinkedHashMap<>();
    body.put("id", id());
    body.put("type", type());
    body.put("createdAt", createdAt());
    if (this instanceof ExperiencePublished published) {
      body.put("experience", published.experience());
    } else if (this instanceof ExperienceRejected rejected) {
      body.put("moderation", rejected.moderation());
    } else if (this instanceof ExperienceAnswered answered) {
      body.put("experienceId", answered.experienceId());
      body.put("answer", answered.answer());
    }
    try {
      return Json.MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + type(), e);
    }
  }

  /**
   * Reads an event body, after its signature has been verified.
   *
   * @param body the body, exactly as received
   * @return the event, or empty for a type this version does not know (the platform may add types:
   *     ignore them and answer 2XX)
   * @throws InvalidInputException if the body is not a JSON object, has no {@code type}, or an
   *     event of a known type breaks its schema; the message names the path, never a text
   */
  static Optional<PlatformEvent> parse(byte[] body) {
    Objects.requireNonNull(body, "body");
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw fr.spsplus.core.internal.JsonMappers.translate(e, PlatformEvent.class);
    } catch (java.io.CharConversionException e) {
      throw fr.spsplus.core.internal.JsonMappers.undecodable(e);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    if (root == null || !root.isObject() || !root.path("type").isTextual()) {
      throw new InvalidInputException(PlatformMessages.BUNDLE.message("event.type", "type"));
    }
    Class<? extends PlatformEvent> type =
        switch (root.get("type").textValue()) {
          case EXPERIENCE_PUBLISHED -> ExperiencePublished.class;
          case EXPERIENCE_REJECTED -> ExperienceRejected.class;
          case EXPERIENCE_ANSWERED -> ExperienceAnswered.class;
          default -> null;
        };
    if (type == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Json.MAPPER.treeToValue(root, type));
    } catch (JsonProcessingException e) {
      throw fr.spsplus.core.internal.JsonMappers.translate(e, type);
    }
  }

  /**
   * An experience passed moderation and is public ({@value #EXPERIENCE_PUBLISHED}).
   *
   * @param id the event's id
   * @param createdAt when it happened
   * @param experience the published experience
   */
  record ExperiencePublished(String id, Instant createdAt, Experience experience)
      implements PlatformEvent {

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if the id is blank
     */
    public ExperiencePublished {
      Checks.requireNonBlank(id, "id");
      Objects.requireNonNull(createdAt, "createdAt");
      Objects.requireNonNull(experience, "experience");
    }

    @Override
    public String type() {
      return EXPERIENCE_PUBLISHED;
    }
  }

  /**
   * Moderation rejected an experience ({@value #EXPERIENCE_REJECTED}); it will never be published.
   *
   * @param id the event's id
   * @param createdAt when it happened
   * @param moderation the moderation state, with the reason; no text
   */
  record ExperienceRejected(String id, Instant createdAt, ExperienceModeration moderation)
      implements PlatformEvent {

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if the id is blank
     */
    public ExperienceRejected {
      Checks.requireNonBlank(id, "id");
      Objects.requireNonNull(createdAt, "createdAt");
      Objects.requireNonNull(moderation, "moderation");
    }

    @Override
    public String type() {
      return EXPERIENCE_REJECTED;
    }
  }

  /**
   * A structure published or replaced its public answer ({@value #EXPERIENCE_ANSWERED}).
   *
   * @param id the event's id
   * @param createdAt when it happened
   * @param experienceId the experience answered, positive
   * @param answer the answer
   */
  record ExperienceAnswered(String id, Instant createdAt, long experienceId, StructureAnswer answer)
      implements PlatformEvent {

    /**
     * Checks the components.
     *
     * @throws InvalidInputException if the id is blank or the experience id not positive
     */
    public ExperienceAnswered {
      Checks.requireNonBlank(id, "id");
      Objects.requireNonNull(createdAt, "createdAt");
      Checks.requirePositive(experienceId, "experienceId");
      Objects.requireNonNull(answer, "answer");
    }

    @Override
    public String type() {
      return EXPERIENCE_ANSWERED;
    }
  }
}
