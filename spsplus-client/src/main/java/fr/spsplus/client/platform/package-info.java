/**
 * The client of the Services Publics+ platform's write API: submit users' experiences (as a
 * ministry website's "je donne mon avis" form does), follow their moderation, publish structures'
 * answers, report complex documents, publish indicator results (engagement 6) and read the
 * directory of structures.
 *
 * <p><b>A proposed contract.</b> The DITP documents no public write API. {@link
 * fr.spsplus.client.platform.PlatformClient} speaks spsplus's integration contract, an OpenAPI 3.1
 * document shipped in this jar ({@link
 * fr.spsplus.client.platform.PlatformClient#openApiDocument()}, also {@code docs/openapi.yaml} in
 * the repository), designed from the platform's published data model. Base URL and path prefix are
 * settings, so that the client follows the platform when it publishes its own contract.
 *
 * <p><b>Before the network.</b> Every request body is checked with Jakarta Validation ({@link
 * fr.spsplus.core.validation.SpsplusValidation}) and every free text with the personal-data guard
 * ({@link fr.spsplus.core.privacy.PersonalDataGuard}, policy {@code BLOCK} by default: the
 * platform's moderation forbids personal data). A refused call sends nothing and throws a {@link
 * fr.spsplus.client.SpsplusClientException} of kind {@code PRE_FLIGHT} whose message names the
 * field, the rule or the kind of data and its position, never the value.
 *
 * <p><b>Webhooks.</b> The platform calls back on {@code experience.published}, {@code
 * experience.rejected} and {@code experience.answered}, signed as {@link
 * fr.spsplus.client.webhook.WebhookSigner} does; verify with {@link
 * fr.spsplus.client.webhook.WebhookVerifier}, then read with {@link
 * fr.spsplus.client.platform.PlatformEvent#parse(byte[])}.
 *
 * <pre>{@code
 * try (PlatformClient platform = PlatformClient.builder()
 *     .baseUrl("https://api.services-publics-plus.example")
 *     .credentials(ApiKey.authorization("Bearer", System.getenv("SPSPLUS_API_KEY")))
 *     .build()) {
 *   Experience submitted = platform.submitExperience(submission);
 *   ModerationStatus status = platform.moderation(submitted.id()).status();
 * }
 * }</pre>
 */
@NullMarked
package fr.spsplus.client.platform;

import org.jspecify.annotations.NullMarked;
