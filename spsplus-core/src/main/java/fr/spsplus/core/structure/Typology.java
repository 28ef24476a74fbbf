package fr.spsplus.core.structure;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The typology of a structure: the kind of service it is within its network, such as "Structure
 * France services", "Service des Impôts des particuliers" or "Point-justice (RAD)".
 *
 * <p>Open-data columns "Code sp+ de la typologie" (a platform identifier shaped like a structure
 * code, for example {@code amHofSPdoN}) and "Intitulé de la typologie" (292 labels in the May 2023
 * export). Source: <a
 * href="https://opendata.plus.transformation.gouv.fr/explore/dataset/export-structures/">export-structures</a>.
 *
 * @param code the platform code of the typology, or {@code null} when the source has none; when
 *     present, 1 to 64 ASCII letters, digits, {@code -}, {@code _} or {@code .}
 * @param label the label of the typology, not blank
 */
public record Typology(
    @Nullable @Size(min = 1, max = 64) String code,
    @NotBlank @Size(max = Typology.MAX_LABEL_LENGTH) String label) {

  private static final MessageBundle MESSAGES = MessageBundle.of(Typology.class, "messages");

  /** Maximum length of a typology label (proposed default). */
  public static final int MAX_LABEL_LENGTH = 500;

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if the label is blank or too long, or the code is malformed
   */
  public Typology {
    Objects.requireNonNull(label, "label");
    Checks.requireNonBlank(label, "typology.label");
    Checks.requireMaxLength(label, MAX_LABEL_LENGTH, "typology.label");
    if (code != null && !StructureCode.isWellFormed(code)) {
      throw new InvalidInputException(MESSAGES.message("typology.code.format"));
    }
  }

  /**
   * Returns a typology.
   *
   * @param code the platform code, or {@code null}
   * @param label the label
   * @return the typology
   * @throws InvalidInputException if a component breaks its rule
   */
  public static Typology of(@Nullable String code, String label) {
    return new Typology(code, label);
  }
}
