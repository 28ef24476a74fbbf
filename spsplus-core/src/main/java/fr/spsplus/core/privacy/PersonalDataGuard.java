package fr.spsplus.core.privacy;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import java.util.List;
import java.util.Objects;

/**
 * Applies a {@link PersonalDataPolicy} to a text before it is sent or published: refuse it, redact
 * it, or let it through with a warning.
 *
 * <pre>{@code
 * PersonalDataGuard guard = PersonalDataGuard.of(PersonalDataPolicy.BLOCK);
 * guard.apply("text", submission.text()); // throws if the text holds an e-mail, a phone number…
 * }</pre>
 *
 * <p>With {@link PersonalDataPolicy#BLOCK}, the {@link InvalidInputException} (key {@code
 * guard.blocked}) names the field, the kind of the first match, its position (line and column,
 * 1-based, and the 1-based character offset) and how many other matches there are — never the value
 * — in French, or in English with {@link InvalidInputException#getMessage(java.util.Locale)}.
 * Instances are immutable and thread-safe.
 */
public final class PersonalDataGuard {

  private static final MessageBundle MESSAGES =
      MessageBundle.of(PersonalDataGuard.class, "messages");

  private final PersonalDataPolicy policy;
  private final PersonalDataDetector detector;

  private PersonalDataGuard(PersonalDataPolicy policy, PersonalDataDetector detector) {
    this.policy = policy;
    this.detector = detector;
  }

  /**
   * Returns a guard that applies the policy with the {@linkplain PersonalDataDetector#standard()
   * standard detector}.
   *
   * @param policy the policy
   * @return the guard
   */
  public static PersonalDataGuard of(PersonalDataPolicy policy) {
    return of(policy, PersonalDataDetector.standard());
  }

  /**
   * Returns a guard that applies the policy with the given detector.
   *
   * @param policy the policy
   * @param detector the detector
   * @return the guard
   */
  public static PersonalDataGuard of(PersonalDataPolicy policy, PersonalDataDetector detector) {
    return new PersonalDataGuard(
        Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(detector, "detector"));
  }

  /**
   * Returns the policy.
   *
   * @return the policy
   */
  public PersonalDataPolicy policy() {
    return policy;
  }

  /**
   * Returns the detector.
   *
   * @return the detector
   */
  public PersonalDataDetector detector() {
    return detector;
  }

  /**
   * Applies the policy to a text.
   *
   * @param field the name of the field, for the message (for example {@code text})
   * @param text the text
   * @return the text to use (redacted under {@link PersonalDataPolicy#REDACT}) and the matches
   * @throws InvalidInputException under {@link PersonalDataPolicy#BLOCK}, if the text contains
   *     personal data; the message names the field, the kind and the position, never the value
   */
  public GuardedText apply(String field, String text) {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(text, "text");
    List<PersonalDataMatch> matches = detector.scan(text);
    if (matches.isEmpty()) {
      return new GuardedText(text, matches, policy);
    }
    return switch (policy) {
      case BLOCK -> throw blocked(field, text, matches);
      case REDACT -> new GuardedText(detector.redact(text, matches), matches, policy);
      case WARN -> new GuardedText(text, matches, policy);
    };
  }

  private static InvalidInputException blocked(
      String field, String text, List<PersonalDataMatch> matches) {
    PersonalDataMatch first = matches.get(0);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < first.start(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    int column = first.start() - lineStart + 1;
    return new InvalidInputException(
        MESSAGES.message(
            "guard.blocked",
            field,
            first.kind().displayName(),
            line,
            column,
            first.start() + 1,
            matches.size() - 1,
            String.valueOf(matches.size() - 1)));
  }

  @Override
  public String toString() {
    return "PersonalDataGuard[" + policy + ", " + detector + "]";
  }
}
