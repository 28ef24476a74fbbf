package fr.spsplus.core.audit;

import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/**
 * Names one version of an audit grid: what an {@link Audit} was rated against.
 *
 * @param id the grid's identifier; format {@value fr.spsplus.core.TextRules#ID_PATTERN}
 * @param version the grid's version, from 1
 */
public record AuditGridReference(
    @NotNull @Pattern(regexp = TextRules.ID_PATTERN) String id, @Positive int version) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the identifier is malformed or the version
   *     below 1
   */
  public AuditGridReference {
    Texts.requireId(id, "id");
    Checks.requirePositive(version, "version");
  }
}
