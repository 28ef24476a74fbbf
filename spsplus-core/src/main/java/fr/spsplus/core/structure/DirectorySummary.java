package fr.spsplus.core.structure;

import fr.spsplus.core.internal.Checks;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Summary figures of a {@link StructureDirectory}.
 *
 * @param structures the number of structures
 * @param networks the number of distinct networks
 * @param roots the number of structures without a parent code (network heads)
 * @param orphans the number of structures whose parent code is absent from the directory
 * @param maxDepth the length of the longest chain of structures present in the directory, from a
 *     structure up through its parents: a root or an orphan counts 1, its child 2, and so on; 0 for
 *     an empty directory
 * @param inactive the number of structures whose active flag is false
 */
public record DirectorySummary(
    @PositiveOrZero int structures,
    @PositiveOrZero int networks,
    @PositiveOrZero int roots,
    @PositiveOrZero int orphans,
    @PositiveOrZero int maxDepth,
    @PositiveOrZero int inactive) {

  /**
   * Checks that every figure is non-negative and no part exceeds the whole.
   *
   * @throws fr.spsplus.core.InvalidInputException if a figure is negative or a part exceeds the
   *     number of structures
   */
  public DirectorySummary {
    Checks.requireNonNegative(structures, "structures");
    Checks.requireBetween(networks, 0, structures, "networks");
    Checks.requireBetween(roots, 0, structures, "roots");
    Checks.requireBetween(orphans, 0, structures - roots, "orphans");
    Checks.requireBetween(maxDepth, 0, structures, "maxDepth");
    Checks.requireBetween(inactive, 0, structures, "inactive");
  }
}
