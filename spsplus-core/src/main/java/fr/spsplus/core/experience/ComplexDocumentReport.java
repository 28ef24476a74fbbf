package fr.spsplus.core.experience;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import fr.spsplus.core.structure.StructureCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user's report of a complex document ("signaler un document complexe"): which document, from
 * which structure, and what makes it hard to understand, so that the administration simplifies it.
 *
 * <p>The description is free text and may contain personal data: check it with {@link
 * fr.spsplus.core.privacy.PersonalDataGuard} before sending; {@link #toString()} omits it. Length
 * limits are <strong>proposed defaults</strong> checked by Jakarta Validation.
 *
 * @param kind the kind of document
 * @param structure the structure that issued it
 * @param whatIsComplex what the user found complex, not blank
 * @param reference an optional reference that identifies the document without personal data (a
 *     Cerfa number, a page address, a letter's model code), or {@code null}
 * @param reportedAt when the report was made
 */
public record ComplexDocumentReport(
    @NotNull DocumentKind kind,
    @NotNull StructureCode structure,
    @NotBlank @Size(max = ComplexDocumentReport.MAX_DESCRIPTION_LENGTH) String whatIsComplex,
    @Nullable @Size(max = 500) String reference,
    @NotNull Instant reportedAt) {

  /** Maximum length of the description (proposed default). */
  public static final int MAX_DESCRIPTION_LENGTH = 5_000;

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the description, or a present reference, is blank
   */
  public ComplexDocumentReport {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(structure, "structure");
    Objects.requireNonNull(reportedAt, "reportedAt");
    Checks.requireNonBlank(whatIsComplex, "whatIsComplex");
    if (reference != null) {
      Checks.requireNonBlank(reference, "reference");
    }
  }

  /** Returns the kind and the structure; never the description. */
  @Override
  public String toString() {
    return "ComplexDocumentReport[" + kind + ", " + structure + ", " + reportedAt + "]";
  }
}
