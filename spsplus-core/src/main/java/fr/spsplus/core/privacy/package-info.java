/**
 * Detection and redaction of personal data in free text (e-mail addresses, French phone numbers,
 * social-security numbers, IBANs, payment-card numbers), and the guard that applies a policy
 * (block, redact, warn) before a text leaves for the platform.
 *
 * <p>The platform's moderation charter forbids personal data in experiences (<a
 * href="https://plus.transformation.gouv.fr/voxusagers/page/pol_moderation">moderation policy</a>);
 * the detector lets a client catch the most recognisable kinds before sending, and a moderation
 * tool flag them. It finds identifiers with a recognisable shape and checksum, not names or postal
 * addresses: it is a first filter, not an anonymiser.
 */
@NullMarked
package fr.spsplus.core.privacy;

import org.jspecify.annotations.NullMarked;
