package fr.spsplus.core.label;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.LocalizedMessage;
import fr.spsplus.core.i18n.MessageBundle;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a {@link LabelRuleSet} (or one of its parts) breaks a rule: the message names the
 * <strong>path</strong> of the faulty value in the JSON form of the rule set and the broken rule,
 * in French ({@link #getMessage()}) or English ({@link #getMessage(java.util.Locale)}).
 *
 * <pre>{@code
 * Jeu de règles du label « officiel.json » invalide, en $.tiers.OR.minAgentScore : doit être
 * supérieur ou égal au seuil du palier ARGENT (70) ; chaque critère croît de BRONZE à ARGENT à OR.
 * }</pre>
 *
 * <p>Paths are JSON paths from the document's root ({@code $.tiers.ARGENT.engagements.4}), whether
 * the rule set was read from a file or built in Java. A part built on its own ({@link
 * TierRequirements}, {@link SurveyThreshold}) reports a path relative to itself ({@code
 * minUserScore}, {@code confidence}); the JSON reader places it under its parent.
 */
public final class InvalidRuleSetException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  private static final MessageBundle MESSAGES =
      MessageBundle.of(InvalidRuleSetException.class, "messages");

  /** The path of the faulty value. */
  private final String path;

  /** The name of the source document, or null when unknown. */
  private final @Nullable String source;

  /** The broken rule; not serialised (bundles are resolved at run time). */
  private final transient LocalizedMessage rule;

  /**
   * Creates the exception.
   *
   * @param path the path of the faulty value: absolute ({@code $.tiers.OR.minAgentScore}) or
   *     relative to the object being built ({@code minAgentScore}); empty for the object itself
   * @param rule the broken rule
   */
  InvalidRuleSetException(String path, LocalizedMessage rule) {
    this(path, rule, null, null);
  }

  /**
   * Creates the exception with a cause.
   *
   * @param path the path of the faulty value
   * @param rule the broken rule
   * @param cause the underlying failure
   */
  InvalidRuleSetException(String path, LocalizedMessage rule, Throwable cause) {
    this(path, rule, null, cause);
  }

  private InvalidRuleSetException(
      String path, LocalizedMessage rule, @Nullable String source, @Nullable Throwable cause) {
    super(describe(path, rule, source), cause);
    this.path = path;
    this.rule = rule;
    this.source = source;
  }

  private static LocalizedMessage describe(
      String path, LocalizedMessage rule, @Nullable String source) {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    String shown = path.isEmpty() ? "$" : path;
    return source == null
        ? MESSAGES.message("ruleset.invalid", shown, rule)
        : MESSAGES.message("ruleset.invalid.in", source, shown, rule);
  }

  /**
   * Returns the path of the faulty value, for example {@code $.tiers.ARGENT.engagements.4}.
   *
   * @return the path, absolute from {@code $} when the error concerns a whole rule set
   */
  public String path() {
    return path;
  }

  /**
   * Returns the broken rule alone, without the path: for tools that show the path themselves.
   *
   * @return the rule, renderable in French or English
   */
  public LocalizedMessage rule() {
    return rule;
  }

  /**
   * Returns the name of the document the rule set was read from (a file name).
   *
   * @return the name, or empty for a rule set built in Java or read from an anonymous stream
   */
  public Optional<String> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns this error placed under a parent path, when its path is relative.
   *
   * @param parent the parent's path, for example {@code $.tiers.OR}
   * @return the relocated error, or this one if its path is already absolute
   */
  InvalidRuleSetException under(String parent) {
    if (path.startsWith("$")) {
      return this;
    }
    String absolute = path.isEmpty() ? parent : parent + "." + path;
    return new InvalidRuleSetException(absolute, rule, source, getCause());
  }

  /**
   * Returns this error with the name of its source document.
   *
   * @param name the document's name
   * @return the error naming its source
   */
  InvalidRuleSetException in(String name) {
    return new InvalidRuleSetException(path, rule, name, getCause());
  }
}
