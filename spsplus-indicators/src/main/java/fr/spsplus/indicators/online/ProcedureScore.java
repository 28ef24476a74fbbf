package fr.spsplus.indicators.online;

import static fr.spsplus.indicators.online.OnlineAccumulator.MESSAGES;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.indicator.ConfidenceInterval;
import fr.spsplus.core.internal.Checks;
import java.util.Objects;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The "Je donne mon avis" score of one démarche over a period, and whether it counts for the
 * indicator.
 *
 * @param procedure the démarche
 * @param bad the answers {@code BAD}
 * @param medium the answers {@code MEDIUM}
 * @param good the answers {@code GOOD}
 * @param noOpinion the answers {@code NSP}, in no score
 * @param score the mean mark out of ten over the valid answers ({@code BAD}, {@code MEDIUM}, {@code
 *     GOOD}), or {@code null} without valid answers; computed even below the minimum number of
 *     answers, for information
 * @param interval the normal interval of the score (clipped to the range of the marks), or {@code
 *     null} with fewer than two valid answers
 * @param rated whether the démarche has at least the policy's minimum number of valid answers
 *     (otherwise it is reported, not rated)
 * @param reached whether it is rated and its score is at least the threshold (8/10 by default)
 */
public record ProcedureScore(
    String procedure,
    long bad,
    long medium,
    long good,
    long noOpinion,
    @Nullable Double score,
    @Nullable ConfidenceInterval interval,
    boolean rated,
    boolean reached) {

  /**
   * Checks the components.
   *
   * @throws InvalidInputException if a count is negative, the score is outside [0, 10], {@code
   *     reached} is true without {@code rated}, or a score is given without answers (or missing
   *     with some)
   */
  public ProcedureScore {
    Objects.requireNonNull(procedure, "procedure");
    Checks.requireNonNegative(bad, "bad");
    Checks.requireNonNegative(medium, "medium");
    Checks.requireNonNegative(good, "good");
    Checks.requireNonNegative(noOpinion, "noOpinion");
    if (score != null) {
      Checks.requireBetween(score, 0, 10, "score");
    }
    if (reached && !rated) {
      throw new InvalidInputException(MESSAGES.message("score.reached.unrated", "reached"));
    }
    if ((score == null) != (bad + medium + good == 0)) {
      throw new InvalidInputException(MESSAGES.message("score.answers.mismatch", "score"));
    }
  }

  /**
   * Returns the number of valid answers (every answer but {@code NSP}).
   *
   * @return {@code bad + medium + good}
   */
  public long answers() {
    return bad + medium + good;
  }

  /**
   * Returns the score when there are valid answers.
   *
   * @return the score out of ten, or empty
   */
  public OptionalDouble optionalScore() {
    return score == null ? OptionalDouble.empty() : OptionalDouble.of(score);
  }
}
