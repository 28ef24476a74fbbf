package fr.spsplus.core.audit;

import fr.spsplus.core.TextRules;
import fr.spsplus.core.internal.Texts;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A piece of evidence supporting a rating. It describes the evidence; it holds no personal data
 * (refer to a document, do not copy it).
 *
 * @param kind the nature of the evidence
 * @param description what the evidence shows; non-blank, at most {@value
 *     fr.spsplus.core.TextRules#TEXT_MAX} characters
 * @param reference where to find it (document reference, file name, address), or null; at most
 *     {@value fr.spsplus.core.TextRules#TITLE_MAX} characters
 */
public record Evidence(
    @NotNull EvidenceKind kind,
    @NotBlank @Size(max = TextRules.TEXT_MAX) String description,
    @Nullable @Size(min = 1, max = TextRules.TITLE_MAX) String reference) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the description is blank or too long, or the
   *     reference present but blank or too long
   */
  public Evidence {
    Objects.requireNonNull(kind, "kind");
    Texts.requireText(description, TextRules.TEXT_MAX, "description");
    Texts.requireOptionalText(reference, TextRules.TITLE_MAX, "reference");
  }
}
