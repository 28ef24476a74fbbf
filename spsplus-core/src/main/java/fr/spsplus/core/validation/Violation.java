package fr.spsplus.core.validation;

import java.util.Objects;

/**
 * One broken validation rule.
 *
 * @param path the property path from the validated object, for example {@code answers[3].weight};
 *     empty for a rule on the object itself
 * @param constraint the simple name of the constraint, for example {@code NotBlank}
 * @param message the message, in the validator's language, naming the rule
 */
public record Violation(String path, String constraint, String message) {

  /**
   * Checks the components.
   *
   * @throws NullPointerException if a component is null
   */
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(constraint, "constraint");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Returns the violation as one line: {@code « path » : message} (French) or {@code "path":
   * message} (English), or the bare message for a rule on the object itself.
   *
   * @param english whether to use English punctuation
   * @return the line
   */
  public String describe(boolean english) {
    if (path.isEmpty()) {
      return message;
    }
    return english ? "\"" + path + "\": " + message : "« " + path + " » : " + message;
  }
}
