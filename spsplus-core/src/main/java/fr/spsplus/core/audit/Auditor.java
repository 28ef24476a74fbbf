package fr.spsplus.core.audit;

import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who audited: the certification body and the body's own reference of the auditor. No personal data
 * is needed: {@code auditorReference} is an opaque identifier (a badge or contract number), not a
 * name; its format (no spaces) discourages names.
 *
 * @param certificationBody the certification body's name (an organisation); non-blank, at most
 *     {@value fr.spsplus.core.TextRules#TITLE_MAX} characters
 * @param auditorReference the body's reference of the auditor; format {@value
 *     fr.spsplus.core.TextRules#ID_PATTERN}
 */
public record Auditor(
    @NotBlank @Size(max = TextRules.TITLE_MAX) String certificationBody,
    @NotNull @Pattern(regexp = TextRules.ID_PATTERN) String auditorReference) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the body's name is blank or too long, or the
   *     reference malformed
   */
  public Auditor {
    Texts.requireText(certificationBody, TextRules.TITLE_MAX, "certificationBody");
    Texts.requireId(auditorReference, "auditorReference");
  }
}
