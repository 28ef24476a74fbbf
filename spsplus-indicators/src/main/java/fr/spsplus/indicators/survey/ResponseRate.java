package fr.spsplus.indicators.survey;

import static fr.spsplus.indicators.survey.SurveyAccumulator.MESSAGES;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.internal.Checks;
import java.util.OptionalDouble;

/**
 * The response rate of a post-call survey: responses ÷ calls answered by an agent, reported beside
 * the post-call satisfaction because respondents select themselves (metrics-perf.md §4, row 7: a
 * <strong>proposed default</strong>).
 *
 * <p>A response is any answer to the post-call question, {@code NSP} included (the caller did
 * answer the survey). The number of answered calls is an input: typically the count of {@code
 * ANSWERED_AGENT} outcomes of the call accumulator over the same structure and period.
 *
 * @param responses the number of answers to the post-call question, not negative
 * @param answeredCalls the number of calls answered by an agent, at least {@code responses}
 */
public record ResponseRate(long responses, long answeredCalls) {

  /**
   * Checks the counts.
   *
   * @throws InvalidInputException if a count is negative, or there are more responses than answered
   *     calls (each response follows one answered call: answers and calls were then assigned to
   *     different structures or periods)
   */
  public ResponseRate {
    Checks.requireNonNegative(responses, "responses");
    Checks.requireNonNegative(answeredCalls, "answeredCalls");
    if (responses > answeredCalls) {
      throw new InvalidInputException(
          MESSAGES.message("response.rate.bound", "answeredCalls", responses, answeredCalls));
    }
  }

  /**
   * Returns the response rate {@code responses ÷ answeredCalls}.
   *
   * @return a proportion in [0, 1], or empty when no call was answered
   */
  public OptionalDouble rate() {
    return answeredCalls == 0
        ? OptionalDouble.empty()
        : OptionalDouble.of((double) responses / answeredCalls);
  }
}
