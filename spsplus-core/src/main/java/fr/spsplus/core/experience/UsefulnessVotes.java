package fr.spsplus.core.experience;

import fr.spsplus.core.internal.Checks;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Visitors' votes on whether a structure's answer was useful (open-data field {@code
 * evaluation_utile_reponse_structure_1_par_visiteurs}).
 *
 * @param useful the number of "useful" votes
 * @param notUseful the number of "not useful" votes
 */
public record UsefulnessVotes(@PositiveOrZero long useful, @PositiveOrZero long notUseful) {

  /** No vote. */
  public static final UsefulnessVotes NONE = new UsefulnessVotes(0, 0);

  /**
   * Checks the counts.
   *
   * @throws fr.spsplus.core.InvalidInputException if a count is negative
   */
  public UsefulnessVotes {
    Checks.requireNonNegative(useful, "useful");
    Checks.requireNonNegative(notUseful, "notUseful");
  }

  /**
   * Returns the votes with one more vote.
   *
   * @param wasUseful whether the visitor found the answer useful
   * @return the new votes
   * @throws ArithmeticException if a count would overflow
   */
  public UsefulnessVotes plus(boolean wasUseful) {
    return wasUseful
        ? new UsefulnessVotes(Math.addExact(useful, 1), notUseful)
        : new UsefulnessVotes(useful, Math.addExact(notUseful, 1));
  }

  /**
   * Returns the number of votes.
   *
   * @return useful + not useful
   * @throws ArithmeticException if the sum overflows
   */
  public long total() {
    return Math.addExact(useful, notUseful);
  }
}
