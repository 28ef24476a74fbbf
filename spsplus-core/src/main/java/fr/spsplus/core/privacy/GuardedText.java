package fr.spsplus.core.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The result of {@link PersonalDataGuard#apply(String, String)}: the text to use and what was found
 * in the original.
 *
 * <p>With {@link PersonalDataPolicy#REDACT} the text is redacted; with {@link
 * PersonalDataPolicy#WARN} it is the original, which may contain personal data: never log it.
 * {@link #toString()} shows the policy and the matches, never the text.
 *
 * @param text the text to use
 * @param matches the matches found in the original text (offsets into the original)
 * @param policy the policy that was applied
 */
public record GuardedText(
    @NotNull String text,
    @NotNull List<@NotNull @Valid PersonalDataMatch> matches,
    @NotNull PersonalDataPolicy policy) {

  /** Checks and copies the components. */
  public GuardedText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(policy, "policy");
    matches = List.copyOf(Objects.requireNonNull(matches, "matches"));
  }

  /**
   * Tells whether the original text contained no personal data.
   *
   * @return true if nothing was found
   */
  public boolean clean() {
    return matches.isEmpty();
  }

  /**
   * Returns the kinds found.
   *
   * @return the kinds, possibly empty
   */
  public Set<PersonalDataKind> kinds() {
    Set<PersonalDataKind> kinds = EnumSet.noneOf(PersonalDataKind.class);
    matches.forEach(m -> kinds.add(m.kind()));
    return kinds;
  }

  /** Returns the policy and the matches; never the text. */
  @Override
  public String toString() {
    return "GuardedText[" + policy + ", " + matches + "]";
  }
}
