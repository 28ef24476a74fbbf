/**
 * Verification of signed webhook deliveries: HMAC-SHA256 signatures, a replay window and detection
 * of deliveries already seen.
 *
 * <p>The signature scheme, documented in {@link fr.spsplus.client.webhook.WebhookVerifier}, is the
 * one spsplus expects from the platform and produces with {@link
 * fr.spsplus.client.webhook.WebhookSigner} (for tests and fakes).
 */
@NullMarked
package fr.spsplus.client.webhook;

import org.jspecify.annotations.NullMarked;
