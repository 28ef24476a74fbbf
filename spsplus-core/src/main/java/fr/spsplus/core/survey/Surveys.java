package fr.spsplus.core.survey;

import fr.spsplus.core.InvalidInputException;
import fr.spsplus.core.i18n.MessageBundle;
import fr.spsplus.core.internal.Checks;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Checks and computations shared by the types of this package. */
final class Surveys {

  /** Identifiers: 1 to 128 printable ASCII characters, no blank. */
  static final String IDENTIFIER = "\\p{Graph}{1,128}";

  static final MessageBundle MESSAGES = MessageBundle.of(Surveys.class, "messages");

  private static final Pattern IDENTIFIER_PATTERN = Pattern.compile(IDENTIFIER);

  private Surveys() {}

  static String requireIdentifier(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!IDENTIFIER_PATTERN.matcher(value).matches()) {
      throw new InvalidInputException(MESSAGES.message("survey.identifier", field));
    }
    return value;
  }

  /**
   * Checks the score, n and answers of a survey result: a score (0 to 100, with n > 0) or answers
   * (with n = the number of distinct respondents), or both.
   */
  static <A> @Nullable Double requireConsistent(
      @Nullable Double score, long n, List<A> answers, Function<A, String> respondent) {
    Checks.requireNonNegative(n, "n");
    if (score != null) {
      Checks.requireBetween(score, 0, 100, "score");
      if (n == 0) {
        throw new InvalidInputException(MESSAGES.message("survey.score.without.n"));
      }
      score = score == 0 ? 0.0 : score;
    }
    if (score == null && answers.isEmpty()) {
      throw new InvalidInputException(MESSAGES.message("survey.empty"));
    }
    if (!answers.isEmpty()) {
      long respondents = answers.stream().map(respondent).distinct().count();
      if (respondents != n) {
        throw new InvalidInputException(MESSAGES.message("survey.n.mismatch", n, respondents));
      }
    }
    return score;
  }

  /**
   * The weighted share of default top-box answers among valid answers, as a percentage; empty when
   * no answer is valid.
   */
  static OptionalDouble topBoxPercent(List<ScaleAnswer> answers, List<Double> weights) {
    double all = 0;
    double top = 0;
    for (int i = 0; i < answers.size(); i++) {
      ScaleAnswer answer = answers.get(i);
      if (answer.noOpinion()) {
        continue;
      }
      double weight = weights.get(i);
      all += weight;
      if (answer.topBox()) {
        top += weight;
      }
    }
    return all == 0 ? OptionalDouble.empty() : OptionalDouble.of(Math.min(100, 100 * top / all));
  }
}
