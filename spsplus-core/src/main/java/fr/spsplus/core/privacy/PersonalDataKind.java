package fr.spsplus.core.privacy;

import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.core.i18n.MessageBundle;

/**
 * A kind of personal data that {@link PersonalDataDetector} finds, with the placeholder that {@link
 * PersonalDataDetector#redact(CharSequence)} writes in its place.
 *
 * <p>Placeholders (exact text, stable): {@code [EMAIL]}, {@code [TÉLÉPHONE]}, {@code [NIR]}, {@code
 * [IBAN]}, {@code [CARTE BANCAIRE]}. They contain no digit and no {@code @}, so a redacted text
 * contains no match.
 */
public enum PersonalDataKind {
  /** An e-mail address. Placeholder {@code [EMAIL]}. */
  EMAIL("[EMAIL]"),
  /** A French phone number (metropolitan or overseas). Placeholder {@code [TÉLÉPHONE]}. */
  PHONE("[TÉLÉPHONE]"),
  /**
   * A French social-security number (NIR, "numéro de sécurité sociale") with a valid key.
   * Placeholder {@code [NIR]}.
   */
  NIR("[NIR]"),
  /** An international bank account number (ISO 13616). Placeholder {@code [IBAN]}. */
  IBAN("[IBAN]"),
  /** A payment-card number. Placeholder {@code [CARTE BANCAIRE]}. */
  CARD("[CARTE BANCAIRE]");

  private static final MessageBundle MESSAGES =
      MessageBundle.of(PersonalDataKind.class, "messages");

  private final String placeholder;

  PersonalDataKind(String placeholder) {
    this.placeholder = placeholder;
  }

  /**
   * Returns the text that replaces a match of this kind in a redacted text.
   *
   * @return the placeholder, for example {@code [TÉLÉPHONE]}
   */
  public String placeholder() {
    return placeholder;
  }

  /**
   * Returns the name of the kind for messages: "un numéro de téléphone" in French, "a phone number"
   * in English.
   *
   * @return the localized name
   */
  public LocalizedMessage displayName() {
    return MESSAGES.message("kind." + name());
  }
}
