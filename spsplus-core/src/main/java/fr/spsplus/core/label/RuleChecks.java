package fr.spsplus.core.label;

import fr.spsplus.core.i18n.MessageBundle;
import java.math.BigDecimal;
import java.util.Objects;

/** Checks shared by the rule-set types; every failure names a path. */
final class RuleChecks {

  /** The highest score of a threshold: 100. */
  static final BigDecimal MAX_SCORE = BigDecimal.valueOf(100);

  /** The most decimal places of a score threshold. */
  static final int SCORE_DECIMALS = 2;

  static final MessageBundle MESSAGES = MessageBundle.of(RuleChecks.class, "messages");

  private RuleChecks() {}

  /**
   * Requires a score threshold from 0 to 100 with at most two decimal places, and returns it
   * without trailing zeros (so that {@code 80}, {@code 80.0} and {@code 80.00} are one value).
   */
  static BigDecimal requireScore(BigDecimal score, String path) {
    Objects.requireNonNull(score, path);
    if (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0) {
      throw new InvalidRuleSetException(path, MESSAGES.message("rule.score.range"));
    }
    BigDecimal plain = score.stripTrailingZeros();
    if (plain.scale() > SCORE_DECIMALS) {
      throw new InvalidRuleSetException(path, MESSAGES.message("rule.score.scale", SCORE_DECIMALS));
    }
    return plain.scale() < 0 ? plain.setScale(0) : plain;
  }

  /** Requires a sample size that is not negative. */
  static long requireSize(long size, String path) {
    if (size < 0) {
      throw new InvalidRuleSetException(path, MESSAGES.message("rule.size.range"));
    }
    return size;
  }

  /** Renders a threshold for a message: plain decimal notation. */
  static String plain(BigDecimal value) {
    return value.toPlainString();
  }
}
