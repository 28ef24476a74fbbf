package fr.spsplus.core.structure;

import fr.spsplus.core.internal.Checks;
import java.util.Objects;

/**
 * A structure read from a file, with the line where its record starts (so that errors found later,
 * such as a duplicate code, can name the line).
 *
 * @param line the 1-based number of the physical line where the record starts (the header is line
 *     1; a quoted multi-line field makes the next record start further down)
 * @param structure the structure
 */
public record StructureRow(long line, Structure structure) {

  /**
   * Checks the components.
   *
   * @throws fr.spsplus.core.InvalidInputException if the line is not positive
   */
  public StructureRow {
    Checks.requirePositive(line, "line");
    Objects.requireNonNull(structure, "structure");
  }
}
